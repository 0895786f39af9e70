import { readFileSync } from 'node:fs';
import type { AwsRegion } from '../../src/model/regions';
import { regionOf, type SkippedLocations } from './locations';
import type { SourceInfo, Tier } from './snapshot-builder';

/**
 * Readers for the two shapes the pricing-page exports come in, and the row a loader hands back.
 *
 * - "metered" (the feed as fetched: `{manifest: {hawkFilePublicationDate}, regions: {location:
 *   {label: {rateCode, price, ...attributes}}}}`; a label is readable or a hashed RegionlessRateCode);
 * - "processed" (QuinnyPig/aws-price-watcher: `{label: {"location (Attr: v, ...)": price}}`).
 */

export interface Candidate {
  readonly key: string;
  readonly unit: string;
  readonly usd: string;
  readonly sourceId: string;
  readonly sku?: string;
}

export interface ReservedCandidate {
  readonly key: string;
  readonly hourly: string;
  readonly upfront: string;
  readonly sourceId: string;
  readonly sku?: string;
}

export interface TieredCandidate {
  readonly key: string;
  readonly unit: string;
  readonly tiers: readonly Tier[];
  readonly sourceId: string;
  readonly sku?: string;
}

/** What one source family yields. `references` are second opinions for cross-checks, never rows. */
export interface LoadedFamily {
  readonly family: string;
  readonly sources: Record<string, SourceInfo>;
  readonly prices: Candidate[];
  readonly reserved: ReservedCandidate[];
  readonly tiered: TieredCandidate[];
  readonly specs: [string, number, number][];
  readonly references: Candidate[];
  /** Entries seen but not used, by reason (e.g. hashed labels without attributes). */
  readonly notes: Record<string, number>;
  /** EC2 bare-metal types a source shows exist in a Region, but whose rate it lists at another tenancy: derived later (derived-rows.ts). */
  metalTypes?: { region: string; instanceType: string }[];
}

export function emptyFamily(family: string): LoadedFamily {
  return { family, sources: {}, prices: [], reserved: [], tiered: [], specs: [], references: [], notes: {} };
}

export function note(family: LoadedFamily, reason: string, n = 1): void {
  family.notes[reason] = (family.notes[reason] ?? 0) + n;
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export interface MeteredEntry {
  readonly rateCode?: string;
  readonly price: string;
  readonly [attribute: string]: string | undefined;
}

export interface MeteredFeed {
  /** manifest.hawkFilePublicationDate as YYYY-MM-DD, when the file has one. */
  readonly publishedOn?: string;
  readonly regions: ReadonlyMap<AwsRegion, Readonly<Record<string, MeteredEntry>>>;
}

const HASHED_LABEL = /^[A-Za-z0-9_-]{43}( V\d+)?$/;

/** True for a label that is a hashed RegionlessRateCode (the feed's attributes were not mapped to a name). */
export function isHashedLabel(label: string): boolean {
  return HASHED_LABEL.test(label);
}

export function readMeteredFeed(path: string, skipped?: SkippedLocations): MeteredFeed {
  const json = readJson(path) as { manifest?: { hawkFilePublicationDate?: string }; regions?: Record<string, Record<string, MeteredEntry>> };
  if (!json.regions) throw new Error(`${path}: no "regions" (not a pricing-page feed)`);
  const regions = new Map<AwsRegion, Record<string, MeteredEntry>>();
  for (const [location, entries] of Object.entries(json.regions)) {
    const region = regionOf(location, skipped);
    if (!region) continue;
    if (regions.has(region)) throw new Error(`${path}: two locations map to ${region}`);
    regions.set(region, entries);
  }
  const published = json.manifest?.hawkFilePublicationDate?.slice(0, 10);
  return published ? { publishedOn: published, regions } : { regions };
}

export interface ProcessedPoint {
  readonly region: AwsRegion;
  readonly attributes: Readonly<Record<string, string>>;
  readonly usd: string;
}

/** "US West (Oregon) (Instance Type: db.m5.large, vCPU: 2)" → location and attributes. */
export function splitProcessedLocation(text: string): { location: string; attributes: Record<string, string> } {
  const m = /^(.*?) \(([A-Za-z][A-Za-z ]*: [^()]*)\)$/.exec(text);
  if (!m) return { location: text, attributes: {} };
  const attributes: Record<string, string> = {};
  for (const part of m[2]!.split(', ')) {
    const at = part.indexOf(': ');
    if (at > 0) attributes[part.slice(0, at)] = part.slice(at + 2);
  }
  return { location: m[1]!, attributes };
}

/** The points of one processed label, in Regions the schema accepts. */
export function processedPoints(values: Readonly<Record<string, string>>, skipped?: SkippedLocations): ProcessedPoint[] {
  const out: ProcessedPoint[] = [];
  for (const [text, usd] of Object.entries(values)) {
    const { location, attributes } = splitProcessedLocation(text);
    const region = regionOf(location, skipped);
    if (region) out.push({ region, attributes, usd });
  }
  return out;
}

/** Adds a candidate unless the same key already came from this family: equal prices collapse, different ones fail. */
export function addUnique(list: Candidate[], seen: Map<string, Candidate>, c: Candidate): void {
  const prior = seen.get(c.key);
  if (prior) {
    if (Number(prior.usd) !== Number(c.usd)) throw new Error(`${c.key}: two prices in ${c.sourceId} (${prior.usd} and ${c.usd})`);
    return;
  }
  seen.set(c.key, c);
  list.push(c);
}

/** "16 GiB" / "0.5 GiB" / "16" → 16. */
export function gib(text: string | undefined): number {
  return Number(String(text ?? '').replace(/\s*GiB$/i, '').replace(/,/g, ''));
}
