import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { worstCaseScenario } from '../../bench/support/worst-case-scenario';
import { analysisProgress, PROGRESS_DELAY_MS } from '../../src/cli/analysis-progress';
import type { CommandIo } from '../../src/cli/command-io';
import { parseScenario, SCENARIO_LIMITS, ScenarioError } from '../../src/index';
import { EXAMPLES_DIR } from '../support/paths';
import { dbWorkload } from '../support/scenarios';
import { runCli } from '../support/run-cli';

function issuesOf(value: unknown): string[] {
  try {
    parseScenario(value);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as ScenarioError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  return [];
}

describe('the size limits of a scenario', () => {
  it('admits the worst case at the limits', () => {
    expect(issuesOf(worstCaseScenario({ workloads: SCENARIO_LIMITS.mlWorkloads, endpointsPerWorkload: SCENARIO_LIMITS.endpointsPerWorkload, horizonMonths: SCENARIO_LIMITS.horizonMonths }))).toEqual([]);
  });

  it('admits 50 databases (a database is a handful of lines) and refuses a 51st', () => {
    const fleet = (n: number) => ({
      schemaVersion: 1,
      name: 'Fleet',
      question: 'q',
      region: 'us-east-1',
      horizonMonths: 120,
      discountRateAnnualPct: 8,
      workloads: Array.from({ length: n }, (_, i) => dbWorkload({ id: `db-${i}`, highAvailability: true, readReplicas: 3 })),
    });
    expect(issuesOf(fleet(SCENARIO_LIMITS.workloads))).toEqual([]);
    expect(issuesOf(fleet(SCENARIO_LIMITS.workloads + 1))).toEqual([
      'workloads: must have at most 50 workloads, the limit that keeps simulate and sensitivity within a few seconds (docs/methodology.md, Limits)',
    ]);
  });

  it('refuses the earlier worst case (50 ML workloads × 50 endpoints, 26–33 s per analysis), naming each limit and why', () => {
    const issues = issuesOf(worstCaseScenario({ workloads: 50, endpointsPerWorkload: 50, horizonMonths: 120 }));
    expect(issues).toContain(
      'workloads[0].realtimeInference.endpoints: must have at most 10 endpoints per ML workload, the limit that keeps simulate and sensitivity within a few seconds (docs/methodology.md, Limits)',
    );
    const many = issuesOf(worstCaseScenario({ workloads: SCENARIO_LIMITS.mlWorkloads + 1, endpointsPerWorkload: 1, horizonMonths: 120 }));
    expect(many).toEqual([
      'workloads: must have at most 20 ML platform workloads, the limit that keeps simulate and sensitivity within a few seconds (docs/methodology.md, Limits)',
    ]);
  });

  it('refuses one endpoint too many, naming the per-workload limit', () => {
    const issues = issuesOf(worstCaseScenario({ workloads: 1, endpointsPerWorkload: SCENARIO_LIMITS.endpointsPerWorkload + 1, horizonMonths: 12 }));
    expect(issues).toEqual([
      'workloads[0].realtimeInference.endpoints: must have at most 10 endpoints per ML workload, the limit that keeps simulate and sensitivity within a few seconds (docs/methodology.md, Limits)',
    ]);
  });

  it('the CLI refuses a file over the limits as invalid input', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tco-limits-')), 'big.tco.json');
    writeFileSync(file, JSON.stringify(worstCaseScenario({ workloads: 21, endpointsPerWorkload: 1, horizonMonths: 12 })));
    const r = runCli(['simulate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('workloads: must have at most 20 ML platform workloads, the limit that keeps simulate and sensitivity within a few seconds');
  });
});

/** A CommandIo whose clock the test moves. */
function fakeIo(tty: boolean): CommandIo & { out: string; clock: number } {
  const io = {
    out: '',
    clock: 0,
    write(text: string) {
      io.out += text;
    },
    stderrIsTty: tty,
    stderrColumns: 100,
    stdinIsTty: false,
    ask: () => Promise.resolve(''),
    now: () => new Date(io.clock),
  };
  return io;
}

describe('progress of a long analysis', () => {
  it('on a terminal, stays silent for the first second, then redraws one line and clears it at the end', () => {
    const io = fakeIo(true);
    const progress = analysisProgress(io, 'simulate', false);
    const step = progress.step('10,000 runs');
    step(250, 10_000);
    io.clock = PROGRESS_DELAY_MS - 1;
    step(500, 10_000);
    expect(io.out).toBe('');
    io.clock = PROGRESS_DELAY_MS;
    step(5000, 10_000);
    expect(io.out).toContain('simulate: [############------------]  50%  10,000 runs');
    io.clock += 10;
    step(5250, 10_000);
    expect(io.out.split('\r').length).toBe(2);
    step(10_000, 10_000);
    expect(io.out).toContain('100%');
    progress.finish();
    expect(io.out.endsWith('\r\x1b[K')).toBe(true);
  });

  it('never shows on a terminal for work under a second', () => {
    const io = fakeIo(true);
    const progress = analysisProgress(io, 'sensitivity', false);
    const step = progress.step('inputs varied');
    for (let i = 1; i <= 40; i++) step(i, 40);
    progress.finish();
    expect(io.out).toBe('');
  });

  it('with --progress off a terminal, writes plain lines, one per tenth', () => {
    const io = fakeIo(false);
    const progress = analysisProgress(io, 'simulate', true);
    const step = progress.step('1,000 runs');
    for (let i = 50; i <= 1000; i += 50) step(i, 1000);
    progress.finish();
    expect(io.out.split('\n').filter(Boolean)).toEqual([
      'simulate: 1,000 runs: 5%',
      ...[10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((p) => `simulate: 1,000 runs: ${p}%`),
    ]);
  });

  it.each([
    ['simulate', ['--runs', '1000'], 'simulate: 1,000 runs: 100%'],
    ['sensitivity', [], 'sensitivity: inputs varied: 100%'],
  ])('%s --progress reports on stderr and leaves the result alone', (command, extra, last) => {
    const file = join(EXAMPLES_DIR, 'startup-db-and-ml.tco.json');
    const quiet = runCli([command, file, ...extra, '--format', 'json']);
    const shown = runCli([command, file, ...extra, '--format', 'json', '--progress']);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toBe(quiet.stdout);
    expect(shown.stderr.trimEnd().split('\n').at(-1)).toBe(last);
  });
});
