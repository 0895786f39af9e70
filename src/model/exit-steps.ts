import { SOURCES, type Provenance } from './citation';
import type { RoleId } from './labour';
import { LICENCE_SOURCES } from './licence-sources';
import type { DeploymentId, UnitKind } from './ops-tasks';

/**
 * What leaving each deployment takes, as one-time steps in engineer hours (issue 8, "Lock-in and
 * exit"). Kept free of runtime imports from the scenario schema so the schema can import the ids.
 *
 * Scope, the same for every deployment: moving the workload to a self-managed or another
 * provider's equivalent, counting only the work caused by leaving (moving data, rewriting
 * provider-specific code and configuration, cutting over and validating). The destination's own
 * build-out is not exit effort: price it by running the destination as an option (its setup hours
 * are in the ops-effort model). Data-transfer charges for leaving AWS are not included.
 *
 * No published source gives exit hours; every figure below is a labelled assumption built from
 * what the cited documentation says must be redone, and can be overridden per scenario
 * (`tradeoffs.exitEffort.steps`).
 */
export interface ExitStep {
  /** `<deployment>.<key>`, used for overrides in scenario files. */
  readonly id: string;
  readonly deployment: DeploymentId;
  readonly label: string;
  readonly role: RoleId;
  readonly unit: UnitKind;
  readonly fixedHours: number;
  readonly perUnitHours: number;
  readonly provenance: Provenance;
}

type StepSpec = Omit<ExitStep, 'id' | 'deployment'> & { readonly key: string };

function steps(deployment: DeploymentId, specs: readonly StepSpec[]): ExitStep[] {
  return specs.map(({ key, ...rest }) => ({ ...rest, id: `${deployment}.${key}`, deployment }));
}

const A = SOURCES.modelAssumption;

const DATA_MIGRATION_RATIONALE =
  'Assumption: 8 h to write and rehearse the migration runbook once, then per database 8 h for a rehearsal and 8 h for cut-over and verification, using the engine\'s own dump/restore or replication.';

const EC2_DB = steps('ec2-db', [
  {
    key: 'data-migration',
    label: 'Move the data with native tools (dump and restore, or replication) and cut over',
    role: 'dba',
    unit: 'database',
    fixedHours: 8,
    perUnitHours: 16,
    provenance: {
      citations: [SOURCES.rdsPostgresImport, A],
      rationale: `A standard engine on hosts you run: nothing provider-specific to unpick in the data path. ${DATA_MIGRATION_RATIONALE}`,
    },
  },
  {
    key: 'automation-port',
    label: 'Port infrastructure code and configuration management to the destination',
    role: 'sysadmin',
    unit: 'db-instance',
    fixedHours: 8,
    perUnitHours: 1,
    provenance: {
      citations: [A],
      rationale:
        'Assumption: the EC2-specific parts of your automation (AMIs, EBS volumes, security groups, instance types) are rewritten once (8 h) and each instance re-provisioned and checked (1 h). Engine configuration files move as they are.',
    },
  },
]);

