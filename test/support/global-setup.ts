import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths';

/** Builds the CLI bundle once per test run, so CLI tests always exercise the current source. */
export default function setup(): void {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/build-cli.mjs')], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`building the CLI failed: ${result.stderr}`);
}
