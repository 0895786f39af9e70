import { SOURCES, type Provenance } from './citation';
import type { RoleId } from './labour';
import { effectiveTask, taskApplies, unitCounts } from './ops-effort';
import { tasksFor } from './ops-tasks';
import type { OptionId, Scenario } from './scenario-schema';
import { optionDeployments } from './options';
import { tradeoffSettings } from './tradeoff-settings';
import { WEEKS_PER_MONTH } from './units';

export const TIME_TO_VALUE_PROVENANCE: Provenance = {
  citations: [SOURCES.modelAssumption],
  rationale:
    'Assumptions: two people on the setup, each spending 32 h a week on it (80% of a 40-hour week; the rest goes to meetings, reviews and other work). A week is 1/52 of a year (the 2,080-hour year the labour model uses is 40 h × 52 weeks); a month is 52/12 ≈ 4.33 weeks. Set your own team size and hours.',
};

export interface SetupHours {
  readonly total: number;
  readonly byRole: Readonly<Partial<Record<RoleId, number>>>;
}


/**
 * One-time setup hours of an option: the setup part of every ops-effort task of its deployments,
 * with the scenario's task overrides (hours, role, enabled), its effort scale
 * (`opsEffort.effortScalePct`) and the same unit counts and conditions as the estimate's setup
 * lines. test/tradeoffs/time-to-value.test.ts checks that the
 * total equals the estimate's setup hours, so time to value and the TCO's setup cost always
 * describe the same work.
 */
export function optionSetupHours(scenario: Scenario, option: OptionId): SetupHours {
  const byRole: Partial<Record<RoleId, number>> = {};
  const scale = scenario.opsEffort.effortScalePct / 100;
  let total = 0;
  for (const { deployment, databases, ml } of optionDeployments(scenario, option)) {
    const units = unitCounts(deployment, databases, ml);
    for (const raw of tasksFor(deployment)) {
      const { task, enabled } = effectiveTask(scenario, raw);
      if (!enabled || !taskApplies(task.appliesWhen, units)) continue;
      const hours = (task.setupFixedHours + task.setupPerUnitHours * units[task.unit]) * scale;
      if (hours <= 0) continue;
      const role = task.role;
      total += hours;
      byRole[role] = (byRole[role] ?? 0) + hours;
    }
  }
  return { total, byRole };
}

export interface OptionTimeToValue {
  readonly option: OptionId;
  readonly setupHours: number;
  readonly setupHoursByRole: Readonly<Partial<Record<RoleId, number>>>;
  /** Calendar weeks until production-ready: setup hours ÷ (team size × hours per person-week). */
  readonly weeks: number;
  /** Weeks later than the fastest option goes live (0 for the fastest). */
  readonly delayWeeks: number;
  /** The same delay in months (weeks ÷ 52/12). */
  readonly delayMonths: number;
  /** Benefit forgone over the horizon while this option is not yet live and the fastest is; 0 without a monthly benefit. */
  readonly delayCostUsd: number;
}

export interface TimeToValue {
  readonly setupTeamSize: number;
  readonly hoursPerPersonPerWeek: number;
  readonly monthlyBenefitUsd?: number;
  readonly includeDelayCostInTco: boolean;
  readonly fastest: OptionId;
  readonly options: readonly OptionTimeToValue[];
  readonly provenance: Provenance;
}

/** Months of forgone benefit that fall inside the horizon. */
export function delayMonthsWithinHorizon(delayMonths: number, horizonMonths: number): number {
  return Math.min(Math.max(0, delayMonths), horizonMonths);
}

/**
 * Time to value of each option. Assumes the setup work parallelises across the team (so weeks
 * shrink in proportion to team size) and that setup is the critical path to production; both are
 * simplifications, stated in docs/tradeoffs.md. The delay of a slower option is measured against
 * the fastest option of the scenario, because that is the alternative the team actually has.
 */
export function timeToValue(scenario: Scenario, options: readonly OptionId[], horizonMonths: number): TimeToValue {
  const settings = tradeoffSettings(scenario).timeToValue;
  const capacityPerWeek = settings.setupTeamSize * settings.hoursPerPersonPerWeek;
  const base = options.map((option) => {
    const setup = optionSetupHours(scenario, option);
    return { option, setupHours: setup.total, setupHoursByRole: setup.byRole, weeks: setup.total / capacityPerWeek };
  });
  const fastest = base.reduce((best, o) => (o.weeks < best.weeks ? o : best), base[0]!);
  return {
    setupTeamSize: settings.setupTeamSize,
    hoursPerPersonPerWeek: settings.hoursPerPersonPerWeek,
    ...(settings.monthlyBenefitUsd !== undefined ? { monthlyBenefitUsd: settings.monthlyBenefitUsd } : {}),
    includeDelayCostInTco: settings.includeDelayCostInTco,
    fastest: fastest.option,
    options: base.map((o) => {
      const delayWeeks = o.weeks - fastest.weeks;
      const delayMonths = delayWeeks / WEEKS_PER_MONTH;
      return {
        ...o,
        delayWeeks,
        delayMonths,
        delayCostUsd: (settings.monthlyBenefitUsd ?? 0) * delayMonthsWithinHorizon(delayMonths, horizonMonths),
      };
    }),
    provenance: TIME_TO_VALUE_PROVENANCE,
  };
}
