#!/usr/bin/env node
/**
 * The snapshot writer (write-snapshot.ts) for plain Node scripts, which cannot import TypeScript
 * on Node 20: bundles it with esbuild into a temporary ES module and imports that.
 *
 *   import { loadSnapshotWriter } from './price-snapshot/snapshot-writer.mjs';
 *   const { writeSnapshot } = await loadSnapshotWriter();
 *   writeSnapshot('src/pricing/snapshot', snapshot);   // the object build-price-snapshot.mjs builds
 *
 * Or from the command line, from a snapshot saved as one JSON file (the legacy shape):
 *
 *   node scripts/price-snapshot/snapshot-writer.mjs <legacy-snapshot.json> [--out src/pricing/snapshot]
 */
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '..', '..');
export const SNAPSHOT_DIR = join(ROOT, 'src', 'pricing', 'snapshot');

/** @returns {Promise<typeof import('./write-snapshot')>} */
export async function loadSnapshotWriter() {
  const out = mkdtempSync(join(tmpdir(), 'tco-snapshot-writer-'));
  try {
    const outfile = join(out, 'write-snapshot.mjs');
    await build({ entryPoints: [join(HERE, 'write-snapshot.ts')], bundle: true, platform: 'node', target: 'node20', format: 'esm', outfile, logLevel: 'warning' });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: SNAPSHOT_DIR } } });
  if (positionals.length !== 1) {
    process.stderr.write('usage: node scripts/price-snapshot/snapshot-writer.mjs <legacy-snapshot.json> [--out dir]\n');
    process.exit(2);
  }
  const { writeSnapshot } = await loadSnapshotWriter();
  const written = writeSnapshot(resolve(values.out), JSON.parse(readFileSync(positionals[0], 'utf8')));
  const bytes = written.regions.reduce((sum, r) => sum + r.bytes, 0);
  console.log(
    `wrote ${values.out}: ${written.regions.length} Regions, ${written.regions.reduce((sum, r) => sum + r.prices, 0)} prices, ${bytes} bytes compressed, index ${written.indexBytes} bytes` +
      (written.removed.length ? `; removed ${written.removed.join(', ')}` : ''),
  );
}
