import { layeredCatalogue, type PriceCatalogue } from '../pricing/catalogue';
import type { PriceKey } from '../pricing/price-key';
import type { AwsConnection } from './aws-client-options';
import { defaultCacheDir } from './cache/cache-dir';
import { PriceCache } from './cache/price-cache';
import type { FileWriter } from './cache/cache-write-error';
import { liveCatalogue } from './fetched-catalogue';
import { loadCatalogue } from './load-catalogue';
import { refreshFull, type OfferFileRead } from './offer-file/full-refresh';
import { createPricingClient } from './price-list/pricing-client';
import type { RefreshResult } from './price-list/refresh-result';
import { refreshTargeted } from './price-list/targeted-refresh';
import type { RefreshObserver } from './progress';
import type { RetryPolicy } from './retry';

export type PriceRefreshRequest =
  | { readonly mode: 'targeted'; readonly keys: readonly PriceKey[] }
  | { readonly mode: 'full'; readonly region: string; readonly serviceCodes?: readonly string[] };

export interface PriceRefreshOptions {
  readonly connection: AwsConnection;
  readonly cacheDir?: string;
  readonly observer?: RefreshObserver;
  readonly retry?: RetryPolicy;
  /** Milliseconds clock, injectable for tests. */
  readonly now?: () => number;
  /** How cache files are written (the atomic write); another writer simulates a full disk. */
  readonly writeFile?: FileWriter;
}

export interface PriceRefreshOutcome {
  readonly mode: 'targeted' | 'full';
  readonly result: RefreshResult;
  readonly files: readonly OfferFileRead[];
  /** ISO date-time the prices were fetched. */
  readonly fetchedAt: string;
  readonly written: readonly string[];
  /** Unreadable cache files that the refresh replaced. */
  readonly replaced: readonly string[];
  /** This session's prices, then the cache, then the embedded snapshot. */
  readonly catalogue: PriceCatalogue;
}

/**
 * Fetches prices from AWS and stores them in the cache. The cache is written only after the whole
 * refresh succeeded, one atomic file per Region and service: a failure or a kill leaves the
 * previous cache as it was, and prices keep coming from it and from the embedded snapshot.
 */
export async function refreshPrices(request: PriceRefreshRequest, options: PriceRefreshOptions): Promise<PriceRefreshOutcome> {
  const now = options.now ?? Date.now;
  const started = now();
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const client = createPricingClient(options.connection);
  const common = {
    ...(options.observer ? { observer: options.observer } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.connection.profile ? { profile: options.connection.profile } : {}),
    now,
  };
  let result: RefreshResult;
  let files: readonly OfferFileRead[] = [];
  try {
    if (request.mode === 'targeted') result = await refreshTargeted(client, request.keys, common);
    else {
      const full = await refreshFull(client, request.region, {
        ...common,
        ...(request.serviceCodes ? { serviceCodes: request.serviceCodes } : {}),
        ...(options.connection.requestTimeoutMs ? { downloadIdleTimeoutMs: options.connection.requestTimeoutMs } : {}),
      });
      result = full;
      files = full.files;
    }
  } finally {
    client.destroy();
  }
  const fetchedAt = new Date(now());
  options.observer?.onProgress?.({ phase: 'write', label: 'writing the price cache', itemsDone: 0, itemsTotal: 1, bytesDone: 0, elapsedMs: fetchedAt.getTime() - started });
  // A cache folder that cannot be written throws a CacheWriteError naming it and the cause.
  const { written, replaced } = new PriceCache(cacheDir, options.writeFile).store(result.prices, result.specs, fetchedAt);
  const stored = loadCatalogue({ cacheDir, now: fetchedAt });
  return {
    mode: request.mode,
    result,
    files,
    fetchedAt: fetchedAt.toISOString(),
    written,
    replaced,
    catalogue: layeredCatalogue('AWS Price List (this session), then cached prices, then the embedded snapshot', [
      liveCatalogue(result.prices, fetchedAt),
      stored.catalogue,
    ]),
  };
}
