import { calibrate } from '../../analysis/calibration';
import { defaultCacheDir } from '../../aws/cache/cache-dir';
import { costCachePath, readCostCache } from '../../aws/cost-explorer/cost-cache';
import { estimate, OPTION_IDS } from '../../index';
import { calibrationToText } from '../../report/calibration-text';
import { oneOf, parseFlags } from '../args';
import { cliCatalogue } from '../cli-catalogue';
import { CliError, EXIT } from '../cli-error';
import type { CommandResult } from '../command';
import { loadScenarioFile } from '../scenario-file';

const USAGE = 'tco-studio costs calibrate <file> [--option ec2|eks|managed] [--profile p] [--format table|json]';

/**
 * Today's bill (the last `costs import`) next to the scenario's current-state option, by service.
 * Makes no AWS request.
 */
export function costsCalibrateCommand(argv: readonly string[]): CommandResult {
  const { values, positionals } = parseFlags(
    argv,
    { option: { type: 'string', short: 'o' }, profile: { type: 'string', short: 'p' }, format: { type: 'string', short: 'f' } },
    USAGE,
  );
  if (positionals.length !== 1) throw new CliError(`costs calibrate needs exactly one scenario file (usage: ${USAGE})`, EXIT.usage);
  const format = oneOf('format', values.format, ['table', 'json'] as const, 'table');
  const scenario = loadScenarioFile(positionals[0]!);
  const path = costCachePath(defaultCacheDir(), values.profile);
  const { spend, problem } = readCostCache(path);
  if (!spend) {
    throw new CliError(
      problem ? `the imported costs are unreadable (${problem}); run: tco-studio costs import --months 3 --refresh` : `no imported costs${values.profile ? ` for profile "${values.profile}"` : ''} yet; run: tco-studio costs import --months 3`,
      EXIT.invalidInput,
    );
  }
  const result = estimate(scenario, cliCatalogue().catalogue);
  const options = result.options.map((o) => o.option);
  const option = oneOf('option', values.option, OPTION_IDS, options.includes('ec2') ? 'ec2' : options[0]!);
  if (!options.includes(option)) throw new CliError(`--option: this scenario compares ${options.join(', ')}, not ${option}`, EXIT.usage);
  const calibration = calibrate(result, option, spend);
  return { stdout: format === 'json' ? `${JSON.stringify(calibration, null, 2)}\n` : calibrationToText(calibration), exitCode: EXIT.ok };
}
