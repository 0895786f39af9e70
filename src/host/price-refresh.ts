import type { RefreshProgress, RefreshRequest, RefreshSummary } from '../contract/host-api';
import type { AwsConnection } from '../aws/aws-client-options';
import { AwsFailure } from '../aws/aws-failure';
import { CacheWriteError } from '../aws/cache/cache-write-error';
import type { RefreshObserver, RefreshProgress as AwsRefreshProgress } from '../aws/progress';
import { refreshPrices, type PriceRefreshRequest } from '../aws/refresh-prices';
import type { RetryPolicy } from '../aws/retry';
import { priceKeysOfScenario, starterPriceKeys } from '../aws/scenario-price-keys';
import { ScenarioError } from '../model/errors';
import { parseScenarioJson } from '../model/parse-scenario';
import { HostError } from './host-error';

/** Progress events closer together than this are dropped (an offer file reports thousands); phase changes always pass. */
const PROGRESS_INTERVAL_MS = 100;

/** Thrown from the progress observer to stop a cancelled refresh at its next step, before it writes anything. */
class RefreshCancelled extends Error {
  override readonly name = 'RefreshCancelled';
}

export interface PriceRefresherDeps {
  readonly cacheDir: string;
  readonly connection: Omit<AwsConnection, 'profile'>;
  readonly retry?: RetryPolicy | undefined;
  readonly emit: (progress: RefreshProgress) => void;
  /** Milliseconds clock (tests make it deterministic). */
  readonly clock?: () => number;
}

export function toContractProgress(p: AwsRefreshProgress): RefreshProgress {
  return {
    phase: p.phase,
    items: p.itemsDone,
    totalItems: p.itemsTotal,
    bytes: p.bytesDone,
    totalBytes: p.bytesTotal,
    etaSeconds: p.etaMs === undefined ? undefined : Math.round(p.etaMs / 1000),
    message: p.label,
  };
}

/**
 * Price refreshes started from the UI: one at a time, with progress pushed to the renderer and a
 * cancel that answers at once. The AWS refresh writes the cache only after it has everything, so
 * a cancel (or a failure) changes nothing on disk: the cancelled run stops at its next progress
 * step, at the latest just before the write.
 */
export class PriceRefresher {
  private cancelRunning: (() => void) | undefined;

  constructor(private readonly deps: PriceRefresherDeps) {}

  cancel(): void {
    this.cancelRunning?.();
  }

  async refresh(request: RefreshRequest, defaultProfile: string | undefined): Promise<RefreshSummary> {
    if (this.cancelRunning) throw new HostError('a price refresh is already running; wait for it to finish or cancel it');
    const plan = refreshPlan(request);
    const profile = request.profile ?? defaultProfile;
    const clock = this.deps.clock ?? Date.now;

    let cancelled = false;
    let onCancel: (value: 'cancelled') => void = () => {};
    const cancelSignal = new Promise<'cancelled'>((resolve) => (onCancel = resolve));
    let last: { phase: string; label: string; at: number } | undefined;
    const observer: RefreshObserver = {
      onProgress: (p) => {
        if (cancelled) throw new RefreshCancelled('cancelled');
        const now = clock();
        const finished = p.itemsTotal !== undefined && p.itemsDone >= p.itemsTotal;
        if (!last || last.phase !== p.phase || finished || now - last.at >= PROGRESS_INTERVAL_MS) {
          last = { phase: p.phase, label: p.label, at: now };
          this.deps.emit(toContractProgress(p));
        }
      },
      onWarning: () => {
        if (cancelled) throw new RefreshCancelled('cancelled');
      },
    };
    this.cancelRunning = () => {
      cancelled = true;
      onCancel('cancelled');
    };
    const work = refreshPrices(plan, {
      connection: { ...this.deps.connection, ...(profile ? { profile } : {}) },
      cacheDir: this.deps.cacheDir,
      observer,
      ...(this.deps.retry ? { retry: this.deps.retry } : {}),
    });
    // After a cancel nobody awaits the run any more; its RefreshCancelled must not surface as unhandled.
    work.catch(() => {});
    try {
      const outcome = await Promise.race([work, cancelSignal]);
      if (outcome === 'cancelled') {
        this.deps.emit({ phase: 'cancelled', items: 0, message: 'cancelled; nothing was changed' });
        return { region: request.region, prices: 0, skipped: 0, warnings: [], cancelled: true };
      }
      const r = outcome.result;
      const skipped = outcome.mode === 'targeted' ? r.notFound.length : r.stats.malformed + r.stats.unusable;
      this.deps.emit({ phase: 'done', items: r.prices.length, totalItems: r.prices.length, message: 'done' });
      return {
        region: request.region,
        prices: r.prices.length,
        skipped,
        warnings: [...r.warnings, ...outcome.replaced.map((p) => `replaced an unreadable cache file: ${p}`)],
        cancelled: false,
      };
    } catch (error) {
      if (error instanceof RefreshCancelled) return { region: request.region, prices: 0, skipped: 0, warnings: [], cancelled: true };
      this.deps.emit({ phase: 'failed', items: 0, message: error instanceof Error ? error.message : String(error) });
      if (error instanceof AwsFailure) {
        throw new HostError(`${error.message}; nothing was changed: prices still come from the cache, then the embedded snapshot`);
      }
      if (error instanceof CacheWriteError) {
        // Price List requests are free: once the folder is writable, refreshing again costs only time.
        throw new HostError(`${error.message}; the prices fetched were not saved and the cached ones are unchanged: free space or fix the folder, then refresh again`);
      }
      throw error;
    } finally {
      this.cancelRunning = undefined;
    }
  }
}

/** What to fetch: the whole regional catalogue, the prices of the open scenario, or those of the starter scenario. */
function refreshPlan(request: RefreshRequest): PriceRefreshRequest {
  if (request.full) return { mode: 'full', region: request.region };
  if (request.scenarioText === undefined) return { mode: 'targeted', keys: starterPriceKeys(request.region) };
  let scenario;
  try {
    scenario = parseScenarioJson(request.scenarioText);
  } catch (error) {
    if (error instanceof ScenarioError) throw new HostError(`the scenario is invalid: ${error.message}`);
    throw error;
  }
  if (scenario.region !== request.region) {
    throw new HostError(`the scenario is priced in ${scenario.region}, not ${request.region}`);
  }
  return { mode: 'targeted', keys: priceKeysOfScenario(scenario) };
}
