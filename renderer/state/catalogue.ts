import { embeddedCatalogue, layeredCatalogue, priceKeyId, type PriceCatalogue, type PriceQuote } from '../../src/index';

/** Cached AWS prices of one Region, as the host serves them: price-key id → quote. */
export type CachedQuotes = readonly (readonly [string, PriceQuote])[];

/**
 * The catalogue the app prices with: cached AWS prices of the scenario's Region (if any) over the
 * embedded snapshot. Shared by the UI thread and the Monte Carlo worker, so both price alike.
 */
export function cachedOverSnapshot(region: string | undefined, quotes: CachedQuotes | undefined): PriceCatalogue {
  const snapshot = embeddedCatalogue();
  if (!region || !quotes || quotes.length === 0) return snapshot;
  const map = new Map(quotes);
  const cache: PriceCatalogue = {
    info: { name: `Cached AWS prices (${region})`, kind: 'cache', regions: [region] },
    lookup: (key) => map.get(priceKeyId(key)),
  };
  return layeredCatalogue('Cached AWS prices, then the embedded snapshot', [cache, snapshot]);
}
