import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { priceKeyId } from '../../pricing/price-key';
import { mkdirPrivate, removeDeadWritersTempFiles, writePrivateFileAtomic } from '../../storage/atomic-write';
import { readJsonFile } from '../../storage/json-file';
import type { FetchedPrice } from '../price-list/fetched-price';
import type { ServiceInstanceSpecs } from '../price-list/price-collector';
import { isStale } from './cache-ttl';
import { asCacheWriteError, type FileWriter } from './cache-write-error';
import {
  CACHE_SERVICES,
  PRICE_CACHE_FORMAT,
  priceCacheFileSchema,
  type CachedPrice,
  type CacheService,
  type CacheSource,
  type PriceCacheFile,
} from './price-cache-file';

/** A cache file as read: the file, or why it could not be used (absent files are neither). */
export interface CacheRead {
  readonly file?: PriceCacheFile;
  readonly problem?: string;
}

export interface CacheFileStatus {
  readonly region: string;
  readonly service: CacheService;
  readonly path: string;
  readonly prices: number;
  readonly instanceTypes: number;
  readonly methods: readonly ('targeted' | 'full')[];
  /** Latest AWS publication date among the file's sources. */
  readonly publishedOn?: string;
  readonly oldestFetchedAt?: string;
  readonly newestFetchedAt?: string;
  /** Some prices were fetched longer ago than the TTL. */
  readonly stale: boolean;
  readonly problem?: string;
}

const REGION_DIR = /^[a-z]{2}(-[a-z]+)+-\d+$/;
/**
 * The on-disk price cache: one file per Region and service under `<dir>/prices/<region>/`, each
 * written atomically (temp file + rename), so a refresh killed at any moment leaves the previous
 * file whole. A refresh merges into what is there: keys it did not fetch keep their older price
 * and their own source and date.
 */
export class PriceCache {
  constructor(
    readonly dir: string,
    private readonly writeFile: FileWriter = writePrivateFileAtomic,
  ) {}

  get pricesDir(): string {
    return join(this.dir, 'prices');
  }

  path(region: string, service: CacheService): string {
    return join(this.pricesDir, region, `${service}.json`);
  }

  /** Regions with a cache folder. */
  regions(): string[] {
    if (!existsSync(this.pricesDir)) return [];
    return readdirSync(this.pricesDir)
      .filter((name) => REGION_DIR.test(name) && statSync(join(this.pricesDir, name)).isDirectory())
      .sort();
  }

  /** Services with a cache file in a Region. */
  services(region: string): CacheService[] {
    return CACHE_SERVICES.filter((s) => existsSync(this.path(region, s)));
  }

  read(region: string, service: CacheService): CacheRead {
    const path = this.path(region, service);
    const { value: file, problem } = readJsonFile(path, priceCacheFileSchema);
    if (!file) return problem ? { problem } : {};
    if (file.region !== region || file.service !== service) return { problem: `${path}: holds ${file.service} prices for ${file.region}` };
    return { file };
  }

  /**
   * Merges fetched prices and specs into the cache, one atomic write per Region and service.
   * Returns the files written and any unreadable file that was replaced. A folder that cannot be
   * written (full, read-only, not permitted) is a CacheWriteError naming it and the cause.
   */
  store(prices: readonly FetchedPrice[], specs: readonly ServiceInstanceSpecs[], fetchedAt: Date): { written: string[]; replaced: string[] } {
    const groups = new Map<string, { region: string; service: CacheService; prices: FetchedPrice[]; specs: ServiceInstanceSpecs[] }>();
    const group = (region: string, service: CacheService) => {
      const id = `${region}/${service}`;
      let g = groups.get(id);
      if (!g) groups.set(id, (g = { region, service, prices: [], specs: [] }));
      return g;
    };
    for (const price of prices) group(price.key.region, price.key.service).prices.push(price);
    for (const s of specs) group(s.region, s.service).specs.push(s);

    const written: string[] = [];
    const replaced: string[] = [];
    const at = fetchedAt.toISOString();
    for (const g of groups.values()) {
      const previous = this.read(g.region, g.service);
      if (previous.problem) replaced.push(previous.problem);
      const file = mergeCacheFile(previous.file, g.region, g.service, g.prices, g.specs, at);
      const path = this.path(g.region, g.service);
      const dir = join(this.pricesDir, g.region);
      try {
        mkdirPrivate(dir);
        removeDeadWritersTempFiles(dir);
        this.writeFile(path, `${JSON.stringify(file)}\n`);
      } catch (error) {
        throw asCacheWriteError(error, 'price cache', dir);
      }
      written.push(path);
    }
    return { written, replaced };
  }

