import { resolve } from 'node:path';
import { defaultCacheDir } from '../../aws/cache/cache-dir';
import { CacheWriteError } from '../../aws/cache/cache-write-error';
import { costCachePath, costCacheText, reusableCachedImport, writeCostCache } from '../../aws/cost-explorer/cost-cache';
import { COST_EXPLORER_USD_PER_REQUEST } from '../../aws/cost-explorer/import-plan';
import { writeFileAtomic } from '../../storage/atomic-write';
import { createCostExplorerClient } from '../../aws/cost-explorer/cost-explorer-client';
import { importCosts } from '../../aws/cost-explorer/cost-import';
import { DEFAULT_MAX_IMPORT_REQUESTS, describeImportPlan, planCostImport } from '../../aws/cost-explorer/import-plan';
import type { ImportedSpend } from '../../analysis/imported-spend';
import { spendToCsv } from '../../report/spend-csv';
import { spendToText } from '../../report/spend-text';
import { intFlag, oneOf, parseFlags } from '../args';
import { awsFailureToCliError, timeoutFlag } from '../aws-failure-exit';
import { CliError, EXIT } from '../cli-error';
import type { CommandResult } from '../command';
import { processIo, type CommandIo } from '../command-io';
import { progressView } from '../progress-view';

const USAGE =
  'tco-studio costs import --months N [--profile p] [--format table|json|csv] [--yes] [--refresh] [--max-requests N] [--out file] [--cache-dir d] [--timeout s]';

function render(spend: ImportedSpend, format: 'table' | 'json' | 'csv'): string {
  if (format === 'json') return `${JSON.stringify(spend, null, 2)}\n`;
  return format === 'csv' ? spendToCsv(spend) : spendToText(spend);
}

/**
 * Imports the last N months of spend from Cost Explorer. Cost Explorer bills every request, so
 * the cost is printed first and the import runs only with --yes or a "y" at the prompt; an import
 * of the same months in the last day is read from the cache instead, for free.
 */
export async function costsImportCommand(argv: readonly string[], io: CommandIo = processIo()): Promise<CommandResult> {
  const { values, positionals } = parseFlags(
    argv,
    {
      months: { type: 'string', short: 'm' },
      profile: { type: 'string', short: 'p' },
      format: { type: 'string', short: 'f' },
      yes: { type: 'boolean', short: 'y', default: false },
      refresh: { type: 'boolean', default: false },
      'max-requests': { type: 'string' },
      out: { type: 'string', short: 'o' },
      'cache-dir': { type: 'string' },
      timeout: { type: 'string' },
    },
    USAGE,
  );
  if (positionals.length > 0) throw new CliError(`costs import takes no arguments (usage: ${USAGE})`, EXIT.usage);
  const months = intFlag('months', values.months, 1, 12);
  if (months === undefined) throw new CliError(`costs import needs --months N, from 1 to 12 (usage: ${USAGE})`, EXIT.usage);
  const maxRequests = intFlag('max-requests', values['max-requests'], 3, 100) ?? DEFAULT_MAX_IMPORT_REQUESTS;
  const format = oneOf('format', values.format, ['table', 'json', 'csv'] as const, 'table');
  const now = io.now();
  const timeoutMs = timeoutFlag(values.timeout);
  const path = costCachePath(values['cache-dir'] ?? defaultCacheDir(), values.profile);

  if (!values.refresh) {
    const reuse = reusableCachedImport(path, months, now, (problem) => io.write(`costs: warning: ${problem}\n`));
    if (reuse) {
      return {
        stdout: render(reuse, format),
        stderr: `costs: from the import of ${reuse.source.importedAt.slice(0, 16).replace('T', ' ')} UTC; no request made (--refresh imports again)\n`,
        exitCode: EXIT.ok,
      };
    }
  }

  const plan = planCostImport(months, maxRequests);
  io.write(`costs: ${describeImportPlan(plan)}\n`);
  if (!values.yes) {
    if (!io.stdinIsTty) {
      throw new CliError('add --yes to accept the Cost Explorer charge (nothing was requested)', EXIT.usage);
    }
    const answer = await io.ask(`Spend up to $${plan.maximumUsd.toFixed(2)} on Cost Explorer requests? [y/N] `);
    if (!/^y(es)?$/i.test(answer.trim())) return { stdout: '', stderr: 'costs: cancelled; nothing was requested\n', exitCode: EXIT.ok };
  }

  const view = progressView(io, 'costs');
  const client = createCostExplorerClient({ ...(values.profile ? { profile: values.profile } : {}), ...(timeoutMs ? { requestTimeoutMs: timeoutMs } : {}) });
  let spend: ImportedSpend;
  try {
    spend = await importCosts(client, { months, now, maxRequests, ...(values.profile ? { profile: values.profile } : {}), observer: view });
  } catch (error) {
    throw awsFailureToCliError(error, 'nothing was saved');
  } finally {
    view.finish();
    client.destroy();
  }
  return saveImport(spend, path, values.out, format, io);
}

/**
 * Saves a paid-for import: to --out when given, and to the cache. A cache folder that cannot be
 * written loses nothing: the import is still printed, written to --out, or (at a terminal) to a
 * file the user names; the exit code says the cache was not written.
 */
async function saveImport(spend: ImportedSpend, path: string, out: string | undefined, format: 'table' | 'json' | 'csv', io: CommandIo): Promise<CommandResult> {
  const saved: string[] = [];
  const problems: string[] = [];
  const saveTo = (file: string) => {
    try {
      writeFileAtomic(file, costCacheText(spend));
      saved.push(resolve(file));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      problems.push(`cannot write ${file} (${code})`);
    }
  };
  if (out) saveTo(out);
  let cacheFailure: CacheWriteError | undefined;
  try {
    writeCostCache(path, spend);
    saved.push(path);
  } catch (error) {
    if (!(error instanceof CacheWriteError)) throw error;
    cacheFailure = error;
  }
  const stdout = render(spend, format);
  if (!cacheFailure) {
    return { stdout, stderr: `costs: saved to ${saved.join(' and ')}${problems.length ? `; ${problems.join('; ')}` : ''}\n`, exitCode: problems.length ? EXIT.invalidInput : EXIT.ok };
  }
  const paid = `$${(spend.requests * COST_EXPLORER_USD_PER_REQUEST).toFixed(2)}`;
  if (saved.length === 0 && io.stdinIsTty) {
    io.write(`costs: ${cacheFailure.message}\n`);
    const answer = (await io.ask(`Save the import (${paid} of requests) to another file? Path, or empty to skip: `)).trim();
    if (answer) saveTo(answer);
  }
  const kept = saved.length
    ? `the import (${paid} of requests) is saved to ${saved.join(' and ')} and printed`
    : `the import (${paid} of requests) is printed but not saved; run with --out <file> to keep a copy, or --cache-dir <folder>`;
  return {
    stdout,
    stderr: `costs: ${cacheFailure.message}; ${kept}${problems.length ? `; ${problems.join('; ')}` : ''}\n`,
    exitCode: EXIT.invalidInput,
  };
}
