import { ModelError } from '../model/errors';
import { EvaluationCache } from '../model/evaluation-cache';
import { evaluateTotals } from '../model/estimate';
import { optionLabel, optionsFor } from '../model/options';
import { clampInput, findInput, scenarioInputs, type NumericInput } from '../model/scenario-inputs';
import type { OptionId, Scenario } from '../model/scenario-schema';
import type { PriceCatalogue } from '../pricing/catalogue';
import { metricOf, resolvePair, type Metric, type OptionPair } from './metric';

export interface BreakEvenPoint {
  readonly value: number;
  /** Metric of every option at this input value. */
  readonly totals: Readonly<Record<string, number>>;
}

export interface BreakEvenCrossing {
  /** The input value where the two options cost the same (exact), or the step at which they swap (not exact). */
  readonly value: number;
  /** True when the totals are equal there within a cent; false for whole-number inputs and steps. */
  readonly exact: boolean;
  /** For a crossing that is not exact: the two input values either side of it. */
  readonly bracket?: readonly [number, number];
  readonly cheaperBelow: OptionId;
  readonly cheaperAbove: OptionId;
  /** |first − second| at `value`. */
  readonly gap: number;
}

export interface BreakEvenResult {
  readonly input: Pick<NumericInput, 'path' | 'label' | 'unit' | 'value' | 'integer'> & { readonly min: number; readonly max: number };
  readonly between: OptionPair;
  readonly metric: Metric;
  readonly curve: readonly BreakEvenPoint[];
  readonly crossings: readonly BreakEvenCrossing[];
  readonly status: 'found' | 'none-in-range' | 'equal-everywhere';
  /** In the user's words, with option and input labels (no command-line flags: the CLI adds its own hint). */
  readonly message: string;
  /** No break-even was found in a range narrower than the input allows, chosen by default rather than by the caller. */
  readonly widerRangeUnsearched: boolean;
  readonly evaluations: number;
}

export interface BreakEvenOptions {
  readonly between?: readonly string[];
  readonly metric?: Metric;
  readonly min?: number;
  readonly max?: number;
  /** Points on the returned curve (for charts); the solver refines between them. Default 33. */
  readonly points?: number;
  /** Reused across evaluations (src/model/evaluation-cache.ts); one per call when not given. */
  readonly cache?: EvaluationCache;
}

/**
 * The default search range: a tenth to ten times the current value (wide enough for any plausible
 * break-even, narrow enough for a readable curve); the full allowed range for inputs that may be
 * negative or are zero. `--min`/`--max` widen it.
 */
export function defaultRange(input: Pick<NumericInput, 'value' | 'min' | 'max' | 'integer'>): { min: number; max: number } {
  if (input.min < 0 || input.value <= 0) return { min: input.min, max: input.max };
  return { min: clampInput(input, Math.max(input.min, input.value / 10)), max: clampInput(input, Math.min(input.max, input.value * 10)) };
}

/** Half a cent: totals closer than this are equal. */
const CENT_TOLERANCE = 0.005;

/** Sample points over a range: geometric when it spans several decades from a positive start, else even. */
function samplePoints(lo: number, hi: number, n: number, integer: boolean, current: number): number[] {
  const pts = new Set<number>();
  if (lo > 0 && hi / lo > 1000) {
    const r = Math.pow(hi / lo, 1 / (n - 1));
    for (let i = 0; i < n; i++) pts.add(lo * Math.pow(r, i));
  } else if (lo >= 0 && hi > 1000 * Math.max(1, lo)) {
    // From zero across several decades: zero, then geometric from 1/1000 of the top.
    pts.add(lo);
    const start = hi / 1000;
    const r = Math.pow(hi / start, 1 / (n - 2));
    for (let i = 0; i < n - 1; i++) pts.add(start * Math.pow(r, i));
  } else {
    for (let i = 0; i < n; i++) pts.add(lo + ((hi - lo) * i) / (n - 1));
  }
  if (current >= lo && current <= hi) pts.add(current);
  const list = [...pts].map((v) => (integer ? Math.round(v) : v)).filter((v) => v >= lo && v <= hi);
  return [...new Set(list)].sort((a, b) => a - b);
}

/**
 * Finds the input value at which two options cost the same over the horizon (or say it does not
 * exist in the range), and returns the curve of every option's cost over the range for charting.
 * Between samples that change sign it refines with the Illinois variant of regula falsi, which
 * converges in a few steps on the piecewise-linear costs of this model; whole-number inputs are
 * bracketed between adjacent integers.
 */
