import type { PricingClient } from '@aws-sdk/client-pricing';
import { AwsFailure } from '../aws-failure';
import { priceKeyId, type PriceKey } from '../../pricing/price-key';
import { estimateRemainingMs, type RefreshObserver } from '../progress';
import { describeRetry, type RetryPolicy } from '../retry';
import type { FetchOrigin } from './fetched-price';
import { pricesFromProduct } from './fetched-price';
import { getAllProducts } from './get-products';
import { parsePriceListEntry } from './parse-price-item';
import { PriceCollector } from './price-collector';
import { queryForKey, type ProductQuery } from './price-queries';
import { classifyProduct } from './product-classifier';
import type { RefreshResult } from './refresh-result';

export interface TargetedRefreshOptions {
  readonly observer?: RefreshObserver;
  readonly retry?: RetryPolicy;
  readonly profile?: string;
  /** Milliseconds clock, injectable for tests. */
  readonly now?: () => number;
}

/**
 * Fetches the prices of the given keys with GetProducts: keys that share a query (an instance's
 * on-demand and reserved prices, say) cost one query. Every returned record is classified again,
 * so only what the model means is kept. A failure of any query fails the whole refresh: the
 * caller writes nothing, and prices keep coming from the cache and the snapshot.
 */
export async function refreshTargeted(client: PricingClient, keys: readonly PriceKey[], options: TargetedRefreshOptions = {}): Promise<RefreshResult> {
  const now = options.now ?? Date.now;
  const started = now();
  const groups = new Map<string, ProductQuery>();
  const unqueryable: PriceKey[] = [];
  const unique = new Map(keys.map((k) => [priceKeyId(k), k]));
  for (const key of unique.values()) {
    const query = queryForKey(key);
    if (query) groups.set(query.id, query);
    else unqueryable.push(key);
  }

  const collector = new PriceCollector();
  const warn = (message: string) => options.observer?.onWarning?.(message);
  let requests = 0;
  let done = 0;
  const report = (label: string) => {
    const elapsedMs = now() - started;
    const etaMs = estimateRemainingMs(done, groups.size, elapsedMs);
    options.observer?.onProgress?.({
      phase: 'query',
      label,
      itemsDone: done,
      itemsTotal: groups.size,
      bytesDone: 0,
      elapsedMs,
      ...(etaMs !== undefined ? { etaMs } : {}),
    });
  };

  for (const query of groups.values()) {
    const label = `${query.serviceCode} ${query.region}: ${query.filters.filter((f) => f.Field !== 'regionCode').map((f) => f.Value).join(', ')}`;
    report(label);
    let pages;
    try {
      pages = await getAllProducts(client, query, {
        ...(options.retry ? { retry: options.retry } : {}),
        ...(options.profile ? { profile: options.profile } : {}),
        onRetry: (n) => warn(`${describeRetry(n)} (attempt ${n.attempt + 1})`),
        onRestart: (r) => warn(`pricing:GetProducts: the paging token expired; starting the query again (restart ${r})`),
      });
    } catch (error) {
      // One query AWS refuses as invalid (an attribute renamed, say) must not cost the user every
      // other price: its keys stay on the cache or snapshot. Access, network and throttling
      // failures still stop the refresh.
      if (!(error instanceof AwsFailure) || error.kind !== 'invalid-request') throw error;
      warn(`${label}: ${error.message}; those prices stay on the cache or the snapshot`);
      done++;
      continue;
    }
    requests += pages.requests;
    pages.entries.forEach((entry, index) => {
      collector.record();
      const parsed = parsePriceListEntry(entry);
      if (!parsed.ok) {
        collector.malformed(`${query.serviceCode} PriceList[${index}]`, parsed.reason);
        return;
      }
      const item = parsed.value;
      const cls = classifyProduct(query.serviceCode, item.product, query.region);
      if (!cls.accepted) {
        collector.rejected(cls.code);
        return;
      }
      const origin: FetchOrigin = {
        serviceCode: query.serviceCode,
        publishedOn: item.publicationDate.slice(0, 10),
        ...(item.version ? { version: item.version } : {}),
        method: 'targeted',
      };
      const result = pricesFromProduct(cls, item.product.sku, item.terms.OnDemand ?? {}, item.terms.Reserved, origin);
      collector.accepted(result.prices, result.problems, result.specs ? { service: cls.key.service, region: query.region, specs: result.specs } : undefined);
    });
    done++;
  }
  report('done');

  const notFound = [...unique.values()].filter((k) => !collector.has(k));
  return {
    prices: collector.prices(),
    specs: collector.specs(),
    notFound,
    unqueryable,
    stats: collector.stats,
    warnings: collector.warnings(),
    requests,
  };
}
