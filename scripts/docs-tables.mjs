#!/usr/bin/env node
/** `npm run docs:tables`: regenerates the defaults tables in docs/methodology.md from the code. */
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = mkdtempSync(join(tmpdir(), 'tco-docs-'));
try {
  const file = join(out, 'tables.mjs');
  await build({ entryPoints: [join(ROOT, 'scripts/docs-tables-entry.ts')], bundle: true, format: 'esm', platform: 'node', outfile: file, logLevel: 'warning' });
  const { regenerate } = await import(pathToFileURL(file).href);
  const path = join(ROOT, 'docs/methodology.md');
  writeFileSync(path, regenerate(readFileSync(path, 'utf8'), join(ROOT, 'src/pricing/snapshot')));
  console.log('updated docs/methodology.md');
} finally {
  rmSync(out, { recursive: true, force: true });
}
