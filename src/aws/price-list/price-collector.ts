import { priceKeyId, type PriceKey } from '../../pricing/price-key';
import type { FetchedPrice } from './fetched-price';
import type { InstanceSpecs, RejectCode } from './product-classifier';

/** Instance specs of one service and Region, for instance pickers. */
export interface ServiceInstanceSpecs {
  readonly service: PriceKey['service'];
  readonly region: string;
  readonly specs: InstanceSpecs;
}

export interface RefreshStats {
  /** Price List records read (GetProducts items, or offer-file products). */
  records: number;
  /** Records that price something in the model. */
  accepted: number;
  /** Records left out on purpose, by reason (capacity reservations, SQL Server, other OS, ...). */
  rejected: Partial<Record<RejectCode, number>>;
  /** Records that were not valid JSON or not the Price List shape: skipped. */
  malformed: number;
  /** Accepted records whose terms could not be used (no rate, $0 rate, unexpected unit): skipped. */
  unusable: number;
  /** Keys offered two different prices; the first was kept. */
  conflicts: number;
}

const SAMPLE_LIMIT = 3;

/**
 * Gathers the prices of one refresh: one price per key (the first; a different second price is
 * counted and reported), instance specs, and counts of everything skipped, so the user is told
 * how many records were left out and why instead of a silent gap.
 */
export class PriceCollector {
  private readonly byKey = new Map<string, FetchedPrice>();
  private readonly specsByType = new Map<string, ServiceInstanceSpecs>();
  readonly stats: RefreshStats = { records: 0, accepted: 0, rejected: {}, malformed: 0, unusable: 0, conflicts: 0 };
  private readonly samples = { malformed: [] as string[], unusable: [] as string[], conflicts: [] as string[] };

  record(): void {
    this.stats.records++;
  }

  rejected(code: RejectCode): void {
    this.stats.rejected[code] = (this.stats.rejected[code] ?? 0) + 1;
  }

  malformed(where: string, reason: string): void {
    this.stats.malformed++;
    if (this.samples.malformed.length < SAMPLE_LIMIT) this.samples.malformed.push(`${where}: ${reason}`);
  }

  accepted(prices: readonly FetchedPrice[], problems: readonly string[], specs?: ServiceInstanceSpecs): void {
    this.stats.accepted++;
    if (problems.length > 0) {
      this.stats.unusable++;
      if (this.samples.unusable.length < SAMPLE_LIMIT) this.samples.unusable.push(problems[0]!);
    }
    this.add(prices);
    // Specs only for instances that have a usable on-demand price: a picker must not offer a type it cannot price.
    if (specs && prices.some((p) => p.key.kind === 'instance')) this.addSpecs(specs);
  }

  addSpecs(specs: ServiceInstanceSpecs): void {
    this.specsByType.set(`${specs.service}/${specs.region}/${specs.specs.instanceType}`, specs);
  }

  /** Adds prices found outside a product record (offer-file terms arrive after their product). */
  add(prices: readonly FetchedPrice[]): void {
    for (const price of prices) {
      const id = priceKeyId(price.key);
      const previous = this.byKey.get(id);
      if (!previous) {
        this.byKey.set(id, price);
        continue;
      }
      if (previous.usdPerUnit !== price.usdPerUnit || (previous.upfrontUsd ?? 0) !== (price.upfrontUsd ?? 0)) {
        this.stats.conflicts++;
        if (this.samples.conflicts.length < SAMPLE_LIMIT) {
          this.samples.conflicts.push(`${id}: kept ${previous.usdPerUnit} (${previous.sku}), not ${price.usdPerUnit} (${price.sku})`);
        }
      }
    }
  }

  unusable(problem: string): void {
    this.stats.unusable++;
    if (this.samples.unusable.length < SAMPLE_LIMIT) this.samples.unusable.push(problem);
  }

  has(key: PriceKey): boolean {
    return this.byKey.has(priceKeyId(key));
  }

  prices(): FetchedPrice[] {
    return [...this.byKey.values()];
  }

  specs(): ServiceInstanceSpecs[] {
    return [...this.specsByType.values()];
  }

  /** One line per kind of skipped data, for the user. */
  warnings(): string[] {
    const out: string[] = [];
    const s = this.stats;
    if (s.malformed > 0) out.push(`skipped ${s.malformed} malformed Price List record${s.malformed > 1 ? 's' : ''} (first: ${this.samples.malformed[0]})`);
    if (s.unusable > 0) out.push(`skipped the terms of ${s.unusable} record${s.unusable > 1 ? 's' : ''} that could not be used (first: ${this.samples.unusable[0]})`);
    if (s.conflicts > 0) out.push(`${s.conflicts} price${s.conflicts > 1 ? 's' : ''} had a conflicting duplicate; the first was kept (first: ${this.samples.conflicts[0]})`);
    return out;
  }
}
