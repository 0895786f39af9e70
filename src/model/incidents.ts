import { SOURCES, type Provenance } from './citation';
import type { RoleId } from './labour';
import type { DeploymentId } from './ops-tasks';
import { HOURS_PER_MONTH } from './units';

/** A low / high range around a likely value, in the value's own unit. */
export interface LowHigh {
  readonly low: number;
  readonly high: number;
}

/** How sure an incident default is: ranges around the likely values and why they are that wide. */
export interface IncidentRanges {
  readonly incidentsPerMonth: LowHigh;
  readonly hoursPerIncident: LowHigh;
  readonly reasoning: string;
}

/** Expected incidents and downtime for one deployment, per workload. */
export interface IncidentDefaults {
  readonly incidentsPerMonth: number;
  readonly hoursPerIncident: number;
  readonly role: RoleId;
  readonly provenance: Provenance;
  /** Monte Carlo samples these unless the scenario sets its own values or distributions. */
  readonly ranges: IncidentRanges;
}

/**
 * Hours to handle one incident end to end. Google SRE book, ch. 11: root-cause analysis,
 * remediation and follow-up such as a postmortem take about 6 hours on average (the basis of its
 * "at most two incidents per 12-hour shift").
 */
export const HOURS_PER_INCIDENT = 6;

const INCIDENT_RATIONALE =
  'Incident counts are an assumption, not a measurement: the likely value assumes about half of self-managed incidents start in layers AWS runs under the managed service (OS, engine, replication, storage, drivers); the range around it follows from AWS\'s availability figures (see the range reasoning). Each incident costs 6 engineer hours (SRE book). Replace with your own incident history.';

/**
 * What the published availability figures bound. SLAs bound downtime, not incident counts: RDS
 * Multi-AZ 99.95% allows (1 − 0.9995) × 730 h = 21.9 min a month, Single-AZ 99.5% 3.65 h; EC2
 * across two or more AZs 99.99% allows 4.4 min, a single instance 99.5% 3.65 h. A self-managed
 * database spread over AZs therefore stands on infrastructure at least as available as RDS's; what
 * differs is the layers the team runs on it. Managed failover is automatic and short (RDS Multi-AZ
 * typically 60–120 s, Multi-AZ DB cluster under 35 s, Aurora under 60 s and often under 30 s), so on
 * a managed service an AWS-side failure is an event to check, not an incident to work; 21.9 min holds
 * 11–22 such failovers, so the SLA does not cap the count either.
 */
const AVAILABILITY_BOUNDS =
  'SLAs bound downtime, not incident counts: RDS Multi-AZ 99.95% (≤ 21.9 min/month), Single-AZ 99.5% (≤ 3.65 h); EC2 across two or more AZs 99.99% (≤ 4.4 min), one instance 99.5%. Self-managed infrastructure spread over AZs is therefore at least as available as RDS\'s; the difference is the layers the team runs. Managed failover is automatic and short (RDS Multi-AZ typically 60–120 s, Multi-AZ DB cluster under 35 s, Aurora under 60 s, often under 30 s), so an AWS-side failure on a managed service is an event to check rather than an incident to work.';

/** Likely incidents per workload per month (the deterministic estimate's values). */
const LIKELY: Readonly<Record<DeploymentId, number>> = { 'ec2-db': 0.33, rds: 0.17, aurora: 0.17, 'ec2-ml': 0.5, 'eks-ml': 0.5, sagemaker: 0.25 };

const DB_LAYERS = 'queries, connections, storage settings';
const SELF_MANAGED_HOURS: LowHigh = { low: 3, high: 12 };
const MANAGED_HOURS: LowHigh = { low: 2, high: 8 };
const HOURS_REASONING =
  'Hours per incident: the SRE book\'s 6 h average; self-managed 3–12 h (a quick restart up to a failover with a replica to re-seed), managed 2–8 h (AWS has already failed over or replaced the host; the team checks the application and writes the postmortem).';

const AVAILABILITY_CITATIONS = [SOURCES.rdsSla, SOURCES.computeSla, SOURCES.rdsMultiAzFailover, SOURCES.rdsMultiAzClusterFailover, SOURCES.auroraFailover];

function selfManagedRanges(likely: number, managedLikely: number): IncidentRanges {
  return {
    incidentsPerMonth: { low: managedLikely, high: likely * 2 },
    hoursPerIncident: SELF_MANAGED_HOURS,
    reasoning: `${AVAILABILITY_BOUNDS} Low ${managedLikely}/month: no worse than managed, since the infrastructure SLA is not, when a failover manager is automated and drilled. High ${likely * 2}/month: on top, every failover the managed service completes in seconds to two minutes becomes an incident the team works by hand. ${HOURS_REASONING}`,
  };
}

function managedRanges(likely: number, selfManagedLikely: number, failover: string, ownLayers: string): IncidentRanges {
  return {
    incidentsPerMonth: { low: likely / 2, high: selfManagedLikely },
    hoursPerIncident: MANAGED_HOURS,
    reasoning: `${AVAILABILITY_BOUNDS} ${failover} Low ${likely / 2}/month: only the customer's own layers (${ownLayers}) cause incidents. High ${selfManagedLikely}/month, the self-managed likely value: applications that do not reconnect cleanly turn every AWS-side failover into an incident. ${HOURS_REASONING}`,
  };
}

