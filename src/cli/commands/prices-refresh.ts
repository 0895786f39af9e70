import { defaultCacheDir } from '../../aws/cache/cache-dir';
import { DEFAULT_PRICE_TTL_MS } from '../../aws/cache/cache-ttl';
import { CacheWriteError } from '../../aws/cache/cache-write-error';
import { PriceCache } from '../../aws/cache/price-cache';
import type { RejectCode } from '../../aws/price-list/product-classifier';
import { refreshPrices, type PriceRefreshOutcome, type PriceRefreshRequest } from '../../aws/refresh-prices';
import { priceKeysOfScenario, starterPriceKeys } from '../../aws/scenario-price-keys';
import { defaultPriceSnapshot } from '../../aws/snapshot/price-snapshot';
import { describePriceKey, priceKeyId, type PriceKey } from '../../index';
import { checkRegion, oneOf, parseFlags } from '../args';
import { timeoutFlag } from '../aws-failure-exit';
import { awsFailureToCliError } from '../aws-failure-exit';
import { CliError, EXIT } from '../cli-error';
import type { CommandResult } from '../command';
import { processIo, type CommandIo } from '../command-io';
import { progressView } from '../progress-view';
import { loadScenarioFile } from '../scenario-file';

const USAGE = 'tco-studio prices refresh --region r [--profile p] [--full] [--scenario f ...] [--format table|json] [--cache-dir d] [--timeout s]';

const LEFT_OUT: Readonly<Record<RejectCode, string>> = {
  'capacity-reservation': 'capacity reservations',
  'capacity-block': 'capacity blocks',
  'preinstalled-software': 'with SQL Server pre-installed',
  license: 'other license models',
  'operating-system': 'other operating systems',
  tenancy: 'dedicated tenancy',
  'not-plain-usage': 'other usage types',
  'other-region': 'other Regions',
  engine: 'other database engines',
  deployment: 'other deployment options',
  'not-modelled': 'products the model does not price',
};

/** What still prices the Region(s) when a refresh fails: the cache, then the snapshot. */
function fallbackText(regions: readonly string[], io: CommandIo, cacheDir: string): string {
  const cache = new PriceCache(cacheDir);
  const status = cache.status(io.now(), DEFAULT_PRICE_TTL_MS).filter((s) => regions.includes(s.region) && s.prices > 0);
  const snapshot = defaultPriceSnapshot().info();
  const cached = status.map((s) => `${s.region} ${s.service} fetched ${s.newestFetchedAt?.slice(0, 10) ?? '?'}`);
  return cached.length > 0
    ? `nothing was changed: prices still come from the cache (${cached.join(', ')}), then the embedded snapshot of ${snapshot.builtOn}`
    : `nothing was changed: prices still come from the embedded snapshot of ${snapshot.builtOn}`;
}

function summary(outcome: PriceRefreshOutcome, regions: readonly string[], requested: readonly PriceKey[]): string {
  const r = outcome.result;
  const published = [...new Set(r.prices.map((p) => p.origin.publishedOn))].sort();
  const how = outcome.mode === 'full' ? `regional offer files: ${outcome.files.map((f) => f.serviceCode).join(', ') || 'none'}` : 'GetProducts';
  const lines = [
    `Refreshed ${r.prices.length} price${r.prices.length === 1 ? '' : 's'} for ${regions.join(', ')} from the AWS Price List (${how}; ${r.requests} request${r.requests === 1 ? '' : 's'}${
      published.length ? `; published ${published[published.length - 1]}` : ''
    }).`,
  ];
  if (outcome.written.length) lines.push(`Cache: ${outcome.written.join(', ')}`);
  const left = Object.entries(r.stats.rejected)
    .filter(([code, n]) => n && code !== 'not-modelled')
    .map(([code, n]) => `${n} ${LEFT_OUT[code as RejectCode]}`);
  if (left.length) lines.push(`Left out on purpose: ${left.join(', ')}.`);
  if (outcome.mode === 'targeted') {
    const unqueryable = new Set(r.unqueryable.map(priceKeyId));
    const missing = r.notFound.map((k) => `${describePriceKey(k)} in ${k.region}${unqueryable.has(priceKeyId(k)) ? ' (no Price List product)' : ''}`);
    if (missing.length) lines.push(`Not found live, still priced from the cache or the snapshot: ${missing.join('; ')}.`);
    lines.push(`${requested.length - r.notFound.length} of the ${requested.length} prices requested came from AWS just now.`);
  }
  for (const w of r.warnings) lines.push(`warning: ${w}`);
  for (const p of outcome.replaced) lines.push(`warning: replaced an unreadable cache file: ${p}`);
  return `${lines.join('\n')}\n`;
}

