import type { RegionPrices } from '../../src/contract/host-api';
import { quotesCatalogue, quotesOverCatalogue, snapshotCatalogueName, type PriceCatalogue } from '../../src/index';

/**
 * The catalogue the app prices one Region with, from what the host sent for it: the Region's
 * cached AWS prices (if any) over its offline snapshot quotes. Shared by the UI thread and the
 * Monte Carlo worker, so both price alike.
 */
export function regionCatalogue(prices: RegionPrices): PriceCatalogue {
  const { region, snapshot, cache } = prices;
  const base = quotesCatalogue(
    { name: snapshotCatalogueName(snapshot.name, snapshot.builtOn), kind: 'snapshot', regions: snapshot.quotes.length > 0 ? [region] : [] },
    snapshot.quotes,
    snapshot.instanceTypes,
  );
  return quotesOverCatalogue(cache.quotes, { name: `Cached AWS prices (${region})`, kind: 'cache', regions: [region] }, base, 'Cached AWS prices, then the embedded snapshot');
}