  status(now: Date, ttlMs: number): CacheFileStatus[] {
    const out: CacheFileStatus[] = [];
    for (const region of this.regions()) {
      for (const service of this.services(region)) {
        const path = this.path(region, service);
        const { file, problem } = this.read(region, service);
        if (!file) {
          out.push({ region, service, path, prices: 0, instanceTypes: 0, methods: [], stale: true, ...(problem ? { problem } : {}) });
          continue;
        }
        const used = new Set(file.prices.map((p) => p.source));
        const sources = Object.entries(file.sources)
          .filter(([id]) => used.has(id))
          .map(([, s]) => s);
        const fetched = sources.map((s) => s.fetchedAt).sort();
        const published = sources.map((s) => s.publishedOn).sort();
        out.push({
          region,
          service,
          path,
          prices: file.prices.length,
          instanceTypes: file.instanceTypes.length,
          methods: [...new Set(sources.map((s) => s.method))].sort(),
          ...(published.length ? { publishedOn: published[published.length - 1] } : {}),
          ...(fetched.length ? { oldestFetchedAt: fetched[0], newestFetchedAt: fetched[fetched.length - 1] } : {}),
          stale: fetched.length === 0 || isStale(fetched[0]!, now, ttlMs),
        });
      }
    }
    return out;
  }
}

function sourceId(source: CacheSource): string {
  return [source.serviceCode, source.method, source.publishedOn, source.version ?? '', source.fetchedAt].join('|');
}

/** The new content of one cache file: previous prices, overridden by the fetched ones. */
export function mergeCacheFile(
  previous: PriceCacheFile | undefined,
  region: string,
  service: CacheService,
  prices: readonly FetchedPrice[],
  specs: readonly ServiceInstanceSpecs[],
  fetchedAt: string,
): PriceCacheFile {
  const sources = new Map<string, CacheSource>();
  const byKey = new Map<string, CachedPrice>();
  for (const price of previous?.prices ?? []) {
    const source = previous!.sources[price.source]!;
    const id = sourceId(source);
    sources.set(id, source);
    byKey.set(price.key, { ...price, source: id });
  }
  for (const price of prices) {
    const source: CacheSource = {
      serviceCode: price.origin.serviceCode,
      method: price.origin.method,
      publishedOn: price.origin.publishedOn,
      ...(price.origin.version ? { version: price.origin.version } : {}),
      fetchedAt,
    };
    const id = sourceId(source);
    sources.set(id, source);
    const key = priceKeyId(price.key);
    byKey.set(key, {
      key,
      unit: price.unit,
      usd: price.usdPerUnit,
      ...(price.upfrontUsd !== undefined ? { upfrontUsd: price.upfrontUsd } : {}),
      ...(price.tiers ? { tiers: price.tiers.map((t) => [t.fromQuantity, t.toQuantity, t.usdPerUnit] as [number, number | null, number]) } : {}),
      source: id,
      sku: price.sku,
    });
  }
  const instanceTypes = new Map((previous?.instanceTypes ?? []).map((s) => [s.instanceType, s]));
  for (const s of specs) instanceTypes.set(s.specs.instanceType, { ...s.specs });
  const used = new Set([...byKey.values()].map((p) => p.source));
  return {
    format: PRICE_CACHE_FORMAT,
    region,
    service,
    writtenAt: fetchedAt,
    sources: Object.fromEntries([...sources].filter(([id]) => used.has(id))),
    prices: [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    instanceTypes: [...instanceTypes.values()].sort((a, b) => (a.instanceType < b.instanceType ? -1 : 1)),
  };
}
