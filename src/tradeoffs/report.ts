import type { Citation } from '../model/citation';
import { estimate, type Estimate } from '../model/estimate';
import type { DeploymentId } from '../model/ops-tasks';
import { DEPLOYMENT_LABELS, optionDeployments } from '../model/options';
import type { OptionId, Scenario } from '../model/scenario-schema';
import type { PriceCatalogue } from '../pricing/catalogue';
import { controlLevers, controlPoints, LEVER_LABELS, type ControlLever } from './control-levers';
import { dutyById, type DutyGroup } from './duties';
import { exitEffort, type ExitEffortEstimate } from '../model/exit-effort';
import { ownerCounts, responsibilityMatrix, dutyLabel, type Owner, type ResponsibilityEntry } from './responsibility-matrix';
import { scorecard, type ScorecardResult } from './scorecard';
import { tradeoffSettings } from '../model/tradeoff-settings';
import { timeToValue, type TimeToValue } from '../model/time-to-value';

/** Version of the trade-offs report's JSON shape (`tradeoffs --format json`). */
export const TRADEOFFS_FORMAT_VERSION = 1;

export interface MatrixRow extends ResponsibilityEntry {
  readonly label: string;
  readonly group: DutyGroup;
}

export interface DeploymentMatrix {
  readonly deployment: DeploymentId;
  readonly label: string;
  readonly rows: readonly MatrixRow[];
  readonly counts: Readonly<Record<Owner, number>>;
}

export interface LeverRow extends ControlLever {
  readonly label: string;
}

export interface DeploymentLevers {
  readonly deployment: DeploymentId;
  readonly label: string;
  readonly levers: readonly LeverRow[];
  /** Mean lever points (full 5, partial 3, none 1). */
  readonly controlPoints: number;
}

export interface TradeoffOption {
  readonly option: OptionId;
  readonly label: string;
  readonly deployments: readonly DeploymentId[];
  readonly horizonTotalUsd: number;
  readonly opsHoursPerMonth: number;
  readonly controlPoints: number;
}

/**
 * Everything the trade-offs view, the PDF section and the CLI show, as plain data: the
 * responsibility matrix and control levers of each deployment the scenario uses, exit effort and
 * time to value per option, and the weighted scorecard with its recommendation.
 */
export interface TradeoffsReport {
  readonly formatVersion: number;
  readonly scenario: { readonly name: string; readonly question: string; readonly horizonMonths: number };
  readonly options: readonly TradeoffOption[];
  readonly responsibility: readonly DeploymentMatrix[];
  readonly levers: readonly DeploymentLevers[];
  readonly exitEffort: readonly ExitEffortEstimate[];
  readonly timeToValue: TimeToValue;
  readonly scorecard: ScorecardResult;
  /** Which trade-off figures are folded into the TCO, and the ids of the lines that carry them. */
  readonly inTco: { readonly exitEffort: boolean; readonly delayCost: boolean; readonly lineIds: readonly string[] };
  /** Every source cited anywhere in the report, once. */
  readonly sources: readonly Citation[];
}

function uniqueDeployments(options: readonly TradeoffOption[]): DeploymentId[] {
  const seen: DeploymentId[] = [];
  for (const o of options) for (const d of o.deployments) if (!seen.includes(d)) seen.push(d);
  return seen;
}

/**
 * Builds the trade-offs report of a scenario. Pass the estimate when you already have it (the
 * desktop view does); otherwise it is computed with the same catalogue.
 */
export function tradeoffsReport(scenario: Scenario, catalogue: PriceCatalogue, result: Estimate = estimate(scenario, catalogue)): TradeoffsReport {
  const horizonMonths = result.scenario.horizonMonths;
  const settings = tradeoffSettings(scenario);

  const options: TradeoffOption[] = result.options.map((o) => {
    const deployments = optionDeployments(scenario, o.option).map((d) => d.deployment);
    return {
      option: o.option,
      label: o.label,
      deployments,
      horizonTotalUsd: o.horizonTotal,
      opsHoursPerMonth: o.opsHoursPerMonth,
      controlPoints: controlPoints(deployments),
    };
  });
  const optionIds = options.map((o) => o.option);
  const deployments = uniqueDeployments(options);

  const responsibility = deployments.map((deployment) => ({
    deployment,
    label: DEPLOYMENT_LABELS[deployment],
    rows: responsibilityMatrix(deployment).map((e) => ({ ...e, label: dutyLabel(e.duty, deployment), group: dutyById(e.duty).group })),
    counts: ownerCounts(deployment),
  }));
  const levers = deployments.map((deployment) => ({
    deployment,
    label: DEPLOYMENT_LABELS[deployment],
    levers: controlLevers(deployment).map((l) => ({ ...l, label: LEVER_LABELS[l.lever] })),
    controlPoints: controlPoints([deployment]),
  }));
  const exits = optionIds.map((o) => exitEffort(scenario, o));
  const ttv = timeToValue(scenario, optionIds, horizonMonths);

  const card = scorecard({
    horizonMonths,
    options: options.map((o) => ({
      option: o.option,
      label: o.label,
      horizonTotalUsd: o.horizonTotalUsd,
      opsHoursPerMonth: o.opsHoursPerMonth,
      controlPoints: o.controlPoints,
      exitHours: exits.find((e) => e.option === o.option)?.totalHours ?? 0,
      weeksToValue: ttv.options.find((t) => t.option === o.option)?.weeks ?? 0,
    })),
    weights: settings.scorecard.weights,
    scores: settings.scorecard.scores,
    foldedIntoCost: { exitEffort: settings.exitEffort.includeInTco, delayCost: settings.timeToValue.includeDelayCostInTco },
  });

  const lineIds = result.lines.filter((l) => l.id.includes(':exit:') || l.service === 'Delayed value').map((l) => l.id);

  const sources = new Map<string, Citation>();
  const add = (cs: readonly Citation[]) => cs.forEach((c) => sources.set(`${c.title}|${c.url}`, c));
  responsibility.forEach((m) => m.rows.forEach((r) => add(r.provenance.citations)));
  levers.forEach((l) => l.levers.forEach((x) => add(x.provenance.citations)));
  exits.forEach((e) => e.steps.forEach((s) => add(s.step.provenance.citations)));
  add(ttv.provenance.citations);
  add(card.provenance.citations);

  return {
    formatVersion: TRADEOFFS_FORMAT_VERSION,
    scenario: { name: scenario.name, question: scenario.question, horizonMonths },
    options,
    responsibility,
    levers,
    exitEffort: exits,
    timeToValue: ttv,
    scorecard: card,
    inTco: { exitEffort: settings.exitEffort.includeInTco, delayCost: settings.timeToValue.includeDelayCostInTco, lineIds },
    sources: [...sources.values()],
  };
}
