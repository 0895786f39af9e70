import { deploymentFor } from '../model/options';
import type { DeploymentId } from '../model/ops-tasks';
import type { DatabaseWorkload, MlWorkload, OptionId, Scenario } from '../model/scenario-schema';

/** One deployment an option uses, with the workloads it runs. */
export interface OptionDeployment {
  readonly deployment: DeploymentId;
  readonly databases: readonly DatabaseWorkload[];
  readonly ml: readonly MlWorkload[];
}

/**
 * The deployments an option runs the scenario's workloads on, databases first: the same split
 * buildOptionLines (src/model/estimate.ts) uses for the ops-effort lines, so trade-off figures
 * count the same units as the hours they sit next to.
 */
export function optionDeployments(scenario: Scenario, option: OptionId): readonly OptionDeployment[] {
  const databases = scenario.workloads.filter((w): w is DatabaseWorkload => w.kind === 'database');
  const ml = scenario.workloads.filter((w): w is MlWorkload => w.kind === 'ml-platform');
  const out: OptionDeployment[] = [];
  if (databases.length > 0) out.push({ deployment: deploymentFor(option, 'database'), databases, ml: [] });
  if (ml.length > 0) out.push({ deployment: deploymentFor(option, 'ml-platform'), databases: [], ml });
  return out;
}
