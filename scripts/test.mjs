#!/usr/bin/env node
/**
 * The project's test command (`npm test`): builds the CLI, type-checks every TypeScript project,
 * checks the dependency rules (.dependency-cruiser.cjs), runs the Vitest suite and prints the plain
 * closing line "N passed, N failed" that CI reads.
 * Extra arguments go to Vitest (e.g. `npm test -- test/model`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });
process.env.ELECTRON_OVERRIDE_DIST_PATH ??= '/nonexistent-electron-dist';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// Tests never read or write a developer's real price cache.
process.env.TCO_STUDIO_CACHE_DIR = mkdtempSync(join(tmpdir(), 'tco-test-cache-'));

let passed = 0;
let failed = 0;
const failures = [];

function step(name, command, args) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function check(name, command, args) {
  if (step(name, command, args)) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

const node = process.execPath;
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

check('build the command line', node, [join(ROOT, 'scripts/build-cli.mjs')]);
check('typecheck: pure core (no Node/DOM types)', bin('tsc'), ['-p', 'tsconfig.core.json']);
check('typecheck: Node code and tests', bin('tsc'), ['-p', 'tsconfig.json']);
check('typecheck: renderer (React UI, report page, charts)', bin('tsc'), ['-p', 'tsconfig.web.json']);
check('typecheck: end-to-end tests and the UI benchmark (Node driving a browser)', bin('tsc'), ['-p', 'tsconfig.e2e.json']);
check('typecheck: Electron main and preload, host adapters (the contract on both sides)', bin('tsc'), ['-p', 'tsconfig.electron.json']);
check('dependency rules: model ← analysis, trade-offs, report ← adapters ← shells; pure core without Node; no cycles', bin('depcruise'), ['--config', '.dependency-cruiser.cjs', '--output-type', 'err', 'src', 'renderer', 'electron']);
check('electronegativity: no new Electron security findings', node, [join(ROOT, 'scripts/electronegativity.mjs')]);

const report = join(ARTIFACTS, 'vitest.json');
rmSync(report, { force: true });
step('vitest', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${report}`, ...process.argv.slice(2)]);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numTotalTestSuites > 0 && r.success === false && r.numFailedTests === 0 ? 1 : 0);
  if (r.numFailedTests > 0) failures.push(`${r.numFailedTests} vitest tests`);
  else if (r.success === false) failures.push('vitest (a suite failed to load)');
} else {
  failed++;
  failures.push('vitest did not produce a report');
}

if (failures.length > 0) console.log(`failed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
