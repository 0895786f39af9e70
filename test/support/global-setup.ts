import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths';

function run(what: string, args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${what} failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Builds, once per test run and before any test starts, everything tests run against: the CLI
 * bundle, the renderer (both pages: the app and the report print view) and the web host bundle. So
 * tests always exercise the current source, and no two test files rebuild the same folder at once.
 */
export default function setup(): void {
  run('building the CLI', [join(PROJECT_ROOT, 'scripts/build-cli.mjs')]);
  run('building the renderer (vite build)', [join(PROJECT_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error']);
  run('building the web host', ['-e', "import('./scripts/build-electron.mjs').then((m) => m.buildWebHost())"]);
}
