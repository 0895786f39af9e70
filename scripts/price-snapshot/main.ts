import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSnapshot, coverageMarkdown, report, writeAtomically } from './build';
import { AWS_REGIONS } from '../../src/model/regions';

/**
 * `npm run snapshot:build -- [--sources <dir>] [--samples <dir>] [--offer-file <path>]... [--built-on YYYY-MM-DD]
 *   [--json <file>] [--coverage <file.md>]`
 *
 * Prints the coverage table, cross-check counts and skipped locations. `--json` writes the snapshot
 * object (the input of the per-Region writer) to a file, for checks; `--out <dir>` is for the
 * per-Region files once the writer is in this branch.
 */
export async function main(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sources: { type: 'string', default: resolve(process.cwd(), '../shared/price-sources') },
      samples: { type: 'string', default: resolve(process.cwd(), '../shared/aws-pricing-samples') },
      'offer-file': { type: 'string', multiple: true, default: [] },
      'built-on': { type: 'string' },
      out: { type: 'string' },
      json: { type: 'string' },
      coverage: { type: 'string' },
    },
  });
  const builtOn = values['built-on'];
  if (builtOn !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(builtOn)) throw new Error(`--built-on must be YYYY-MM-DD, not "${builtOn}"`);
  if (values.out !== undefined) {
    throw new Error('--out needs the per-Region snapshot writer (scripts/price-snapshot/write-snapshot.ts), which this branch does not have yet; use --json <file>');
  }
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
  if (values.coverage) {
    writeAtomically(values.coverage, coverageMarkdown(result.snapshot, AWS_REGIONS));
    console.log(`wrote ${values.coverage}`);
  }
}
