import { EvaluationCache } from '../model/evaluation-cache';
import { evaluateTotals } from '../model/estimate';
import { clampInput, scenarioInputs, type NumericInput } from '../model/scenario-inputs';
import { parsePath, pathToString } from '../model/scenario-path';
import type { Scenario } from '../model/scenario-schema';
import type { PriceCatalogue } from '../pricing/catalogue';
import { metricOf, resolvePair, type Metric, type OptionPair } from './metric';

export interface TornadoBar {
  readonly path: string;
  readonly label: string;
  readonly unit: string;
  readonly group: NumericInput['group'];
  readonly value: number;
  readonly low: number;
  readonly high: number;
  /** Difference between the two options (first − second) with the input at `low` and at `high`. */
  readonly atLow: number;
  readonly atHigh: number;
  /** |atHigh − atLow|: how far this input alone moves the difference. */
  readonly swing: number;
  /** Where the range came from: the scenario's own range for this input, or the default ± percent. */
  readonly rangeSource: 'scenario' | 'default';
}

export interface TornadoResult {
  readonly between: OptionPair;
  readonly metric: Metric;
  /** The difference at the scenario's own values. */
  readonly base: number;
  readonly rangePct: number;
  /** Every input, largest swing first. */
  readonly bars: readonly TornadoBar[];
  readonly evaluations: number;
}

export interface TornadoOptions {
  readonly between?: readonly string[];
  readonly metric?: Metric;
  /** Default ± range in percent of each input's value (the scenario's `analysis.sensitivity.rangePct` otherwise). */
  readonly rangePct?: number;
  /** Reused across evaluations (src/model/evaluation-cache.ts); one per call when not given. */
  readonly cache?: EvaluationCache;
  /** Called with inputs done and inputs in all after each input (the CLI's progress line). */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Low and high ends for an input: the scenario's range if it sets one, else value ∓ pct, clamped; whole numbers move at least one step. */
export function inputRange(input: NumericInput, pct: number, custom?: { low: number; high: number }): { low: number; high: number; source: 'scenario' | 'default' } {
  if (custom) return { low: clampInput(input, custom.low), high: clampInput(input, custom.high), source: 'scenario' };
  const r = pct / 100;
  if (input.integer) {
    return {
      low: clampInput(input, Math.min(Math.floor(input.value * (1 - r)), input.value - 1)),
      high: clampInput(input, Math.max(Math.ceil(input.value * (1 + r)), input.value + 1)),
      source: 'default',
    };
  }
  return { low: clampInput(input, input.value * (1 - r)), high: clampInput(input, input.value * (1 + r)), source: 'default' };
}

/**
 * Sensitivity (tornado): varies each input alone over its range and ranks inputs by how much they
 * move the difference between two options. Each bar's ends are direct evaluations of the model.
 */
export function tornado(scenario: Scenario, catalogue: PriceCatalogue, opts: TornadoOptions = {}): TornadoResult {
  const pair = resolvePair(scenario, opts.between);
  const metric = opts.metric ?? 'total';
  const pct = opts.rangePct ?? scenario.analysis.sensitivity.rangePct;
  const cache = opts.cache ?? new EvaluationCache();
  const custom = new Map<string, { low: number; high: number }>();
  for (const r of scenario.analysis.sensitivity.ranges) {
    const keys = parsePath(r.path);
    if (keys) custom.set(pathToString(keys), r);
  }
  let evaluations = 0;
  const difference = (s: Scenario): number => {
    evaluations++;
    let a = 0;
    let b = 0;
    for (const t of evaluateTotals(s, catalogue, { cache })) {
      if (t.option === pair[0]) a = metricOf(t, metric);
      else if (t.option === pair[1]) b = metricOf(t, metric);
    }
    return a - b;
  };
  const base = difference(scenario);
  const bars: TornadoBar[] = [];
  const inputs = scenarioInputs(scenario);
  for (const input of inputs) {
    const range = inputRange(input, pct, custom.get(input.path));
    const atLow = range.low === input.value ? base : difference(input.apply(scenario, range.low));
    const atHigh = range.high === input.value ? base : difference(input.apply(scenario, range.high));
    bars.push({
      path: input.path,
      label: input.label,
      unit: input.unit,
      group: input.group,
      value: input.value,
      low: range.low,
      high: range.high,
      atLow,
      atHigh,
      swing: Math.abs(atHigh - atLow),
      rangeSource: range.source,
    });
    opts.onProgress?.(bars.length, inputs.length);
  }
  bars.sort((x, y) => y.swing - x.swing || x.path.localeCompare(y.path));
  return { between: pair, metric, base, rangePct: pct, bars, evaluations };
}
