import { SOURCES, type Citation, type Provenance } from '../model/citation';
import { isDatabaseDeployment, type DeploymentId } from '../model/ops-tasks';
import { DUTIES, dutyById, type DutyId } from './duties';

/**
 * Who does each operational duty on each deployment: AWS, you, or both (shared).
 *
 * - RDS and the self-managed database on EC2 follow AWS's published table (RDS User Guide, "What
 *   is Amazon RDS?", ops-effort-sources §2.1) exactly for the eleven rows it lists; the four duties
 *   the table does not list (monitoring, security configuration, key management, network
 *   isolation) are cited separately and marked `inAwsTable: false`.
 * - Self-managed ML on EC2 follows AWS's shared responsibility model for EC2; ML on EKS follows the
 *   EKS shared responsibility model, reliability guide and managed-node-group page (managed node
 *   groups are the model's assumption, see ops task `eks-ml.os-patching`); SageMaker follows the
 *   SageMaker Developer Guide per component (notebooks, training, processing, hosting).
 *
 * Each entry names the ops-effort tasks that price the customer's part of the duty, so the matrix
 * and the hours cannot disagree: test/tradeoffs/responsibility-matrix.test.ts proves that every
 * "you" or "shared" duty has at least one priced task of the same deployment and that every task
 * of every deployment belongs to a duty.
 */

/** "you" is the customer; "shared" means each side does part of the duty, and the note says which. */
export type Owner = 'aws' | 'you' | 'shared';

/** The parts of SageMaker the issue asks the matrix to distinguish. */
export const SAGEMAKER_COMPONENTS = ['notebooks', 'training', 'processing', 'hosting'] as const;
export type SageMakerComponent = (typeof SAGEMAKER_COMPONENTS)[number];

export interface ComponentResponsibility {
  readonly component: SageMakerComponent;
  readonly owner: Owner;
  readonly note: string;
}

export interface ResponsibilityEntry {
  readonly duty: DutyId;
  readonly owner: Owner;
  /** One or two sentences: what the owner does; for "shared", who does which part. */
  readonly note: string;
  /**
   * Ops-effort task ids (src/model/ops-tasks.ts) that price the customer's part of this duty: all
   * of it when the owner is "you", the customer's share when "shared", and residual work (such as
   * validating an upgrade AWS applies) when "aws".
   */
  readonly customerTaskIds: readonly string[];
  /** SageMaker only: the split per component, when the components differ. */
  readonly components?: readonly ComponentResponsibility[];
  /** Whether this duty is one of the eleven rows of AWS's RDS responsibility table. */
  readonly inAwsTable: boolean;
  readonly provenance: Provenance;
}

type EntrySpec = Omit<ResponsibilityEntry, 'inAwsTable' | 'provenance' | 'customerTaskIds'> & {
  readonly tasks?: readonly string[];
  readonly citations: readonly Citation[];
};

function entries(deployment: DeploymentId, specs: readonly EntrySpec[]): ResponsibilityEntry[] {
  const list = specs.map(({ tasks, citations, ...rest }) => ({
    ...rest,
    customerTaskIds: (tasks ?? []).map((key) => `${deployment}.${key}`),
    inAwsTable: dutyById(rest.duty).awsTableRow !== null,
    provenance: { citations, rationale: rest.note },
  }));
  // The matrix is total: one entry per duty, in DUTY order.
  const missing = DUTIES.filter((d) => !list.some((e) => e.duty === d.id)).map((d) => d.id);
  if (missing.length > 0 || list.length !== DUTIES.length) {
    throw new Error(`responsibility matrix for ${deployment} must list each duty once (missing: ${missing.join(', ')})`);
  }
  return DUTIES.map((d) => list.find((e) => e.duty === d.id)!);
}

const RDS_TABLE = SOURCES.awsRdsResponsibility;
const SRM = SOURCES.awsSharedResponsibilityModel;
const NOT_IN_TABLE = 'Not in AWS\'s RDS table.';

/** AWS's table: the customer owns the first eight rows on EC2; AWS owns the three hardware rows. */
const EC2_HARDWARE_NOTE = 'AWS (RDS table, Amazon EC2 column): AWS manages the layers below the operating system.';

