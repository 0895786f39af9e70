#!/usr/bin/env node
/**
 * `npm run web`: serves TCO Studio to a browser on this machine through the local web host
 * (127.0.0.1 only, random token; src/host/web-host.ts). Builds the renderer only if it was never
 * built (`npx vite build`), bundles the small host entry with esbuild, and runs it until Ctrl+C.
 * Options go to the host: --port N, --data-dir DIR, --downloads-dir DIR.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWebHost, ROOT } from './build-electron.mjs';

const vite = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'vite.cmd' : 'vite');

/** Runs `vite build` (the renderer into dist/renderer); false when it fails (its output says why). */
export function buildRenderer() {
  const result = spawnSync(vite, ['build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0;
}

/** Starts the web host as a child process; resolves with its exit code. Signals are passed on, so Ctrl+C stops it cleanly. */
export async function runWebHost(args = []) {
  if (!existsSync(join(ROOT, 'dist', 'renderer', 'index.html')) && !buildRenderer()) {
    console.error('tco-studio web: building the renderer failed (see above)');
    return 1;
  }
  const bundle = await buildWebHost();
  const child = spawn(process.execPath, [bundle, '--root', ROOT, ...args], { cwd: ROOT, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  return new Promise((done) => child.on('exit', (code, signal) => done(code ?? (signal ? 0 : 1))));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await runWebHost(process.argv.slice(2));
}