export async function pricesRefreshCommand(argv: readonly string[], io: CommandIo = processIo()): Promise<CommandResult> {
  const { values, positionals } = parseFlags(
    argv,
    {
      region: { type: 'string', short: 'r' },
      profile: { type: 'string', short: 'p' },
      full: { type: 'boolean', default: false },
      scenario: { type: 'string', short: 's', multiple: true },
      format: { type: 'string', short: 'f' },
      'cache-dir': { type: 'string' },
      timeout: { type: 'string' },
    },
    USAGE,
  );
  if (positionals.length > 0) throw new CliError(`prices refresh takes no arguments; give scenarios with --scenario (usage: ${USAGE})`, EXIT.usage);
  const format = oneOf('format', values.format, ['table', 'json'] as const, 'table');
  const region = values.region === undefined ? undefined : checkRegion(values.region);
  const scenarios = values.scenario ?? [];
  const cacheDir = values['cache-dir'] ?? defaultCacheDir();
  const timeoutMs = timeoutFlag(values.timeout);

  let request: PriceRefreshRequest;
  let regions: string[];
  let keys: PriceKey[] = [];
  if (values.full) {
    if (!region) throw new CliError(`prices refresh --full needs --region (usage: ${USAGE})`, EXIT.usage);
    if (scenarios.length) throw new CliError('--full downloads the whole regional catalogue; drop --scenario, or drop --full for a targeted refresh', EXIT.usage);
    request = { mode: 'full', region };
    regions = [region];
  } else if (scenarios.length) {
    const byKey = new Map<string, PriceKey>();
    for (const file of scenarios) {
      const scenario = loadScenarioFile(file);
      if (region && scenario.region !== region) {
        throw new CliError(`${file}: is priced in ${scenario.region}, not ${region}; drop --region to refresh each scenario's own Region`, EXIT.usage);
      }
      for (const key of priceKeysOfScenario(scenario)) byKey.set(priceKeyId(key), key);
    }
    keys = [...byKey.values()];
    regions = [...new Set(keys.map((k) => k.region))].sort();
    request = { mode: 'targeted', keys };
  } else {
    if (!region) throw new CliError(`prices refresh needs --region, or --scenario files to refresh their prices (usage: ${USAGE})`, EXIT.usage);
    keys = starterPriceKeys(region);
    regions = [region];
    request = { mode: 'targeted', keys };
  }

  const view = progressView(io, 'prices');
  let outcome: PriceRefreshOutcome;
  try {
    outcome = await refreshPrices(request, {
      connection: { ...(values.profile ? { profile: values.profile } : {}), ...(timeoutMs ? { requestTimeoutMs: timeoutMs } : {}) },
      cacheDir,
      observer: view,
    });
  } catch (error) {
    view.finish();
    if (error instanceof CacheWriteError) {
      // Price List requests are free: fetching again into a writable folder costs only time.
      throw new CliError(
        `${error.message}; the prices fetched were not saved (files already in the cache are whole); free space or fix the folder, or run again with --cache-dir <folder> (and TCO_STUDIO_CACHE_DIR=<folder> for later commands)`,
        EXIT.invalidInput,
      );
    }
    throw awsFailureToCliError(error, fallbackText(regions, io, cacheDir));
  }
  view.finish();
  if (format === 'json') {
    const r = outcome.result;
    const json = {
      mode: outcome.mode,
      regions,
      fetchedAt: outcome.fetchedAt,
      prices: r.prices.length,
      requests: r.requests,
      written: outcome.written,
      files: outcome.files,
      notFound: r.notFound.map(priceKeyId),
      stats: r.stats,
      warnings: r.warnings,
    };
    return { stdout: `${JSON.stringify(json, null, 2)}\n`, exitCode: EXIT.ok };
  }
  return { stdout: summary(outcome, regions, keys), exitCode: EXIT.ok };
}
