import type { SimulationResult } from '../analysis/monte-carlo';
import type { TornadoResult } from '../analysis/sensitivity';
import type { Scenario } from '../model/scenario-schema';
import { formatNumber, formatPct, formatProbability, formatQuantity, formatUsdWhole } from '../format/format';
import { confidenceWord } from './report-methodology';
import type { RecommendationRefusal, ReportConfidence, ReportRecommendation, SensitivityFlip } from './report-document';

/** What the dashboard and the report say, word for word, when nothing varies: default ranges off and no input given a distribution. */
export const NO_UNCERTAINTY_STATEMENT =
  'No uncertainty was modelled: the default ranges are off and no input has a distribution, so every input is fixed and no probability is stated.';
/** …and when inputs carry distributions but no run came out different from another (degenerate ranges, or inputs that change no total). */
export const NO_SPREAD_STATEMENT = 'The uncertain inputs changed no total in any simulated run, so no probability is stated.';

/**
 * True when Monte Carlo runs can differ: the scenario gives an input a distribution, or the default
 * ranges of the ops-effort defaults are on (every workload has ops effort). Should the scenario set
 * every default itself, the runs come out the same and `runsVary` stops a probability being stated.
 */
export function modelsUncertainty(scenario: Pick<Scenario, 'analysis' | 'workloads'>): boolean {
  return scenario.analysis.uncertainty.length > 0 || (scenario.analysis.defaultRanges && scenario.workloads.length > 0);
}

/** True when the runs of a simulation differ: some option's total is not the same in every run. A probability is stated only then. */
export function runsVary(sim: Pick<SimulationResult, 'options'>): boolean {
  return sim.options.some((o) => o.max > o.min);
}

/**
 * Why no probability can be stated for this scenario and simulation (one of the statements above),
 * or null when the runs vary and it can. Without the simulation yet, only the scenario decides.
 */
export function noProbabilityReason(scenario: Pick<Scenario, 'analysis' | 'workloads'>, sim: Pick<SimulationResult, 'options'> | null | undefined): string | null {
  if (!modelsUncertainty(scenario)) return NO_UNCERTAINTY_STATEMENT;
  if (sim && !runsVary(sim)) return NO_SPREAD_STATEMENT;
  return null;
}

/** "12 uncertain inputs", and how many of them are default ranges rather than the scenario's own distributions. */
export function uncertainInputsPhrase(sim: Pick<SimulationResult, 'inputs'>): string {
  const n = sim.inputs.length;
  const defaults = sim.inputs.filter((i) => i.source === 'default range').length;
  return `${n} uncertain input${n === 1 ? '' : 's'}${defaults > 0 ? `, ${defaults === n ? 'all' : defaults} of them default ranges` : ''}`;
}

/** The dashboard's probability sentence, once its runs are in and vary. */
export function cheapestInRunsSentence(rec: ReportRecommendation, sim: SimulationResult): string {
  const p = sim.probabilityCheapest[rec.option] ?? 0;
  return `It is the cheapest option in ${formatProbability(p)} of ${formatNumber(sim.runs)} Monte Carlo runs (${uncertainInputsPhrase(sim)}).`;
}

/**
 * How sure the recommendation is: from the Monte Carlo runs when the scenario has uncertainty
 * distributions and the runs differ, else from the sensitivity analysis (which inputs, moved alone,
 * flip the answer) after the same statement the dashboard makes (noProbabilityReason).
 */
export function confidenceOf(
  rec: ReportRecommendation | null,
  scenario: Scenario,
  sim: SimulationResult | null,
  tor: TornadoResult | null,
  problems: readonly string[],
  refusal: RecommendationRefusal | null = null,
): ReportConfidence {
  if (refusal) return { kind: 'none', statement: 'No confidence is stated: with prices missing there is no recommendation to be confident in.' };
  if (!rec || rec.runnerUp === null) return { kind: 'none', statement: 'No confidence is stated: there is no second option to compare with.' };
  const noProbability = noProbabilityReason(scenario, sim);
  if (sim && noProbability === null) {
    const p = sim.probabilityCheapest[rec.option] ?? 0;
    const level = confidenceWord(p);
    const d = sim.difference;
    const runs = formatNumber(sim.runs);
    const statement =
      `${level[0]!.toUpperCase()}${level.slice(1)} confidence: ${rec.label} is the cheapest option in ${formatProbability(p)} of ${runs} simulated runs ` +
      `(${uncertainInputsPhrase(sim)}), and cheaper than ${rec.runnerUpLabel} in ${formatProbability(sim.probabilitySecondCheaper)}. ` +
      `Its saving over ${rec.runnerUpLabel} is ${formatUsdWhole(d.p10)} at P10, ${formatUsdWhole(d.p50)} at the median and ${formatUsdWhole(d.p90)} at P90.`;
    return {
      kind: 'monte-carlo',
      runs: sim.runs,
      seed: sim.seed,
      probabilityCheapest: p,
      probabilityBeatsRunnerUp: sim.probabilitySecondCheaper,
      level,
      savingP10: d.p10,
      savingP50: d.p50,
      savingP90: d.p90,
      uncertainInputs: sim.inputs.length,
      statement,
    };
  }
  if (!tor) {
    if (noProbability !== null) return { kind: 'none', statement: noProbability };
    return { kind: 'none', statement: `No confidence is stated: ${problems.join('; ') || 'the uncertainty analysis could not run'}.` };
  }
  const flips: SensitivityFlip[] = [];
  for (const b of tor.bars) {
    const ends: [number, number][] = [
      [b.low, b.atLow],
      [b.high, b.atHigh],
    ];
    for (const [value, saving] of ends) {
      if (saving < -0.005 && tor.base >= 0) flips.push({ path: b.path, label: b.label, unit: b.unit, value, savingUsd: saving });
    }
  }
  const lead = noProbability ?? 'The Monte Carlo simulation could not run, so no probability is stated.';
  const range = `±${formatPct(tor.rangePct)}${scenario.analysis.sensitivity.ranges.length > 0 ? ' or the scenario\'s own ranges' : ''}`;
  const tail =
    flips.length === 0
      ? `In the sensitivity analysis ${rec.label} stays cheaper than ${rec.runnerUpLabel} when any one of ${tor.bars.length} inputs moves over its range (${range}).`
      : `In the sensitivity analysis (${tor.bars.length} inputs, each over ${range}), ${rec.runnerUpLabel} becomes cheaper if ${flips
          .slice(0, 3)
          .map((f) => `${f.label} is ${formatQuantity(f.value, f.unit)}`)
          .join(', or ')}${flips.length > 3 ? ` (and ${flips.length - 3} more)` : ''}.`;
  return { kind: 'sensitivity', inputsTested: tor.bars.length, rangePct: tor.rangePct, flips, statement: `${lead} ${tail}` };
}
