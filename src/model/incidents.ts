import { SOURCES, type Provenance } from './citation';
import type { RoleId } from './labour';
import type { DeploymentId } from './ops-tasks';
import { HOURS_PER_MONTH } from './units';

/** Expected incidents and downtime for one deployment, per workload. */
export interface IncidentDefaults {
  readonly incidentsPerMonth: number;
  readonly hoursPerIncident: number;
  readonly role: RoleId;
  readonly provenance: Provenance;
}

/**
 * Hours to handle one incident end to end. Google SRE book, ch. 11: root-cause analysis,
 * remediation and follow-up such as a postmortem take about 6 hours on average (the basis of its
 * "at most two incidents per 12-hour shift").
 */
export const HOURS_PER_INCIDENT = 6;

const INCIDENT_RATIONALE =
  'Incident counts are an assumption, not a measurement: we assume about half of self-managed incidents start in layers AWS runs under the managed service (OS, engine, replication, storage, drivers). Each incident costs 6 engineer hours (SRE book). Replace with your own incident history.';

export const INCIDENT_DEFAULTS: Readonly<Record<DeploymentId, IncidentDefaults>> = {
  'ec2-db': {
    incidentsPerMonth: 0.33,
    hoursPerIncident: HOURS_PER_INCIDENT,
    role: 'dba',
    provenance: {
      citations: [SOURCES.sreOnCall, SOURCES.modelAssumption],
      rationale: `About 4 incidents a year per self-managed database. ${INCIDENT_RATIONALE}`,
    },
  },
  rds: {
    incidentsPerMonth: 0.17,
    hoursPerIncident: HOURS_PER_INCIDENT,
    role: 'dba',
    provenance: {
      citations: [SOURCES.sreOnCall, SOURCES.modelAssumption],
      rationale: `About 2 incidents a year per RDS database. ${INCIDENT_RATIONALE}`,
    },
  },
  aurora: {
    incidentsPerMonth: 0.17,
    hoursPerIncident: HOURS_PER_INCIDENT,
    role: 'dba',
    provenance: {
      citations: [SOURCES.sreOnCall, SOURCES.auroraStorage, SOURCES.modelAssumption],
      rationale: `About 2 incidents a year per Aurora database, as on RDS: AWS runs the same layers (OS, engine, storage, failover). Aurora's shared cluster volume removes replica re-seeding, but no published incident rate shows a difference, so RDS's rate is kept. ${INCIDENT_RATIONALE}`,
    },
  },
  'ec2-ml': {
    incidentsPerMonth: 0.5,
    hoursPerIncident: HOURS_PER_INCIDENT,
    role: 'ml-engineer',
    provenance: {
      citations: [SOURCES.sreOnCall, SOURCES.modelAssumption],
      rationale: `About 6 incidents a year per self-managed ML platform. ${INCIDENT_RATIONALE}`,
    },
  },
  'eks-ml': {
    incidentsPerMonth: 0.5,
    hoursPerIncident: HOURS_PER_INCIDENT,
    role: 'ml-engineer',
    provenance: {
      citations: [SOURCES.sreOnCall, SOURCES.modelAssumption],
      rationale: `About 6 incidents a year per ML platform on EKS (cluster incidents are part of cluster upkeep). ${INCIDENT_RATIONALE}`,
    },
  },
  sagemaker: {
    incidentsPerMonth: 0.25,
    hoursPerIncident: HOURS_PER_INCIDENT,
    role: 'ml-engineer',
    provenance: {
      citations: [SOURCES.sreOnCall, SOURCES.modelAssumption],
      rationale: `About 3 incidents a year per SageMaker platform. ${INCIDENT_RATIONALE}`,
    },
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
