import { ModelError } from '../model/errors';
import { EvaluationCache } from '../model/evaluation-cache';
import { evaluateTotals } from '../model/estimate';
import { optionsFor } from '../model/options';
import { defaultRangeInputs } from '../model/default-ranges';
import { clampInput, findInput, type NumericInput } from '../model/scenario-inputs';
import { setManyAtPaths, type PathWrite } from '../model/scenario-path';
import type { Distribution, OptionId, Scenario } from '../model/scenario-schema';
import type { PriceCatalogue } from '../pricing/catalogue';
import { describeDistribution, quantile, sample } from './distributions';
import { metricOf, resolvePair, type Metric, type OptionPair } from './metric';
import { createRandom } from './random';

export interface Percentiles {
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  readonly mean: number;
  readonly min: number;
  readonly max: number;
}

export interface HistogramBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

export interface SimulationResult {
  readonly runs: number;
  readonly seed: number;
  readonly metric: Metric;
  readonly between: OptionPair;
  /**
   * The inputs that vary: the scenario's own distributions (`analysis.uncertainty`) and the default
   * ranges of the ops-effort defaults it does not set (unless `analysis.defaultRanges` is false).
   * `paths` lists every path one draw sets (identical tasks on several platforms share a draw).
   */
  readonly inputs: readonly SimulatedInput[];
  readonly options: readonly ({ readonly option: OptionId; readonly histogram: readonly HistogramBin[] } & Percentiles)[];
  /** Distribution of first − second (positive: the second option is cheaper). */
  readonly difference: Percentiles & { readonly histogram: readonly HistogramBin[] };
  /** Share of runs in which each option is the cheapest. */
  readonly probabilityCheapest: Readonly<Record<string, number>>;
  /** Share of runs in which the second option of the pair costs less than the first (e.g. managed cheaper than EC2). */
  readonly probabilitySecondCheaper: number;
  readonly assumptions: readonly string[];
}

/** Where an input's distribution comes from. */
export type InputSource = 'scenario' | 'default range';

export interface SimulatedInput {
  readonly path: string;
  readonly paths: readonly string[];
  readonly label: string;
  readonly distribution: string;
  readonly source: InputSource;
  /** Why a default range is as wide as it is (default ranges only). */
  readonly reasoning?: string;
}

export interface SimulationOptions {
  readonly runs?: number;
  readonly seed?: number;
  readonly between?: readonly string[];
  readonly metric?: Metric;
  readonly bins?: number;
  /** Reused across evaluations (src/model/evaluation-cache.ts); one per call when not given. */
  readonly cache?: EvaluationCache;
  /** Called with runs done and runs in all, every PROGRESS_EVERY runs and at the end (the CLI's progress line). */
  readonly onProgress?: (done: number, total: number) => void;
}

/** How often a simulation reports progress: often enough for a smooth bar, rarely enough to cost nothing. */
const PROGRESS_EVERY = 250;

export const MAX_RUNS = 1_000_000;

function percentiles(values: Float64Array): Percentiles {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    p10: quantile(sorted, 0.1),
    p50: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    mean: sum / sorted.length,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
  };
}

function histogram(values: Float64Array, bins: number): HistogramBin[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(hi > lo)) return [{ from: lo, to: hi, count: values.length }];
  const width = (hi - lo) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) counts[Math.min(bins - 1, Math.floor((v - lo) / width))]!++;
  return counts.map((count, i) => ({ from: lo + i * width, to: i === bins - 1 ? hi : lo + (i + 1) * width, count }));
}

export interface UncertainInput {
  readonly inputs: readonly NumericInput[];
  readonly distribution: Distribution;
  readonly source: InputSource;
  readonly reasoning?: string;
}

/**
 * What a simulation varies: the scenario's own distributions first, then (unless
 * `analysis.defaultRanges` is false) the default range of every ops-effort default the scenario
 * neither sets nor gives a distribution; a path the scenario covers leaves its default range's draw.
 */
export function uncertainInputs(scenario: Scenario): UncertainInput[] {
  const own: UncertainInput[] = scenario.analysis.uncertainty.map((u, i) => {
    const input = findInput(scenario, u.path);
    if (!input) throw new ModelError(`analysis.uncertainty[${i}].path: "${u.path}" is not a numeric input of this scenario`);
    return { inputs: [input], distribution: u.distribution, source: 'scenario' };
  });
  if (!scenario.analysis.defaultRanges) return own;
  const covered = new Set(own.map((u) => u.inputs[0]!.path));
  const defaults: UncertainInput[] = [];
  for (const d of defaultRangeInputs(scenario)) {
    const inputs = d.inputs.filter((i) => !covered.has(i.path));
    if (inputs.length > 0) defaults.push({ inputs, distribution: d.distribution, source: 'default range', reasoning: d.reasoning });
  }
  return [...own, ...defaults];
}

