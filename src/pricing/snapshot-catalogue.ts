import type { CatalogueInfo, PriceCatalogue, PriceQuote, PriceSource, PriceTier } from './catalogue';
import { priceKeyId, type PriceKey } from './price-key';
import snapshotData from './snapshot/snapshot.json';

/** The on-disk shape of the embedded snapshot (see scripts/build-price-snapshot.mjs). */
export interface SnapshotFile {
  readonly format: string;
  readonly name: string;
  readonly builtOn: string;
  readonly regions: readonly string[];
  readonly sources: Readonly<
    Record<
      string,
      { title: string; url: string; asOf: string; basis: string; note?: string; dateNote?: string }
    >
  >;
  /** [key, unit, usd, sourceId, sku?] */
  readonly prices: readonly (readonly string[])[];
  /** [key, hourly usd, upfront usd, sourceId, offer term code?] */
  readonly reserved: readonly (readonly string[])[];
  /** [key, unit, [[from, to|null, usd], ...], sourceId, sku?] */
  readonly tiered: readonly (readonly unknown[])[];
  /** [type, vCPU, memory GiB] */
  readonly specs?: readonly (readonly [string, number, number])[];
}

/** Parses an AWS decimal price string once, at load time. */
function parseUsd(text: string, key: string): number {
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !Number.isFinite(value)) {
    throw new Error(`price snapshot: bad price "${text}" for ${key}`);
  }
  return value;
}

/** Builds a catalogue from a snapshot file (the embedded one, or another for tests). */
export function catalogueFromSnapshot(file: SnapshotFile, kind: PriceSource['kind'] = 'snapshot'): PriceCatalogue {
  const sources = new Map<string, PriceSource>();
  for (const [id, s] of Object.entries(file.sources)) {
    const basis = s.basis === 'derived' ? 'derived' : 'published';
    sources.set(id, {
      kind,
      title: s.title,
      url: s.url,
      asOf: s.asOf,
      basis,
      ...(s.note ? { note: s.note } : {}),
      ...(s.dateNote ? { dateNote: s.dateNote } : {}),
    });
  }
  const sourceOf = (id: string | undefined, key: string, sku?: string): PriceSource => {
    const source = id === undefined ? undefined : sources.get(id);
    if (!source) throw new Error(`price snapshot: ${key} names unknown source ${String(id)}`);
    return sku ? { ...source, sku } : source;
  };

  const quotes = new Map<string, PriceQuote>();
  for (const row of file.prices) {
    const [key, unit, usd, sourceId, sku] = row;
    if (key === undefined || unit === undefined || usd === undefined) throw new Error('price snapshot: short price row');
    quotes.set(key, { usdPerUnit: parseUsd(usd, key), unit, source: sourceOf(sourceId, key, sku) });
  }
  for (const row of file.reserved) {
    const [key, hourly, upfront, sourceId, sku] = row;
    if (key === undefined || hourly === undefined || upfront === undefined) throw new Error('price snapshot: short reserved row');
    quotes.set(key, {
      usdPerUnit: parseUsd(hourly, key),
      unit: 'Hrs',
      upfrontUsd: parseUsd(upfront, key),
      source: sourceOf(sourceId, key, sku),
    });
  }
  for (const row of file.tiered) {
    const [key, unit, rawTiers, sourceId, sku] = row as [string, string, [number, number | null, string][], string, string?];
    const tiers: PriceTier[] = rawTiers.map(([from, to, usd]) => ({
      fromQuantity: from,
      toQuantity: to,
      usdPerUnit: parseUsd(usd, key),
    }));
    const first = tiers[0];
    if (!first) throw new Error(`price snapshot: ${key} has no tiers`);
    quotes.set(key, { usdPerUnit: first.usdPerUnit, unit, tiers, source: sourceOf(sourceId, key, sku) });
  }

  const info: CatalogueInfo = { name: `${file.name} (built ${file.builtOn})`, kind, regions: file.regions };
  return {
    info,
    lookup(key: PriceKey) {
      return quotes.get(priceKeyId(key));
    },
  };
}

const snapshotFile = snapshotData as unknown as SnapshotFile;
let embedded: PriceCatalogue | undefined;

/** The price snapshot embedded in the app: the offline default. */
export function embeddedCatalogue(): PriceCatalogue {
  embedded ??= catalogueFromSnapshot(snapshotFile);
  return embedded;
}

/** Metadata of the embedded snapshot, for "where do prices come from" views. */
export function embeddedSnapshotInfo(): { name: string; builtOn: string; regions: readonly string[]; sources: SnapshotFile['sources'] } {
  const { name, builtOn, regions, sources } = snapshotFile;
  return { name, builtOn, regions, sources };
}

export interface InstanceOption {
  readonly type: string;
  readonly usdPerHour: number;
  readonly vcpu?: number;
  readonly memoryGiB?: number;
}

let specsByType: Map<string, readonly [string, number, number]> | undefined;

/**
 * Instance types the embedded snapshot prices in a Region, with vCPU, memory and hourly rate, for
 * instance pickers: EC2 (Linux on-demand), RDS classes (one engine, Single-AZ) or SageMaker types
 * (one component).
 */
export function instanceOptions(
  region: string,
  kind: { readonly service: 'ec2' } | { readonly service: 'rds'; readonly engine: string } | { readonly service: 'sagemaker'; readonly component: string },
): InstanceOption[] {
  specsByType ??= new Map((snapshotFile.specs ?? []).map((s) => [s[0], s]));
  const prefix =
    kind.service === 'ec2'
      ? `ec2/instance/${region}/`
      : kind.service === 'rds'
        ? `rds/instance/${region}/${kind.engine}/`
        : `sagemaker/instance/${region}/${kind.component}/`;
  const out: InstanceOption[] = [];
  for (const row of snapshotFile.prices) {
    const key = row[0]!;
    if (!key.startsWith(prefix)) continue;
    let type = key.slice(prefix.length);
    if (kind.service === 'rds') {
      if (!type.endsWith('/single-az')) continue;
      type = type.slice(0, -'/single-az'.length);
    }
    const spec = specsByType.get(type);
    out.push({ type, usdPerHour: Number(row[2]), ...(spec ? { vcpu: spec[1], memoryGiB: spec[2] } : {}) });
  }
  return out.sort((a, b) => a.type.localeCompare(b.type, 'en', { numeric: true }));
}
