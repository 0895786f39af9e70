import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import type { CatalogueInfo, PriceCatalogue } from '../../pricing/catalogue';
import { regionsCatalogue, snapshotCatalogueName } from '../../pricing/region-catalogue';
import { parseSnapshotIndex, parseSnapshotRegion, type SnapshotIndex, type SnapshotIndexRegion, type SnapshotRegion } from '../../pricing/snapshot-region';
import { FileShapeError, readRegularFileCapped } from '../../storage/read-capped';
import { findSnapshotDir } from './snapshot-dir';

/** Largest index.json accepted (a few KB per Region). */
export const MAX_SNAPSHOT_INDEX_BYTES = 1024 * 1024;
/** Largest compressed Region file accepted. */
export const MAX_SNAPSHOT_FILE_BYTES = 16 * 1024 * 1024;
/** Largest decompressed Region JSON accepted: a Brotli bomb stops here. */
export const MAX_SNAPSHOT_JSON_BYTES = 128 * 1024 * 1024;

export interface PriceSnapshotOptions {
  /** Default: findSnapshotDir() ($TCO_STUDIO_SNAPSHOT_DIR, the app's resources, the project's src/pricing/snapshot). */
  readonly dir?: string;
  readonly maxFileBytes?: number;
  readonly maxJsonBytes?: number;
}

type Loaded<T> = { readonly value: T; readonly problem?: undefined } | { readonly value?: undefined; readonly problem: string };

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'is missing';
  if (error instanceof FileShapeError) return error.message.slice(error.path.length + 2);
  return error instanceof Error ? error.message : String(error);
}

/**
 * The offline price snapshot on disk (index.json + one `<region>.json.br` per Region, see
 * src/pricing/snapshot-region.ts): the index is read once; a Region's file is read, size-capped,
 * checked against the index (size, SHA-256), decompressed (capped) and validated on the first
 * lookup in that Region, and kept. A missing or damaged file is a problem naming the file: that
 * Region then has no snapshot prices (lines are flagged "price not found"), nothing crashes.
 */
export class PriceSnapshot {
  readonly dir: string;
  private indexLoad: Loaded<SnapshotIndex> | undefined;
  private readonly regionLoads = new Map<string, Loaded<SnapshotRegion> | undefined>();

  constructor(private readonly options: PriceSnapshotOptions = {}) {
    this.dir = options.dir ?? findSnapshotDir();
  }

  get indexPath(): string {
    return join(this.dir, 'index.json');
  }

  /** The index, or the problem reading it. */
  loadIndex(): Loaded<SnapshotIndex> {
    if (!this.indexLoad) {
      try {
        const text = readRegularFileCapped(this.indexPath, { maxBytes: MAX_SNAPSHOT_INDEX_BYTES }).toString('utf8');
        this.indexLoad = { value: parseSnapshotIndex(JSON.parse(text)) };
      } catch (error) {
        this.indexLoad = { problem: `price snapshot index ${this.indexPath} ${reason(error)}; no snapshot prices are available (reinstall, or refresh prices from AWS)` };
      }
    }
    return this.indexLoad;
  }

  index(): SnapshotIndex | undefined {
    return this.loadIndex().value;
  }

  /** What the index says of a Region, if it holds it. */
  regionEntry(region: string): SnapshotIndexRegion | undefined {
    return this.index()?.regions.find((r) => r.region === region);
  }

  /** Name and Regions of the snapshot, for catalogue info and status views (empty when the index cannot be read). */
  info(): CatalogueInfo & { readonly builtOn: string; readonly snapshotName: string } {
    const index = this.index();
    return {
      name: index ? snapshotCatalogueName(index.name, index.builtOn) : 'Embedded AWS price snapshot (unavailable)',
      kind: 'snapshot',
      regions: index ? index.regions.map((r) => r.region) : [],
      builtOn: index?.builtOn ?? '',
      snapshotName: index?.name ?? 'Embedded AWS price snapshot (unavailable)',
    };
  }

  /**
   * One Region's prices: undefined (no problem) when the snapshot does not hold the Region; a
   * problem naming the file when it should but the file is missing, damaged or not that Region's.
   */
  loadRegion(region: string): Loaded<SnapshotRegion> | undefined {
    if (this.regionLoads.has(region)) return this.regionLoads.get(region);
    const index = this.loadIndex();
    let loaded: Loaded<SnapshotRegion> | undefined;
    if (index.problem !== undefined) loaded = { problem: index.problem };
    else {
      const entry = index.value.regions.find((r) => r.region === region);
      loaded = entry ? this.readRegion(entry) : undefined;
    }
    this.regionLoads.set(region, loaded);
    return loaded;
  }

  region(region: string): SnapshotRegion | undefined {
    return this.loadRegion(region)?.value;
  }

  private readRegion(entry: SnapshotIndexRegion): Loaded<SnapshotRegion> {
    const path = join(this.dir, entry.file);
    try {
      const bytes = readRegularFileCapped(path, { maxBytes: this.options.maxFileBytes ?? MAX_SNAPSHOT_FILE_BYTES });
      if (bytes.length !== entry.bytes || createHash('sha256').update(bytes).digest('hex') !== entry.sha256) {
        throw new Error(`does not match the index (${bytes.length} bytes, expected ${entry.bytes} with the indexed SHA-256): damaged or replaced`);
      }
      let json: Buffer;
      try {
        json = brotliDecompressSync(bytes, { maxOutputLength: this.options.maxJsonBytes ?? MAX_SNAPSHOT_JSON_BYTES });
      } catch (error) {
        throw new Error(`cannot be decompressed (${(error as Error).message})`);
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(json.toString('utf8'));
      } catch (error) {
        throw new Error(`is not valid JSON (${(error as Error).message})`);
      }
      return { value: parseSnapshotRegion(parsed, entry.region) };
    } catch (error) {
      return { problem: `price snapshot file ${path} ${reason(error)}; no snapshot prices for ${entry.region}` };
    }
  }

  /**
   * The snapshot as a catalogue: a Region's file is loaded on the first lookup in that Region.
   * Each problem (missing index, damaged file) goes to `onProblem` once per catalogue.
   */
  catalogue(onProblem?: (message: string) => void): PriceCatalogue {
    const reported = new Set<string>();
    const report = (problem: string | undefined) => {
      if (problem === undefined || reported.has(problem)) return;
      reported.add(problem);
      onProblem?.(problem);
    };
    report(this.loadIndex().problem);
    const info = this.info();
    return regionsCatalogue({ name: info.name, kind: info.kind, regions: info.regions }, (region) => {
      const loaded = this.loadRegion(region);
      report(loaded?.problem);
      return loaded?.value?.quotes;
    }, (region) => this.loadRegion(region)?.value?.instanceTypes);
  }
}

let shared: PriceSnapshot | undefined;

/** The process's snapshot (found by findSnapshotDir), shared so each Region file is read at most once. */
export function defaultPriceSnapshot(): PriceSnapshot {
  shared ??= new PriceSnapshot();
  return shared;
}
