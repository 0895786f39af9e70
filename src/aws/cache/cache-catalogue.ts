import type { PriceCatalogue, PriceQuote } from '../../pricing/catalogue';
import { priceKeyId } from '../../pricing/price-key';
import type { SpecsRow } from '../../pricing/price-rows';
import { fetchedPriceSource } from '../price-source';
import { ageInDays, isStale, ttlDays } from './cache-ttl';
import type { PriceCache } from './price-cache';
import type { PriceCacheFile } from './price-cache-file';

export interface CacheCatalogueOptions {
  readonly now: Date;
  readonly ttlMs: number;
  /** An unreadable cache file: its prices fall through to the next layer (the snapshot). */
  readonly onProblem?: (problem: string) => void;
}

/** The quotes of one cache file, with source kind "cache" and a note when older than the TTL. */
export function quotesFromCacheFile(file: PriceCacheFile, options: Pick<CacheCatalogueOptions, 'now' | 'ttlMs'>): Map<string, PriceQuote> {
  const quotes = new Map<string, PriceQuote>();
  for (const price of file.prices) {
    const source = file.sources[price.source]!;
    const note = isStale(source.fetchedAt, options.now, options.ttlMs)
      ? `Cached ${ageInDays(source.fetchedAt, options.now)} days ago, beyond the ${ttlDays(options.ttlMs)}-day refresh interval; run: tco-studio prices refresh --region ${file.region}`
      : undefined;
    quotes.set(price.key, {
      usdPerUnit: price.usd,
      unit: price.unit,
      ...(price.upfrontUsd !== undefined ? { upfrontUsd: price.upfrontUsd } : {}),
      ...(price.tiers ? { tiers: price.tiers.map(([from, to, usd]) => ({ fromQuantity: from, toQuantity: to, usdPerUnit: usd })) } : {}),
      source: fetchedPriceSource(source, file.region, 'cache', { ...(price.sku ? { sku: price.sku } : {}), ...(note ? { note } : {}) }),
    });
  }
  return quotes;
}

/** Every cached quote of one Region, keyed by price-key id, and the instance specs its files hold; an unreadable file is reported and skipped. */
export function regionFromCache(cache: PriceCache, region: string, options: CacheCatalogueOptions): { quotes: Map<string, PriceQuote>; instanceTypes: SpecsRow[] } {
  const quotes = new Map<string, PriceQuote>();
  const specs = new Map<string, SpecsRow>();
  for (const service of cache.services(region)) {
    const { file, problem } = cache.read(region, service);
    if (problem) options.onProblem?.(`ignoring unreadable price cache file ${problem}`);
    if (!file) continue;
    for (const [key, quote] of quotesFromCacheFile(file, options)) quotes.set(key, quote);
    for (const row of file.instanceTypes) specs.set(row.instanceType, row);
  }
  return { quotes, instanceTypes: [...specs.values()].sort((a, b) => (a.instanceType < b.instanceType ? -1 : 1)) };
}

/** Every cached quote of one Region, keyed by price-key id; an unreadable file is reported and skipped. */
export function regionQuotesFromCache(cache: PriceCache, region: string, options: CacheCatalogueOptions): Map<string, PriceQuote> {
  return regionFromCache(cache, region, options).quotes;
}

/**
 * The cache as a catalogue. A Region's files are read on the first lookup in that Region, so an
 * estimate reads only what it uses however many Regions are cached.
 */
export function cacheCatalogue(cache: PriceCache, options: CacheCatalogueOptions): PriceCatalogue {
  const byRegion = new Map<string, Map<string, PriceQuote>>();
  const load = (region: string) => {
    let quotes = byRegion.get(region);
    if (!quotes) byRegion.set(region, (quotes = regionQuotesFromCache(cache, region, options)));
    return quotes;
  };
  return {
    info: { name: `Cached AWS prices (${cache.dir})`, kind: 'cache', regions: cache.regions() },
    lookup(key) {
      return load(key.region).get(priceKeyId(key));
    },
  };
}