export function solveBreakEven(scenario: Scenario, catalogue: PriceCatalogue, path: string, opts: BreakEvenOptions = {}): BreakEvenResult {
  const input = findInput(scenario, path);
  if (!input) {
    const some = scenarioInputs(scenario)
      .slice(0, 6)
      .map((i) => i.path)
      .join(', ');
    throw new ModelError(`"${path}" is not a numeric input of this scenario; try one of ${some}, … (tco-studio inputs <file> lists them all)`);
  }
  const pair = resolvePair(scenario, opts.between);
  const metric = opts.metric ?? 'total';
  const focus = defaultRange(input);
  const lo = clampInput(input, opts.min ?? focus.min);
  const hi = clampInput(input, opts.max ?? focus.max);
  if (!(lo < hi)) throw new ModelError(`the range of ${input.path} is empty (${lo} to ${hi})`);

  const cache = opts.cache ?? new EvaluationCache();
  let evaluations = 0;
  const totalsAt = (x: number): Record<string, number> => {
    evaluations++;
    const out: Record<string, number> = {};
    for (const t of evaluateTotals(input.apply(scenario, x), catalogue, { cache })) out[t.option] = metricOf(t, metric);
    return out;
  };
  const diffAt = (x: number): number => {
    const t = totalsAt(x);
    return t[pair[0]]! - t[pair[1]]!;
  };

  const curve: BreakEvenPoint[] = samplePoints(lo, hi, Math.max(3, opts.points ?? 33), input.integer, input.value).map((value) => ({ value, totals: totalsAt(value) }));
  const diffs = curve.map((p) => p.totals[pair[0]]! - p.totals[pair[1]]!);
  const sign = (d: number) => (d > CENT_TOLERANCE ? 1 : d < -CENT_TOLERANCE ? -1 : 0);
  const crossings: BreakEvenCrossing[] = [];
  const cheaper = (d: number): OptionId => (d > 0 ? pair[1] : pair[0]);

  for (let i = 0; i < curve.length - 1; i++) {
    const a = curve[i]!.value;
    const b = curve[i + 1]!.value;
    const fa = diffs[i]!;
    const fb = diffs[i + 1]!;
    if (sign(fa) === 0) {
      if (i === 0 || sign(diffs[i - 1]!) !== 0) crossings.push({ value: a, exact: true, cheaperBelow: cheaper(diffs[i - 1] ?? -fb), cheaperAbove: cheaper(fb), gap: Math.abs(fa) });
      continue;
    }
    if (sign(fb) === 0 || sign(fa) === sign(fb)) continue;
    crossings.push(input.integer ? bracketInteger(a, b, fa, diffAt, cheaper) : refine(a, b, fa, fb, diffAt, cheaper));
  }
  const last = diffs[diffs.length - 1]!;
  if (sign(last) === 0 && curve.length > 1 && sign(diffs[diffs.length - 2]!) !== 0) {
    crossings.push({ value: curve[curve.length - 1]!.value, exact: true, cheaperBelow: cheaper(diffs[diffs.length - 2]!), cheaperAbove: cheaper(-diffs[diffs.length - 2]!), gap: Math.abs(last) });
  }

  const names = [optionLabel(pair[0], scenario), optionLabel(pair[1], scenario)] as const;
  const fmt = (v: number) => (input.integer ? String(Math.round(v)) : String(Math.round(v * 100) / 100));
  let status: BreakEvenResult['status'];
  let message: string;
  if (diffs.every((d) => sign(d) === 0)) {
    status = 'equal-everywhere';
    message = `${names[0]} and ${names[1]} cost the same whatever ${input.label} is between ${fmt(lo)} and ${fmt(hi)} ${input.unit}.`;
  } else if (crossings.length === 0) {
    status = 'none-in-range';
    const winner = optionLabel(cheaper(diffs.find((d) => sign(d) !== 0)!), scenario);
    message = `No break-even: ${winner} is cheaper for every ${input.label} from ${fmt(lo)} to ${fmt(hi)} ${input.unit}.`;
  } else {
    status = 'found';
    message = crossings
      .map((c) =>
        c.exact
          ? `${names[0]} and ${names[1]} cost the same at ${input.label} = ${fmt(c.value)} ${input.unit}; below it ${optionLabel(c.cheaperBelow, scenario)} is cheaper, above it ${optionLabel(c.cheaperAbove, scenario)}.`
          : `${optionLabel(c.cheaperBelow, scenario)} is cheaper up to ${input.label} = ${fmt(c.bracket![0])} ${input.unit}, ${optionLabel(c.cheaperAbove, scenario)} from ${fmt(c.bracket![1])} ${input.unit}.`,
      )
      .join(' ');
  }
  return {
    input: { path: input.path, label: input.label, unit: input.unit, value: input.value, integer: input.integer, min: lo, max: hi },
    between: pair,
    metric,
    curve,
    crossings,
    status,
    message,
    widerRangeUnsearched: status === 'none-in-range' && opts.min === undefined && opts.max === undefined && (lo > input.min || hi < input.max),
    evaluations,
  };
}

