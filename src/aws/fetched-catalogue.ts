import type { PriceCatalogue, PriceQuote } from '../pricing/catalogue';
import { priceKeyId } from '../pricing/price-key';
import type { FetchedPrice } from './price-list/fetched-price';
import { fetchedPriceSource } from './price-source';

/** The prices of this session's refresh as a catalogue: source kind "live". */
export function liveCatalogue(prices: readonly FetchedPrice[], fetchedAt: Date): PriceCatalogue {
  const quotes = new Map<string, PriceQuote>();
  const at = fetchedAt.toISOString();
  for (const p of prices) {
    quotes.set(priceKeyId(p.key), {
      usdPerUnit: p.usdPerUnit,
      unit: p.unit,
      ...(p.upfrontUsd !== undefined ? { upfrontUsd: p.upfrontUsd } : {}),
      ...(p.tiers ? { tiers: p.tiers } : {}),
      source: fetchedPriceSource({ ...p.origin, fetchedAt: at }, p.key.region, 'live', { sku: p.sku }),
    });
  }
  return {
    info: { name: `AWS Price List, fetched ${at.slice(0, 10)}`, kind: 'live', regions: [...new Set(prices.map((p) => p.key.region))].sort() },
    lookup(key) {
      return quotes.get(priceKeyId(key));
    },
  };
}
