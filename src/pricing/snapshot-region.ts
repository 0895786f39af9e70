import * as z from 'zod';
import type { PriceQuote, PriceSource } from './catalogue';
import { priceRowSchema, specsRowSchema, type SpecsRow } from './price-rows';

/**
 * The offline price snapshot, as data beside the code (DESIGN.md): one Brotli-compressed JSON file
 * per Region (`<region>.json.br`) plus a small `index.json`, in src/pricing/snapshot/, written by
 * scripts/price-snapshot/write-snapshot.ts. A Region file holds exactly the live cache's price and
 * specs rows (src/pricing/price-rows.ts), so snapshot and cache share one row shape. This module
 * parses the JSON (decompressing and reading files is the Node adapter's job, src/aws/snapshot/).
 */
export const SNAPSHOT_REGION_FORMAT = 'tco-studio-price-snapshot/2';
export const SNAPSHOT_INDEX_FORMAT = 'tco-studio-price-snapshot-index/2';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');

/** A price source of the snapshot: a public feed (published) or a documented derivation (derived). */
export const snapshotSourceSchema = z.object({
  title: z.string().min(1),
  url: z.string().min(1),
  /** YYYY-MM-DD, or YYYY-MM for a monthly bill. */
  asOf: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be YYYY-MM-DD or YYYY-MM'),
  basis: z.enum(['published', 'derived']),
  note: z.string().optional(),
  dateNote: z.string().optional(),
  repository: z.string().optional(),
  commit: z.string().optional(),
  feedDate: z.string().optional(),
});
export type SnapshotSource = z.infer<typeof snapshotSourceSchema>;

export const snapshotRegionFileSchema = z
  .object({
    format: z.literal(SNAPSHOT_REGION_FORMAT),
    region: z.string().min(1),
    builtOn: day,
    sources: z.record(z.string(), snapshotSourceSchema),
    prices: z.array(priceRowSchema),
    instanceTypes: z.array(specsRowSchema),
  })
  .superRefine((file, ctx) => {
    let previous = '';
    file.prices.forEach((price, i) => {
      if (price.key.split('/')[2] !== file.region) ctx.addIssue({ code: 'custom', path: ['prices', i, 'key'], message: `key ${price.key} does not belong to ${file.region}` });
      if (price.key <= previous) ctx.addIssue({ code: 'custom', path: ['prices', i, 'key'], message: `key ${price.key} is duplicated or out of order` });
      if (!Object.hasOwn(file.sources, price.source)) ctx.addIssue({ code: 'custom', path: ['prices', i, 'source'], message: `names unknown source ${price.source}` });
      previous = price.key;
    });
  });
export type SnapshotRegionFile = z.infer<typeof snapshotRegionFileSchema>;

/** Published and derived rows of one "<service>/<kind>" (the first two segments of the price key). */
const coverageSchema = z.record(z.string(), z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]));

export const snapshotIndexRegionSchema = z.object({
  region: z.string().min(1),
  file: z.string().regex(/^[a-z0-9-]+\.json\.br$/, 'must be <region>.json.br'),
  bytes: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a hex SHA-256'),
  prices: z.number().int().nonnegative(),
  oldestAsOf: z.string(),
  newestAsOf: z.string(),
  coverage: coverageSchema,
});
export type SnapshotIndexRegion = z.infer<typeof snapshotIndexRegionSchema>;

export const snapshotIndexSchema = z.object({
  format: z.literal(SNAPSHOT_INDEX_FORMAT),
  name: z.string().min(1),
  builtOn: day,
  sources: z.record(z.string(), snapshotSourceSchema),
  regions: z.array(snapshotIndexRegionSchema),
});
export type SnapshotIndex = z.infer<typeof snapshotIndexSchema>;

/** One Region of the snapshot, parsed: its quotes keyed by price-key id, and the specs of the instance types it prices. */
export interface SnapshotRegion {
  readonly region: string;
  readonly builtOn: string;
  readonly quotes: ReadonlyMap<string, PriceQuote>;
  readonly instanceTypes: readonly SpecsRow[];
}

function firstIssue(what: string, error: z.ZodError): Error {
  const issue = error.issues[0];
  return new Error(`${what}: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}`);
}

/** Validates a snapshot index (parsed JSON); the error names the field and what is allowed. */
export function parseSnapshotIndex(json: unknown): SnapshotIndex {
  const result = snapshotIndexSchema.safeParse(json);
  if (!result.success) throw firstIssue('price snapshot index', result.error);
  return result.data;
}

/** Validates a Region file (parsed JSON); with `expectedRegion`, a file holding another Region is an error too. */
export function parseSnapshotRegionFile(json: unknown, expectedRegion?: string): SnapshotRegionFile {
  const result = snapshotRegionFileSchema.safeParse(json);
  if (!result.success) throw firstIssue('price snapshot', result.error);
  if (expectedRegion !== undefined && result.data.region !== expectedRegion) {
    throw new Error(`price snapshot: holds Region ${result.data.region}, expected ${expectedRegion}`);
  }
  return result.data;
}

/** The PriceSource of a snapshot source (kind 'snapshot'); the key order is the one reports print. */
export function snapshotPriceSource(source: SnapshotSource): PriceSource {
  return {
    kind: 'snapshot',
    title: source.title,
    url: source.url,
    asOf: source.asOf,
    basis: source.basis,
    ...(source.note ? { note: source.note } : {}),
    ...(source.dateNote ? { dateNote: source.dateNote } : {}),
  };
}

/** The quotes of a validated Region file, keyed by price-key id. */
export function snapshotRegionQuotes(file: SnapshotRegionFile): Map<string, PriceQuote> {
  const sources = new Map(Object.entries(file.sources).map(([id, s]) => [id, snapshotPriceSource(s)]));
  const quotes = new Map<string, PriceQuote>();
  for (const row of file.prices) {
    const source = sources.get(row.source)!;
    quotes.set(row.key, {
      usdPerUnit: row.usd,
      unit: row.unit,
      ...(row.upfrontUsd !== undefined ? { upfrontUsd: row.upfrontUsd } : {}),
      ...(row.tiers ? { tiers: row.tiers.map(([from, to, usd]) => ({ fromQuantity: from, toQuantity: to, usdPerUnit: usd })) } : {}),
      source: row.sku ? { ...source, sku: row.sku } : source,
    });
  }
  return quotes;
}

/** Parses a Region file's JSON into its quotes and instance specs (throws on a damaged or foreign file). */
export function parseSnapshotRegion(json: unknown, expectedRegion?: string): SnapshotRegion {
  const file = parseSnapshotRegionFile(json, expectedRegion);
  return { region: file.region, builtOn: file.builtOn, quotes: snapshotRegionQuotes(file), instanceTypes: file.instanceTypes };
}
