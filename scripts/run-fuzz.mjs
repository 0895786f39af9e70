#!/usr/bin/env node
/** `npm run fuzz`: the scenario-loading fuzz test with 100,000 cases per property (FUZZ_RUNS to change it). */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runs = process.env.FUZZ_RUNS ?? '100000';
const started = Date.now();
const result = spawnSync(join(ROOT, 'node_modules/.bin/vitest'), ['run', 'test/model/fuzz.test.ts', '--testTimeout=0'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs },
});
console.log(JSON.stringify({ fuzz: 'scenario loading', casesPerProperty: Number(runs), seconds: (Date.now() - started) / 1000, exitCode: result.status }));
process.exitCode = result.status ?? 1;