function varyingSummary(scenario: Scenario, uncertain: readonly UncertainInput[]): string {
  const own = uncertain.filter((u) => u.source === 'scenario').length;
  const defaults = uncertain.length - own;
  if (uncertain.length === 0) {
    return scenario.analysis.defaultRanges
      ? 'Nothing is uncertain in this scenario (no distributions and no ops-effort defaults in use), so every run is the deterministic estimate.'
      : 'Default ranges are off (analysis.defaultRanges: false) and the scenario sets no distributions, so every run is the deterministic estimate.';
  }
  const parts = [`${own} from the scenario's own distributions`];
  parts.push(scenario.analysis.defaultRanges ? `${defaults} from default ranges (triangular low / likely / high)` : 'default ranges off (analysis.defaultRanges: false)');
  return `${uncertain.length} input${uncertain.length > 1 ? 's' : ''} vary: ${parts.join(', ')}.`;
}

/**
 * Monte Carlo: samples every input that carries a distribution (`analysis.uncertainty`) and, by default, the
 * ranges of the ops-effort defaults (src/model/default-ranges.ts), evaluates
 * all options per run, and reports percentiles, the probability that each option is cheapest and
 * histograms. Seeded and reproducible; inputs are sampled independently.
 */
export function simulate(scenario: Scenario, catalogue: PriceCatalogue, opts: SimulationOptions = {}): SimulationResult {
  const runs = opts.runs ?? 10_000;
  if (!Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS) throw new ModelError(`runs must be a whole number from 1 to ${MAX_RUNS} (got ${runs})`);
  const seed = opts.seed ?? 1;
  const cache = opts.cache ?? new EvaluationCache();
  const metric = opts.metric ?? 'total';
  const pair = resolvePair(scenario, opts.between);
  const uncertain = uncertainInputs(scenario);
  const random = createRandom(seed);
  const optionIds = optionsFor(scenario);
  const values = optionIds.map(() => new Float64Array(runs));
  const diff = new Float64Array(runs);
  const cheapest = new Map<OptionId, number>(optionIds.map((o) => [o, 0]));
  const ia = optionIds.indexOf(pair[0]);
  const ib = optionIds.indexOf(pair[1]);
  let secondCheaper = 0;
  const writes: PathWrite[] = new Array(uncertain.reduce((n, u) => n + u.inputs.length, 0));

  for (let r = 0; r < runs; r++) {
    let w = 0;
    for (let k = 0; k < uncertain.length; k++) {
      const u = uncertain[k]!;
      const drawn = sample(u.distribution, random);
      for (const input of u.inputs) writes[w++] = input.write(scenario, clampInput(input, drawn));
    }
    const totals = evaluateTotals(setManyAtPaths(scenario, writes), catalogue, { cache });
    let best = 0;
    for (let k = 0; k < totals.length; k++) {
      const v = metricOf(totals[k]!, metric);
      values[k]![r] = v;
      if (v < values[best]![r]!) best = k;
    }
    cheapest.set(optionIds[best]!, cheapest.get(optionIds[best]!)! + 1);
    const d = values[ia]![r]! - values[ib]![r]!;
    diff[r] = d;
    if (d > 0) secondCheaper++;
    if (opts.onProgress && ((r + 1) % PROGRESS_EVERY === 0 || r + 1 === runs)) opts.onProgress(r + 1, runs);
  }

  const bins = opts.bins ?? 30;
  return {
    runs,
    seed,
    metric,
    between: pair,
    inputs: uncertain.map((u) => ({
      path: u.inputs[0]!.path,
      paths: u.inputs.map((i) => i.path),
      label: u.inputs.length === 1 ? u.inputs[0]!.label : `${u.inputs[0]!.label} and ${u.inputs.length - 1} identical task${u.inputs.length > 2 ? 's' : ''} (one draw)`,
      distribution: describeDistribution(u.distribution),
      source: u.source,
      ...(u.reasoning !== undefined ? { reasoning: u.reasoning } : {}),
    })),
    options: optionIds.map((option, k) => ({ option, ...percentiles(values[k]!), histogram: histogram(values[k]!, bins) })),
    difference: { ...percentiles(diff), histogram: histogram(diff, bins) },
    probabilityCheapest: Object.fromEntries([...cheapest].map(([o, n]) => [o, n / runs])),
    probabilitySecondCheaper: secondCheaper / runs,
    assumptions: [
      'Inputs are sampled independently, except identical tasks on several platforms, which share one draw; other correlations (a team slow at one task is often slow at others) are not modelled.',
      'Samples outside an input\'s allowed range are clamped to it; whole-number inputs are rounded.',
      'Every other input keeps its scenario value; prices are the catalogue\'s and carry no uncertainty.',
      varyingSummary(scenario, uncertain),
    ],
  };
}
