#!/usr/bin/env node
/**
 * Builds the offline price snapshot: a thin runner that bundles the TypeScript builder
 * (scripts/price-snapshot/main.ts, which reuses the core's price-key ids and Region list) with
 * esbuild into a temporary file and runs it. Options are the builder's; see main.ts:
 *
 *   node scripts/build-price-snapshot.mjs [--sources <dir>] [--samples <dir>] [--offer-file <path>]...
 *     [--built-on YYYY-MM-DD] [--json <file>] [--coverage <file.md>] [--out <dir>]
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'tco-snapshot-build-'));
const outfile = join(dir, 'build-price-snapshot.mjs');
try {
  await build({
    entryPoints: [new URL('./price-snapshot/main.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    outfile,
    logLevel: 'warning',
  });
  const { main } = await import(pathToFileURL(outfile).href);
  await main(process.argv.slice(2));
} catch (error) {
  console.error(`snapshot:build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
