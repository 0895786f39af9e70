import { estimate, tradeoffsReport, type PriceCatalogue } from '../../index';
import { cliCatalogue } from '../cli-catalogue';
import { fallbackCaveat, priceGaps } from '../price-gaps';
import { tradeoffsCsv } from '../../report/tradeoffs-csv';
import { tradeoffsToText } from '../../report/tradeoffs-text';
import { oneOf, parseFlags } from '../args';
import { CliError, EXIT } from '../cli-error';
import type { CommandResult } from '../command';
import { loadScenarioFile } from '../scenario-file';

const USAGE = 'tco-studio tradeoffs <file> [--format table|json|csv] [--allow-missing]';

/**
 * `tco-studio tradeoffs`: who does what, control levers, exit effort, time to value and the
 * weighted scorecard. Missing prices make the cost criterion unreliable, so they fail the command
 * (exit 3) as they do for `estimate`, unless --allow-missing.
 */
export function tradeoffsCommand(argv: readonly string[], catalogueOverride?: PriceCatalogue): CommandResult {
  const { values, positionals } = parseFlags(
    argv,
    { format: { type: 'string', short: 'f' }, 'allow-missing': { type: 'boolean', default: false } },
    USAGE,
  );
  if (positionals.length !== 1) throw new CliError(`tradeoffs needs exactly one scenario file (usage: ${USAGE})`, EXIT.usage);
  const format = oneOf('format', values.format, ['table', 'json', 'csv'] as const, 'table');
  const scenario = loadScenarioFile(positionals[0]!);
  const catalogue = catalogueOverride ?? cliCatalogue().catalogue;
  const result = estimate(scenario, catalogue);
  const report = tradeoffsReport(scenario, catalogue, result);

  const stdout = format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'csv' ? tradeoffsCsv(report) : `${tradeoffsToText(report)}\n`;
  const gaps = priceGaps(result);
  const caveat = fallbackCaveat(gaps);
  const missing = gaps.missing;
  if (missing.length > 0 && !values['allow-missing']) {
    return {
      stdout,
      stderr: `${caveat}tco-studio: ${missing.length} price${missing.length > 1 ? 's' : ''} not found, so the cost scores are incomplete; first: ${missing[0]!.message} (use --allow-missing to accept)\n`,
      exitCode: EXIT.missingPrices,
    };
  }
  return { stdout, ...(caveat ? { stderr: caveat } : {}), exitCode: EXIT.ok };
}
