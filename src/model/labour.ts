import { SOURCES, type Provenance } from './citation';

/** Roles whose time the ops-effort model prices. */
export const ROLE_IDS = ['dba', 'sysadmin', 'ml-engineer', 'platform-engineer'] as const;
export type RoleId = (typeof ROLE_IDS)[number];

/** BLS converts annual pay to hourly with 2,080 paid hours a year. */
const BLS_HOURS_PER_YEAR = 2080;

/**
 * Benefits loading: BLS ECEC (December 2024), private industry, total compensation $44.67 per hour
 * worked over wages and salaries $31.47 ≈ 1.419. Covers wages + benefits only (no office, tools or
 * management overhead), so loaded rates here are a floor, not a fully burdened cost.
 */
export const BENEFITS_LOADING = 44.67 / 31.47;

export interface RoleDefault {
  readonly id: RoleId;
  readonly label: string;
  readonly medianAnnualWageUsd: number;
  readonly hourlyUsd: number;
  readonly provenance: Provenance;
}

function role(
  id: RoleId,
  label: string,
  medianAnnualWageUsd: number,
  wageSource: Provenance['citations'][number],
  proxyNote: string,
): RoleDefault {
  const hourlyUsd = (medianAnnualWageUsd / BLS_HOURS_PER_YEAR) * BENEFITS_LOADING;
  return {
    id,
    label,
    medianAnnualWageUsd,
    hourlyUsd,
    provenance: {
      citations: [wageSource, SOURCES.blsEcec],
      rationale:
        `Median annual wage $${medianAnnualWageUsd.toLocaleString('en-US')} ÷ 2,080 h × benefits loading ` +
        `${BENEFITS_LOADING.toFixed(4)} (ECEC total ÷ wages) = $${hourlyUsd.toFixed(2)}/h. ${proxyNote}`.trim(),
    },
  };
}

/** Default loaded hourly rates, US medians; every one can be overridden in the scenario's `labour` block. */
export const ROLE_DEFAULTS: Readonly<Record<RoleId, RoleDefault>> = {
  dba: role('dba', 'Database administrator', 104_620, SOURCES.blsDba, ''),
  sysadmin: role(
    'sysadmin',
    'Systems administrator',
    96_800,
    SOURCES.blsSysadmin,
    'Also prices OS-level security work.',
  ),
  'ml-engineer': role(
    'ml-engineer',
    'ML engineer',
    112_590,
    SOURCES.blsDataScientist,
    'BLS has no ML-engineer occupation; data scientists are the closest published proxy.',
  ),
  'platform-engineer': role(
    'platform-engineer',
    'Platform engineer',
    133_080,
    SOURCES.blsSoftwareDev,
    'BLS has no platform-engineer occupation; software developers are the closest published proxy.',
  ),
};
