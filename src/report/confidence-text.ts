import type { SimulationResult } from '../analysis/monte-carlo';
import type { TornadoResult } from '../analysis/sensitivity';
import type { Scenario } from '../model/scenario-schema';
import { formatNumber, formatPct, formatProbability, formatQuantity, formatUsdWhole } from '../format/format';
import { confidenceWord } from './report-methodology';
import type { ReportConfidence, ReportRecommendation, SensitivityFlip } from './report-document';

/**
 * How sure the recommendation is: from the Monte Carlo runs when the scenario has uncertainty
 * distributions, else from the sensitivity analysis (which inputs, moved alone, flip the answer).
 */
export function confidenceOf(
  rec: ReportRecommendation | null,
  scenario: Scenario,
  sim: SimulationResult | null,
  tor: TornadoResult | null,
  problems: readonly string[],
): ReportConfidence {
  if (!rec || rec.runnerUp === null) return { kind: 'none', statement: 'No confidence is stated: there is no second option to compare with.' };
  if (sim) {
    const p = sim.probabilityCheapest[rec.option] ?? 0;
    const level = confidenceWord(p);
    const d = sim.difference;
    const runs = formatNumber(sim.runs);
    const statement =
      `${level[0]!.toUpperCase()}${level.slice(1)} confidence: ${rec.label} is the cheapest option in ${formatProbability(p)} of ${runs} simulated runs ` +
      `(${sim.inputs.length} uncertain input${sim.inputs.length === 1 ? '' : 's'}), and cheaper than ${rec.runnerUpLabel} in ${formatProbability(sim.probabilitySecondCheaper)}. ` +
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
  const hasDistributions = scenario.analysis.uncertainty.length > 0;
  const lead = hasDistributions
    ? 'The Monte Carlo simulation could not run, so no probability is stated.'
    : 'Not quantified as a probability: the scenario gives no uncertainty distributions (analysis.uncertainty).';
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
