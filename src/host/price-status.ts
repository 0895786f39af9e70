import type { PricesStatus, RegionPrices } from '../contract/host-api';
import { regionFromCache } from '../aws/cache/cache-catalogue';
import { DEFAULT_PRICE_TTL_MS, ttlDays } from '../aws/cache/cache-ttl';
import { PriceCache } from '../aws/cache/price-cache';
import type { PriceSnapshot } from '../aws/snapshot/price-snapshot';

/**
 * Where prices come from right now (the Prices screen): each cache file, then the offline
 * snapshot's Regions with their price counts, source dates and coverage (from its index, without
 * reading a Region file). Same facts as `tco-studio prices status`.
 */
export function pricesStatus(cacheDir: string, snapshot: PriceSnapshot, now: Date, ttlMs = DEFAULT_PRICE_TTL_MS): PricesStatus {
  const cache = new PriceCache(cacheDir);
  const loaded = snapshot.loadIndex();
  const index = loaded.value;
  const info = snapshot.info();
  return {
    snapshot: {
      name: info.snapshotName,
      builtOn: info.builtOn,
      regions: info.regions,
      coverage: (index?.regions ?? []).map(({ region, prices, oldestAsOf, newestAsOf, coverage }) => ({ region, prices, oldestAsOf, newestAsOf, coverage })),
      ...(loaded.problem !== undefined ? { problem: loaded.problem } : {}),
    },
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
 * One Region's prices for the renderer: the snapshot's quotes and instance specs (the Region's
 * snapshot file, read on first use and kept), and the cached AWS quotes and specs, which the
 * renderer layers over the snapshot. Unreadable cache files are skipped (their prices fall back to
 * the snapshot, as in the CLI); a damaged snapshot file leaves the snapshot part empty, with its problem.
 */
export function regionPrices(cacheDir: string, snapshot: PriceSnapshot, region: string, now: Date, ttlMs = DEFAULT_PRICE_TTL_MS, onProblem?: (message: string) => void): RegionPrices {
  const cache = new PriceCache(cacheDir);
  const cached = regionFromCache(cache, region, { now, ttlMs, ...(onProblem ? { onProblem } : {}) });
  const info = snapshot.info();
  const loaded = snapshot.loadRegion(region);
  if (loaded?.problem !== undefined) onProblem?.(loaded.problem);
  return {
    region,
    snapshot: {
      name: info.snapshotName,
      builtOn: info.builtOn,
      quotes: loaded?.value ? [...loaded.value.quotes] : [],
      instanceTypes: loaded?.value?.instanceTypes ?? [],
      ...(loaded?.problem !== undefined ? { problem: loaded.problem } : {}),
    },
    cache: { name: `Cached AWS prices (${cache.dir})`, quotes: [...cached.quotes], instanceTypes: cached.instanceTypes },
  };
}
