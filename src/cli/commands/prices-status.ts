import { defaultCacheDir } from '../../aws/cache/cache-dir';
import { ageInDays, DEFAULT_PRICE_TTL_MS, ttlDays } from '../../aws/cache/cache-ttl';
import { PriceCache } from '../../aws/cache/price-cache';
import { defaultPriceSnapshot } from '../../aws/snapshot/price-snapshot';
import { textTable } from '../../report/text-table';
import { oneOf, parseFlags } from '../args';
import { CliError, EXIT } from '../cli-error';
import type { CommandResult } from '../command';
import { processIo, type CommandIo } from '../command-io';

const USAGE = 'tco-studio prices status [--format table|json]';

/** Where prices come from right now: each cache file (source, dates, age against the TTL), then the snapshot. */
export function pricesStatusCommand(argv: readonly string[], io: CommandIo = processIo()): CommandResult {
  const { values, positionals } = parseFlags(argv, { format: { type: 'string', short: 'f' } }, USAGE);
  if (positionals.length > 0) throw new CliError(`prices status takes no arguments (usage: ${USAGE})`, EXIT.usage);
  const format = oneOf('format', values.format, ['table', 'json'] as const, 'table');
  const now = io.now();
  const cache = new PriceCache(defaultCacheDir());
  const files = cache.status(now, DEFAULT_PRICE_TTL_MS);
  const loaded = defaultPriceSnapshot().loadIndex();
  const index = loaded.value;
  const dates = Object.values(index?.sources ?? {})
    .map((s) => s.asOf)
    .sort();

  if (format === 'json') {
    const json = {
      cacheDir: cache.dir,
      ttlDays: ttlDays(DEFAULT_PRICE_TTL_MS),
      lookupOrder: ['cache', 'snapshot'],
      cache: files,
      snapshot: index
        ? {
            name: index.name,
            builtOn: index.builtOn,
            regions: index.regions.map((r) => r.region),
            oldestSource: dates[0],
            newestSource: dates[dates.length - 1],
            coverage: index.regions.map(({ region, prices, oldestAsOf, newestAsOf, coverage }) => ({ region, prices, oldestAsOf, newestAsOf, coverage })),
          }
        : { problem: loaded.problem },
    };
    return { stdout: `${JSON.stringify(json, null, 2)}\n`, exitCode: EXIT.ok };
  }

  const lines: string[] = [];
  if (files.length === 0) {
    lines.push(`No cached AWS prices in ${cache.dir}: every price comes from the embedded snapshot.`);
  } else {
    lines.push(`Price cache: ${cache.dir} (refreshed after ${ttlDays(DEFAULT_PRICE_TTL_MS)} days)`, '');
    const rows = files.map((f) => {
      const age = f.oldestFetchedAt ? ageInDays(f.oldestFetchedAt, now) : undefined;
      return [
        f.region,
        f.service,
        String(f.prices),
        String(f.instanceTypes),
        f.methods.join('+') || '-',
        f.publishedOn ?? '-',
        f.newestFetchedAt ? `${f.newestFetchedAt.slice(0, 16).replace('T', ' ')}Z` : '-',
        age === undefined ? '-' : `${age} day${age === 1 ? '' : 's'}`,
        f.problem ? 'UNREADABLE (ignored)' : f.stale ? 'stale: refresh' : 'fresh',
      ];
    });
    lines.push(textTable(['Region', 'Service', 'Prices', 'Types', 'How', 'Published', 'Fetched', 'Age', 'State'], rows, ['left', 'left', 'right', 'right', 'left', 'left', 'left', 'right', 'left']));
    for (const f of files.filter((x) => x.problem)) lines.push(`  ${f.problem}`);
  }
  lines.push(
    '',
    index
      ? `Embedded snapshot: ${index.name} of ${index.builtOn}, for ${index.regions.map((r) => `${r.region} (${r.prices} prices, ${r.oldestAsOf} to ${r.newestAsOf})`).join(', ')} (sources dated ${dates[0]} to ${dates[dates.length - 1]}).`
      : `Embedded snapshot: unavailable: ${loaded.problem}`,
    'Each price is looked up in the cache first, then in the embedded snapshot; every estimate line names the source and date it used.',
    'Refresh: tco-studio prices refresh --region <region> [--scenario <file>] [--full]',
  );
  return { stdout: `${lines.join('\n')}\n`, exitCode: EXIT.ok };
}
