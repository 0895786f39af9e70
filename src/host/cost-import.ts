import type { CostImportPlan, CostImportRequest } from '../contract/host-api';
import type { ImportedSpend } from '../analysis/imported-spend';
import type { AwsConnection } from '../aws/aws-client-options';
import { AwsFailure } from '../aws/aws-failure';
import { CacheWriteError, type FileWriter } from '../aws/cache/cache-write-error';
import { costCachePath, reusableCachedImport, reusableImport, writeCostCache } from '../aws/cost-explorer/cost-cache';
import { lastCompleteMonths } from '../aws/cost-explorer/import-period';
import { createCostExplorerClient } from '../aws/cost-explorer/cost-explorer-client';
import { importCosts } from '../aws/cost-explorer/cost-import';
import { describeImportPlan, planCostImport } from '../aws/cost-explorer/import-plan';
import type { RetryPolicy } from '../aws/retry';
import { HostError } from './host-error';

export function costImportPlan(months: number): CostImportPlan {
  const plan = planCostImport(months);
  return {
    requests: plan.minimumRequests,
    costUsd: plan.minimumUsd,
    maxRequests: plan.maximumRequests,
    maxCostUsd: plan.maximumUsd,
    description: describeImportPlan(plan),
  };
}

export interface CostImporterDeps {
  readonly cacheDir: string;
  readonly connection: Omit<AwsConnection, 'profile'>;
  readonly retry?: RetryPolicy | undefined;
  readonly now: () => Date;
  readonly onWarning?: ((message: string) => void) | undefined;
  /**
   * Imports that were paid for but could not be cached (a full or read-only cache folder), by
   * cache path: kept for as long as the host runs, so asking again shows them without a new charge.
   */
  readonly unsaved?: Map<string, ImportedSpend>;
  /** How the cache file is written (the atomic write); another writer simulates a full disk. */
  readonly writeFile?: FileWriter;
}

/**
 * Cost Explorer import for the Actuals screen, the same steps as `tco-studio costs import`:
 * nothing is requested until the user has seen the cost and agreed; an import of the same months
 * within a day is read back from the cache for free; a new import is cached atomically.
 */
export async function importCostsForUi(request: CostImportRequest, defaultProfile: string | undefined, deps: CostImporterDeps): Promise<ImportedSpend> {
  if (!request.confirmed) {
    throw new HostError(`the Cost Explorer charge was not accepted; nothing was requested (${costImportPlan(request.months).description})`);
  }
  const profile = request.profile ?? defaultProfile;
  const now = deps.now();
  const path = costCachePath(deps.cacheDir, profile);
  const reuse = reusableCachedImport(path, request.months, now, (problem) => deps.onWarning?.(problem));
  if (reuse) return reuse;
  const kept = reusableImport(deps.unsaved?.get(path), lastCompleteMonths(request.months, now), now);
  if (kept) {
    // Still not in the cache: try again, so freed space is used; the import is shown either way.
    try {
      writeCostCache(path, kept, deps.writeFile);
      deps.unsaved?.delete(path);
    } catch (error) {
      if (!(error instanceof CacheWriteError)) throw error;
      deps.onWarning?.(`${error.message}; showing the import kept in memory`);
    }
    return kept;
  }

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
  try {
    writeCostCache(path, spend, deps.writeFile);
  } catch (error) {
    if (!(error instanceof CacheWriteError)) throw error;
    deps.unsaved?.set(path, spend);
    const keep = deps.unsaved ? 'the import is kept in memory until the app closes: import again to see it without a new charge' : 'the import was not saved';
    throw new HostError(`${error.message}; ${keep}, or free space in that folder`);
  }
  return spend;
}
