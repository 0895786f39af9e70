import type { PriceKey } from './price-key';

/** Where a price came from. Every price the app shows carries one. */
export interface PriceSource {
  /** snapshot: embedded in the app; cache: fetched earlier from AWS; live: fetched this session; scenario: typed into the scenario file. */
  readonly kind: 'snapshot' | 'cache' | 'live' | 'scenario';
  /** Human title of the source, e.g. "AWS EC2 on-demand pricing feed". */
  readonly title: string;
  /** Where a reviewer can check it. */
  readonly url?: string;
  /** Date the price was published or observed: YYYY-MM-DD, or YYYY-MM for a monthly bill. */
  readonly asOf: string;
  /** Set when the source itself carries no date and `asOf` is the date TCO Studio recorded it. */
  readonly dateNote?: string;
  /**
   * published: the rate as AWS publishes it. derived: not published for this exact item; computed
   * from a related published rate, with `note` saying how. A derived price is always flagged.
   */
  readonly basis: 'published' | 'derived';
  readonly note?: string;
  /** AWS SKU or rate code, when known. */
  readonly sku?: string;
}

/** A volume tier for tiered prices (S3 Standard): `fromQuantity` inclusive, `toQuantity` exclusive or null for "and above". */
export interface PriceTier {
  readonly fromQuantity: number;
  readonly toQuantity: number | null;
  readonly usdPerUnit: number;
}

export interface PriceQuote {
  /** USD per `unit`; for tiered prices, the first tier's rate. */
  readonly usdPerUnit: number;
  /** AWS unit, e.g. "Hrs", "GB-Mo", "IOPS-Mo". */
  readonly unit: string;
  /** Reserved offers: one-time fee per instance paid at the start of each term. */
  readonly upfrontUsd?: number;
  readonly tiers?: readonly PriceTier[];
  readonly source: PriceSource;
}

export interface CatalogueInfo {
  /** Short name shown in the UI, e.g. "Embedded snapshot 2026-07-20". */
  readonly name: string;
  readonly kind: PriceSource['kind'];
  /** Regions the catalogue holds prices for. */
  readonly regions: readonly string[];
}

/**
 * One interface for every source of prices: the embedded snapshot, the on-disk cache and the live
 * AWS Price List client all implement it, and the model sees nothing else.
 */
export interface PriceCatalogue {
  readonly info: CatalogueInfo;
  lookup(key: PriceKey): PriceQuote | undefined;
  /**
   * vCPUs of an instance type or RDS class (`db.r6i.xlarge`) as the price data lists them, for charges
   * billed per vCPU-hour (RDS Extended Support, CPU credits); undefined when not known (never guessed).
   */
  vcpus?(region: string, instanceType: string): number | undefined;
}

/** Cost of `quantity` units under a tiered price (each unit priced at the tier it falls in). */
export function tieredCost(quantity: number, tiers: readonly PriceTier[]): number {
  let cost = 0;
  for (const tier of tiers) {
    if (quantity <= tier.fromQuantity) break;
    const top = tier.toQuantity === null ? quantity : Math.min(quantity, tier.toQuantity);
    cost += (top - tier.fromQuantity) * tier.usdPerUnit;
  }
  return cost;
}

/** A catalogue that asks each catalogue in turn and returns the first answer (e.g. live, then cache, then snapshot). */
export function layeredCatalogue(name: string, layers: readonly PriceCatalogue[]): PriceCatalogue {
  const regions = [...new Set(layers.flatMap((layer) => layer.info.regions))];
  return {
    info: { name, kind: layers[0]?.info.kind ?? 'snapshot', regions },
    lookup(key) {
      for (const layer of layers) {
        const quote = layer.lookup(key);
        if (quote) return quote;
      }
      return undefined;
    },
    vcpus(region, instanceType) {
      for (const layer of layers) {
        const n = layer.vcpus?.(region, instanceType);
        if (n !== undefined) return n;
      }
      return undefined;
    },
  };
}
