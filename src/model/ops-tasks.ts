import { SOURCES, type Citation, type Provenance } from './citation';
import { LICENCE_SOURCES } from './licence-sources';
import type { RoleId } from './labour';

/**
 * The ops-effort task catalogue: what people do to run each deployment, priced in engineer hours.
 *
 * Each task has one-time setup hours and recurring hours per month, both split into a fixed
 * per-platform part and a per-unit part (per instance, database, person, endpoint or cluster), so
 * that effort per unit falls as a fleet grows, as published admin-to-server ratios show.
 *
 * No published source gives per-task hours (see ops-effort-sources §3.3, [GAP]). The defaults are
 * therefore built bottom-up from event frequencies that *are* published (patch cadences, recovery
 * test cadences, version lifecycles, incident handling time) times an hours-per-event assumption,
 * and cross-checked against the aggregate ratios (Forrester's databases per DBA, servers per
 * admin, IDC's RDS uplift) in src/model/evidence-calibration.ts, whose table docs/methodology.md shows and
 * test/model/evidence-calibration.test.ts keeps inside the published bands for several fleets.
 * Every number can be overridden per scenario (`opsEffort.tasks`).
 */

/** A way of running one kind of workload: each kind has a self-managed EC2 deployment and managed ones (databases: RDS and Aurora). */
export const DEPLOYMENT_IDS = ['ec2-db', 'rds', 'aurora', 'ec2-ml', 'eks-ml', 'sagemaker'] as const;
export type DeploymentId = (typeof DEPLOYMENT_IDS)[number];

/** Whether a deployment runs database workloads (the others run ML platforms). */
export function isDatabaseDeployment(deployment: DeploymentId): boolean {
  return deployment === 'ec2-db' || deployment === 'rds' || deployment === 'aurora';
}

/**
 * Units a task's per-unit effort is counted in:
 * - database: database workloads; db-instance: primary + standby + read replicas;
 *   db-replica: standby + read replicas (what HA/replication work scales with)
 * - person: data scientists; ml-instance: always-on self-managed ML instances (notebook boxes,
 *   endpoint instances, platform services); endpoint: real-time endpoint groups (+1 for serverless);
 *   training-workload: ML workloads that run training; training-job: training jobs per month; ml-workload: ML workloads; cluster: EKS clusters;
 *   licensed-database: SQL Server / Oracle databases whose licences the customer brings on this deployment (BYOL);
 *   licence-included-database: paid SQL Server / Oracle editions on RDS with the licence in the rate
 */
