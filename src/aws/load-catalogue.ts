import { layeredCatalogue, type PriceCatalogue } from '../pricing/catalogue';
import { cacheCatalogue } from './cache/cache-catalogue';
import { defaultCacheDir } from './cache/cache-dir';
import { DEFAULT_PRICE_TTL_MS } from './cache/cache-ttl';
import { PriceCache } from './cache/price-cache';
import { defaultPriceSnapshot, type PriceSnapshot } from './snapshot/price-snapshot';

export interface LoadCatalogueOptions {
  /** Default: $TCO_STUDIO_CACHE_DIR or the platform's user cache folder. */
  readonly cacheDir?: string;
  readonly ttlMs?: number;
  readonly now?: Date;
  /** The offline snapshot; default: the process's (src/aws/snapshot/price-snapshot.ts). */
  readonly snapshot?: PriceSnapshot;
  /** A cache file that cannot be read (its prices fall back to the snapshot), or a snapshot file that cannot (no snapshot prices for its Region). */
  readonly onWarning?: (message: string) => void;
}

export interface LoadedCatalogue {
  readonly catalogue: PriceCatalogue;
  readonly cache: PriceCache;
  readonly ttlMs: number;
}

/**
 * The catalogue the app prices with: cached AWS prices first, then the embedded snapshot. Works
 * offline and without credentials; every quote says which of the two it came from and its date.
 */
export function loadCatalogue(options: LoadCatalogueOptions = {}): LoadedCatalogue {
  const cache = new PriceCache(options.cacheDir ?? defaultCacheDir());
  const ttlMs = options.ttlMs ?? DEFAULT_PRICE_TTL_MS;
  const snapshot = (options.snapshot ?? defaultPriceSnapshot()).catalogue(options.onWarning);
  if (cache.regions().length === 0) return { catalogue: snapshot, cache, ttlMs };
  const cached = cacheCatalogue(cache, {
    now: options.now ?? new Date(),
    ttlMs,
    ...(options.onWarning ? { onProblem: options.onWarning } : {}),
  });
  return { catalogue: layeredCatalogue('Cached AWS prices, then the embedded snapshot', [cached, snapshot]), cache, ttlMs };
}
