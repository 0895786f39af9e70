import type { CatalogueInfo, PriceCatalogue, PriceQuote } from './catalogue';
import type { SpecsRow } from './price-rows';
import { priceKeyId } from './price-key';
import type { QuoteEntries } from './quotes-over-catalogue';

/** The name a snapshot catalogue shows (estimates print it): "<snapshot name> of <date>", the date of its newest source unless the build was given one. */
export function snapshotCatalogueName(name: string, builtOn: string): string {
  return `${name} of ${builtOn}`;
}

/**
 * A catalogue over prices held per Region: `regionQuotes` answers a Region's quotes (the Node
 * adapter loads a Region's snapshot file on its first lookup; the renderer has the one Region the
 * host sent). A Region it cannot answer has no prices: lookups miss and lines are flagged.
 */
export function regionsCatalogue(
  info: CatalogueInfo,
  regionQuotes: (region: string) => ReadonlyMap<string, PriceQuote> | undefined,
  regionSpecs?: (region: string) => readonly SpecsRow[] | undefined,
): PriceCatalogue {
  const vcpusByRegion = new Map<string, ReadonlyMap<string, number>>();
  return {
    info,
    lookup(key) {
      return regionQuotes(key.region)?.get(priceKeyId(key));
    },
    vcpus(region, instanceType) {
      let byType = vcpusByRegion.get(region);
      if (byType === undefined) {
        byType = vcpuMap(regionSpecs?.(region) ?? []);
        vcpusByRegion.set(region, byType);
      }
      return byType.get(instanceType);
    },
  };
}

function vcpuMap(specs: readonly SpecsRow[]): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  for (const s of specs) if (s.vcpu !== undefined) out.set(s.instanceType, s.vcpu);
  return out;
}

/** A catalogue over quotes keyed by price-key id (one Region's snapshot quotes as the host sends them), with the Region's instance specs if given. */
export function quotesCatalogue(info: CatalogueInfo, quotes: QuoteEntries | ReadonlyMap<string, PriceQuote>, instanceTypes: readonly SpecsRow[] = []): PriceCatalogue {
  const byId: ReadonlyMap<string, PriceQuote> = quotes instanceof Map ? quotes : new Map(quotes as QuoteEntries);
  const vcpus = vcpuMap(instanceTypes);
  return { info, lookup: (key) => byId.get(priceKeyId(key)), vcpus: (region, type) => (info.regions.includes(region) ? vcpus.get(type) : undefined) };
}

export interface InstanceOption {
  readonly type: string;
  readonly usdPerHour: number;
  readonly vcpu?: number;
  readonly memoryGiB?: number;
}

/** One Region's loaded prices, as instance pickers need them: quotes by price-key id and instance specs. */
export interface RegionInstanceData {
  readonly region: string;
  readonly quotes: QuoteEntries | ReadonlyMap<string, PriceQuote>;
  readonly instanceTypes: readonly SpecsRow[];
}

export type InstanceOptionKind =
  | { readonly service: 'ec2' }
  | { readonly service: 'rds'; readonly engine: string }
  | { readonly service: 'sagemaker'; readonly component: string };

/**
 * Instance types a Region's prices cover, with vCPU, memory and hourly rate, for instance pickers:
 * EC2 (Linux on-demand), RDS classes (one engine, Single-AZ) or SageMaker types (one component).
 * Specs are looked up under the priced name (`db.r6i.large`, `ml.m5.xlarge`): the snapshot writer lists them so.
 */
export function instanceOptions(data: RegionInstanceData, kind: InstanceOptionKind): InstanceOption[] {
  const specs = new Map(data.instanceTypes.map((s) => [s.instanceType, s]));
  const prefix =
    kind.service === 'ec2'
      ? `ec2/instance/${data.region}/`
      : kind.service === 'rds'
        ? `rds/instance/${data.region}/${kind.engine}/`
        : `sagemaker/instance/${data.region}/${kind.component}/`;
  const out: InstanceOption[] = [];
  for (const [key, quote] of data.quotes) {
    if (!key.startsWith(prefix)) continue;
    let type = key.slice(prefix.length);
    // Windows and SQL Server licence-included EC2 rates carry a platform suffix; pickers list Linux rates.
    if (kind.service === 'ec2' && type.includes('/')) continue;
    if (kind.service === 'rds') {
      if (!type.endsWith('/single-az')) continue;
      type = type.slice(0, -'/single-az'.length);
    }
    const spec = specs.get(type);
    out.push({
      type,
      usdPerHour: quote.usdPerUnit,
      ...(spec?.vcpu !== undefined && spec.memoryGib !== undefined ? { vcpu: spec.vcpu, memoryGiB: spec.memoryGib } : {}),
    });
  }
  return out.sort((a, b) => a.type.localeCompare(b.type, 'en', { numeric: true }));
}
