/**
 * Writes the offline price snapshot (DESIGN.md: "one compressed file per Region plus a small
 * index, shipped as assets"): `<outDir>/<region>.json.br` per Region and `<outDir>/index.json`,
 * from the in-memory snapshot scripts/build-price-snapshot.mjs builds (its legacy one-file shape).
 *
 * Every row is validated (a bad price, an unknown source, a duplicate key, a key of a Region not
 * listed: each throws, naming the row), so a build never writes a snapshot the app would refuse.
 * Output is deterministic (same input, byte-identical files: sorted rows, fixed Brotli params, no
 * clock), each file is written atomically (temp + rename), Region files before the index that
 * names them, and `*.json.br` files of Regions no longer present are removed last.
 *
 * Run from a .mjs script through scripts/price-snapshot/snapshot-writer.mjs (bundles this file).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import type { PriceRow, SpecsRow } from '../../src/pricing/price-rows';
import {
  parseSnapshotIndex,
  parseSnapshotRegionFile,
  SNAPSHOT_INDEX_FORMAT,
  SNAPSHOT_REGION_FORMAT,
  snapshotSourceSchema,
  type SnapshotIndex,
  type SnapshotIndexRegion,
  type SnapshotRegionFile,
  type SnapshotSource,
} from '../../src/pricing/snapshot-region';

/** The snapshot as scripts/build-price-snapshot.mjs builds it in memory (prices as AWS decimal strings). */
export interface LegacySnapshot {
  readonly format?: string;
  readonly name: string;
  readonly builtOn: string;
  readonly regions: readonly string[];
  readonly sources: Readonly<Record<string, SnapshotSource>>;
  /** [key, unit, usd, sourceId, sku?] */
  readonly prices: readonly (readonly (string | undefined)[])[];
  /** [key, hourly usd, upfront usd, sourceId, offer term code?] */
  readonly reserved: readonly (readonly (string | undefined)[])[];
  /** [key, unit, [[from, to|null, usd], ...], sourceId, sku?] */
  readonly tiered: readonly (readonly unknown[])[];
  /** [type, vCPU, memory GiB, GPUs?] */
  readonly specs?: readonly (readonly unknown[])[];
}

export interface WrittenSnapshot {
  readonly indexBytes: number;
  readonly regions: readonly SnapshotIndexRegion[];
  /** Region files of an earlier build that were removed (their Region is no longer present). */
  readonly removed: readonly string[];
}

export class SnapshotInputError extends Error {
  constructor(message: string) {
    super(`price snapshot: ${message}`);
    this.name = 'SnapshotInputError';
  }
}

/** Brotli settings fixed here so a rebuild is byte-identical (quality 11, text mode, size hint = input length). */
export function compressRegionJson(json: string): Buffer {
  const input = Buffer.from(json, 'utf8');
  return brotliCompressSync(input, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: input.length,
    },
  });
}

const SOURCE_FIELDS = ['title', 'url', 'asOf', 'basis', 'note', 'dateNote', 'repository', 'commit', 'feedDate'] as const;

/** A source with its fields in one fixed order (validated). */
function cleanSource(id: string, raw: unknown): SnapshotSource {
  const result = snapshotSourceSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new SnapshotInputError(`source ${id}: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}`);
  }
  const out: Record<string, string> = {};
  for (const field of SOURCE_FIELDS) if (result.data[field] !== undefined) out[field] = result.data[field];
  return out as unknown as SnapshotSource;
}

/** An AWS decimal price string, parsed once. */
function parseUsd(text: unknown, key: string): number {
  if (typeof text !== 'string' || !/^\d+(\.\d+)?$/.test(text) || !Number.isFinite(Number(text))) throw new SnapshotInputError(`bad price ${JSON.stringify(text)} for ${key}`);
  return Number(text);
}

function text(value: unknown, what: string, where: string): string {
  if (typeof value !== 'string' || value === '') throw new SnapshotInputError(`${where}: ${what} must be a non-empty string, got ${JSON.stringify(value)}`);
  return value;
}

/** The instance types a Region's price keys name: EC2 types, RDS classes (db.*), SageMaker types (ml.*). */
function pricedInstanceType(key: string): string | undefined {
  const parts = key.split('/');
  if (parts[0] === 'ec2' && (parts[1] === 'instance' || parts[1] === 'reserved')) return parts[3];
  if ((parts[0] === 'rds' && (parts[1] === 'instance' || parts[1] === 'reserved')) || (parts[0] === 'sagemaker' && parts[1] === 'instance')) return parts[4];
  return undefined;
}

