import { SOURCES, type Provenance } from './citation';
import { FTE_HOURS_PER_MONTH, WEEKS_PER_MONTH } from './units';

/**
 * The weighted scorecard's criteria. Each is scored 1–5 per option (5 best) from data the model
 * already has, unless the scenario overrides the score. Kept free of runtime imports from the
 * scenario schema so the schema can import the ids.
 */
export const CRITERION_IDS = ['cost', 'operational-burden', 'control', 'portability', 'time-to-value'] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

export interface Criterion {
  readonly id: CriterionId;
  readonly label: string;
  /** What the default score is computed from. */
  readonly basis: string;
}

export const CRITERIA: Readonly<Record<CriterionId, Criterion>> = {
  cost: {
    id: 'cost',
    label: 'Cost',
    basis: 'Total cost over the horizon from the estimate (AWS bill plus engineer time, and any trade-off lines you switched on).',
  },
  'operational-burden': {
    id: 'operational-burden',
    label: 'Operational burden',
    basis:
      'Recurring engineer hours per month (ops tasks plus incident response). Their dollar cost is already in "cost"; this criterion weighs the attention, on-call and hiring they take.',
  },
  control: {
    id: 'control',
    label: 'Control kept',
    basis: 'Mean of the control levers: full 5, partial 3, none 1 (levers that do not apply are left out).',
  },
  portability: {
    id: 'portability',
    label: 'Portability (ease of exit)',
    basis: 'Estimated one-time exit effort in engineer hours.',
  },
  'time-to-value': {
    id: 'time-to-value',
    label: 'Time to value',
    basis: 'Weeks of setup until production-ready at the team size in the scenario.',
  },
};

/**
 * Default weights, in points; they are normalised to sum to 1 before use, so only their ratios
 * matter. An assumption, not a finding: cost is the question users bring first and ops effort is
 * this tool's core, so together they carry 60%; the three non-dollar criteria share the rest.
 * Set your own in `tradeoffs.scorecard.weights`.
 */
export const DEFAULT_WEIGHTS: Readonly<Record<CriterionId, number>> = {
  cost: 35,
  'operational-burden': 25,
  control: 15,
  portability: 10,
  'time-to-value': 15,
};

export const DEFAULT_WEIGHTS_PROVENANCE: Provenance = {
  citations: [SOURCES.modelAssumption],
  rationale:
    'Assumed weights (35/25/15/10/15 points): cost and operational burden first, as the two questions users bring; control, portability and time to value share the rest. Only ratios matter (weights are normalised); set your own.',
};

/**
 * How far behind the best option a figure may fall before it loses one point, for the four
 * "lower is better" criteria: score = 5 − (this − best) ÷ step, at least 1. Steps are in units that
 * mean something to a team (a share of the cost, a tenth of an engineer, a working week, a month)
 * so that a small absolute gap gives a small score gap; a pure ratio would make 1 week against
 * 0.1 weeks look like a tenfold difference. Assumptions; override any score you disagree with.
 */
export const SCORE_STEPS = {
  /** One point per 10% above the lowest horizon total. */
  costPct: 10,
  /** One point per tenth of a full-time engineer (2,080 h/year ÷ 12 × 10% ≈ 17.3 h a month). */
  opsHoursPerMonth: FTE_HOURS_PER_MONTH / 10,
  /** One point per working week (40 h) of extra exit effort. */
  exitHours: 40,
  /** One point per month (52/12 weeks) later to production. */
  weeksToValue: WEEKS_PER_MONTH,
} as const;

export const SCORE_STEPS_PROVENANCE: Provenance = {
  citations: [SOURCES.modelAssumption],
  rationale:
    'Assumed steps: one point lost per 10% above the lowest cost, per 17.3 engineer hours a month (a tenth of a full-time engineer), per 40 hours of extra exit effort and per month later to production; 1 is the floor. Control is the mean of the lever points.',
};
