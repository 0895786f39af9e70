#!/usr/bin/env node
/**
 * `npm run bench`: bundles and runs every bench/*.bench.ts (or only those whose name contains an
 * argument), each printing one JSON object on its last stdout line, and prints one JSON document
 * with all results. Benchmarks are not tests: they measure, report ratios to targets, and exit 0.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const filters = process.argv.slice(2);
const benches = readdirSync(join(ROOT, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
const out = mkdtempSync(join(tmpdir(), 'tco-bench-'));
const results = {};
try {
  for (const file of benches) {
    const name = basename(file, '.bench.ts');
    const outfile = join(out, `${name}.cjs`);
    await build({
      entryPoints: [join(ROOT, 'bench', file)],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      outfile,
      logLevel: 'warning',
      external: ['electron', 'playwright-core'],
    });
    process.stderr.write(`bench: ${name}…\n`);
    const run = spawnSync(process.execPath, ['--expose-gc', outfile], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      // The bundles live in a temporary folder: externals (playwright-core) resolve from the project.
      env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules'), AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    });
    if (run.status !== 0) {
      results[name] = { error: `exit ${run.status}: ${(run.stderr || '').trim().split('\n').slice(-3).join(' | ')}` };
      continue;
    }
    const last = run.stdout.trim().split('\n').pop() ?? '{}';
    try {
      results[name] = JSON.parse(last);
    } catch {
      results[name] = { error: `no JSON result: ${last.slice(0, 200)}` };
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
console.log(JSON.stringify({ machine: { node: process.version, cpus: (await import('node:os')).cpus().length }, results }, null, 2));
