import { basename } from 'node:path';
import { calibrate } from '../../analysis/calibration';
import { MAX_COST_EXPLORER_CSV_BYTES, parseCostExplorerCsv } from '../../analysis/cost-explorer-csv';
import type { ImportedSpend } from '../../analysis/imported-spend';
import { defaultCacheDir } from '../../aws/cache/cache-dir';
import { costCachePath, readCostCache } from '../../aws/cost-explorer/cost-cache';
import { estimate, OPTION_IDS } from '../../index';
import { calibrationToText } from '../../report/calibration-text';
import { oneOf, parseFlags } from '../args';
import { cliCatalogue } from '../cli-catalogue';
import { CliError, EXIT } from '../cli-error';
import type { CommandResult } from '../command';
import { readRegularFileCapped } from '../../storage/read-capped';
import { loadScenarioFile, unreadableFile } from '../scenario-file';

const USAGE = 'tco-studio costs calibrate <file> [--csv cost-explorer.csv] [--option ec2|eks|managed] [--profile p] [--format table|json]';

/** The spend in a CSV downloaded from the Cost Explorer console; a file that is not one is a one-line error. */
function readCostExplorerCsvFile(path: string, now: Date): ImportedSpend {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readRegularFileCapped(path, { maxBytes: MAX_COST_EXPLORER_CSV_BYTES }));
  } catch (error) {
    if (error instanceof TypeError) throw new CliError(`${path}: is not UTF-8 text; download the CSV from Cost Explorer again`, EXIT.invalidInput);
    throw unreadableFile(path, error);
  }
  return parseCostExplorerCsv(text, basename(path), now.toISOString());
}

/** The last API import of this profile from the cache, or a one-line error saying to import first. */
function cachedSpend(profile: string | undefined): ImportedSpend {
  const { spend, problem } = readCostCache(costCachePath(defaultCacheDir(), profile));
  if (spend) return spend;
  throw new CliError(
    problem ? `the imported costs are unreadable (${problem}); run: tco-studio costs import --months 3 --refresh` : `no imported costs${profile ? ` for profile "${profile}"` : ''} yet; run: tco-studio costs import --months 3`,
    EXIT.invalidInput,
  );
}

/**
 * Today's bill (the last `costs import`, or a CSV downloaded from the Cost Explorer console with
 * --csv) next to the scenario's current-state option, by service. Makes no AWS request.
 */
export function costsCalibrateCommand(argv: readonly string[]): CommandResult {
  const { values, positionals } = parseFlags(
    argv,
    { option: { type: 'string', short: 'o' }, profile: { type: 'string', short: 'p' }, format: { type: 'string', short: 'f' }, csv: { type: 'string' } },
    USAGE,
  );
  if (positionals.length !== 1) throw new CliError(`costs calibrate needs exactly one scenario file (usage: ${USAGE})`, EXIT.usage);
  const format = oneOf('format', values.format, ['table', 'json'] as const, 'table');
  const scenario = loadScenarioFile(positionals[0]!);
  if (values.csv !== undefined && values.profile !== undefined) throw new CliError('--csv and --profile cannot be used together: --csv reads the bill from the file, --profile picks a cached API import', EXIT.usage);
  const spend = values.csv !== undefined ? readCostExplorerCsvFile(values.csv, new Date()) : cachedSpend(values.profile);
  const result = estimate(scenario, cliCatalogue().catalogue);
  const options = result.options.map((o) => o.option);
  const option = oneOf('option', values.option, OPTION_IDS, options.includes('ec2') ? 'ec2' : options[0]!);
  if (!options.includes(option)) throw new CliError(`--option: this scenario compares ${options.join(', ')}, not ${option}`, EXIT.usage);
  const calibration = calibrate(result, option, spend);
  return { stdout: format === 'json' ? `${JSON.stringify(calibration, null, 2)}\n` : calibrationToText(calibration), exitCode: EXIT.ok };
}
