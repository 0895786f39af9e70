import type { DeploymentId } from './ops-tasks';
import type { DatabaseWorkload, MlWorkload, OptionId, Scenario, Workload } from './scenario-schema';

/** How each option runs each kind of workload. */
export function deploymentFor(option: OptionId, kind: Workload['kind']): DeploymentId {
  if (kind === 'database') return option === 'managed' ? 'rds' : option === 'aurora' ? 'aurora' : 'ec2-db';
  // Aurora is a database service: under the aurora option, ML runs on SageMaker as under managed.
  if (option === 'managed' || option === 'aurora') return 'sagemaker';
  return option === 'eks' ? 'eks-ml' : 'ec2-ml';
}

/** One deployment an option uses, with the workloads it runs. */
export interface OptionDeployment {
  readonly deployment: DeploymentId;
  readonly databases: readonly DatabaseWorkload[];
  readonly ml: readonly MlWorkload[];
}

/**
 * The deployments an option runs the scenario's workloads on, databases first. The estimate's
 * ops-effort lines, time to value and exit effort all split workloads this way, so trade-off
 * figures count the same units as the hours they sit next to.
 */
export function optionDeployments(scenario: Scenario, option: OptionId): readonly OptionDeployment[] {
  const databases = scenario.workloads.filter((w): w is DatabaseWorkload => w.kind === 'database');
  const ml = scenario.workloads.filter((w): w is MlWorkload => w.kind === 'ml-platform');
  const out: OptionDeployment[] = [];
  if (databases.length > 0) out.push({ deployment: deploymentFor(option, 'database'), databases, ml: [] });
  if (ml.length > 0) out.push({ deployment: deploymentFor(option, 'ml-platform'), databases: [], ml });
  return out;
}

/** The options a scenario compares: its explicit list, or EC2 vs managed (plus EKS when it has ML). */
export function optionsFor(scenario: Scenario): readonly OptionId[] {
  if (scenario.options) return scenario.options;
  const hasMl = scenario.workloads.some((w) => w.kind === 'ml-platform');
  return hasMl ? ['ec2', 'eks', 'managed'] : ['ec2', 'managed'];
}

export function optionLabel(option: OptionId, scenario: Scenario): string {
  const hasDb = scenario.workloads.some((w) => w.kind === 'database');
  const hasMl = scenario.workloads.some((w) => w.kind === 'ml-platform');
  switch (option) {
    case 'ec2':
      return 'Self-managed on EC2';
    case 'eks':
      return hasDb ? 'Self-managed on EKS (databases on EC2)' : 'Self-managed on EKS';
    case 'managed':
      if (hasDb && hasMl) return 'Managed (RDS + SageMaker)';
      return hasDb ? 'Managed: Amazon RDS' : 'Managed: Amazon SageMaker';
    case 'aurora':
      return hasMl ? 'Managed (Aurora + SageMaker)' : 'Managed: Amazon Aurora';
  }
}

export const DEPLOYMENT_LABELS: Readonly<Record<DeploymentId, string>> = {
  'ec2-db': 'Self-managed database on EC2',
  rds: 'Amazon RDS',
  aurora: 'Amazon Aurora',
  'ec2-ml': 'Self-managed ML platform on EC2',
  'eks-ml': 'Self-managed ML platform on EKS',
  sagemaker: 'Amazon SageMaker',
};
