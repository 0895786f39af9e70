/**
 * What-if speed (issue 5): on the largest example (several workloads, 36 months, three options),
 * one full evaluation, a tornado over every input, one break-even solve and a 10,000-sample Monte
 * Carlo, each as a fraction of a 60 Hz display frame, with how evaluation time grows with the
 * horizon and the number of workloads. Prints one JSON object.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPriceSnapshot } from '../src/aws/snapshot/price-snapshot';
import { estimate, evaluateTotals, EvaluationCache, parseScenario, parseScenarioJson, simulate, solveBreakEven, tornado, type Scenario } from '../src/index';

const FRAME_MS = 1000 / 60;
const catalogue = defaultPriceSnapshot().catalogue();
const largest = parseScenarioJson(readFileSync(join(process.cwd(), 'examples/startup-db-and-ml.tco.json'), 'utf8'));

/** Mean milliseconds per call: warm up, then repeat until at least `minMs` of work, five times; the median of the five. */
function timeIt(fn: () => unknown, minMs = 400): number {
  for (let i = 0; i < 20; i++) fn();
  const rounds: number[] = [];
  for (let r = 0; r < 5; r++) {
    let n = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < minMs / 5 || n < 3) {
      fn();
      n++;
      elapsed = performance.now() - start;
    }
    rounds.push(elapsed / n);
  }
  rounds.sort((a, b) => a - b);
  return rounds[2]!;
}

function verdict(ms: number, targetFrames: number) {
  const frames = ms / FRAME_MS;
  return { ms: round(ms, 4), frames: round(frames, 4), targetFrames, ratioToTarget: round(frames / targetFrames, 3), meetsTarget: frames <= targetFrames };
}

function round(v: number, digits: number): number {
  const f = Math.pow(10, digits);
  return Math.round(v * f) / f;
}

/** The scenario with its workloads repeated k times (ids made unique). */
function scaled(s: Scenario, k: number): Scenario {
  const workloads = [];
  for (let i = 0; i < k; i++) for (const w of s.workloads) workloads.push({ ...w, id: `${w.id}-${i}` });
  return parseScenario({ ...s, workloads, analysis: { uncertainty: [], sensitivity: s.analysis.sensitivity, commitments: {} }, variants: [] });
}

const breakEvenInput = 'labour.dba.hourlyUsd';
// Caches as the app holds them: one per catalogue for the dashboard's estimates, one for the
// Monte Carlo worker's life; tornado and break-even start afresh on each call, as the dashboard's do.
const estimateCache = new EvaluationCache();
const full = timeIt(() => estimate(largest, catalogue, { cache: estimateCache }));
const totalsCache = new EvaluationCache();
const totalsOnly = timeIt(() => evaluateTotals(largest, catalogue, { cache: totalsCache }), 400);
const workerCache = new EvaluationCache();
const tornadoResult = tornado(largest, catalogue);
const tornadoMs = timeIt(() => tornado(largest, catalogue), 600);
const breakEven = solveBreakEven(largest, catalogue, breakEvenInput);
const breakEvenMs = timeIt(() => solveBreakEven(largest, catalogue, breakEvenInput), 600);
const timedMc = (seed: number) => {
  const t = performance.now();
  const result = simulate(largest, catalogue, { runs: 10_000, seed, cache: workerCache });
  return { ms: performance.now() - t, result };
};
// The same simulation with only the scenario's own distributions, to show what sampling every
// ops-effort default's range costs (interleaved with the runs above, so load affects both alike).
const ownOnly = parseScenario({ ...largest, analysis: { ...largest.analysis, defaultRanges: false } });
const ownOnlyCache = new EvaluationCache();
const timedOwnOnly = (seed: number) => {
  const t = performance.now();
  simulate(ownOnly, catalogue, { runs: 10_000, seed, cache: ownOnlyCache });
  return performance.now() - t;
};
timedOwnOnly(1);
const cold = timedMc(1);
const warmRuns: number[] = [];
const ownOnlyRuns: number[] = [];
for (const seed of [2, 3, 4]) {
  warmRuns.push(timedMc(seed).ms);
  ownOnlyRuns.push(timedOwnOnly(seed));
}
const warm = warmRuns.sort((a, b) => a - b);
const ownOnlyMs = ownOnlyRuns.sort((a, b) => a - b)[1]!;
const mc = cold.result;
const mcMs = warm[1]!;

const byHorizon = [12, 36, 72, 120].map((h) => ({ horizonMonths: h, msPerEvaluation: round(timeIt(() => estimate(largest, catalogue, { horizonMonths: h }), 300), 4) }));
// Up to 18 ML workloads: the schema holds at most SCENARIO_LIMITS.mlWorkloads (20) ML platforms.
const byWorkloads = [1, 2, 4, 6].map((k) => {
  const s = scaled(largest, k);
  return { workloads: s.workloads.length, lines: estimate(s, catalogue).lines.length, msPerEvaluation: round(timeIt(() => estimate(s, catalogue), 300), 4) };
});
const perLine = byWorkloads.map((r) => round((r.msPerEvaluation * 1000) / r.lines, 3));

console.log(
  JSON.stringify({
    machine: { node: process.version },
    frameMs: round(FRAME_MS, 3),
    scenario: { file: 'examples/startup-db-and-ml.tco.json', workloads: largest.workloads.length, horizonMonths: largest.horizonMonths, options: 3, lines: estimate(largest, catalogue).lines.length },
    fullEvaluation: { ...verdict(full, 0.01), note: 'estimate(): every cost line with text and provenance, monthly projection, crossovers, warnings' },
    totalsOnlyEvaluation: { ms: round(totalsOnly, 4), note: 'evaluateTotals(): the path what-if analysis repeats' },
    tornado: { ...verdict(tornadoMs, 0.1), inputs: tornadoResult.bars.length, evaluations: tornadoResult.evaluations },
    breakEven: { ...verdict(breakEvenMs, 0.1), input: breakEvenInput, evaluations: breakEven.evaluations, status: breakEven.status },
    monteCarlo10k: {
      ...verdict(mcMs, 10),
      firstRunMs: round(cold.ms, 1),
      runs: mc.runs,
      uncertainInputs: mc.inputs.length,
      defaultRangeInputs: mc.inputs.filter((i) => i.source === 'default range').length,
      withoutDefaultRangesMs: round(ownOnlyMs, 1),
      ratioToWithoutDefaultRanges: round(mcMs / ownOnlyMs, 2),
      note: 'median of three runs after a first (cold) run, whose time is firstRunMs; runs in a Web Worker in the app',
    },
    scaling: {
      byHorizon,
      byWorkloads,
      microsecondsPerLine: perLine,
      note: 'time per evaluation should grow linearly with lines (workloads) and stay nearly flat with horizon (O(lines + months))',
    },
  }),
);
