#!/usr/bin/env node
/**
 * Bundles the command line into dist/cli/tco-studio.cjs (run by `npm install` through "prepare"),
 * and copies the offline price snapshot (src/pricing/snapshot: index.json + <region>.json.br) beside
 * it as dist/cli/price-snapshot, where the bundle finds it when no source tree is around
 * (src/aws/snapshot/snapshot-dir.ts). The snapshot is data, never bundled into the JS.
 */
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
await build({
  entryPoints: ['src/cli/entry.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: 'dist/cli/tco-studio.cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { __TCO_VERSION__: JSON.stringify(pkg.version) },
  external: ['electron', 'playwright-core'],
});

const SNAPSHOT = 'src/pricing/snapshot';
const COPY = 'dist/cli/price-snapshot';
rmSync(COPY, { recursive: true, force: true });
mkdirSync(COPY, { recursive: true });
for (const name of readdirSync(SNAPSHOT).filter((n) => n === 'index.json' || n.endsWith('.json.br'))) cpSync(`${SNAPSHOT}/${name}`, `${COPY}/${name}`);
