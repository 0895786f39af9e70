import { TIME_TO_VALUE_DEFAULTS, type Scenario, type TradeoffSettings } from './scenario-schema';

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