const EC2_DB = entries('ec2-db', [
  { duty: 'power-network-cooling', owner: 'aws', note: EC2_HARDWARE_NOTE, citations: [RDS_TABLE] },
  { duty: 'hardware-lifecycle', owner: 'aws', note: EC2_HARDWARE_NOTE, citations: [RDS_TABLE] },
  { duty: 'server-maintenance', owner: 'aws', note: EC2_HARDWARE_NOTE, citations: [RDS_TABLE] },
  { duty: 'os-installation', owner: 'you', note: 'Customer (RDS table, EC2 column): build and maintain the base image.', tasks: ['os-install'], citations: [RDS_TABLE] },
  { duty: 'os-patching', owner: 'you', note: 'Customer (RDS table, EC2 column): the monthly patch cycle with reboots.', tasks: ['os-patching'], citations: [RDS_TABLE] },
  { duty: 'engine-install', owner: 'you', note: 'Customer (RDS table, EC2 column): install and configure the engine.', tasks: ['db-install'], citations: [RDS_TABLE] },
  {
    duty: 'engine-patching',
    owner: 'you',
    note: 'Customer (RDS table, EC2 column): minor-version patches and major-version upgrades.',
    tasks: ['db-patching', 'db-major-upgrade'],
    citations: [RDS_TABLE],
  },
  { duty: 'backups', owner: 'you', note: 'Customer (RDS table, EC2 column): backup tooling, point-in-time recovery and restore tests.', tasks: ['backups'], citations: [RDS_TABLE] },
  {
    duty: 'high-availability',
    owner: 'you',
    note: 'Customer (RDS table, EC2 column): replication, failover automation and drills. Priced only when the workload has a standby or replicas.',
    tasks: ['ha-failover'],
    citations: [RDS_TABLE],
  },
  { duty: 'scaling', owner: 'you', note: 'Customer (RDS table, EC2 column): resizing, storage growth and capacity planning.', tasks: ['scaling'], citations: [RDS_TABLE] },
  {
    duty: 'monitoring',
    owner: 'you',
    note: `${NOT_IN_TABLE} The customer runs the guest OS and the engine on EC2 (AWS shared responsibility model), so host, disk, engine and replication monitoring are the customer's.`,
    tasks: ['monitoring-oncall'],
    citations: [SRM],
  },
  {
    duty: 'security-configuration',
    owner: 'you',
    note: `${NOT_IN_TABLE} OS and engine hardening, IAM and access reviews are the customer's on EC2 (AWS shared responsibility model). With bring-your-own SQL Server or Oracle licences, licence compliance (core counts, License Mobility, vendor audits) is the customer's too.`,
    tasks: ['security-compliance', 'licence-compliance'],
    citations: [SRM],
  },
  {
    duty: 'encryption-keys',
    owner: 'you',
    note: `${NOT_IN_TABLE} The customer chooses and controls the KMS keys for EBS volumes and snapshots, and TLS in the engine; priced inside the hardening and encryption task.`,
    tasks: ['security-compliance'],
    citations: [SRM],
  },
  {
    duty: 'network-isolation',
    owner: 'you',
    note: `${NOT_IN_TABLE} The customer configures the VPC and the security group firewall (AWS shared responsibility model); priced inside the hardening task.`,
    tasks: ['security-compliance'],
    citations: [SRM],
  },
  {
    duty: 'application-optimization',
    owner: 'you',
    note: 'Customer on every platform (RDS table): queries, indexes and schema.',
    tasks: ['app-optimization'],
    citations: [RDS_TABLE],
  },
]);

const RDS_AWS = 'AWS (RDS table, Amazon RDS column).';

