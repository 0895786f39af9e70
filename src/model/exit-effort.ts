import { resolveRoles } from './build-context';
import type { RoleId } from './labour';
import { unitCounts } from './ops-effort';
import type { DeploymentId, UnitKind } from './ops-tasks';
import type { OptionId, Scenario } from './scenario-schema';
import { exitStepsFor, type ExitStep } from './exit-steps';
import { optionDeployments } from './options';
import { tradeoffSettings } from './tradeoff-settings';

/** One exit step priced for a scenario: the effective step (after overrides), its units, hours and cost. */
export interface ExitStepEstimate {
  readonly step: ExitStep;
  readonly deployment: DeploymentId;
  readonly units: number;
  readonly unit: UnitKind;
  readonly hours: number;
  readonly role: RoleId;
  readonly hourlyUsd: number;
  readonly rateSource: 'default' | 'scenario';
  readonly costUsd: number;
  /** True when the scenario overrides the step's hours or role. */
  readonly overridden: boolean;
}

/** Everything leaving one option would take, by step. */
export interface ExitEffortEstimate {
  readonly option: OptionId;
  readonly steps: readonly ExitStepEstimate[];
  readonly totalHours: number;
  readonly totalUsd: number;
  readonly hoursByRole: Readonly<Partial<Record<RoleId, number>>>;
  /** Whether the scenario folds this into the TCO (`tradeoffs.exitEffort.includeInTco`). */
  readonly includedInTco: boolean;
}

/** The step after the scenario's overrides. */
export function effectiveExitStep(scenario: Scenario, step: ExitStep): { step: ExitStep; overridden: boolean } {
  const o = tradeoffSettings(scenario).exitEffort.steps[step.id];
  if (!o) return { step, overridden: false };
  return {
    step: {
      ...step,
      role: o.role ?? step.role,
      fixedHours: o.fixedHours ?? step.fixedHours,
      perUnitHours: o.perUnitHours ?? step.perUnitHours,
    },
    overridden: true,
  };
}

/**
 * Estimated one-time exit effort of an option: for each deployment it uses, each exit step's
 * fixed hours plus per-unit hours × the units the scenario has (databases, endpoints, people…),
 * priced at the role's loaded rate. Steps whose units are zero and that have no fixed part cost
 * nothing and are left out.
 */
export function exitEffort(scenario: Scenario, option: OptionId): ExitEffortEstimate {
  const steps: ExitStepEstimate[] = [];
  const roles = resolveRoles(scenario);
  for (const { deployment, databases, ml } of optionDeployments(scenario, option)) {
    const units = unitCounts(deployment, databases, ml);
    for (const raw of exitStepsFor(deployment)) {
      const { step, overridden } = effectiveExitStep(scenario, raw);
      const n = units[step.unit];
      const hours = step.fixedHours + step.perUnitHours * n;
      if (hours <= 0) continue;
      const rate = roles[step.role];
      steps.push({
        step,
        deployment,
        units: n,
        unit: step.unit,
        hours,
        role: step.role,
        hourlyUsd: rate.hourlyUsd,
        rateSource: rate.source,
        costUsd: hours * rate.hourlyUsd,
        overridden,
      });
    }
  }
  const hoursByRole: Partial<Record<RoleId, number>> = {};
  for (const s of steps) hoursByRole[s.role] = (hoursByRole[s.role] ?? 0) + s.hours;
  return {
    option,
    steps,
    totalHours: steps.reduce((sum, s) => sum + s.hours, 0),
    totalUsd: steps.reduce((sum, s) => sum + s.costUsd, 0),
    hoursByRole,
    includedInTco: tradeoffSettings(scenario).exitEffort.includeInTco,
  };
}
