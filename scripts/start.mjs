#!/usr/bin/env node
/**
 * `npm start`: builds the renderer (Vite) and the main and preload bundles (esbuild), then opens
 * the desktop app. Electron's npm package downloads its binary the first time it is required;
 * where that cannot happen (an offline or locked-down machine) or the binary cannot start, this
 * says so in one line and serves the same app through the local web host instead, printing its
 * address, so `npm start` always leads to a working app.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron, ROOT } from './build-electron.mjs';
import { buildRenderer, runWebHost } from './web.mjs';

/** A binary that fails within this long did not start (missing libraries, no display); after it, it is the user closing the app. */
const STARTUP_FAILURE_MS = 5000;

/**
 * The Electron binary's path, or why there is none. `require('electron')` in plain Node returns
 * the path, downloading the binary first if needed; that runs in a child so its download
 * messages and failure stay out of the way.
 */
export function findElectronBinary(env = process.env) {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(String(require('electron')))"], { cwd: ROOT, env, encoding: 'utf8', timeout: 10 * 60_000 });
  if (probe.status !== 0) {
    const why = /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|getaddrinfo/.test(probe.stderr ?? '') ? 'its download failed (no network access to GitHub)' : 'it is not installed';
    return { reason: why };
  }
  const path = probe.stdout.trim();
  return existsSync(path) ? { path } : { reason: `it is missing (${path})` };
}

/** Runs Electron; resolves with its exit code, or with a reason when it could not start. */
function runElectron(binary) {
  return new Promise((done) => {
    const started = Date.now();
    const child = spawn(binary, ['.'], { cwd: ROOT, stdio: 'inherit' });
    child.on('error', (error) => done({ reason: `it could not start (${error.code ?? error.message})` }));
    child.on('exit', (code, signal) => {
      if (code !== 0 && !signal && Date.now() - started < STARTUP_FAILURE_MS) done({ reason: `it exited at once with code ${code}` });
      else done({ code: code ?? 0 });
    });
  });
}

async function main() {
  if (!buildRenderer()) {
    console.error('tco-studio: building the renderer failed (see above)');
    return 1;
  }
  await buildElectron();
  const found = findElectronBinary();
  const ran = found.path ? await runElectron(found.path) : found;
  if (ran.code !== undefined) return ran.code;
  console.log(`No usable Electron binary here (${ran.reason}); serving TCO Studio through the web host instead (npm run web).`);
  return runWebHost(process.argv.slice(2));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
