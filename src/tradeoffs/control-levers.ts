import { SOURCES, type Citation, type Provenance } from '../model/citation';
import { LICENCE_SOURCES } from '../model/licence-sources';
import type { DeploymentId } from '../model/ops-tasks';

/**
 * Control levers: what each deployment lets you choose, on one comparable list (issue 8). The
 * level says how much of the lever you hold; the note says what exactly, and the citation where
 * it is documented. Levels describe control only: the effort of using a lever is priced in the
 * ops-effort model, not here.
 */
export const LEVER_IDS = [
  'instance-sizing',
  'os-kernel-access',
  'engine-versions',
  'custom-containers-drivers',
  'networking',
  'autoscaling-policy',
  'deployment-strategy',
  'distributed-training',
] as const;
export type LeverId = (typeof LEVER_IDS)[number];

export const LEVER_LABELS: Readonly<Record<LeverId, string>> = {
  'instance-sizing': 'Instance sizing',
  'os-kernel-access': 'OS and kernel access',
  'engine-versions': 'Engine / framework versions and extensions',
  'custom-containers-drivers': 'Custom containers and drivers',
  networking: 'Networking',
  'autoscaling-policy': 'Autoscaling policy',
  'deployment-strategy': 'Deployment strategy (blue/green, canary)',
  'distributed-training': 'Distributed training',
};

/**
 * - full: you choose freely (and build what you choose)
 * - partial: you choose within what the service offers
 * - none: the service decides
 * - not-applicable: the lever does not exist for this kind of workload
 */
export type LeverLevel = 'full' | 'partial' | 'none' | 'not-applicable';

export interface ControlLever {
  readonly lever: LeverId;
  readonly level: LeverLevel;
  readonly note: string;
  readonly provenance: Provenance;
}

type LeverSpec = Omit<ControlLever, 'provenance'> & { readonly citations: readonly Citation[] };

function levers(deployment: DeploymentId, specs: readonly LeverSpec[]): ControlLever[] {
  const list = LEVER_IDS.map((id) => {
    const spec = specs.find((s) => s.lever === id);
    if (!spec) throw new Error(`control levers for ${deployment}: ${id} missing`);
    const { citations, ...rest } = spec;
    return { ...rest, provenance: { citations, rationale: rest.note } };
  });
  if (specs.length !== LEVER_IDS.length) throw new Error(`control levers for ${deployment}: each lever once`);
  return list;
}

const SRM = SOURCES.awsSharedResponsibilityModel;
const RDS_GUIDE = SOURCES.awsRdsResponsibility;
const A = SOURCES.modelAssumption;
const DATABASE_NA = 'Not a lever for a database workload.';

const EC2_DB = levers('ec2-db', [
  { lever: 'instance-sizing', level: 'full', note: 'Any EC2 instance type; CPU, memory, storage and IOPS sized independently.', citations: [RDS_GUIDE] },
  { lever: 'os-kernel-access', level: 'full', note: 'Root on the guest OS: kernel parameters, file systems, huge pages.', citations: [SRM] },
  {
    lever: 'engine-versions',
    level: 'full',
    note: 'Any engine version or build, any extension, including ones you compile; for SQL Server and Oracle, any edition and option your licences cover.',
    citations: [SRM],
  },
  { lever: 'custom-containers-drivers', level: 'not-applicable', note: DATABASE_NA, citations: [A] },
  { lever: 'networking', level: 'full', note: 'VPC, subnets, security groups, and the host network stack.', citations: [SRM] },
  { lever: 'autoscaling-policy', level: 'full', note: 'Whatever resize and replica automation you build.', citations: [SRM] },
  { lever: 'deployment-strategy', level: 'full', note: 'Any upgrade or cut-over method you build (replica promotion, logical replication).', citations: [SRM] },
  { lever: 'distributed-training', level: 'not-applicable', note: DATABASE_NA, citations: [A] },
]);

