import { embeddedCatalogue, quotesOverCatalogue, type PriceCatalogue, type QuoteEntries } from '../../src/index';

/** Cached AWS prices of one Region, as the host serves them: price-key id → quote. */
export type CachedQuotes = QuoteEntries;

/**
 * The catalogue the app prices with: cached AWS prices of the scenario's Region (if any) over the
 * embedded snapshot. Shared by the UI thread and the Monte Carlo worker, so both price alike.
 */
export function cachedOverSnapshot(region: string | undefined, quotes: CachedQuotes | undefined): PriceCatalogue {
  const snapshot = embeddedCatalogue();
  if (!region) return snapshot;
  return quotesOverCatalogue(quotes, { name: `Cached AWS prices (${region})`, kind: 'cache', regions: [region] }, snapshot, 'Cached AWS prices, then the embedded snapshot');
}
