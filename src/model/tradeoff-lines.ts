import { PLATFORM_IDS, type CostLine } from './cost-line';
import { ROLE_DEFAULTS } from './labour';
import type { OptionId, Scenario } from './scenario-schema';
import { formatNumber } from '../format/format';
import { exitEffort } from './exit-effort';
import { optionDeployments } from './options';
import { isDatabaseDeployment } from './ops-tasks';
import { tradeoffSettings } from './tradeoff-settings';
import { delayMonthsWithinHorizon, TIME_TO_VALUE_PROVENANCE, timeToValue } from './time-to-value';

/** `workloadId` of the delay-value lines, which belong to the whole scenario rather than one workload. */
export const TIME_TO_VALUE_WORKLOAD_ID = 'time-to-value';

const NO_LINES: ReadonlyMap<OptionId, readonly CostLine[]> = new Map();

/**
 * The trade-off lines the scenario asks to fold into the TCO, per option: exit effort
 * (`tradeoffs.exitEffort.includeInTco`) and the value of delay
 * (`tradeoffs.timeToValue.includeDelayCostInTco`). Both are off by default, and then this
 * returns no lines and the estimate is exactly what it was without trade-offs.
 *
 * They are ordinary cost lines (category "operations"); the estimate adds them to each option
 * after its own lines, so every total, chart and export picks them up like any other line.
 */
export function tradeoffCostLines(
  scenario: Scenario,
  options: readonly OptionId[],
  horizonMonths: number,
): ReadonlyMap<OptionId, readonly CostLine[]> {
  const settings = tradeoffSettings(scenario);
  if (!settings.exitEffort.includeInTco && !settings.timeToValue.includeDelayCostInTco) return NO_LINES;
  const out = new Map<OptionId, CostLine[]>(options.map((o) => [o, []]));
  if (settings.exitEffort.includeInTco) {
    for (const option of options) out.get(option)!.push(...exitLines(scenario, option, horizonMonths));
  }
  const benefit = settings.timeToValue.monthlyBenefitUsd;
  if (settings.timeToValue.includeDelayCostInTco && benefit !== undefined && benefit > 0 && options.length > 1) {
    const ttv = timeToValue(scenario, options, horizonMonths);
    for (const o of ttv.options) out.get(o.option)!.push(...delayLines(scenario, o.option, o.delayMonths, benefit, horizonMonths));
  }
  return out;
}

/**
 * Exit effort as one-time lines in the last month of the horizon: the TCO then reads "run this
 * for the horizon, then leave", which keeps the horizon total honest about lock-in while the NPV
 * discounts an exit that lies in the future. The lines carry no `hours`, so the estimate's setup
 * and ops hours keep meaning setup and running effort; the hours are the line's quantity.
 */
function exitLines(scenario: Scenario, option: OptionId, horizonMonths: number): CostLine[] {
  return exitEffort(scenario, option).steps.map((s) => ({
    id: `${option}:${s.deployment}:exit:${s.step.id}`,
    option,
    workloadId: isDatabaseDeployment(s.deployment) ? PLATFORM_IDS.database : PLATFORM_IDS.ml,
    deployment: s.deployment,
    service: 'Engineering time',
    category: 'operations',
    label: `Exit: ${s.step.label}`,
    quantity: s.hours,
    unit: 'engineer-hours',
    unitPrice: s.hourlyUsd,
    monthly: 0,
    oneTime: s.costUsd,
    schedule: { kind: 'once', month: horizonMonths },
    provenance: {
      kind: 'labour',
      role: s.role,
      rateSource: s.rateSource,
      rateProvenance: s.rateSource === 'default' ? ROLE_DEFAULTS[s.role].provenance : undefined,
      taskId: s.step.id,
      taskProvenance: s.step.provenance,
      overridden: s.overridden,
    },
    notes: [
      `${formatNumber(s.step.fixedHours)} h + ${formatNumber(s.step.perUnitHours)} h × ${formatNumber(s.units)} (${s.unit}) once, in month ${horizonMonths} (the end of the horizon).`,
      'Included because tradeoffs.exitEffort.includeInTco is true.',
    ],
  }));
}

/**
 * The benefit a slower option forgoes, one line per month it is not yet live while the fastest
 * option is: full months at the monthly benefit, the last one pro rata. Lines fall in the months
 * they describe (schedule "once"), so they count as one-time amounts in the projection.
 */
function delayLines(scenario: Scenario, option: OptionId, delayMonths: number, benefit: number, horizonMonths: number): CostLine[] {
  const months = delayMonthsWithinHorizon(delayMonths, horizonMonths);
  if (months <= 0) return [];
  const first = optionDeployments(scenario, option)[0];
  if (!first) return [];
  const lines: CostLine[] = [];
  for (let m = 1; m < months + 1 && m <= horizonMonths; m++) {
    const share = Math.min(1, months - (m - 1));
    if (share <= 0) break;
    lines.push({
      id: `${option}:${TIME_TO_VALUE_WORKLOAD_ID}:delay:m${m}`,
      option,
      workloadId: TIME_TO_VALUE_WORKLOAD_ID,
      deployment: first.deployment,
      service: 'Delayed value',
      category: 'operations',
      label: `Value of delay: month ${m} not yet live${share < 1 ? ` (${formatNumber(share)} of the month)` : ''}`,
      quantity: share,
      unit: 'months not live',
      unitPrice: benefit,
      monthly: 0,
      oneTime: share * benefit,
      schedule: { kind: 'once', month: m },
      provenance: {
        kind: 'input',
        note: 'Monthly benefit from the scenario (tradeoffs.timeToValue.monthlyBenefitUsd)',
        provenance: {
          citations: TIME_TO_VALUE_PROVENANCE.citations,
          rationale: `This option goes live ${formatNumber(delayMonths)} months after the fastest option (setup hours ÷ team capacity); the benefit you entered is forgone for those months. ${TIME_TO_VALUE_PROVENANCE.rationale}`,
        },
      },
      notes: [`Forgone benefit relative to the fastest option; included because tradeoffs.timeToValue.includeDelayCostInTco is true.`],
    });
  }
  return lines;
}
