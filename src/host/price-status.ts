import type { CachedPrices, PricesStatus } from '../contract/host-api';
import { regionQuotesFromCache } from '../aws/cache/cache-catalogue';
import { DEFAULT_PRICE_TTL_MS, ttlDays } from '../aws/cache/cache-ttl';
import { PriceCache } from '../aws/cache/price-cache';
import { embeddedSnapshotInfo } from '../pricing/snapshot-catalogue';

/** Where prices come from right now (the Prices screen): each cache file, then the embedded snapshot. Same facts as `tco-studio prices status`. */
export function pricesStatus(cacheDir: string, now: Date, ttlMs = DEFAULT_PRICE_TTL_MS): PricesStatus {
  const cache = new PriceCache(cacheDir);
  const snapshot = embeddedSnapshotInfo();
  return {
    snapshot: { name: snapshot.name, builtOn: snapshot.builtOn, regions: snapshot.regions },
    cache: cache.status(now, ttlMs).map((file) => ({
      region: file.region,
      service: file.service,
      source: 'cache' as const,
      asOf: file.publishedOn ?? '',
      fetchedAt: file.newestFetchedAt,
      stale: file.stale,
      items: file.prices,
    })),
    ttlDays: ttlDays(ttlMs),
    cacheDir: cache.dir,
  };
}

/**
 * The cached quotes of one Region, keyed by price-key id, for the renderer to layer over the
 * embedded snapshot it already has. Unreadable cache files are skipped (their prices fall back
 * to the snapshot, as in the CLI).
 */
export function cachedPrices(cacheDir: string, region: string, now: Date, ttlMs = DEFAULT_PRICE_TTL_MS, onProblem?: (message: string) => void): CachedPrices {
  const cache = new PriceCache(cacheDir);
  const quotes = regionQuotesFromCache(cache, region, { now, ttlMs, ...(onProblem ? { onProblem } : {}) });
  return { region, name: `Cached AWS prices (${cache.dir})`, quotes: [...quotes] };
}
