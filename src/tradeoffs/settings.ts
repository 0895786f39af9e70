import type { Scenario, TradeoffSettings } from '../model/scenario-schema';
import { TIME_TO_VALUE_DEFAULTS } from './time-to-value-inputs';

/** What a scenario without a `tradeoffs` block means: every default, nothing added to the TCO. */
export const DEFAULT_TRADEOFF_SETTINGS: TradeoffSettings = {
  exitEffort: { includeInTco: false, steps: {} },
  timeToValue: { ...TIME_TO_VALUE_DEFAULTS, includeDelayCostInTco: false },
  scorecard: { weights: {}, scores: {} },
};

/** The scenario's trade-off settings, defaults filled in. */
export function tradeoffSettings(scenario: Scenario): TradeoffSettings {
  return scenario.tradeoffs ?? DEFAULT_TRADEOFF_SETTINGS;
}