const RDS = levers('rds', [
  { lever: 'instance-sizing', level: 'partial', note: 'DB instance classes RDS offers; change class when needs change.', citations: [RDS_GUIDE] },
  {
    lever: 'os-kernel-access',
    level: 'none',
    note: 'No shell or host access; some system procedures and tables are restricted (on SQL Server no sysadmin role, on Oracle no SYSDBA). RDS Custom, which gives host access, is not modelled.',
    citations: [SOURCES.rdsPostgresql, LICENCE_SOURCES.awsRdsSqlServerLimits, LICENCE_SOURCES.awsRdsOracleLimits],
  },
  {
    lever: 'engine-versions',
    level: 'partial',
    note: 'Engine versions from the list RDS supports; engine settings through DB parameter groups; without host access or full privileges you cannot install your own builds or arbitrary extensions.',
    citations: [SOURCES.rdsPostgresql, RDS_GUIDE],
  },
  { lever: 'custom-containers-drivers', level: 'not-applicable', note: DATABASE_NA, citations: [A] },
  {
    lever: 'networking',
    level: 'partial',
    note: 'Your VPC: IP ranges, subnets, routing and security groups; not the host network stack.',
    citations: [RDS_GUIDE],
  },
  {
    lever: 'autoscaling-policy',
    level: 'partial',
    note: 'You choose instance class changes and read replicas; AWS carries them out (AWS table: scaling is AWS\'s task).',
    citations: [RDS_GUIDE],
  },
  {
    lever: 'deployment-strategy',
    level: 'partial',
    note: 'RDS Blue/Green Deployments for upgrades and schema changes, where your engine is supported (the version of the page we read listed MySQL and MariaDB only); otherwise RDS-applied upgrades in a maintenance window.',
    citations: [SOURCES.rdsBlueGreen],
  },
  { lever: 'distributed-training', level: 'not-applicable', note: DATABASE_NA, citations: [A] },
]);

/**
 * Aurora is an RDS engine: RDS's levels, lever for lever; the notes say what differs (its own
 * instance classes and versions, a storage volume nobody sizes, replicas and their autoscaling).
 */
const AURORA_NOTES: Partial<Record<LeverId, { readonly note: string; readonly citations: readonly Citation[] }>> = {
  'instance-sizing': {
    note: 'DB instance classes Aurora offers (a subset of RDS\'s); storage is not sized at all: the cluster volume grows with the data.',
    citations: [RDS_GUIDE, SOURCES.auroraStorage],
  },
  'os-kernel-access': { note: 'No shell or host access, and none to the storage layer, which is Aurora\'s own.', citations: [SOURCES.auroraStorage] },
  'engine-versions': {
    note: 'Aurora engine versions (PostgreSQL- or MySQL-compatible, released after the community versions); settings through cluster and instance parameter groups; only the extensions Aurora supports.',
    citations: [RDS_GUIDE],
  },
  networking: { note: 'Your VPC: IP ranges, subnets, routing and security groups; the writer and reader endpoints are Aurora\'s.', citations: [RDS_GUIDE] },
  'autoscaling-policy': {
    note: 'You choose the instance class and the number of Aurora Replicas (up to 15), which Aurora Auto Scaling can add and remove by policy; AWS carries them out.',
    citations: [SOURCES.auroraHighAvailability],
  },
  'deployment-strategy': {
    note: 'Blue/Green Deployments for testing upgrades where your engine is supported; otherwise Aurora-applied upgrades in a maintenance window.',
    citations: [SOURCES.rdsBlueGreen],
  },
};
const AURORA = levers(
  'aurora',
  RDS.map((l): LeverSpec => ({ lever: l.lever, level: l.level, ...(AURORA_NOTES[l.lever] ?? { note: l.note, citations: l.provenance.citations }) })),
);

const EC2_ML = levers('ec2-ml', [
  { lever: 'instance-sizing', level: 'full', note: 'Any EC2 instance type, including every GPU family.', citations: [SRM] },
  { lever: 'os-kernel-access', level: 'full', note: 'Root on every host.', citations: [SRM] },
  { lever: 'engine-versions', level: 'full', note: 'Any framework, CUDA and driver combination you can build and test.', citations: [SRM] },
  { lever: 'custom-containers-drivers', level: 'full', note: 'Any container runtime, GPU driver and kernel module.', citations: [SRM] },
  { lever: 'networking', level: 'full', note: 'VPC, security groups and the host network stack (for example EFA for multi-node training).', citations: [SRM] },
  { lever: 'autoscaling-policy', level: 'full', note: 'Any Auto Scaling group policy or custom scaler.', citations: [SRM] },
  { lever: 'deployment-strategy', level: 'full', note: 'Any release method you build and maintain (blue/green, canary, shadow).', citations: [SRM] },
  { lever: 'distributed-training', level: 'full', note: 'Any framework and topology; you build the cluster and the launcher.', citations: [SRM] },
]);