function specsTable(legacy: LegacySnapshot): Map<string, SpecsRow> {
  const table = new Map<string, SpecsRow>();
  for (const [i, row] of (legacy.specs ?? []).entries()) {
    const [type, vcpu, memoryGib, gpu] = row;
    const where = `specs row ${i}`;
    const name = text(type, 'instance type', where);
    for (const [what, n] of [['vCPU', vcpu], ['memory', memoryGib]] as const) {
      if (typeof n !== 'number' || !(n > 0)) throw new SnapshotInputError(`${where} (${name}): ${what} must be a positive number, got ${JSON.stringify(n)}`);
    }
    if (gpu !== undefined && (typeof gpu !== 'number' || !(gpu > 0))) throw new SnapshotInputError(`${where} (${name}): GPUs must be a positive number, got ${JSON.stringify(gpu)}`);
    if (table.has(name)) throw new SnapshotInputError(`${where}: duplicate instance type ${name}`);
    table.set(name, { instanceType: name, vcpu: vcpu as number, memoryGib: memoryGib as number, ...(gpu !== undefined ? { gpu: gpu as number } : {}) });
  }
  return table;
}

/** Every legacy row as a price row (the live cache's shape), validated, grouped by the Region in its key. */
function rowsByRegion(legacy: LegacySnapshot, sourceIds: ReadonlySet<string>): Map<string, PriceRow[]> {
  const regions = new Set(legacy.regions);
  const byRegion = new Map<string, PriceRow[]>(legacy.regions.map((r) => [r, []]));
  const seen = new Set<string>();
  const add = (row: PriceRow) => {
    const region = row.key.split('/')[2];
    if (row.key.split('/').length < 3 || !region) throw new SnapshotInputError(`key ${row.key} names no Region (expected <service>/<kind>/<region>/...)`);
    if (!regions.has(region)) throw new SnapshotInputError(`key ${row.key} is in Region ${region}, which the snapshot's regions do not list (${legacy.regions.join(', ')})`);
    if (seen.has(row.key)) throw new SnapshotInputError(`duplicate key ${row.key}`);
    if (!sourceIds.has(row.source)) throw new SnapshotInputError(`${row.key} names unknown source ${row.source}`);
    seen.add(row.key);
    byRegion.get(region)!.push(row);
  };
  const sku = (value: unknown, key: string) => (value === undefined || value === '' ? {} : { sku: text(value, 'sku', key) });

  for (const [key, unit, usd, source, code] of legacy.prices) {
    const k = text(key, 'key', 'price row');
    add({ key: k, unit: text(unit, 'unit', k), usd: parseUsd(usd, k), source: text(source, 'source', k), ...sku(code, k) });
  }
  for (const [key, hourly, upfront, source, code] of legacy.reserved) {
    const k = text(key, 'key', 'reserved row');
    add({ key: k, unit: 'Hrs', usd: parseUsd(hourly, k), upfrontUsd: parseUsd(upfront, k), source: text(source, 'source', k), ...sku(code, k) });
  }
  for (const [key, unit, rawTiers, source, code] of legacy.tiered) {
    const k = text(key, 'key', 'tiered row');
    if (!Array.isArray(rawTiers) || rawTiers.length === 0) throw new SnapshotInputError(`${k} has no tiers`);
    const tiers = (rawTiers as unknown[]).map((tier): [number, number | null, number] => {
      const [from, to, usd] = Array.isArray(tier) ? (tier as unknown[]) : [];
      if (typeof from !== 'number' || !(from >= 0) || (to !== null && (typeof to !== 'number' || !(to > from)))) throw new SnapshotInputError(`${k}: bad tier ${JSON.stringify(tier)}`);
      return [from, to, parseUsd(usd, k)];
    });
    add({ key: k, unit: text(unit, 'unit', k), usd: tiers[0]![2], tiers, source: text(source, 'source', k), ...sku(code, k) });
  }
  for (const rows of byRegion.values()) rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return byRegion;
}

function regionFile(legacy: LegacySnapshot, region: string, rows: readonly PriceRow[], sources: ReadonlyMap<string, SnapshotSource>, specs: ReadonlyMap<string, SpecsRow>): SnapshotRegionFile {
  const used = [...new Set(rows.map((r) => r.source))].sort();
  const types = [...new Set(rows.map((r) => pricedInstanceType(r.key)).filter((t): t is string => t !== undefined))].sort();
  const instanceTypes: SpecsRow[] = [];
  for (const type of types) {
    // A db.* or ml.* class has the specs of its EC2 type unless the table lists the class itself.
    const spec = specs.get(type) ?? specs.get(type.replace(/^(db|ml)\./, ''));
    if (spec) instanceTypes.push({ ...spec, instanceType: type });
  }
  return {
    format: SNAPSHOT_REGION_FORMAT,
    region,
    builtOn: legacy.builtOn,
    sources: Object.fromEntries(used.map((id) => [id, sources.get(id)!])),
    prices: rows as PriceRow[],
    instanceTypes,
  };
}