/** Illinois regula falsi between a and b (f changes sign), to within a cent or a step. */
function refine(
  a0: number,
  b0: number,
  fa0: number,
  fb0: number,
  f: (x: number) => number,
  cheaper: (d: number) => OptionId,
): BreakEvenCrossing {
  let a = a0;
  let b = b0;
  let fa = fa0;
  let fb = fb0;
  let side = 0;
  for (let iter = 0; iter < 60; iter++) {
    const x = (a * fb - b * fa) / (fb - fa);
    const fx = f(x);
    if (Math.abs(fx) <= CENT_TOLERANCE) return { value: x, exact: true, cheaperBelow: cheaper(fa0), cheaperAbove: cheaper(fb0), gap: Math.abs(fx) };
    if (fx * fb > 0) {
      b = x;
      fb = fx;
      if (side === -1) fa /= 2;
      side = -1;
    } else {
      a = x;
      fa = fx;
      if (side === 1) fb /= 2;
      side = 1;
    }
    if (Math.abs(b - a) <= 1e-9 * Math.max(1, Math.abs(a))) break;
  }
  // The cost jumps across zero here (a step, such as an extra instance): report the step.
  const mid = (a + b) / 2;
  return { value: mid, exact: false, bracket: [a, b], cheaperBelow: cheaper(fa0), cheaperAbove: cheaper(fb0), gap: Math.abs(f(mid)) };
}

/** For whole-number inputs: the two adjacent integers between which the cheaper option changes. */
function bracketInteger(a0: number, b0: number, fa0: number, f: (x: number) => number, cheaper: (d: number) => OptionId): BreakEvenCrossing {
  let a = a0;
  let b = b0;
  while (b - a > 1) {
    const m = Math.floor((a + b) / 2);
    const fm = f(m);
    if (Math.abs(fm) <= CENT_TOLERANCE) return { value: m, exact: true, cheaperBelow: cheaper(fa0), cheaperAbove: cheaper(-fa0), gap: Math.abs(fm) };
    if (Math.sign(fm) === Math.sign(fa0)) a = m;
    else b = m;
  }
  return { value: b, exact: false, bracket: [a, b], cheaperBelow: cheaper(fa0), cheaperAbove: cheaper(-fa0), gap: Math.abs(f(b)) };
}

/**
 * The input whose break-even the dashboard and the report show, so both give one answer: the
 * scenario's `analysis.breakEven.input` when it names a what-if input, else the first labour rate
 * (the question most users ask: "at what engineer rate does the managed service win?"), else the
 * first input. Undefined when the scenario has no input at all.
 */
export function breakEvenInputOf(scenario: Scenario): NumericInput | undefined {
  const inputs = scenarioInputs(scenario);
  const chosen = scenario.analysis.breakEven?.input;
  return (chosen !== undefined ? inputs.find((i) => i.path === chosen) : undefined) ?? inputs.find((i) => i.group === 'labour') ?? inputs[0];
}

/**
 * The EC2-vs-EKS break-even over team size: the data scientists of the scenario's first ML
 * workload, from 1 to 1,000, when the scenario compares both self-managed platforms (undefined
 * otherwise). EKS's cluster fee and upkeep are fixed while its packing and per-person savings grow
 * with the team, so this is where EKS starts to pay off.
 */
export function platformBreakEven(scenario: Scenario, catalogue: PriceCatalogue, opts: Pick<BreakEvenOptions, 'metric' | 'cache'> = {}): BreakEvenResult | undefined {
  const options = optionsFor(scenario);
  const index = scenario.workloads.findIndex((w) => w.kind === 'ml-platform');
  if (index < 0 || !options.includes('ec2') || !options.includes('eks')) return undefined;
  const path = `workloads[${index}].team.dataScientists`;
  const input = findInput(scenario, path);
  if (!input) return undefined;
  return solveBreakEven(scenario, catalogue, path, { ...opts, between: ['ec2', 'eks'], min: Math.max(1, input.min), max: input.max });
}