const RDS = entries('rds', [
  { duty: 'power-network-cooling', owner: 'aws', note: RDS_AWS, citations: [RDS_TABLE] },
  { duty: 'hardware-lifecycle', owner: 'aws', note: RDS_AWS, citations: [RDS_TABLE] },
  { duty: 'server-maintenance', owner: 'aws', note: RDS_AWS, citations: [RDS_TABLE] },
  { duty: 'os-installation', owner: 'aws', note: RDS_AWS, citations: [RDS_TABLE] },
  { duty: 'os-patching', owner: 'aws', note: RDS_AWS, citations: [RDS_TABLE] },
  { duty: 'engine-install', owner: 'aws', note: RDS_AWS, citations: [RDS_TABLE] },
  {
    duty: 'engine-patching',
    owner: 'aws',
    note: `${RDS_AWS} Residual customer work the table does not list: choosing maintenance windows and testing the application before a major-version upgrade.`,
    tasks: ['upgrade-validation'],
    citations: [RDS_TABLE],
  },
  { duty: 'backups', owner: 'aws', note: `${RDS_AWS} The customer sets the retention period.`, citations: [RDS_TABLE] },
  {
    duty: 'high-availability',
    owner: 'aws',
    note: `${RDS_AWS} The customer chooses Multi-AZ; AWS runs the synchronous standby and the failover.`,
    citations: [RDS_TABLE],
  },
  {
    duty: 'scaling',
    owner: 'aws',
    note: `${RDS_AWS} The customer decides when and to what size; AWS performs the change.`,
    citations: [RDS_TABLE],
  },
  {
    duty: 'monitoring',
    owner: 'you',
    note: `${NOT_IN_TABLE} AWS detects host failure and fails over; the customer watches load, storage and query health with CloudWatch and RDS events.`,
    tasks: ['monitoring-oncall'],
    citations: [RDS_TABLE],
  },
  {
    duty: 'security-configuration',
    owner: 'you',
    note: `${NOT_IN_TABLE} IAM users and permissions, security groups and parameter-group settings are the customer's; OS and engine hardening are AWS's. Licence-included engines leave licence compliance to AWS; under Oracle BYOL it stays the customer's.`,
    tasks: ['security-compliance', 'licence-compliance'],
    citations: [RDS_TABLE, SOURCES.rdsPostgresql],
  },
  {
    duty: 'encryption-keys',
    owner: 'you',
    note: `${NOT_IN_TABLE} RDS encrypts; the customer chooses the AWS managed key or a customer managed KMS key at creation and controls its policy.`,
    tasks: ['security-compliance'],
    citations: [SOURCES.rdsEncryption],
  },
  {
    duty: 'network-isolation',
    owner: 'you',
    note: `${NOT_IN_TABLE} The customer places the instance in a VPC and controls its IP ranges, subnets, routing and security groups.`,
    tasks: ['security-compliance'],
    citations: [RDS_TABLE],
  },
  {
    duty: 'application-optimization',
    owner: 'you',
    note: 'Customer (RDS table, Amazon RDS column): queries, indexes and schema.',
    tasks: ['app-optimization'],
    citations: [RDS_TABLE],
  },
]);

/**
 * Aurora is an RDS engine, so AWS's RDS table applies as it does to RDS; where Aurora's shared,
 * self-growing cluster volume changes who does what, the note says so.
 */
const AURORA_NOTES: Partial<Record<DutyId, string>> = {
  backups: `${RDS_AWS} Aurora backs up the cluster volume continuously; the customer sets the retention period.`,
  'high-availability': `${RDS_AWS} The customer adds an Aurora Replica in another Availability Zone; the cluster volume is already copied across three AZs, and a replica takes over as writer on failover.`,
  scaling: `${RDS_AWS} The customer chooses the instance class and the number of replicas; storage grows by itself, with nothing to resize.`,
  monitoring: `${NOT_IN_TABLE} AWS detects failure and fails over; the customer watches load and query health and, on Aurora Standard, the I/O requests that are billed.`,
  'security-configuration': `${NOT_IN_TABLE} IAM users and permissions, security groups and parameter-group settings are the customer's; OS and engine hardening are AWS's. Aurora's engines are open-source compatible: no licences to track.`,
};
const AURORA = entries(
  'aurora',
  RDS.map((e): EntrySpec => ({
    duty: e.duty,
    owner: e.owner,
    note: AURORA_NOTES[e.duty] ?? e.note,
    // Aurora runs only open-source-compatible engines: no licences to keep track of.
    tasks: e.customerTaskIds.map((id) => id.slice('rds.'.length)).filter((id) => id !== 'licence-compliance'),
    citations: AURORA_NOTES[e.duty] === undefined ? e.provenance.citations : [...e.provenance.citations, SOURCES.auroraStorage, SOURCES.auroraHighAvailability],
  })),
);