function indexEntry(file: SnapshotRegionFile, name: string, bytes: Buffer): SnapshotIndexRegion {
  const dates = Object.values(file.sources)
    .map((s) => s.asOf)
    .sort();
  const coverage: Record<string, [number, number]> = {};
  for (const row of file.prices) {
    const group = row.key.split('/').slice(0, 2).join('/');
    const counts = (coverage[group] ??= [0, 0]);
    counts[file.sources[row.source]!.basis === 'derived' ? 1 : 0]++;
  }
  return {
    region: file.region,
    file: name,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    prices: file.prices.length,
    oldestAsOf: dates[0] ?? '',
    newestAsOf: dates.at(-1) ?? '',
    coverage: Object.fromEntries(Object.entries(coverage).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}

/** The index as reviewable text: two-space JSON with each [published, derived] pair on one line. */
export function formatIndex(index: SnapshotIndex): string {
  return `${JSON.stringify(index, null, 2).replace(/\[\n\s+(\d+),\n\s+(\d+)\n\s+\]/g, '[$1, $2]')}\n`;
}

function writeAtomically(path: string, bytes: Buffer | string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** The Region files and index for a legacy snapshot, validated, in memory (what `writeSnapshot` writes). */
export function buildSnapshotFiles(legacy: LegacySnapshot): { readonly files: ReadonlyMap<string, Buffer>; readonly index: SnapshotIndex } {
  text(legacy.name, 'name', 'snapshot');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(legacy.builtOn))) throw new SnapshotInputError(`builtOn must be YYYY-MM-DD, got ${JSON.stringify(legacy.builtOn)}`);
  for (const region of legacy.regions) if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) throw new SnapshotInputError(`Region ${JSON.stringify(region)} is not an AWS Region code`);
  if (new Set(legacy.regions).size !== legacy.regions.length) throw new SnapshotInputError('regions lists a Region twice');
  const sourceIds = Object.keys(legacy.sources).sort();
  const sources = new Map(sourceIds.map((id) => [id, cleanSource(id, legacy.sources[id])]));
  const specs = specsTable(legacy);
  const byRegion = rowsByRegion(legacy, new Set(sourceIds));

  const files = new Map<string, Buffer>();
  const entries: SnapshotIndexRegion[] = [];
  for (const region of [...legacy.regions].sort()) {
    const file = regionFile(legacy, region, byRegion.get(region)!, sources, specs);
    // What the app will read back: a row the reader would refuse fails the build instead.
    parseSnapshotRegionFile(file, region);
    const name = `${region}.json.br`;
    const bytes = compressRegionJson(JSON.stringify(file));
    files.set(name, bytes);
    entries.push(indexEntry(file, name, bytes));
  }
  const index: SnapshotIndex = {
    format: SNAPSHOT_INDEX_FORMAT,
    name: legacy.name,
    builtOn: legacy.builtOn,
    sources: Object.fromEntries(sources),
    regions: entries,
  };
  parseSnapshotIndex(index);
  return { files, index };
}

/**
 * Writes the snapshot of `legacy` into `outDir` (created if missing): one `<region>.json.br` per
 * listed Region, then `index.json`, then removes `*.json.br` files of Regions no longer listed.
 * Throws SnapshotInputError, writing nothing, when any row or source is invalid.
 */
export function writeSnapshot(outDir: string, legacy: LegacySnapshot): WrittenSnapshot {
  const { files, index } = buildSnapshotFiles(legacy);
  mkdirSync(outDir, { recursive: true });
  for (const [name, bytes] of files) writeAtomically(join(outDir, name), bytes);
  const indexText = formatIndex(index);
  writeAtomically(join(outDir, 'index.json'), indexText);
  const removed: string[] = [];
  for (const name of readdirSync(outDir).sort()) {
    if (name.endsWith('.json.br') && !files.has(name)) {
      rmSync(join(outDir, name), { force: true });
      removed.push(name);
    }
  }
  return { indexBytes: Buffer.byteLength(indexText), regions: index.regions, removed };
}
