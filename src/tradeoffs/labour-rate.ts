import { ROLE_DEFAULTS, type RoleId } from '../model/labour';
import type { Scenario } from '../model/scenario-schema';

export interface LabourRate {
  readonly hourlyUsd: number;
  readonly source: 'default' | 'scenario';
}

/** The loaded hourly rate of a role: the scenario's `labour` override, else the BLS-based default (labour.ts). */
export function labourRate(scenario: Scenario, role: RoleId): LabourRate {
  const override = scenario.labour[role];
  return override ? { hourlyUsd: override.hourlyUsd, source: 'scenario' } : { hourlyUsd: ROLE_DEFAULTS[role].hourlyUsd, source: 'default' };
}