const EC2_ML_HARDWARE = 'AWS: on EC2, AWS operates everything from the host OS and virtualization layer down (AWS shared responsibility model).';

const EC2_ML = entries('ec2-ml', [
  { duty: 'power-network-cooling', owner: 'aws', note: EC2_ML_HARDWARE, citations: [SRM, RDS_TABLE] },
  { duty: 'hardware-lifecycle', owner: 'aws', note: EC2_ML_HARDWARE, citations: [SRM, RDS_TABLE] },
  { duty: 'server-maintenance', owner: 'aws', note: EC2_ML_HARDWARE, citations: [SRM, RDS_TABLE] },
  {
    duty: 'os-installation',
    owner: 'you',
    note: 'Customer: the guest OS is the customer\'s on EC2; the team builds its own CPU/GPU base images.',
    tasks: ['image-driver-upkeep'],
    citations: [SRM],
  },
  { duty: 'os-patching', owner: 'you', note: 'Customer: guest OS updates and security patches (AWS shared responsibility model).', tasks: ['os-patching'], citations: [SRM] },
  {
    duty: 'engine-install',
    owner: 'you',
    note: 'Customer: drivers, CUDA, frameworks, the notebook hub, the training scheduler and the model servers are all application software the customer installs.',
    tasks: ['image-driver-upkeep', 'notebook-environment', 'training-infra', 'serving-deployments'],
    citations: [SRM],
  },
  { duty: 'engine-patching', owner: 'you', note: 'Customer: tracking driver, CUDA and framework releases and rebuilding images.', tasks: ['image-driver-upkeep'], citations: [SRM] },
  {
    duty: 'backups',
    owner: 'you',
    note: 'Customer: notebook storage, the experiment-tracking server and checkpoints. No separate task: assumed to be part of the notebook-platform and training-infrastructure upkeep hours.',
    tasks: ['notebook-environment', 'training-infra'],
    citations: [SRM, SOURCES.modelAssumption],
  },
  {
    duty: 'high-availability',
    owner: 'you',
    note: 'Customer: load balancer, health checks and instances in more than one AZ for each endpoint.',
    tasks: ['serving-deployments', 'autoscaling'],
    citations: [SRM],
  },
  {
    duty: 'scaling',
    owner: 'you',
    note: 'Customer: Auto Scaling groups and policies for serving; the job scheduler for training capacity.',
    tasks: ['autoscaling', 'training-infra'],
    citations: [SRM],
  },
  { duty: 'monitoring', owner: 'you', note: 'Customer: host, GPU and model-server metrics, logs and alerts.', tasks: ['monitoring-oncall'], citations: [SRM] },
  { duty: 'security-configuration', owner: 'you', note: 'Customer: IAM roles, OS hardening, image scanning and access reviews.', tasks: ['security-compliance'], citations: [SRM] },
  { duty: 'encryption-keys', owner: 'you', note: 'Customer: KMS keys for EBS volumes and S3 buckets.', tasks: ['security-compliance'], citations: [SRM] },
  { duty: 'network-isolation', owner: 'you', note: 'Customer: VPC design and the security group firewall (AWS shared responsibility model).', tasks: ['security-compliance'], citations: [SRM] },
  { duty: 'application-optimization', owner: 'you', note: 'Customer on every platform: model performance and cost tuning.', tasks: ['model-optimization'], citations: [RDS_TABLE] },
]);

const EKS_SRM = SOURCES.eksSharedResponsibility;
const EKS_RELIABILITY = SOURCES.eksReliability;
const EKS_MNG = SOURCES.eksManagedNodeGroups;

