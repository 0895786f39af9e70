import type { PriceTier } from '../../pricing/catalogue';
import type { PriceKey } from '../../pricing/price-key';
import type { InstanceSpecs, ProductClass } from './product-classifier';
import type { PriceListTerms } from './price-item-schema';
import { HOURS, unitFactor } from './price-units';
import { parseOnDemand, parseReservedTerm, type ReservedOffer } from './term-parser';

/** Where a fetched price came from in AWS's data. */
export interface FetchOrigin {
  readonly serviceCode: string;
  /** AWS publicationDate of the record or offer file, YYYY-MM-DD. */
  readonly publishedOn: string;
  /** Offer version, e.g. "20260227155715", when known. */
  readonly version?: string;
  readonly method: 'targeted' | 'full';
}

/** One price read from AWS, already in the model's unit, not yet given a PriceSource. */
export interface FetchedPrice {
  readonly key: PriceKey;
  readonly unit: string;
  readonly usdPerUnit: number;
  readonly upfrontUsd?: number;
  readonly tiers?: readonly PriceTier[];
  /** SKU, or SKU.offerTermCode.rateCode when known. */
  readonly sku: string;
  readonly origin: FetchOrigin;
}

export interface PricesFromProduct {
  readonly prices: readonly FetchedPrice[];
  readonly specs?: InstanceSpecs;
  /** Terms of an accepted product that could not be used, with the reason. */
  readonly problems: readonly string[];
}

function reservedKey(base: PriceKey, offer: ReservedOffer): PriceKey | undefined {
  if (base.kind !== 'instance') return undefined;
  if (base.service === 'ec2') {
    return {
      service: 'ec2',
      kind: 'reserved',
      region: base.region,
      instanceType: base.instanceType,
      ...(base.platform === undefined ? {} : { platform: base.platform }),
      term: offer.term,
      purchaseOption: offer.purchaseOption,
      offeringClass: offer.offeringClass ?? 'standard',
    };
  }
  // RDS reserved instances have a single offering class (aws-api.md §2.3).
  if (base.service === 'rds' && offer.offeringClass !== 'convertible') {
    return {
      service: 'rds',
      kind: 'reserved',
      region: base.region,
      engine: base.engine,
      instanceClass: base.instanceClass,
      deployment: base.deployment,
      term: offer.term,
      purchaseOption: offer.purchaseOption,
    };
  }
  return undefined;
}

/** Turns an accepted product and its terms into prices, checking each rate's unit. */
export function pricesFromProduct(
  product: Extract<ProductClass, { accepted: true }>,
  sku: string,
  onDemand: PriceListTerms | undefined,
  reserved: PriceListTerms | undefined,
  origin: FetchOrigin,
): PricesFromProduct {
  const prices: FetchedPrice[] = [];
  const problems: string[] = [];
  if (onDemand !== undefined) {
    const rate = parseOnDemand(onDemand);
    if (!rate.ok) problems.push(`${sku}: ${rate.reason}`);
    else {
      const factor = unitFactor(product.unitRule, rate.value.unit);
      if (factor === undefined) problems.push(`${sku}: unit "${rate.value.unit}" where ${product.unitRule.unit} was expected`);
      else {
        prices.push({
          key: product.key,
          unit: product.unitRule.unit,
          usdPerUnit: rate.value.usdPerUnit * factor,
          ...(rate.value.tiers ? { tiers: rate.value.tiers.map((t) => ({ ...t, usdPerUnit: t.usdPerUnit * factor })) } : {}),
          sku: rate.value.rateCode ?? sku,
          origin,
        });
      }
    }
  }
  for (const term of Object.values(reserved ?? {})) {
    const offer = parseReservedTerm(term);
    if (!offer.ok) {
      problems.push(`${sku}: ${offer.reason}`);
      continue;
    }
    const key = reservedKey(product.key, offer.value);
    if (!key) continue;
    if (unitFactor(HOURS, offer.value.unit) !== 1) {
      problems.push(`${sku}: reserved unit "${offer.value.unit}" where Hrs was expected`);
      continue;
    }
    prices.push({
      key,
      unit: HOURS.unit,
      usdPerUnit: offer.value.hourlyUsd,
      upfrontUsd: offer.value.upfrontUsd,
      sku: offer.value.offerTermCode ? `${sku}.${offer.value.offerTermCode}` : sku,
      origin,
    });
  }
  return { prices, ...(product.specs ? { specs: product.specs } : {}), problems };
}