export const INCIDENT_DEFAULTS: Readonly<Record<DeploymentId, IncidentDefaults>> = {
  'ec2-db': {
    incidentsPerMonth: LIKELY['ec2-db'],
    hoursPerIncident: HOURS_PER_INCIDENT,
    role: 'dba',
    provenance: {
      citations: [SOURCES.sreOnCall, ...AVAILABILITY_CITATIONS, SOURCES.modelAssumption],
      rationale: `About 4 incidents a year per self-managed database. ${INCIDENT_RATIONALE}`,
    },
    ranges: selfManagedRanges(LIKELY['ec2-db'], LIKELY.rds),
  },
  rds: {
    incidentsPerMonth: LIKELY.rds,
    hoursPerIncident: HOURS_PER_INCIDENT,
    role: 'dba',
    provenance: {
      citations: [SOURCES.sreOnCall, ...AVAILABILITY_CITATIONS, SOURCES.modelAssumption],
      rationale: `About 2 incidents a year per RDS database. ${INCIDENT_RATIONALE}`,
    },
    ranges: managedRanges(LIKELY.rds, LIKELY['ec2-db'], 'RDS Multi-AZ fails over in typically 60–120 s (a Multi-AZ DB cluster under 35 s).', DB_LAYERS),
  },
  aurora: {
    incidentsPerMonth: LIKELY.aurora,
    hoursPerIncident: HOURS_PER_INCIDENT,
    role: 'dba',
    provenance: {
      citations: [SOURCES.sreOnCall, SOURCES.auroraStorage, ...AVAILABILITY_CITATIONS, SOURCES.modelAssumption],
      rationale: `About 2 incidents a year per Aurora database, as on RDS: AWS runs the same layers (OS, engine, storage, failover). Aurora's shared cluster volume removes replica re-seeding, but no published incident rate shows a difference, so RDS's rate is kept. ${INCIDENT_RATIONALE}`,
    },
    ranges: managedRanges(LIKELY.aurora, LIKELY['ec2-db'], 'Aurora fails over to a replica typically in under 60 s, often under 30 s.', DB_LAYERS),
  },
  'ec2-ml': {
    incidentsPerMonth: LIKELY['ec2-ml'],
    hoursPerIncident: HOURS_PER_INCIDENT,
    role: 'ml-engineer',
    provenance: {
      citations: [SOURCES.sreOnCall, ...AVAILABILITY_CITATIONS, SOURCES.modelAssumption],
      rationale: `About 6 incidents a year per self-managed ML platform. ${INCIDENT_RATIONALE}`,
    },
    ranges: selfManagedRanges(LIKELY['ec2-ml'], LIKELY.sagemaker),
  },
  'eks-ml': {
    incidentsPerMonth: LIKELY['eks-ml'],
    hoursPerIncident: HOURS_PER_INCIDENT,
    role: 'ml-engineer',
    provenance: {
      citations: [SOURCES.sreOnCall, ...AVAILABILITY_CITATIONS, SOURCES.modelAssumption],
      rationale: `About 6 incidents a year per ML platform on EKS (cluster incidents are part of cluster upkeep). ${INCIDENT_RATIONALE}`,
    },
    ranges: selfManagedRanges(LIKELY['eks-ml'], LIKELY.sagemaker),
  },
  sagemaker: {
    incidentsPerMonth: LIKELY.sagemaker,
    hoursPerIncident: HOURS_PER_INCIDENT,
    role: 'ml-engineer',
    provenance: {
      citations: [SOURCES.sreOnCall, ...AVAILABILITY_CITATIONS, SOURCES.modelAssumption],
      rationale: `About 3 incidents a year per SageMaker platform. ${INCIDENT_RATIONALE}`,
    },
    ranges: managedRanges(LIKELY.sagemaker, LIKELY['ec2-ml'], 'SageMaker replaces failed endpoint and notebook hosts itself.', 'models, containers, endpoint settings'),
  },
};

/**
 * Default expected downtime, hours per month, used only when the scenario prices downtime
 * (`opsEffort.downtimeCostPerHourUsd` > 0). Taken from AWS SLA thresholds as a neutral upper
 * bound: 99.95% (RDS Multi-AZ) for highly available setups on either platform, 99.5% (RDS
 * Single-DB instance and EC2 instance-level) otherwise. Neutral on purpose: there is no published
 * evidence that a well-run self-managed failover is less available, so by default downtime does
 * not move the decision; set your own figures per deployment.
 */
export function defaultDowntimeHoursPerMonth(highlyAvailable: boolean): number {
  const uptime = highlyAvailable ? 0.9995 : 0.995;
  return (1 - uptime) * HOURS_PER_MONTH;
}

export const DOWNTIME_PROVENANCE: Provenance = {
  citations: [SOURCES.awsSla, SOURCES.modelAssumption],
  rationale:
    'Upper bound from AWS SLA thresholds: (1 − 99.95%) × 730 h = 0.365 h/month when highly available, (1 − 99.5%) × 730 h = 3.65 h/month otherwise; the same on both platforms unless you set your own.',
};