const EKS_ML = entries('eks-ml', [
  { duty: 'power-network-cooling', owner: 'aws', note: 'AWS: the facilities and hardware under the worker nodes and the control plane.', citations: [EKS_SRM] },
  { duty: 'hardware-lifecycle', owner: 'aws', note: 'AWS: the facilities and hardware under the worker nodes and the control plane.', citations: [EKS_SRM] },
  { duty: 'server-maintenance', owner: 'aws', note: 'AWS: runs the control plane nodes and the hosts under the worker nodes.', citations: [EKS_SRM] },
  {
    duty: 'os-installation',
    owner: 'shared',
    note: 'Shared: AWS runs the control plane nodes and builds EKS-optimized (including GPU) AMIs; managed node groups provision the workers. You choose the AMI or a custom launch template and define the node groups.',
    tasks: ['cluster-upkeep', 'image-driver-upkeep'],
    citations: [EKS_SRM, EKS_MNG],
  },
  {
    duty: 'os-patching',
    owner: 'shared',
    note: 'Shared: EKS builds patched AMIs when fixes are published; you deploy them to your managed node groups (and patch custom AMIs yourself).',
    tasks: ['os-patching'],
    citations: [EKS_MNG, EKS_SRM],
  },
  {
    duty: 'engine-install',
    owner: 'you',
    note: 'Customer: the control plane is AWS\'s, but cluster add-ons (ingress, autoscaler, GPU device plugin), the ML stack, notebooks, training operators and model servers are yours.',
    tasks: ['cluster-upkeep', 'image-driver-upkeep', 'notebook-environment', 'training-infra', 'serving-deployments'],
    citations: [EKS_SRM],
  },
  {
    duty: 'engine-patching',
    owner: 'shared',
    note: 'Shared: AWS patches the control plane; you start Kubernetes minor-version upgrades within the support window and upgrade add-ons, drivers and frameworks.',
    tasks: ['cluster-upkeep', 'image-driver-upkeep'],
    citations: [EKS_SRM, SOURCES.eksVersionLifecycle],
  },
  {
    duty: 'backups',
    owner: 'you',
    note: 'Customer: notebook volumes, tracking-server state and checkpoints (etcd is part of the AWS-run control plane). No separate task: assumed to be part of the notebook-platform and training-infrastructure upkeep hours.',
    tasks: ['notebook-environment', 'training-infra'],
    citations: [EKS_SRM, SOURCES.modelAssumption],
  },
  {
    duty: 'high-availability',
    owner: 'shared',
    note: 'Shared: AWS runs the control plane across three AZs and replaces unhealthy control plane nodes; data-plane reliability (node groups across AZs, replicas, disruption budgets) is shared and mostly yours.',
    tasks: ['serving-deployments', 'autoscaling', 'cluster-upkeep'],
    citations: [EKS_RELIABILITY],
  },
  {
    duty: 'scaling',
    owner: 'you',
    note: 'Customer: you run the cluster autoscaler and pod autoscalers (managed node groups are tagged for the autoscaler) and schedule training jobs.',
    tasks: ['autoscaling', 'training-infra'],
    citations: [EKS_MNG],
  },
  { duty: 'monitoring', owner: 'you', note: 'Customer: cluster, node, GPU and workload monitoring.', tasks: ['monitoring-oncall'], citations: [EKS_SRM] },
  {
    duty: 'security-configuration',
    owner: 'you',
    note: 'Customer: worker-node and container configuration, platform IAM and Kubernetes RBAC, pod security.',
    tasks: ['security-compliance', 'cluster-upkeep'],
    citations: [EKS_SRM],
  },
  { duty: 'encryption-keys', owner: 'you', note: 'Customer: KMS keys for node volumes, S3 and Kubernetes secrets.', tasks: ['security-compliance'], citations: [EKS_SRM] },
  {
    duty: 'network-isolation',
    owner: 'you',
    note: 'Customer: data-plane security groups (including those from the control plane into your VPC) and network controls such as firewall rules.',
    tasks: ['security-compliance', 'cluster-upkeep'],
    citations: [EKS_SRM],
  },
  { duty: 'application-optimization', owner: 'you', note: 'Customer on every platform: model performance and cost tuning.', tasks: ['model-optimization'], citations: [RDS_TABLE] },
]);

