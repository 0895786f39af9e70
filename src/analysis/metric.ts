import { ModelError } from '../model/errors';
import { evaluateTotals, type EstimateOptions, type OptionTotalsResult } from '../model/estimate';
import { optionsFor } from '../model/options';
import type { OptionId, Scenario } from '../model/scenario-schema';
import type { PriceCatalogue } from '../pricing/catalogue';

/** What analyses compare: the total cost over the horizon, or its present value. */
export type Metric = 'total' | 'npv';

/** Two options to compare; the difference is first minus second (positive: the second is cheaper). */
export type OptionPair = readonly [OptionId, OptionId];

/** The pair to compare: the one asked for (checked against the scenario), else self-managed EC2 vs managed. */
export function resolvePair(scenario: Scenario, requested?: readonly string[]): OptionPair {
  const options = optionsFor(scenario);
  if (requested && requested.length > 0) {
    if (requested.length !== 2 || requested[0] === requested[1]) {
      throw new ModelError(`--between needs two different options, e.g. ec2,managed (this scenario has ${options.join(', ')})`);
    }
    for (const o of requested) {
      if (!(options as readonly string[]).includes(o)) {
        throw new ModelError(`option "${o}" is not compared in this scenario; it has ${options.join(', ')}`);
      }
    }
    return [requested[0] as OptionId, requested[1] as OptionId];
  }
  if (options.includes('ec2') && options.includes('managed')) return ['ec2', 'managed'];
  if (options.length < 2) throw new ModelError('the scenario compares only one option; add another to "options"');
  return [options[0]!, options[1]!];
}

export function metricOf(totals: OptionTotalsResult, metric: Metric): number {
  return metric === 'npv' ? totals.npv : totals.horizonTotal;
}

/** Per-option metric values of one evaluation, keyed by option. */
export function evaluateMetric(scenario: Scenario, catalogue: PriceCatalogue, metric: Metric, opts: EstimateOptions = {}): Map<OptionId, number> {
  const out = new Map<OptionId, number>();
  for (const t of evaluateTotals(scenario, catalogue, opts)) out.set(t.option, metricOf(t, metric));
  return out;
}