export const UNIT_KINDS = [
  'database',
  'db-instance',
  'db-replica',
  'person',
  'ml-instance',
  'endpoint',
  'training-workload',
  'training-job',
  'ml-workload',
  'cluster',
  'licensed-database',
  'licence-included-database',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/**
 * Rows of AWS's RDS responsibility table (RDS User Guide, "What is Amazon RDS?"). `null` marks a
 * task the table does not list (monitoring, security, upgrade validation), justified per task.
 */
export const RESPONSIBILITY_ROWS = [
  'Application optimization',
  'Scaling',
  'High availability',
  'Database backups',
  'Database software patching',
  'Database software install',
  'OS patching',
  'OS installation',
  'Server maintenance',
  'Hardware lifecycle',
  'Power, network, and cooling',
] as const;
export type ResponsibilityRow = (typeof RESPONSIBILITY_ROWS)[number];

export type TaskCategory = 'operations' | 'security';

/** When a task applies; tasks whose condition is false for a scenario produce no line. */
export type TaskCondition = 'always' | 'has-replicas' | 'has-training' | 'has-endpoints' | 'has-people' | 'has-own-licences';

export interface OpsTask {
  /** Stable id `<deployment>.<task>`, used for overrides in scenario files. */
  readonly id: string;
  readonly deployment: DeploymentId;
  readonly label: string;
  readonly category: TaskCategory;
  readonly role: RoleId;
  readonly unit: UnitKind;
  readonly appliesWhen: TaskCondition;
  readonly setupFixedHours: number;
  readonly setupPerUnitHours: number;
  readonly monthlyFixedHours: number;
  readonly monthlyPerUnitHours: number;
  /** The RDS responsibility-table row this task belongs to, or null when the table does not list it. */
  readonly responsibilityRow: ResponsibilityRow | null;
  readonly provenance: Provenance;
}

type TaskSpec = Omit<OpsTask, 'id' | 'deployment'> & { readonly key: string };

function tasks(deployment: DeploymentId, specs: readonly TaskSpec[]): OpsTask[] {
  return specs.map(({ key, ...rest }) => ({ ...rest, id: `${deployment}.${key}`, deployment }));
}

const A = SOURCES.modelAssumption;

// ---------------------------------------------------------------------------------------------
// Self-managed database on EC2
// ---------------------------------------------------------------------------------------------
const EC2_DB = tasks('ec2-db', [
  {
    key: 'os-install',
    label: 'OS installation and base image (AMI, configuration management)',
    category: 'operations',
    role: 'sysadmin',
    unit: 'db-instance',
    appliesWhen: 'always',
    setupFixedHours: 8,
    setupPerUnitHours: 1,
    monthlyFixedHours: 0.5,
    monthlyPerUnitHours: 0,
    responsibilityRow: 'OS installation',
    provenance: {
      citations: [SOURCES.awsRdsResponsibility, A],
      rationale:
        'Customer task on EC2, AWS task on RDS (AWS table). Setup: build a hardened base image and configuration code (8 h) plus 1 h to bring up each instance. Recurring: refresh the base image quarterly (~1.5 h) = 0.5 h/month.',
    },
  },
  {
    key: 'os-patching',
    label: 'OS patching (monthly patch cycle, reboots with switchover)',
    category: 'operations',
    role: 'sysadmin',
    unit: 'db-instance',
    appliesWhen: 'always',
    setupFixedHours: 0,
    setupPerUnitHours: 0,
    monthlyFixedHours: 1,
    monthlyPerUnitHours: 0.5,
    responsibilityRow: 'OS patching',
    provenance: {
      citations: [SOURCES.awsRdsResponsibility, SOURCES.pciPatching, A],
      rationale:
        'A monthly cycle (PCI DSS 6.3.3 requires critical patches within one month): 1 h to review advisories and schedule the window, plus 0.5 h per instance to patch, reboot (switching over first where there is a standby) and verify.',
    },
  },
  {
    key: 'db-install',
    label: 'Database engine install and configuration',
    category: 'operations',
    role: 'dba',
    unit: 'db-instance',
    appliesWhen: 'always',
    setupFixedHours: 12,
    setupPerUnitHours: 2,
    monthlyFixedHours: 0,
    monthlyPerUnitHours: 0,
    responsibilityRow: 'Database software install',
    provenance: {
      citations: [SOURCES.awsRdsResponsibility, A],
      rationale:
        'Install the engine, tune parameters, extensions, users and TLS as code (12 h once) plus 2 h per instance to provision and verify. One-time only; re-installs are counted under upgrades.',
    },
  },
  {
    key: 'db-patching',
    label: 'Database engine minor-version patching',
    category: 'operations',
    role: 'dba',
    unit: 'db-instance',
    appliesWhen: 'always',
    setupFixedHours: 0,
    setupPerUnitHours: 0,
    monthlyFixedHours: 0.5,
    monthlyPerUnitHours: 0.15,
    responsibilityRow: 'Database software patching',
    provenance: {
      citations: [SOURCES.awsRdsResponsibility, SOURCES.postgresVersioning, A],
      rationale:
        'Minor releases ship at least every three months (PostgreSQL policy; MySQL follows a quarterly cycle). Per release: 1.5 h to read notes and test in staging, then a scripted rolling update of about 0.45 h per instance (switch over, update, restart, verify) ⇒ 0.5 h + 0.15 h/instance per month. Retuned from 1.5 h per instance per release, which put self-managed databases at 19 per DBA against Forrester\'s 40 (calibration table).',
    },
  },
  {
    key: 'db-major-upgrade',
    label: 'Database engine major-version upgrades',
    category: 'operations',
    role: 'dba',
    unit: 'database',
    appliesWhen: 'always',
    setupFixedHours: 0,
    setupPerUnitHours: 0,
    monthlyFixedHours: 0.25,
    monthlyPerUnitHours: 0.6,
    responsibilityRow: 'Database software patching',
    provenance: {
      citations: [SOURCES.awsRdsResponsibility, SOURCES.postgresVersioning, A],
      rationale:
        'Each major version is supported for five years, so a database is upgraded roughly every three years; ~22 h per upgrade: the 18 h of application testing RDS also needs (rds.upgrade-validation) plus ~4 h to rehearse and run the in-place upgrade (pg_upgrade, MySQL in-place) on primary and standby ⇒ 0.6 h per database per month, plus 0.25 h/month to keep the upgrade runbook current. Was 36 h per upgrade, more than twice the testing RDS needs for the same version change.',
    },
  },
  {
    key: 'backups',
    label: 'Backups, point-in-time recovery and restore tests',
    category: 'operations',
    role: 'dba',
    unit: 'database',
    appliesWhen: 'always',
    setupFixedHours: 8,
    setupPerUnitHours: 2,
    monthlyFixedHours: 0.5,
    monthlyPerUnitHours: 0.25,
    responsibilityRow: 'Database backups',
    provenance: {
      citations: [SOURCES.awsRdsResponsibility, SOURCES.cisRecoverySampling, A],
      rationale:
        'Set up backup tooling with WAL/binlog archiving and encryption (8 h + 2 h per database). CIS safeguard 11.5: "test backup recovery quarterly, or more frequently, for a sampling of in-scope enterprise assets": a quarter of the fleet each quarter, so every database is restored and verified once a year, ~3 h per test ⇒ 0.25 h per database per month, plus 0.5 h/month watching backup jobs. Was a quarterly test of every database (1 h/month), more than the safeguard asks.',
    },
  },
  {
    key: 'ha-failover',
    label: 'Replication, failover automation and failover drills',
    category: 'operations',
    role: 'dba',
    unit: 'db-replica',
    appliesWhen: 'has-replicas',
    setupFixedHours: 16,
    setupPerUnitHours: 4,
    monthlyFixedHours: 1,
    monthlyPerUnitHours: 0.2,
    responsibilityRow: 'High availability',
    provenance: {
      citations: [SOURCES.awsRdsResponsibility, SOURCES.cisRecoveryTest, A],
      rationale:
        'Only with a standby or read replicas. Set up streaming replication and a failover manager with fencing (16 h + 4 h per replica). A quarterly failover drill (~3 h) ⇒ 1 h/month, plus 0.2 h per replica per month for lag alerts and the occasional re-seed (about 2.4 h a replica a year). Was 0.5 h per replica (6 h a year), more than a scripted re-seed takes.',
    },
  },
  {
    key: 'scaling',
    label: 'Capacity planning, resizing and storage growth',
    category: 'operations',
    role: 'dba',
    unit: 'db-instance',
    appliesWhen: 'always',
    setupFixedHours: 0,
    setupPerUnitHours: 0,
    monthlyFixedHours: 0.5,
    monthlyPerUnitHours: 0.1,
    responsibilityRow: 'Scaling',
    provenance: {
      citations: [SOURCES.awsRdsResponsibility, A],
      rationale:
        'A monthly capacity review (0.5 h) and, for resizes, volume growth and file-system work that RDS does with an API call, about one change per instance a year at ~1.2 h ⇒ 0.1 h per instance per month (was 0.25 h, three such changes a year).',
    },
  },
  {
    key: 'app-optimization',
    label: 'Query, index and schema optimisation',
    category: 'operations',
    role: 'dba',
    unit: 'database',
    appliesWhen: 'always',
    setupFixedHours: 0,
    setupPerUnitHours: 0,
    monthlyFixedHours: 0,
    monthlyPerUnitHours: 2,
    responsibilityRow: 'Application optimization',
    provenance: {
      citations: [SOURCES.awsRdsResponsibility, SOURCES.forresterDbaRatio, A],
      rationale:
        'Customer work on every platform (AWS table), so it is the same on EC2 and RDS: 2 h per database per month of query and index tuning, about half of Forrester\'s average 4.33 DBA hours per database (40 databases per DBA).',
    },
  },
  {
    key: 'monitoring-oncall',
    label: 'Monitoring, alerting and on-call for host, engine and replication',
    category: 'operations',
    role: 'dba',
    unit: 'db-instance',
    appliesWhen: 'always',
    setupFixedHours: 8,
    setupPerUnitHours: 1,
    monthlyFixedHours: 2,
    monthlyPerUnitHours: 0.3,
    responsibilityRow: null,
    provenance: {
      citations: [SOURCES.sreToil, A],
      rationale:
        'Not in AWS\'s table: the customer monitors on both platforms, but on EC2 also host, disk, engine and replication health. Exporters, dashboards and alerts (8 h + 1 h per instance); 2 h/month alert tuning and rota upkeep plus 0.3 h per instance (RDS: 0.25 h; the extra is host, disk and replication alerts). Incident handling is priced separately, so this is the non-incident alert work only (was 0.5 h per instance).',
    },
  },
  {
    key: 'licence-compliance',
    label: 'Licence compliance for bring-your-own SQL Server / Oracle (core counts, entitlement records, vendor audits)',
    category: 'security',
    role: 'dba',
    unit: 'licensed-database',
    appliesWhen: 'has-own-licences',
    setupFixedHours: 4,
    setupPerUnitHours: 2,
    monthlyFixedHours: 0.5,
    monthlyPerUnitHours: 1,
    responsibilityRow: null,
    provenance: {
      citations: [LICENCE_SOURCES.microsoftLicenseMobility, LICENCE_SOURCES.oracleCloudPolicy, A],
      rationale:
        'Not in AWS\'s table: licences the customer brings stay the customer\'s to prove. Setup: licence inventory and tracking rules (4 h) plus, per database, the entitlement record and Microsoft\'s License Mobility verification or the Oracle vCPU count (2 h). Recurring: re-count cores after every resize or new replica and keep Software Assurance / support renewals (0.5 h/month + 0.5 h per database), and a vendor audit every 3–4 years at about 20 h per database (~0.5 h/month). Range 0.5–3 h per database per month.',
    },
  },
  {
    key: 'security-compliance',
    label: 'Hardening, encryption, access reviews and compliance evidence',
    category: 'security',
    role: 'sysadmin',
    unit: 'db-instance',
    appliesWhen: 'always',
    setupFixedHours: 8,
    setupPerUnitHours: 1,
    monthlyFixedHours: 1.5,
    monthlyPerUnitHours: 0.25,
    responsibilityRow: null,
    provenance: {
      citations: [SOURCES.sagemakerTco, A],
      rationale:
        'Not in AWS\'s table (shared responsibility). On EC2 the customer also hardens the OS and engine (CIS benchmarks), sets up encryption at rest and in transit and audit logging (8 h + 1 h per instance); 1.5 h/month for access reviews, vulnerability scans and audit evidence, plus 0.25 h per instance.',
    },
  },
]);

const byKey = (list: readonly OpsTask[], key: string): OpsTask => {
  const found = list.find((t) => t.id.endsWith(`.${key}`));
  if (!found) throw new Error(`task ${key} missing`);
  return found;
};
const reuse = (list: readonly OpsTask[], key: string, changes: Partial<TaskSpec> = {}): TaskSpec => {
  const { id: _id, deployment: _d, ...rest } = byKey(list, key);
  return { ...rest, key, ...changes };
};

// ---------------------------------------------------------------------------------------------
// Amazon RDS: only the customer's side of AWS's table remains, plus justified residual work
// ---------------------------------------------------------------------------------------------
const RDS = tasks('rds', [
  reuse(EC2_DB, 'app-optimization'),
  {
    key: 'upgrade-validation',
    label: 'Validating and scheduling engine upgrades AWS applies',
    category: 'operations',
    role: 'dba',
    unit: 'database',
    appliesWhen: 'always',
    setupFixedHours: 0,
    setupPerUnitHours: 0,
    monthlyFixedHours: 0,
    monthlyPerUnitHours: 0.5,
    responsibilityRow: null,
    provenance: {
      citations: [SOURCES.awsRdsResponsibility, A],
      rationale:
        'Not in AWS\'s table: AWS patches the engine, but the customer chooses maintenance windows and must test the application against a new major version before starting the upgrade. ~18 h per major version every three years ⇒ 0.5 h per database per month.',
    },
  },
  {
    key: 'monitoring-oncall',
    label: 'Monitoring, alarms and on-call (CloudWatch, Performance Insights, events)',
    category: 'operations',
    role: 'dba',
    unit: 'db-instance',
    appliesWhen: 'always',
    setupFixedHours: 4,
    setupPerUnitHours: 0,
    monthlyFixedHours: 1,
    monthlyPerUnitHours: 0.25,
    responsibilityRow: null,
    provenance: {
      citations: [SOURCES.awsRdsResponsibility, A],
      rationale:
        'Not in AWS\'s table: AWS detects host failure and fails over, but the customer still watches load, storage and query health. Half the EC2 effort: alarms once (4 h), 1 h/month plus 0.25 h per instance.',
    },
  },
  reuse(EC2_DB, 'licence-compliance'),
  {
    key: 'security-compliance',
    label: 'IAM, network isolation, encryption settings and compliance evidence',
    category: 'security',
    role: 'sysadmin',
    unit: 'db-instance',
    appliesWhen: 'always',
    setupFixedHours: 4,
    setupPerUnitHours: 0.5,
    monthlyFixedHours: 1,
    monthlyPerUnitHours: 0.1,
    responsibilityRow: null,
    provenance: {
      citations: [SOURCES.awsRdsResponsibility, SOURCES.sagemakerTco, A],
      rationale:
        'Not in AWS\'s table (shared responsibility): security groups, IAM authentication, KMS keys and parameter-group settings remain the customer\'s; OS and engine hardening move to AWS. Setup 4 h + 0.5 h per instance; 1 h/month plus 0.1 h per instance.',
    },
  },
]);

// ---------------------------------------------------------------------------------------------
// Amazon Aurora: RDS's residual. AWS's responsibility table covers Aurora too (Aurora is an RDS
// engine), so the same tasks stay with the customer; each rationale says where Aurora differs and
// why the hours are kept.
// ---------------------------------------------------------------------------------------------
const aurora = (key: string, rationale: string, extra: readonly Citation[] = []): TaskSpec => {
  const base = reuse(RDS, key);
  return { ...base, provenance: { citations: [...base.provenance.citations, ...extra], rationale } };
};
const AURORA = tasks('aurora', [
  aurora(
    'app-optimization',
    'Customer work on every platform (AWS table), the same as on RDS: 2 h per database per month of query and index tuning. On Aurora Standard the same tuning also lowers the I/O bill (fewer pages read), so no separate task is counted.',
  ),
  aurora(
    'upgrade-validation',
    'As on RDS: AWS applies the engine upgrade, but the customer tests the application against each new major version (Aurora follows the community PostgreSQL and MySQL major versions) before starting it. ~18 h per major version every three years ⇒ 0.5 h per database per month.',
  ),
  aurora(
    'monitoring-oncall',
    'As on RDS (alarms once 4 h; 1 h/month plus 0.25 h per instance). Aurora storage grows by itself, so there are no free-storage alarms or storage resizes to watch; on Aurora Standard the I/O requests (VolumeReadIOPs, VolumeWriteIOPs) need a cost alarm instead. The two are taken to offset, so the RDS hours are kept.',
    [SOURCES.auroraStorage],
  ),
  aurora(
    'security-compliance',
    'As on RDS (shared responsibility): security groups, IAM authentication, KMS keys and cluster parameter groups remain the customer\'s; OS and engine hardening are AWS\'s. Setup 4 h + 0.5 h per instance; 1 h/month plus 0.1 h per instance.',
  ),
]);

// ---------------------------------------------------------------------------------------------
// Self-managed ML platform on EC2
// ---------------------------------------------------------------------------------------------
const EC2_ML = tasks('ec2-ml', [
  {
    key: 'os-patching',
    label: 'OS patching of notebook, serving and platform hosts',
    category: 'operations',
    role: 'sysadmin',
    unit: 'ml-instance',
    appliesWhen: 'always',
    setupFixedHours: 8,
    setupPerUnitHours: 0,
    monthlyFixedHours: 1,
    monthlyPerUnitHours: 0.6,
    responsibilityRow: 'OS patching',
    provenance: {
      citations: [SOURCES.pciPatching, SOURCES.serversPerAdmin, A],
      rationale:
        'Monthly cycle as for databases (1 h/month to review advisories), then 0.6 h per always-on instance to rebuild it from the new image, drain, replace and check it, plus disk, agent and quota issues. 0.6 h is about 290 instances per administrator, inside the published 75–600 virtual servers per admin (Gartner, 2010); a GPU notebook box is a pet, not cattle, so the automated end (600) is not assumed. 8 h to set up patch automation. Training instances start from current images and are covered by image upkeep.',
    },
  },
  {
    key: 'image-driver-upkeep',
    label: 'ML images: GPU drivers, CUDA, frameworks and their compatibility',
    category: 'operations',
    role: 'ml-engineer',
    unit: 'ml-workload',
    appliesWhen: 'always',
    setupFixedHours: 24,
    setupPerUnitHours: 0,
    monthlyFixedHours: 6,
    monthlyPerUnitHours: 0,
    responsibilityRow: null,
    provenance: {
      citations: [SOURCES.sagemakerTco, A],
      rationale:
        'On EC2 the team builds and tests its own CPU/GPU images (driver, CUDA, cuDNN, framework versions must match): 24 h once; ~6 h/month to track releases, rebuild and re-test. SageMaker provides maintained framework containers.',
    },
  },
  {
    key: 'notebook-environment',
    label: 'Notebook platform (JupyterHub or dev boxes), users and environments',
    category: 'operations',
    role: 'ml-engineer',
    unit: 'person',
    appliesWhen: 'has-people',
    setupFixedHours: 24,
    setupPerUnitHours: 1,
    monthlyFixedHours: 2,
    monthlyPerUnitHours: 1,
    responsibilityRow: null,
    provenance: {
      citations: [SOURCES.sagemakerTco, A],
      rationale:
        'Stand up JupyterHub or per-person dev boxes with SSO and shared storage (24 h + 1 h per person to onboard); 2 h/month upkeep plus 1 h per person per month: kernel, package and CUDA-environment requests, disk and quota issues, and onboarding/offboarding as people come and go. Support load grows with the people served, as it does for any internal platform (assumption; no published per-user figure was found). Range 0.5–2 h per person per month.',
    },
  },
  {
    key: 'training-infra',
    label: 'Training infrastructure: job scheduling, spot interruptions, checkpoints, tracking server',
    category: 'operations',
    role: 'ml-engineer',
    unit: 'training-job',
    appliesWhen: 'has-training',
    setupFixedHours: 40,
    setupPerUnitHours: 0,
    monthlyFixedHours: 6,
    monthlyPerUnitHours: 0.05,
    responsibilityRow: null,
    provenance: {
      citations: [SOURCES.sagemakerTco, A],
      rationale:
        'A scheduler or launch scripts, spot-interruption handling with checkpoint storage, and an experiment-tracking server: ~one working week to build (40 h), 6 h/month to keep them running, plus triage that grows with the jobs run: about one job in ten needs a look (spot interruption without automatic resume, out-of-memory, driver mismatch) at ~0.5 h ⇒ 0.05 h per training job. Range 0.02–0.1 h per job.',
    },
  },
  {
    key: 'serving-deployments',
    label: 'Model serving: containers, load balancer, blue/green releases and rollbacks',
    category: 'operations',
    role: 'ml-engineer',
    unit: 'endpoint',
    appliesWhen: 'has-endpoints',
    setupFixedHours: 24,
    setupPerUnitHours: 8,
    monthlyFixedHours: 2,
    monthlyPerUnitHours: 2,
    responsibilityRow: null,
    provenance: {
      citations: [SOURCES.sagemakerTco, A],
      rationale:
        'Model-server containers, a deployment pipeline with blue/green and rollback, ALB and TLS (24 h + 8 h per endpoint); 2 h/month plus 2 h per endpoint per month for releases and rollbacks.',
    },
  },
  {
    key: 'autoscaling',
    label: 'Autoscaling policies and serving capacity',
    category: 'operations',
    role: 'ml-engineer',
    unit: 'endpoint',
    appliesWhen: 'has-endpoints',
    setupFixedHours: 0,
    setupPerUnitHours: 4,
    monthlyFixedHours: 0.5,
    monthlyPerUnitHours: 0.5,
    responsibilityRow: 'Scaling',
    provenance: {
      citations: [A],
      rationale:
        'Auto Scaling groups, health checks and scaling policies per endpoint (4 h each); 0.5 h/month plus 0.5 h per endpoint per month to review load and adjust.',
    },
  },
  {
    key: 'monitoring-oncall',
    label: 'Monitoring, alerting and on-call for serving and platform hosts',
    category: 'operations',
    role: 'ml-engineer',
    unit: 'endpoint',
    appliesWhen: 'always',
    setupFixedHours: 16,
    setupPerUnitHours: 0,
    monthlyFixedHours: 4,
    monthlyPerUnitHours: 1,
    responsibilityRow: null,
    provenance: {
      citations: [SOURCES.sreToil, A],
      rationale:
        'Metrics, logs and alerts for hosts, GPUs and model servers (16 h); 4 h/month of alert tuning and rota upkeep plus 1 h per endpoint. Incident handling is priced separately.',
    },
  },
  {
    key: 'security-compliance',
    label: 'Network isolation, IAM, vulnerability scanning, access reviews and evidence',
    category: 'security',
    role: 'sysadmin',
    unit: 'person',
    appliesWhen: 'always',
    setupFixedHours: 16,
    setupPerUnitHours: 0,
    monthlyFixedHours: 3,
    monthlyPerUnitHours: 0.25,
    responsibilityRow: null,
    provenance: {
      citations: [SOURCES.sagemakerTco, A],
      rationale:
        'VPC design, IAM roles, image scanning and audit logging (16 h); 3 h/month for scans, patch evidence and reviews plus 0.25 h per person for access reviews.',
    },
  },
  {
    key: 'model-optimization',
    label: 'Model performance and cost tuning',
    category: 'operations',
    role: 'ml-engineer',
    unit: 'endpoint',
    appliesWhen: 'has-endpoints',
    setupFixedHours: 0,
    setupPerUnitHours: 0,
    monthlyFixedHours: 0,
    monthlyPerUnitHours: 1,
    responsibilityRow: 'Application optimization',
    provenance: {
      citations: [A],
      rationale: 'The customer\'s on every platform, so the same on EC2, EKS and SageMaker: 1 h per endpoint per month.',
    },
  },
]);

// ---------------------------------------------------------------------------------------------
// Self-managed ML platform on EKS
// ---------------------------------------------------------------------------------------------
const EKS_ML = tasks('eks-ml', [
  {
    key: 'cluster-upkeep',
    label: 'Kubernetes cluster: version upgrades, add-ons, RBAC, networking, node groups',
    category: 'operations',
    role: 'platform-engineer',
    unit: 'cluster',
    appliesWhen: 'always',
    setupFixedHours: 0,
    setupPerUnitHours: 80,
    monthlyFixedHours: 0,
    monthlyPerUnitHours: 34.67,
    responsibilityRow: null,
    provenance: {
      citations: [SOURCES.awsEksPlatformTime, SOURCES.eksVersionLifecycle],
      rationale:
        'AWS\'s own guidance puts platform engineering for an EKS cluster at 20–40% of one engineer; the low end, 20% of 173.3 h, is 34.67 h/month per cluster (a minor-version upgrade every ~4 months is part of it). Two working weeks (80 h) to build the cluster, IaC, CNI, ingress, autoscaler and GPU device plugin.',
    },
  },
  reuse(EC2_ML, 'os-patching', {
    setupFixedHours: 2,
    monthlyFixedHours: 0.5,
    monthlyPerUnitHours: 0.1,
    provenance: {
      citations: [SOURCES.pciPatching, A],
      rationale:
        'Managed node groups roll nodes onto updated AMIs: 0.5 h/month plus 0.1 h per node-equivalent to trigger and watch the roll; 2 h to set up.',
    },
  }),
  reuse(EC2_ML, 'image-driver-upkeep', {
    monthlyFixedHours: 5,
    provenance: {
      citations: [SOURCES.sagemakerTco, A],
      rationale:
        'As on EC2, but the NVIDIA device plugin and GPU-optimised node AMIs take some driver work off the team: 24 h once, 5 h/month.',
    },
  }),
  reuse(EC2_ML, 'notebook-environment', {
    monthlyPerUnitHours: 0.75,
    provenance: {
      citations: [SOURCES.z2jhOptimization, A],
      rationale:
        'JupyterHub on Kubernetes (Zero to JupyterHub) spawns, culls and reschedules each user\'s server as a pod with its own volume, so per-person host and storage chores shrink; environment and package requests remain: 24 h + 1 h per person to set up; 2 h/month plus 0.75 h per person (EC2 1 h). Range 0.4–1.5 h.',
    },
  }),
  reuse(EC2_ML, 'training-infra', {
    setupFixedHours: 32,
    monthlyFixedHours: 4,
    monthlyPerUnitHours: 0.03,
    provenance: {
      citations: [SOURCES.sagemakerTco, A],
      rationale:
        'Training as Kubernetes jobs (Kubeflow or Ray operators) reuses the cluster\'s scheduling, and Job retries resume interrupted runs from checkpoints: 32 h to build, 4 h/month to run, plus 0.03 h per training job for failures that still need a person (EC2 0.05 h). Range 0.01–0.06 h per job.',
    },
  }),
  reuse(EC2_ML, 'serving-deployments', {
    setupFixedHours: 16,
    setupPerUnitHours: 4,
    monthlyFixedHours: 1,
    monthlyPerUnitHours: 1.5,
    provenance: {
      citations: [SOURCES.sagemakerTco, A],
      rationale:
        'Kubernetes deployments and an ingress controller give rolling releases and rollbacks: 16 h + 4 h per endpoint; 1 h/month plus 1.5 h per endpoint.',
    },
  }),
  reuse(EC2_ML, 'autoscaling', {
    setupPerUnitHours: 2,
    monthlyPerUnitHours: 0.25,
    provenance: {
      citations: [A],
      rationale: 'Horizontal pod autoscaler plus cluster autoscaler: 2 h per endpoint; 0.5 h/month plus 0.25 h per endpoint.',
    },
  }),
  reuse(EC2_ML, 'monitoring-oncall', {
    monthlyPerUnitHours: 0.75,
    provenance: {
      citations: [SOURCES.sreToil, A],
      rationale: 'Cluster and workload monitoring (16 h); 4 h/month plus 0.75 h per endpoint.',
    },
  }),
  reuse(EC2_ML, 'security-compliance', {
    monthlyFixedHours: 4,
    provenance: {
      citations: [SOURCES.sagemakerTco, A],
      rationale:
        'As on EC2, plus Kubernetes RBAC, pod security and image policies: 16 h once; 4 h/month plus 0.25 h per person.',
    },
  }),
  reuse(EC2_ML, 'model-optimization'),
]);

// ---------------------------------------------------------------------------------------------
// Amazon SageMaker: residual customer work
// ---------------------------------------------------------------------------------------------
const SAGEMAKER = tasks('sagemaker', [
  {
    key: 'notebook-environment',
    label: 'Studio domain, user profiles, lifecycle configurations',
    category: 'operations',
    role: 'ml-engineer',
    unit: 'person',
    appliesWhen: 'has-people',
    setupFixedHours: 8,
    setupPerUnitHours: 0.25,
    monthlyFixedHours: 1,
    monthlyPerUnitHours: 0.25,
    responsibilityRow: null,
    provenance: {
      citations: [SOURCES.sagemakerTco, A],
      rationale:
        'AWS runs the notebook hosts and images; the team sets up the Studio domain and lifecycle scripts (8 h + 0.25 h per person) and spends 1 h/month plus 0.25 h per person on environment, package and quota requests and user profiles as people come and go: it grows with the people served, but a quarter as fast as on EC2 (no hosts or images to keep). Range 0.1–0.5 h.',
    },
  },
  {
    key: 'image-driver-upkeep',
    label: 'Choosing framework containers; custom images where needed',
    category: 'operations',
    role: 'ml-engineer',
    unit: 'ml-workload',
    appliesWhen: 'always',
    setupFixedHours: 4,
    setupPerUnitHours: 0,
    monthlyFixedHours: 1,
    monthlyPerUnitHours: 0,
    responsibilityRow: null,
    provenance: {
      citations: [SOURCES.sagemakerTco, A],
      rationale: 'AWS maintains the framework containers and drivers; the team tracks versions (1 h/month) and builds the occasional custom image (4 h once).',
    },
  },
  {
    key: 'training-infra',
    label: 'Training job definitions, managed spot with checkpoints, experiments',
    category: 'operations',
    role: 'ml-engineer',
    unit: 'training-job',
    appliesWhen: 'has-training',
    setupFixedHours: 8,
    setupPerUnitHours: 0,
    monthlyFixedHours: 1,
    monthlyPerUnitHours: 0.01,
    responsibilityRow: null,
    provenance: {
      citations: [SOURCES.sagemakerTco, A],
      rationale:
        'SageMaker schedules, retries and checkpoints managed spot jobs; the team writes job definitions and IAM (8 h) and triages failures (1 h/month plus 0.01 h per training job: about one job in fifty fails for the team\'s own reasons, ~0.5 h each). Range 0.005–0.03 h per job.',
    },
  },
  {
    key: 'serving-deployments',
    label: 'Endpoint configurations and deployment guardrails',
    category: 'operations',
    role: 'ml-engineer',
    unit: 'endpoint',
    appliesWhen: 'has-endpoints',
    setupFixedHours: 8,
    setupPerUnitHours: 2,
    monthlyFixedHours: 1,
    monthlyPerUnitHours: 0.5,
    responsibilityRow: null,
    provenance: {
      citations: [SOURCES.sagemakerTco, A],
      rationale: 'Blue/green and canary deployment are built in: 8 h + 2 h per endpoint to set up; 1 h/month plus 0.5 h per endpoint.',
    },
  },
  {
    key: 'autoscaling',
    label: 'Endpoint autoscaling policies',
    category: 'operations',
    role: 'ml-engineer',
    unit: 'endpoint',
    appliesWhen: 'has-endpoints',
    setupFixedHours: 0,
    setupPerUnitHours: 2,
    monthlyFixedHours: 0.25,
    monthlyPerUnitHours: 0.25,
    responsibilityRow: 'Scaling',
    provenance: {
      citations: [A],
      rationale: 'Target-tracking policies through Application Auto Scaling: 2 h per endpoint; 0.25 h/month plus 0.25 h per endpoint.',
    },
  },
  {
    key: 'monitoring-oncall',
    label: 'Monitoring and on-call for endpoints and jobs',
    category: 'operations',
    role: 'ml-engineer',
    unit: 'endpoint',
    appliesWhen: 'always',
    setupFixedHours: 4,
    setupPerUnitHours: 0,
    monthlyFixedHours: 2,
    monthlyPerUnitHours: 0.5,
    responsibilityRow: null,
    provenance: {
      citations: [SOURCES.sreToil, A],
      rationale: 'AWS replaces failed hosts; the team watches latency, errors and model quality: 4 h once; 2 h/month plus 0.5 h per endpoint.',
    },
  },
  {
    key: 'security-compliance',
    label: 'IAM roles, VPC configuration, encryption keys and evidence',
    category: 'security',
    role: 'sysadmin',
    unit: 'person',
    appliesWhen: 'always',
    setupFixedHours: 8,
    setupPerUnitHours: 0,
    monthlyFixedHours: 2,
    monthlyPerUnitHours: 0.1,
    responsibilityRow: null,
    provenance: {
      citations: [SOURCES.sagemakerTco, A],
      rationale: 'Host and OS security move to AWS; IAM, VPC-only mode and KMS keys remain: 8 h once; 2 h/month plus 0.1 h per person.',
    },
  },
  reuse(EC2_ML, 'model-optimization'),
]);

/** Every task of every deployment. */
export const OPS_TASKS: readonly OpsTask[] = [...EC2_DB, ...RDS, ...AURORA, ...EC2_ML, ...EKS_ML, ...SAGEMAKER];

/** Every task id, for validating overrides in scenario files. */
export const OPS_TASK_IDS: readonly string[] = OPS_TASKS.map((t) => t.id);

const TASKS_BY_DEPLOYMENT: ReadonlyMap<DeploymentId, readonly OpsTask[]> = new Map(
  DEPLOYMENT_IDS.map((d) => [d, OPS_TASKS.filter((t) => t.deployment === d)]),
);

export function tasksFor(deployment: DeploymentId): readonly OpsTask[] {
  return TASKS_BY_DEPLOYMENT.get(deployment) ?? [];
}