const SM_TRAINING = SOURCES.sagemakerTraining;
const SM_PROCESSING = SOURCES.sagemakerProcessing;

const SAGEMAKER = entries('sagemaker', [
  { duty: 'power-network-cooling', owner: 'aws', note: 'AWS: SageMaker runs on ML compute instances it manages.', citations: [SM_TRAINING, SM_PROCESSING] },
  { duty: 'hardware-lifecycle', owner: 'aws', note: 'AWS: SageMaker runs on ML compute instances it manages.', citations: [SM_TRAINING, SM_PROCESSING] },
  { duty: 'server-maintenance', owner: 'aws', note: 'AWS: SageMaker runs on ML compute instances it manages.', citations: [SM_TRAINING, SM_PROCESSING] },
  {
    duty: 'os-installation',
    owner: 'aws',
    note: 'AWS: training, processing and hosting instances are provisioned by SageMaker; notebook instances and Studio apps start from AWS images.',
    citations: [SM_TRAINING, SM_PROCESSING, SOURCES.sagemakerNotebookUpdates],
  },
  {
    duty: 'os-patching',
    owner: 'shared',
    note: 'Shared: AWS releases kernel and security patches, but does not update a notebook instance or Studio app while it is in service; you restart them to take the updates. Job and endpoint instances are AWS-managed.',
    tasks: ['notebook-environment'],
    components: [
      { component: 'notebooks', owner: 'shared', note: 'AWS releases patches; you stop and restart notebook instances and Studio apps to apply them.' },
      { component: 'training', owner: 'aws', note: 'Each job runs on ML compute instances SageMaker launches and manages.' },
      { component: 'processing', owner: 'aws', note: 'Provisioned for the job and cleaned up when it completes.' },
      {
        component: 'hosting',
        owner: 'aws',
        note: 'Endpoint instances are managed by SageMaker; we found no AWS page stating how and when they are patched (not verified).',
      },
    ],
    citations: [SOURCES.sagemakerNotebookUpdates, SOURCES.sagemakerStudioUpdates, SM_TRAINING, SM_PROCESSING],
  },
  {
    duty: 'engine-install',
    owner: 'shared',
    note: 'Shared: AWS provides and maintains pre-built framework containers; you choose them, extend them or bring your own image, and install notebook packages (lifecycle configurations).',
    tasks: ['image-driver-upkeep', 'notebook-environment'],
    citations: [SOURCES.sagemakerContainers],
  },
  {
    duty: 'engine-patching',
    owner: 'shared',
    note: 'Shared: AWS publishes updated framework containers; you move jobs and endpoints to new versions and rebuild any custom image.',
    tasks: ['image-driver-upkeep'],
    citations: [SOURCES.sagemakerContainers],
  },
  {
    duty: 'backups',
    owner: 'shared',
    note: 'Shared: SageMaker writes model artefacts and job output to the S3 bucket you name; you own that bucket\'s versioning and retention, and your notebooks\' contents.',
    tasks: ['notebook-environment', 'training-infra'],
    citations: [SM_TRAINING, SOURCES.sagemakerTrainingOutput],
  },
  {
    duty: 'high-availability',
    owner: 'shared',
    note: 'Shared: SageMaker manages endpoint instances and spreads a variant with more than one instance across AZs; you choose at least two instances and subnets in two AZs. Managed spot training resumes from checkpoints you configure.',
    tasks: ['serving-deployments', 'training-infra'],
    components: [
      { component: 'hosting', owner: 'shared', note: 'Multi-AZ redundancy managed by SageMaker once a variant has more than one instance.' },
      { component: 'training', owner: 'shared', note: 'SageMaker handles Spot interruptions; your checkpoints let jobs resume.' },
    ],
    citations: [SOURCES.sagemakerRealtimeEndpoints, SOURCES.securityHubSageMaker4, SOURCES.sagemakerManagedSpot],
  },
  {
    duty: 'scaling',
    owner: 'shared',
    note: 'Shared: SageMaker adds and removes endpoint instances under a scaling policy you define and load-test; jobs get the instances you request.',
    tasks: ['autoscaling'],
    components: [
      { component: 'hosting', owner: 'shared', note: 'You define and load-test the scaling policy; SageMaker applies it.' },
      { component: 'training', owner: 'aws', note: 'SageMaker launches the instance count you request per job.' },
      { component: 'processing', owner: 'aws', note: 'Cluster resources are provisioned for the duration of the job.' },
    ],
    citations: [SOURCES.sagemakerAutoScaling, SM_TRAINING, SM_PROCESSING],
  },
  {
    duty: 'monitoring',
    owner: 'you',
    note: 'Customer: SageMaker publishes CloudWatch metrics and logs; watching latency, errors and model quality and acting on alarms is yours.',
    tasks: ['monitoring-oncall'],
    citations: [SM_PROCESSING],
  },
  {
    duty: 'security-configuration',
    owner: 'you',
    note: 'Customer: IAM execution roles, who may call SageMaker APIs, and whether notebook users have root access (on by default).',
    tasks: ['security-compliance'],
    citations: [SOURCES.sagemakerNotebookRootAccess, SOURCES.sagemakerInfrastructureSecurity],
  },
  {
    duty: 'encryption-keys',
    owner: 'you',
    note: 'Customer: the KMS keys for S3 data and ML volumes (instance OS volumes use an AWS managed key).',
    tasks: ['security-compliance'],
    citations: [SOURCES.sagemakerKeyManagement],
  },
  {
    duty: 'network-isolation',
    owner: 'you',
    note: 'Customer: VPC configuration for notebooks, training, processing and endpoints, and internet-free container mode.',
    tasks: ['security-compliance'],
    citations: [SOURCES.sagemakerInfrastructureSecurity],
  },
  { duty: 'application-optimization', owner: 'you', note: 'Customer on every platform: model performance and cost tuning.', tasks: ['model-optimization'], citations: [RDS_TABLE] },
]);

