#!/usr/bin/env node
/**
 * Bundles the Electron main process, the preload and the web host with esbuild:
 *   dist-electron/main.cjs     electron/main.ts  (package.json "main"; Node inside Electron 45)
 *   dist-electron/preload.cjs  electron/preload.ts (sandboxed: everything inlined but `electron`)
 *   dist-electron/web-host.cjs src/host/web-main.ts (`npm run web`, the fallback of `npm start`)
 * Packages stay external in main and the web host: the `dependencies` of package.json (zod, the
 * AWS SDK) are shipped by electron-builder in node_modules, so bundling them would ship them
 * twice. Run directly (`npm run build:electron`) or imported by start.mjs and web.mjs.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(ROOT, 'dist-electron');

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const common = {
  absWorkingDir: ROOT,
  bundle: true,
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { __TCO_VERSION__: JSON.stringify(pkg.version) },
};

/** Electron 45 runs Node 22 in its main process and Chromium 140 in its renderers. */
export async function buildElectron() {
  await Promise.all([
    build({ ...common, entryPoints: ['electron/main.ts'], outfile: join(OUT_DIR, 'main.cjs'), platform: 'node', target: 'node22', packages: 'external', external: ['electron'] }),
    build({ ...common, entryPoints: ['electron/preload.ts'], outfile: join(OUT_DIR, 'preload.cjs'), platform: 'node', target: 'chrome140', external: ['electron'] }),
  ]);
}

export async function buildWebHost() {
  await build({ ...common, entryPoints: ['src/host/web-main.ts'], outfile: join(OUT_DIR, 'web-host.cjs'), platform: 'node', target: 'node20', packages: 'external', external: ['electron'] });
  return join(OUT_DIR, 'web-host.cjs');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildElectron();
  await buildWebHost();
  console.log(`built ${join('dist-electron', 'main.cjs')}, preload.cjs and web-host.cjs`);
}
