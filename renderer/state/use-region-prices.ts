import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { RegionPrices, TcoApi } from '../../src/contract/host-api';
import type { PriceCatalogue } from '../../src/index';
import { regionCatalogue } from './catalogue';

export interface RegionPricesState {
  /** The scenario's Region. */
  readonly region: string | undefined;
  /** What the host sent for the Region (empty when it could not be loaded); undefined while it loads. */
  readonly prices: RegionPrices | undefined;
  /** What the app prices with; undefined while the Region's prices load: show no totals then. */
  readonly catalogue: PriceCatalogue | undefined;
  /** The Region whose prices are being fetched right now. */
  readonly loading: string | undefined;
  /** Why the Region's prices could not be loaded (then it prices with nothing: every line is flagged). */
  readonly error: string | undefined;
  /** Reads a Region's prices from the host again (after the Prices view refreshed it). */
  readonly reload: (region: string) => void;
}

type Entry = { readonly prices: RegionPrices } | { readonly error: string };

const NO_PRICES = (region: string, error: string): RegionPrices => ({
  region,
  snapshot: { name: 'Embedded AWS price snapshot', builtOn: '', quotes: [], instanceTypes: [], problem: error },
  cache: { name: 'Cached AWS prices', quotes: [], instanceTypes: [] },
});

/**
 * The scenario Region's prices, as the host has them (the snapshot file of that Region, and the
 * cache): fetched when a scenario first asks for the Region, kept per Region, fetched again on reload.
 */
export function useRegionPrices(api: TcoApi, region: string | undefined): RegionPricesState {
  const [byRegion, setByRegion] = useState<ReadonlyMap<string, Entry>>(new Map());
  const inFlight = useRef(new Set<string>());
  const reload = useCallback(
    (r: string) => {
      if (inFlight.current.has(r)) return;
      inFlight.current.add(r);
      void api
        .regionPrices({ region: r })
        .then((res) => setByRegion((m) => new Map(m).set(r, res.ok ? { prices: res.value } : { error: res.reason })))
        .finally(() => inFlight.current.delete(r));
    },
    [api],
  );
  useEffect(() => {
    if (region && !byRegion.has(region)) reload(region);
  }, [region, byRegion, reload]);
  const entry = region ? byRegion.get(region) : undefined;
  // A Region whose prices could not be loaded prices with nothing: its lines are flagged, with the reason shown.
  const prices = useMemo(() => (region && entry ? ('prices' in entry ? entry.prices : NO_PRICES(region, entry.error)) : undefined), [region, entry]);
  const catalogue = useMemo(() => (prices ? regionCatalogue(prices) : undefined), [prices]);
  return { region, prices, catalogue, loading: region && !entry ? region : undefined, error: entry && 'error' in entry ? entry.error : undefined, reload };
}

/** The scenario Region's prices and the Regions the snapshot holds, for components deep in the editor (instance pickers, the Region list). */
export interface PricesContextValue {
  readonly region: string | undefined;
  readonly prices: RegionPrices | undefined;
  readonly snapshotRegions: ReadonlySet<string>;
}

export const PricesContext = createContext<PricesContextValue>({ region: undefined, prices: undefined, snapshotRegions: new Set() });

export function usePricesContext(): PricesContextValue {
  return useContext(PricesContext);
}

/** The Regions the offline snapshot holds (from the host's price status), for the Region list's labels. */
export function useSnapshotRegions(api: TcoApi): ReadonlySet<string> {
  const [regions, setRegions] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    void api.pricesStatus().then((r) => {
      if (r.ok) setRegions(new Set(r.value.snapshot.regions));
    });
  }, [api]);
  return regions;
}
