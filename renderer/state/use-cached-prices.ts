import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TcoApi } from '../../src/contract/host-api';
import type { PriceCatalogue } from '../../src/index';
import type { CachedQuotes } from './catalogue';
import { useCatalogue } from './derived';

export interface CachedPrices {
  /** What the app prices with: the Region's cached AWS prices over the embedded snapshot. */
  readonly catalogue: PriceCatalogue;
  /** The same cached quotes for the Monte Carlo worker, which builds its own catalogue from them. */
  readonly forWorker: { readonly region: string; readonly quotes: CachedQuotes } | undefined;
  /** Reads a Region's cache from the host again (after the Prices view refreshed it). */
  readonly reload: (region: string) => void;
}

/**
 * Cached AWS prices, by Region, as the host has them on disk. Each Region is fetched once, when a
 * scenario first asks for it; the cache only changes when the user refreshes prices, which reloads it.
 */
export function useCachedPrices(api: TcoApi, region: string | undefined): CachedPrices {
  const [cached, setCached] = useState<ReadonlyMap<string, CachedQuotes>>(new Map());
  const reload = useCallback(
    (r: string) => {
      void api.cachedPrices({ region: r }).then((res) => {
        if (res.ok) setCached((m) => new Map(m).set(r, res.value.quotes));
      });
    },
    [api],
  );
  useEffect(() => {
    if (region && !cached.has(region)) reload(region);
  }, [region, cached, reload]);
  const catalogue = useCatalogue(cached, region);
  const forWorker = useMemo(() => (region && cached.get(region) ? { region, quotes: cached.get(region)! } : undefined), [region, cached]);
  return { catalogue, forWorker, reload };
}
