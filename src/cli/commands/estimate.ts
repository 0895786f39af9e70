import { estimate, type PriceCatalogue } from '../../index';
import { estimateLinesCsv } from '../../report/estimate-csv';
import { estimateToText } from '../../report/estimate-text';
import { intFlag, oneOf, parseFlags } from '../args';
import { CliError, EXIT } from '../cli-error';
import { loadScenarioFile } from '../scenario-file';
import type { CommandResult } from '../command';
import { cliCatalogue } from '../cli-catalogue';
import { fallbackCaveat, priceGaps } from '../price-gaps';

const USAGE = 'tco-studio estimate <file> [--format table|json|csv] [--months N] [--allow-missing]';

/** Prices come from the cache first, then the embedded snapshot (cliCatalogue); each line names its source. */
export function estimateCommand(argv: readonly string[], given?: PriceCatalogue): CommandResult {
  const { values, positionals } = parseFlags(
    argv,
    {
      format: { type: 'string', short: 'f' },
      months: { type: 'string' },
      'allow-missing': { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (positionals.length !== 1) throw new CliError(`estimate needs exactly one scenario file (usage: ${USAGE})`, EXIT.usage);
  const format = oneOf('format', values.format, ['table', 'json', 'csv'] as const, 'table');
  const months = intFlag('months', values.months, 1, 120);
  const scenario = loadScenarioFile(positionals[0]!);
  const result = estimate(scenario, given ?? cliCatalogue().catalogue, months === undefined ? {} : { horizonMonths: months });

  const stdout =
    format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : format === 'csv' ? estimateLinesCsv(result) : `${estimateToText(result)}\n`;
  const gaps = priceGaps(result);
  const caveat = fallbackCaveat(gaps);
  const missing = gaps.missing;
  if (missing.length > 0 && !values['allow-missing']) {
    const first = missing[0]!;
    return {
      stdout,
      stderr: `${caveat}tco-studio: ${missing.length} price${missing.length > 1 ? 's' : ''} not found; first: ${first.message} (use --allow-missing to accept)\n`,
      exitCode: EXIT.missingPrices,
    };
  }
  return { stdout, ...(caveat ? { stderr: caveat } : {}), exitCode: EXIT.ok };
}
