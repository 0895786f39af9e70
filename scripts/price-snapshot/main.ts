import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSnapshot, coverageMarkdown, report, writeAtomically } from './build';
import { AWS_REGIONS } from '../../src/model/regions';
import { writeSnapshot } from './write-snapshot';

/**
 * `npm run snapshot:build -- [--sources <dir>] [--samples <dir>] [--offer-file <path>]... [--built-on YYYY-MM-DD]
 *   [--out <dir>] [--json <file>] [--coverage <file.md>]`
 *
 * Builds the offline snapshot and writes it as one Brotli file per Region plus index.json into
 * `--out` (default src/pricing/snapshot, the committed assets; scripts/price-snapshot/write-snapshot.ts).
 * Prints the coverage table, cross-check counts and skipped locations. `--json` also writes the
 * one-object snapshot (the writer's input) to a file, for checks.
 */
export async function main(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sources: { type: 'string', default: resolve(process.cwd(), '../shared/price-sources') },
      samples: { type: 'string', default: resolve(process.cwd(), '../shared/aws-pricing-samples') },
      'offer-file': { type: 'string', multiple: true, default: [] },
      'built-on': { type: 'string' },
      out: { type: 'string', default: resolve(process.cwd(), 'src/pricing/snapshot') },
      json: { type: 'string' },
      coverage: { type: 'string' },
    },
  });
  const builtOn = values['built-on'];
  if (builtOn !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(builtOn)) throw new Error(`--built-on must be YYYY-MM-DD, not "${builtOn}"`);
  const result = await buildSnapshot({
    sourcesDir: values.sources!,
    samplesDir: values.samples!,
    offerFiles: values['offer-file']!,
    ...(builtOn ? { builtOn } : {}),
  });
  console.log(report(result));
  if (values.json) {
    writeAtomically(values.json, `${JSON.stringify(result.snapshot)}\n`);
    console.log(`\nwrote ${values.json}`);
  }
  const written = writeSnapshot(values.out!, result.snapshot);
  const bytes = written.regions.map((r) => r.bytes).sort((a, b) => a - b);
  console.log(
    `\nwrote ${values.out}: index ${written.indexBytes} B, ${bytes.length} Region files, ${bytes.reduce((a, b) => a + b, 0)} B in all (smallest ${bytes[0]} B, largest ${bytes[bytes.length - 1]} B)${written.removed.length ? `; removed ${written.removed.join(', ')}` : ''}`,
  );
  if (values.coverage) {
    writeAtomically(values.coverage, coverageMarkdown(result.snapshot, AWS_REGIONS));
    console.log(`wrote ${values.coverage}`);
  }
}
