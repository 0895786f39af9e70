/**
 * What the schema's limits cost: the worst-case scenario at SCENARIO_LIMITS through the built CLI
 * as a user runs it, `estimate`, `sensitivity` and `simulate` (default runs), wall-clock seconds
 * each. The earlier limits (50 ML workloads × 50 endpoints) took 10 s and 30 s of CPU for the last
 * two; docs/methodology.md, Limits. Prints one JSON object.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCENARIO_LIMITS } from '../src/index';
import { worstCaseScenario, type WorstCaseShape } from './support/worst-case-scenario';

const dir = mkdtempSync(join(tmpdir(), 'tco-limits-'));
const cli = join(process.cwd(), 'bin', 'tco-studio.cjs');
const shapes: Record<string, WorstCaseShape> = {
  limits: { workloads: SCENARIO_LIMITS.mlWorkloads, endpointsPerWorkload: SCENARIO_LIMITS.endpointsPerWorkload, horizonMonths: SCENARIO_LIMITS.horizonMonths },
};

const results: Record<string, Record<string, number | string>> = {};
for (const [name, shape] of Object.entries(shapes)) {
  const file = join(dir, `${name}.tco.json`);
  writeFileSync(file, JSON.stringify(worstCaseScenario(shape)));
  const row: Record<string, number | string> = { shape: `${shape.workloads}×${shape.endpointsPerWorkload}, ${shape.horizonMonths} months` };
  for (const command of ['estimate', 'sensitivity', 'simulate']) {
    const start = performance.now();
    const run = spawnSync(process.execPath, [cli, command, file, '--format', 'json'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    row[command] = run.status === 0 ? Math.round(performance.now() - start) / 1000 : `exit ${run.status}: ${run.stderr.slice(0, 200)}`;
  }
  results[name] = row;
}
console.log(JSON.stringify({ secondsWallClock: results }));