const EKS_ML = levers('eks-ml', [
  {
    lever: 'instance-sizing',
    level: 'full',
    note: 'Node groups of any EC2 instance types, several per cluster (for example CPU and GPU groups).',
    citations: [SOURCES.eksManagedNodeGroups],
  },
  {
    lever: 'os-kernel-access',
    level: 'full',
    note: 'Worker nodes are yours: custom AMIs and kubelet arguments through launch templates. The control plane hosts are not accessible.',
    citations: [SOURCES.eksManagedNodeGroups, SOURCES.eksSharedResponsibility],
  },
  { lever: 'engine-versions', level: 'full', note: 'Any framework in your images; Kubernetes versions from those EKS supports.', citations: [SOURCES.eksVersionLifecycle] },
  {
    lever: 'custom-containers-drivers',
    level: 'full',
    note: 'Any container image; GPU drivers through EKS GPU AMIs or your own AMI and the device plugin.',
    citations: [SOURCES.eksManagedNodeGroups],
  },
  {
    lever: 'networking',
    level: 'full',
    note: 'VPC, data-plane security groups and Kubernetes network controls are yours.',
    citations: [SOURCES.eksSharedResponsibility],
  },
  {
    lever: 'autoscaling-policy',
    level: 'full',
    note: 'Pod and cluster autoscalers you configure; managed nodes are tagged for the Cluster Autoscaler.',
    citations: [SOURCES.eksManagedNodeGroups],
  },
  { lever: 'deployment-strategy', level: 'full', note: 'Kubernetes rolling updates plus any blue/green or canary tooling you run.', citations: [SOURCES.eksApiOverview] },
  { lever: 'distributed-training', level: 'full', note: 'Any Kubernetes training operator and topology you install and run.', citations: [SOURCES.eksApiOverview] },
]);

const SAGEMAKER = levers('sagemaker', [
  {
    lever: 'instance-sizing',
    level: 'partial',
    note: 'ml.* instance types, and not every type for every component in every AZ.',
    citations: [SOURCES.sagemakerInstanceTypes],
  },
  {
    lever: 'os-kernel-access',
    level: 'partial',
    note: 'Root on notebook instances (on by default, can be disabled); on training, processing and hosting you control only the container.',
    citations: [SOURCES.sagemakerNotebookRootAccess, SOURCES.sagemakerTraining],
  },
  {
    lever: 'engine-versions',
    level: 'partial',
    note: 'Framework versions of the pre-built containers, or any version in your own container (which must follow SageMaker\'s container contract).',
    citations: [SOURCES.sagemakerContainers, SOURCES.sagemakerTrainingOutput],
  },
  {
    lever: 'custom-containers-drivers',
    level: 'partial',
    note: 'Your own containers, yes; host GPU drivers and AMIs, no (ML compute instances are managed by SageMaker).',
    citations: [SOURCES.sagemakerContainers, SOURCES.sagemakerTraining],
  },
  {
    lever: 'networking',
    level: 'partial',
    note: 'VPC subnets and security groups for notebooks, jobs and endpoints; internet-free containers; not the host network stack.',
    citations: [SOURCES.sagemakerInfrastructureSecurity],
  },
  {
    lever: 'autoscaling-policy',
    level: 'partial',
    note: 'Scaling policies on endpoint variants (Application Auto Scaling); no control of the scaler itself.',
    citations: [SOURCES.sagemakerAutoScaling],
  },
  {
    lever: 'deployment-strategy',
    level: 'partial',
    note: 'Built-in blue/green (all at once, canary, linear) with auto-rollback; other strategies you would build around the endpoint API.',
    citations: [SOURCES.sagemakerDeploymentGuardrails],
  },
  {
    lever: 'distributed-training',
    level: 'partial',
    note: 'Multi-instance jobs and SageMaker\'s data/model parallel libraries, which run only in AWS deep learning containers (TensorFlow, PyTorch, Hugging Face).',
    citations: [SOURCES.sagemakerDistributedTraining],
  },
]);

export const CONTROL_LEVERS: Readonly<Record<DeploymentId, readonly ControlLever[]>> = {
  'ec2-db': EC2_DB,
  rds: RDS,
  aurora: AURORA,
  'ec2-ml': EC2_ML,
  'eks-ml': EKS_ML,
  sagemaker: SAGEMAKER,
};

export function controlLevers(deployment: DeploymentId): readonly ControlLever[] {
  return CONTROL_LEVERS[deployment];
}

/**
 * Points per level for the scorecard's "control" criterion: full 5, partial 3, none 1 (an
 * assumption: equal steps, every lever weighted equally). Not-applicable levers are left out.
 */
export const LEVER_POINTS: Readonly<Record<Exclude<LeverLevel, 'not-applicable'>, number>> = { full: 5, partial: 3, none: 1 };

/** Mean lever points over the applicable levers of the given deployments (1–5). */
export function controlPoints(deployments: readonly DeploymentId[]): number {
  let sum = 0;
  let n = 0;
  for (const d of deployments) {
    for (const l of CONTROL_LEVERS[d]) {
      if (l.level === 'not-applicable') continue;
      sum += LEVER_POINTS[l.level];
      n++;
    }
  }
  return n === 0 ? 3 : sum / n;
}
