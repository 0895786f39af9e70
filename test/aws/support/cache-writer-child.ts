import { PriceCache } from '../../../src/aws/cache/price-cache';
import type { FetchedPrice } from '../../../src/aws/price-list/fetched-price';

/**
 * Child process for the kill test: rewrites one large cache file over and over through the real
 * PriceCache.store (temp file + fsync + rename). Generation n stores every price at n dollars,
 * announcing "writing n" on stdout before each write, until it is killed.
 */
const [cacheDir] = process.argv.slice(2);
const cache = new PriceCache(cacheDir!);
const TYPES = 40_000;
for (let generation = 1; ; generation++) {
  const prices: FetchedPrice[] = [];
  for (let i = 0; i < TYPES; i++) {
    prices.push({
      key: { service: 'ec2', kind: 'instance', region: 'us-east-1', instanceType: `t${i}.large` },
      unit: 'Hrs',
      usdPerUnit: generation,
      sku: `SKU${i}`,
      origin: { serviceCode: 'AmazonEC2', publishedOn: '2026-11-20', method: 'full' },
    });
  }
  process.stdout.write(`writing ${generation}\n`);
  cache.store(prices, [], new Date(Date.UTC(2026, 10, 26, 0, 0, generation)));
}
