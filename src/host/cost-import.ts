import type { CostImportPlan, CostImportRequest } from '../contract/host-api';
import type { ImportedSpend } from '../analysis/imported-spend';
import type { AwsConnection } from '../aws/aws-client-options';
import { AwsFailure } from '../aws/aws-failure';
import { costCachePath, reusableCachedImport, writeCostCache } from '../aws/cost-explorer/cost-cache';
import { createCostExplorerClient } from '../aws/cost-explorer/cost-explorer-client';
import { importCosts } from '../aws/cost-explorer/cost-import';
import { describeImportPlan, planCostImport } from '../aws/cost-explorer/import-plan';
import type { RetryPolicy } from '../aws/retry';
import { HostError } from './host-error';

export function costImportPlan(months: number): CostImportPlan {
  const plan = planCostImport(months);
  return { requests: plan.maximumRequests, costUsd: plan.maximumUsd, description: describeImportPlan(plan) };
}

export interface CostImporterDeps {
  readonly cacheDir: string;
  readonly connection: Omit<AwsConnection, 'profile'>;
  readonly retry?: RetryPolicy | undefined;
  readonly now: () => Date;
  readonly onWarning?: ((message: string) => void) | undefined;
}

/**
 * Cost Explorer import for the Actuals screen, the same steps as `tco-studio costs import`:
 * nothing is requested until the user has seen the cost and agreed; an import of the same months
 * within a day is read back from the cache for free; a new import is cached atomically.
 */
export async function importCostsForUi(request: CostImportRequest, defaultProfile: string | undefined, deps: CostImporterDeps): Promise<ImportedSpend> {
  if (!request.confirmed) {
    throw new HostError(`importCosts: confirmed: the Cost Explorer charge was not accepted; nothing was requested (${costImportPlan(request.months).description})`);
  }
  const profile = request.profile ?? defaultProfile;
  const now = deps.now();
  const path = costCachePath(deps.cacheDir, profile);
  const reuse = reusableCachedImport(path, request.months, now, (problem) => deps.onWarning?.(problem));
  if (reuse) return reuse;

  const client = createCostExplorerClient({ ...deps.connection, ...(profile ? { profile } : {}) });
  let spend: ImportedSpend;
  try {
    spend = await importCosts(client, { months: request.months, now, ...(profile ? { profile } : {}), ...(deps.retry ? { retry: deps.retry } : {}) });
  } catch (error) {
    if (error instanceof AwsFailure) throw new HostError(`${error.message}; nothing was saved`);
    throw error;
  } finally {
    client.destroy();
  }
  writeCostCache(path, spend);
  return spend;
}
