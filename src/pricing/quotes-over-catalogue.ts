import { layeredCatalogue, type CatalogueInfo, type PriceCatalogue, type PriceQuote } from './catalogue';
import { priceKeyId } from './price-key';

/** Price quotes keyed by price-key id, as the host hands cached AWS prices to the renderer and the report page. */
export type QuoteEntries = readonly (readonly [string, PriceQuote])[];

/**
 * Cached quotes first, then a base catalogue (the embedded snapshot): the one way the app, the
 * Monte Carlo worker and the report page layer the prices the host cached over the snapshot, so
 * all three price alike. With no quotes, the base itself.
 */
export function quotesOverCatalogue(quotes: QuoteEntries | undefined, cacheInfo: CatalogueInfo, base: PriceCatalogue, name: string): PriceCatalogue {
  if (!quotes || quotes.length === 0) return base;
  const byId = new Map<string, PriceQuote>(quotes);
  const cached: PriceCatalogue = { info: cacheInfo, lookup: (key) => byId.get(priceKeyId(key)) };
  return layeredCatalogue(name, [cached, base]);
}
