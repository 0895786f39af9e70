import { SOURCES, type Provenance } from '../model/citation';

/**
 * Default inputs of the time-to-value estimate. Kept free of runtime imports from the scenario
 * schema so the schema can use them as defaults.
 */
export const TIME_TO_VALUE_DEFAULTS = {
  /** People working on the setup at the same time. */
  setupTeamSize: 2,
  /** Hours each of them spends on the setup per week. */
  hoursPerPersonPerWeek: 32,
} as const;

/** Weeks in a month: 52 weeks a year (BLS's 2,080-hour year is 40 h × 52 weeks) over 12 months. */
export const WEEKS_PER_MONTH = 52 / 12;

export const TIME_TO_VALUE_PROVENANCE: Provenance = {
  citations: [SOURCES.modelAssumption],
  rationale:
    'Assumptions: two people on the setup, each spending 32 h a week on it (80% of a 40-hour week; the rest goes to meetings, reviews and other work). A week is 1/52 of a year (the 2,080-hour year the labour model uses is 40 h × 52 weeks); a month is 52/12 ≈ 4.33 weeks. Set your own team size and hours.',
};
