#!/usr/bin/env node
/** Bundles the command line into dist/cli/tco-studio.cjs (run by `npm install` through "prepare"). */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

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