export const RESPONSIBILITY_MATRIX: Readonly<Record<DeploymentId, readonly ResponsibilityEntry[]>> = {
  'ec2-db': EC2_DB,
  rds: RDS,
  aurora: AURORA,
  'ec2-ml': EC2_ML,
  'eks-ml': EKS_ML,
  sagemaker: SAGEMAKER,
};

export function responsibilityMatrix(deployment: DeploymentId): readonly ResponsibilityEntry[] {
  return RESPONSIBILITY_MATRIX[deployment];
}

/** How a duty reads on a deployment: database wording for database deployments, ML wording otherwise. */
export function dutyLabel(duty: DutyId, deployment: DeploymentId): string {
  const d = dutyById(duty);
  return isDatabaseDeployment(deployment) ? d.databaseLabel : d.mlLabel;
}

/** A row of AWS's RDS responsibility table as published: the feature and "Customer" or "AWS". */
export interface PublishedRow {
  readonly feature: string;
  readonly owner: 'Customer' | 'AWS';
}

/**
 * The matrix of a database deployment restricted to the rows of AWS's RDS table, in the table's
 * order and wording, for comparing with the published table (test/tradeoffs). Only ec2-db and
 * rds are columns of that table.
 */
export function awsPublishedRows(deployment: 'ec2-db' | 'rds'): readonly PublishedRow[] {
  const rows: PublishedRow[] = [];
  for (const entry of RESPONSIBILITY_MATRIX[deployment]) {
    const row = dutyById(entry.duty).awsTableRow;
    if (row === null) continue;
    if (entry.owner === 'shared') throw new Error(`${deployment}: AWS's table has no shared rows (${row})`);
    rows.push({ feature: row, owner: entry.owner === 'aws' ? 'AWS' : 'Customer' });
  }
  // AWS lists the rows from application optimisation down to power, network and cooling.
  return rows.reverse();
}

/** Counts of duties per owner, for summaries ("you own 12 of 15 duties"). */
export function ownerCounts(deployment: DeploymentId): Readonly<Record<Owner, number>> {
  const counts: Record<Owner, number> = { aws: 0, you: 0, shared: 0 };
  for (const e of RESPONSIBILITY_MATRIX[deployment]) counts[e.owner]++;
  return counts;
}
