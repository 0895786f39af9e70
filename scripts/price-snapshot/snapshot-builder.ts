/**
 * The in-memory snapshot object (the "legacy" shape that `writeSnapshot(outDir, legacy)` turns into
 * per-Region files), and the rules every row obeys: prices stay AWS's decimal strings with trailing
 * zeros trimmed, every row names a registered source, and a key appears once.
 */

export interface SourceInfo {
  readonly title: string;
  readonly url: string;
  /** The feed's own publication date (YYYY-MM-DD, or YYYY-MM for a bill month). */
  readonly asOf: string;
  readonly basis: 'published' | 'derived';
  readonly repository?: string;
  readonly commit?: string;
  readonly feedDate?: string;
  readonly note?: string;
  readonly dateNote?: string;
}

export type PriceRow = [key: string, unit: string, usd: string, sourceId: string, sku?: string];
export type ReservedRow = [key: string, hourly: string, upfront: string, sourceId: string, sku?: string];
export type Tier = [from: number, to: number | null, usd: string];
export type TieredRow = [key: string, unit: string, tiers: Tier[], sourceId: string, sku?: string];
export type SpecRow = [type: string, vcpu: number, memGiB: number];

export interface LegacySnapshot {
  format: string;
  name: string;
  builtOn: string;
  regions: string[];
  sources: Record<string, SourceInfo>;
  prices: PriceRow[];
  reserved: ReservedRow[];
  tiered: TieredRow[];
  specs: SpecRow[];
}

export class DuplicatePriceError extends Error {
  override readonly name = 'DuplicatePriceError';
}

const DECIMAL = /^\d+(\.\d+)?$/;

/** Keeps AWS's decimal string but drops trailing zeros: "0.0960000000" → "0.096", "4.0000" → "4". */
export function trimPrice(usd: string): string {
  if (!DECIMAL.test(usd)) throw new Error(`not an AWS decimal price: "${usd}"`);
  if (!usd.includes('.')) return usd;
  return usd.replace(/0+$/, '').replace(/\.$/, '');
}

/** A number read by the offer-file ingest, back to a plain decimal string (no exponent, ≤ 10 places as AWS writes). */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value) || value < 0) throw new Error(`bad price ${value}`);
  return trimPrice(value.toFixed(10));
}

/** Collects rows; throws on an unknown source, a malformed price or a key given twice. */
export class SnapshotBuilder {
  readonly sources: Record<string, SourceInfo> = {};
  private readonly prices = new Map<string, PriceRow>();
  private readonly reserved = new Map<string, ReservedRow>();
  private readonly tiered = new Map<string, TieredRow>();
  private readonly specs = new Map<string, SpecRow>();

  addSource(id: string, info: SourceInfo): void {
    const existing = this.sources[id];
    if (existing && JSON.stringify(existing) !== JSON.stringify(info)) throw new Error(`source ${id} registered twice with different details`);
    this.sources[id] = info;
  }

  private check(key: string, sourceId: string): void {
    if (!this.sources[sourceId]) throw new Error(`${key}: unknown source ${sourceId}`);
    if (this.prices.has(key) || this.reserved.has(key) || this.tiered.has(key)) throw new DuplicatePriceError(`duplicate price ${key}`);
  }

  has(key: string): boolean {
    return this.prices.has(key) || this.reserved.has(key) || this.tiered.has(key);
  }

  price(key: string): PriceRow | undefined {
    return this.prices.get(key);
  }

  keysWithPrefix(prefix: string): string[] {
    return [...this.prices.keys()].filter((k) => k.startsWith(prefix)).sort();
  }

  put(key: string, unit: string, usd: string, sourceId: string, sku?: string): void {
    this.check(key, sourceId);
    const trimmed = trimPrice(usd);
    this.prices.set(key, sku ? [key, unit, trimmed, sourceId, sku] : [key, unit, trimmed, sourceId]);
  }

  putReserved(key: string, hourly: string, upfront: string, sourceId: string, sku?: string): void {
    this.check(key, sourceId);
    const row: ReservedRow = [key, trimPrice(hourly), trimPrice(upfront), sourceId];
    if (sku) row.push(sku);
    this.reserved.set(key, row);
  }

  putTiered(key: string, unit: string, tiers: readonly Tier[], sourceId: string, sku?: string): void {
    this.check(key, sourceId);
    if (tiers.length === 0) throw new Error(`${key}: no tiers`);
    const row: TieredRow = [key, unit, tiers.map(([from, to, usd]) => [from, to, trimPrice(usd)]), sourceId];
    if (sku) row.push(sku);
    this.tiered.set(key, row);
  }

  /** vCPU and memory of a type; a db.* or ml.* class runs on the EC2 type of the same name. The first figures win. */
  addSpec(type: string, vcpu: number, memGiB: number): void {
    if (!Number.isFinite(vcpu) || !Number.isFinite(memGiB) || vcpu <= 0 || memGiB <= 0) return;
    if (!this.specs.has(type)) this.specs.set(type, [type, vcpu, memGiB]);
    const ec2 = type.replace(/^(db|ml)\./, '');
    if (ec2 !== type && !this.specs.has(ec2)) this.specs.set(ec2, [ec2, vcpu, memGiB]);
  }

  build(meta: { format: string; name: string; builtOn: string; regions: readonly string[] }): LegacySnapshot {
    const byKey = <T extends readonly unknown[]>(a: T, b: T) => ((a[0] as string) < (b[0] as string) ? -1 : 1);
    const used = new Set([...this.prices.values(), ...this.reserved.values(), ...this.tiered.values()].map((r) => r[3]));
    const sources: Record<string, SourceInfo> = {};
    for (const id of Object.keys(this.sources).sort()) if (used.has(id)) sources[id] = this.sources[id]!;
    return {
      format: meta.format,
      name: meta.name,
      builtOn: meta.builtOn,
      regions: [...meta.regions],
      sources,
      prices: [...this.prices.values()].sort(byKey),
      reserved: [...this.reserved.values()].sort(byKey),
      tiered: [...this.tiered.values()].sort(byKey),
      specs: [...this.specs.values()].sort(byKey),
    };
  }
}
