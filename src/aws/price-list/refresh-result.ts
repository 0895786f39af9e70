import type { PriceKey } from '../../pricing/price-key';
import type { FetchedPrice } from './fetched-price';
import type { RefreshStats, ServiceInstanceSpecs } from './price-collector';

/** What a refresh (targeted or full) found, before anything is written to the cache. */
export interface RefreshResult {
  readonly prices: readonly FetchedPrice[];
  readonly specs: readonly ServiceInstanceSpecs[];
  /** Requested keys that the Price List did not price (they stay on the cache or snapshot). */
  readonly notFound: readonly PriceKey[];
  /** Requested keys the Price List has no query for. */
  readonly unqueryable: readonly PriceKey[];
  readonly stats: RefreshStats;
  /** Skipped and conflicting records, one line each. */
  readonly warnings: readonly string[];
  /** API requests made. */
  readonly requests: number;
}