const RDS = steps('rds', [
  {
    key: 'data-migration',
    label: 'Move the data with native tools (dump and restore, or replication) and cut over',
    role: 'dba',
    unit: 'database',
    fixedHours: 8,
    perUnitHours: 16,
    provenance: {
      citations: [SOURCES.awsRdsResponsibility, SOURCES.rdsPostgresImport, SOURCES.rdsMysqlExternalReplication, A],
      rationale: `RDS runs the standard engines and supports their native tools and replication to or from an instance outside RDS, so the data path is the same as leaving EC2. ${DATA_MIGRATION_RATIONALE}`,
    },
  },
  {
    key: 'replace-rds-features',
    label: 'Replace RDS-specific configuration (parameter groups, IAM and security-group access, rds_* procedures in runbooks)',
    role: 'dba',
    unit: 'database',
    fixedHours: 4,
    perUnitHours: 8,
    provenance: {
      citations: [SOURCES.awsRdsResponsibility, SOURCES.rdsMysqlExternalReplication, A],
      rationale:
        'Engine settings live in DB parameter groups and access in IAM and security groups; replication and some admin tasks go through RDS-only procedures. Assumption: 4 h to map them once, 8 h per database to translate and test the equivalents. Rebuilding backups, HA and patching at the destination is the destination\'s setup, not exit effort.',
    },
  },
  {
    key: 'licence-sourcing',
    label: 'Source SQL Server / Oracle licences for the destination (licence-included rates end with RDS)',
    role: 'dba',
    unit: 'licence-included-database',
    fixedHours: 0,
    perUnitHours: 12,
    provenance: {
      citations: [LICENCE_SOURCES.awsRdsOracleLicensing, LICENCE_SOURCES.microsoftLicenseMobility, A],
      rationale:
        'A licence-included RDS instance carries no licence the customer can take along. Assumption: 12 h per database to settle the licensing route, size the cores under the vendor\'s rules, buy the licences (and Software Assurance for shared tenancy) and record them; none for open-source engines or licences already owned. The licence price itself is priced by running the destination as an option (its BYOL licence lines).',
    },
  },
]);

/**
 * Aurora: higher lock-in than RDS. The engine is PostgreSQL- or MySQL-compatible, but the storage
 * layer is Aurora's own, so data leaves only logically (dump and restore, logical or binlog
 * replication, or AWS DMS), never as the engine's own files or a snapshot another host can mount.
 */
const AURORA = steps('aurora', [
  {
    key: 'data-migration',
    label: 'Move the data logically (dump and restore, logical or binlog replication, or AWS DMS) and cut over',
    role: 'dba',
    unit: 'database',
    fixedHours: 8,
    perUnitHours: 24,
    provenance: {
      citations: [SOURCES.auroraStorage, SOURCES.rdsPostgresImport, SOURCES.rdsMysqlExternalReplication, A],
      rationale: `Aurora stores the data in its own cluster volume, not in the engine's files, so the move is logical only: a full dump and restore or a replication stream, with a consistency check before cut-over. ${DATA_MIGRATION_RATIONALE} Plus 8 h per database (24 h per database in all) for the logical path: a slower restore, and checks that Aurora-only behaviour (cluster endpoints, Aurora functions) is not relied on.`,
    },
  },
  {
    key: 'replace-aurora-features',
    label: 'Replace Aurora-specific configuration (cluster and instance parameter groups, writer and reader endpoints, IAM and security-group access)',
    role: 'dba',
    unit: 'database',
    fixedHours: 4,
    perUnitHours: 8,
    provenance: {
      citations: [SOURCES.auroraHighAvailability, SOURCES.awsRdsResponsibility, A],
      rationale:
        'As on RDS (parameter groups, IAM and security groups, provider procedures in runbooks), and applications that send reads to the reader endpoint need a read-routing replacement. Assumption: 4 h to map once, 8 h per database to translate and test. Rebuilding HA at the destination is its setup, not exit effort.',
    },
  },
]);

const EC2_ML = steps('ec2-ml', [
  {
    key: 'platform-port',
    label: 'Port images, infrastructure code and platform data (notebook hub, experiment tracking)',
    role: 'ml-engineer',
    unit: 'ml-workload',
    fixedHours: 0,
    perUnitHours: 16,
    provenance: {
      citations: [SOURCES.awsSharedResponsibilityModel, A],
      rationale:
        'You already own every layer above the hypervisor, so your images, scripts and containers move as they are. Assumption: 16 h per ML platform to re-point infrastructure code and move tracking and notebook data.',
    },
  },
  {
    key: 'serving-port',
    label: 'Re-deploy each endpoint and re-validate latency and accuracy',
    role: 'ml-engineer',
    unit: 'endpoint',
    fixedHours: 0,
    perUnitHours: 2,
    provenance: { citations: [A], rationale: 'Assumption: the serving containers move unchanged; 2 h per endpoint to deploy and re-validate.' },
  },
]);

