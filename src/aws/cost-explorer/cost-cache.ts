import { dirname, join } from 'node:path';
import * as z from 'zod';
import type { ImportedSpend } from '../../analysis/imported-spend';
import { mkdirPrivate, writePrivateFileAtomic } from '../../storage/atomic-write';
import { asCacheWriteError, type FileWriter } from '../cache/cache-write-error';
import { readJsonFile } from '../../storage/json-file';
import { lastCompleteMonths } from './import-period';

/**
 * The last Cost Explorer import per AWS profile, at `<cache>/costs/<profile>.json`, written
 * atomically. Re-running an import for the same months within a day reads it back instead of
 * paying for the same requests again.
 */
export const COST_CACHE_FORMAT = 'tco-studio-cost-import/1';
export const COST_CACHE_REUSE_MS = 24 * 60 * 60 * 1000;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const finite = z.number().finite();

const importedAt = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO date-time');

const importedSpendSchema = z.object({
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('cost-explorer'), importedAt, profile: z.string().optional(), metric: z.literal('UnblendedCost') }),
    z.object({ kind: z.literal('cost-explorer-csv'), importedAt, fileName: z.string() }),
  ]),
  period: z.object({ start: date, end: date }),
  months: z.array(
    z.object({
      month: z.string().regex(/^\d{4}-\d{2}$/),
      estimated: z.boolean(),
      partial: z.object({ days: z.number().int().positive(), daysInMonth: z.number().int().min(28).max(31) }).optional(),
      byService: z.record(z.string(), finite),
      byUsageType: z.array(z.object({ service: z.string(), usageType: z.string(), usd: finite })),
    }),
  ),
  forecast: z
    .object({ start: date, end: date, meanUsd: finite, lowUsd: finite.optional(), highUsd: finite.optional() })
    .optional(),
  requests: z.number().int().nonnegative(),
});

const costCacheFileSchema = z.object({ format: z.literal(COST_CACHE_FORMAT), spend: importedSpendSchema });

export function costCachePath(cacheDir: string, profile: string | undefined): string {
  const name = (profile ?? 'default').replace(/[^A-Za-z0-9._-]/g, '_');
  return join(cacheDir, 'costs', `${name}.json`);
}

export function readCostCache(path: string): { spend?: ImportedSpend; problem?: string } {
  const { value, problem } = readJsonFile(path, costCacheFileSchema);
  if (problem) return { problem };
  return value ? { spend: value.spend as ImportedSpend } : {};
}

/** The import as a cost-cache file; also what `costs import --out` writes, so the file can be copied into a cache. */
export function costCacheText(spend: ImportedSpend): string {
  return `${JSON.stringify({ format: COST_CACHE_FORMAT, spend }, null, 2)}\n`;
}

/** Writes the import to the cache; a folder that cannot be written is a CacheWriteError naming it and the cause. */
export function writeCostCache(path: string, spend: ImportedSpend, writeFile: FileWriter = writePrivateFileAtomic): void {
  try {
    // The account's spend is the user's business: readable by the user only.
    mkdirPrivate(dirname(path));
    writeFile(path, costCacheText(spend));
  } catch (error) {
    throw asCacheWriteError(error, 'cost cache', dirname(path));
  }
}

/** A cached import covering the same months, recent enough to reuse. */
export function reusableImport(spend: ImportedSpend | undefined, period: { start: string; end: string }, now: Date): ImportedSpend | undefined {
  if (!spend) return undefined;
  if (spend.period.start !== period.start || spend.period.end !== period.end) return undefined;
  return now.getTime() - Date.parse(spend.source.importedAt) <= COST_CACHE_REUSE_MS ? spend : undefined;
}

/**
 * The cached import of the last `months` complete months, when recent enough to reuse (an import
 * costs money); an unreadable cache is reported and treated as absent.
 */
export function reusableCachedImport(path: string, months: number, now: Date, onProblem: (message: string) => void): ImportedSpend | undefined {
  const cached = readCostCache(path);
  if (cached.problem) onProblem(`ignoring unreadable cost cache ${cached.problem}`);
  return reusableImport(cached.spend, lastCompleteMonths(months, now), now);
}