const EKS_ML = steps('eks-ml', [
  {
    key: 'aws-integrations',
    label: 'Replace the cluster\'s AWS integrations (IAM, load balancers, VPC networking, node groups)',
    role: 'platform-engineer',
    unit: 'cluster',
    fixedHours: 0,
    perUnitHours: 24,
    provenance: {
      citations: [SOURCES.eksApiOverview, A],
      rationale:
        'Applications on EKS are compatible with any standard Kubernetes; what is AWS-specific is the integration with Elastic Load Balancing, IAM and Amazon VPC. Assumption: three working days per cluster to swap those integrations.',
    },
  },
  {
    key: 'workload-redeploy',
    label: 'Re-deploy manifests and move data for each ML platform',
    role: 'ml-engineer',
    unit: 'ml-workload',
    fixedHours: 0,
    perUnitHours: 8,
    provenance: { citations: [SOURCES.eksApiOverview, A], rationale: 'Assumption: 8 h per ML platform to re-apply manifests, move volumes and check jobs and endpoints.' },
  },
]);

const SAGEMAKER = steps('sagemaker', [
  {
    key: 'training-rewrite',
    label: 'Rewrite training launch code (training-job API or SDK estimators, /opt/ml container contract, managed spot and checkpoints)',
    role: 'ml-engineer',
    unit: 'training-workload',
    fixedHours: 0,
    perUnitHours: 24,
    provenance: {
      citations: [SOURCES.sagemakerTraining, SOURCES.sagemakerTrainingOutput, SOURCES.sagemakerManagedSpot, A],
      rationale:
        'Training jobs are SageMaker API calls, containers follow SageMaker\'s /opt/ml layout, and Spot interruptions are handled by SageMaker. Model artefacts are ordinary tar archives in your S3 bucket and move freely. Assumption: three working days per training platform to rewrite launch, data-channel and checkpoint code and re-validate a model.',
    },
  },
  {
    key: 'serving-rewrite',
    label: 'Adapt each endpoint\'s container and replace its deployment guardrails and autoscaling',
    role: 'ml-engineer',
    unit: 'endpoint',
    fixedHours: 0,
    perUnitHours: 8,
    provenance: {
      citations: [SOURCES.sagemakerContainers, SOURCES.sagemakerDeploymentGuardrails, SOURCES.sagemakerAutoScaling, A],
      rationale:
        'Inference containers follow SageMaker\'s serving contract; blue/green guardrails and autoscaling policies are SageMaker configuration. Assumption: 8 h per endpoint to adapt and re-validate; the destination\'s serving platform itself is its setup cost.',
    },
  },
  {
    key: 'platform-replace',
    label: 'Move notebooks and replace SageMaker platform configuration (domain, execution roles, lifecycle scripts)',
    role: 'ml-engineer',
    unit: 'person',
    fixedHours: 8,
    perUnitHours: 1,
    provenance: {
      citations: [SOURCES.sagemakerNotebookUpdates, A],
      rationale: 'Assumption: 8 h to export notebooks and map execution roles and lifecycle configurations once, 1 h per person to move their work.',
    },
  },
]);

/** Every exit step of every deployment. */
export const EXIT_STEPS: readonly ExitStep[] = [...EC2_DB, ...RDS, ...AURORA, ...EC2_ML, ...EKS_ML, ...SAGEMAKER];

/** Every exit-step id, for validating overrides in scenario files. */
export const EXIT_STEP_IDS: readonly string[] = EXIT_STEPS.map((s) => s.id);

export function exitStepsFor(deployment: DeploymentId): readonly ExitStep[] {
  return EXIT_STEPS.filter((s) => s.deployment === deployment);
}
