import { ModelError, ScenarioError } from '../index';
import { defaultCacheDir } from '../aws/cache/cache-dir';
import { sweepAppFolders } from '../host/app-folders';
import { defaultWebDataDir } from '../host/user-dirs';
import { CliError, EXIT } from './cli-error';
import type { CommandResult } from './command';
import { terminalOutput, terminalText } from './terminal-text';
import { estimateCommand } from './commands/estimate';
import { initCommand } from './commands/init';
import { pricesCommand } from './commands/prices';
import { costsCommand } from './commands/costs';
import { costsImportCommand } from './commands/costs-import';
import { pricesRefreshCommand } from './commands/prices-refresh';
import { schemaCommand } from './commands/schema';
import { tradeoffsCommand } from './commands/tradeoffs';
import { reportCommand } from './commands/report';
import { breakevenCommand, commitmentsCommand, compareCommand, inputsCommand, sensitivityCommand, simulateCommand } from './commands/analysis';

declare const __TCO_VERSION__: string;
const VERSION = typeof __TCO_VERSION__ === 'string' ? __TCO_VERSION__ : 'dev';

export const HELP = `TCO Studio ${VERSION}: self-managed EC2 vs managed AWS services (RDS, SageMaker), AWS bill plus ops effort.

Usage: tco-studio <command> [options]

Commands:
  estimate <file> [--format table|json|csv] [--months N] [--allow-missing]
      Per option: monthly run-rate, one-time cost, horizon total, NPV, ops hours, break-even,
      and every cost line with its price source or citation.
  tradeoffs <file> [--format table|json|csv] [--allow-missing]
      Beyond dollars: who does what (AWS or you), control levers, exit effort, time to value,
      and a weighted scorecard with a recommendation that says what drove it.
  inputs <file>
      The numeric inputs what-if analysis can vary: path, value, unit, allowed range.
  breakeven <file> --input <path> [--between a,b] [--min x] [--max y]
      The value of one input at which two options cost the same, and the cost curve over its range.
      Without --input, an ML scenario comparing ec2 and eks: the team size at which EKS pays off.
  sensitivity <file> [--between a,b] [--range-pct 25] [--progress]
      Tornado: every input varied alone over its range, ranked by its effect on the difference.
  simulate <file> [--runs N] [--seed S] [--between a,b] [--progress]
      Monte Carlo over the scenario's uncertainty distributions: P10/P50/P90, chance each option wins.
  compare <file> (--variants a,b | --options a,b)
      Two variants (or two options) line by line, with the differences explained. A variant name
      that holds a comma is quoted (--variants '"Storage, doubled",base') or given its own
      --variants (--variants "Storage, doubled" --variants base).
  commitments <file> [--utilisation pct] [--savings-plan-discount pct]
      On-demand against reserved instances and Savings Plans: break-even utilisation, recommendation.
      Analysis commands take [--variant v] [--metric total|npv] [--format table|json|csv].
      simulate, sensitivity and report show progress on a terminal after a second; --progress always.
  report <file> --out <path> [--format pdf|html|csv|json|xlsx] [--variant v] [--paper a4|letter] [--progress]
      The comparison report: PDF (printed by Chromium: CHROMIUM_PATH or the usual install
      locations), the same report as one HTML file, cost lines and monthly projection as CSV, the
      full result as JSON, or an Excel workbook (XLSX: summary, lines with live formulas, months, ops
      tasks, assumptions, sources). The format follows the file name unless --format is given.
  prices show <instance-type> [--region r] [--service ec2|rds|sagemaker] [--format table|json]
      The catalogue's prices for an instance type, with source and as-of date.
  prices refresh --region r [--profile p] [--full] [--scenario f ...] [--format table|json] [--cache-dir d] [--timeout s]
      Fetches current prices from the AWS Price List into the local cache: the prices the given
      scenarios use (or a starter set), or with --full every price of the Region's offer files.
  prices status [--format table|json]
      Where prices come from: each cached Region and service with its dates and age, then the
      embedded snapshot. Lookups use the cache first; cached prices are refreshed after 7 days.
  costs import --months N [--profile p] [--format table|json|csv] [--yes] [--refresh] [--max-requests N] [--out f] [--cache-dir d] [--timeout s]
      Your AWS spend by service and usage type, and the forecast, from Cost Explorer. Cost Explorer
      charges $0.01 per request: the cost is shown first and needs --yes or a yes at the prompt.
  costs calibrate <file> [--csv cost-explorer.csv] [--option ec2|eks|managed] [--profile p] [--format table|json]
      Today's bill (from the last import) next to the scenario's current-state option, by service.
  schema [--out <file>]
      The JSON Schema of *.tco.json scenario files.
  init [--template database|ml|both] [--out <file>|-] [--force]
      Writes a starter scenario.

Exit codes: 0 ok, 1 invalid input or a file or cache folder that cannot be written, 2 bad command line, 3 prices not found (estimate, tradeoffs, report), 4 AWS unreachable or
refused (prices refresh, costs import), 5 Chromium missing (report), 70 internal error.
Docs: README.md, docs/methodology.md and docs/tradeoffs.md.`;

/** Runs one command line and returns what to print; never throws. The AWS commands need runAsync. */
export function run(argv: readonly string[]): CommandResult {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        return { stdout: `${HELP}\n`, exitCode: command === undefined ? EXIT.usage : EXIT.ok };
      case '--version':
      case '-v':
        return { stdout: `${VERSION}\n`, exitCode: EXIT.ok };
      case 'estimate':
        return estimateCommand(rest);
      case 'tradeoffs':
        return tradeoffsCommand(rest);
      case 'inputs':
        return inputsCommand(rest);
      case 'breakeven':
        return breakevenCommand(rest);
      case 'sensitivity':
        return sensitivityCommand(rest);
      case 'simulate':
        return simulateCommand(rest);
      case 'compare':
        return compareCommand(rest);
      case 'commitments':
        return commitmentsCommand(rest);
      case 'prices':
        return pricesCommand(rest);
      case 'costs':
        return costsCommand(rest);
      case 'schema':
        return schemaCommand(rest);
      case 'init':
        return initCommand(rest);
      default:
        throw new CliError(`unknown command "${command}"; run tco-studio --help for the list`, EXIT.usage);
    }
  } catch (error) {
    return errorResult(error);
  }
}

/** The commands that run asynchronously (AWS calls, report printing); undefined for every other command. */
function awsCommand(argv: readonly string[]): Promise<CommandResult> | undefined {
  const [command, sub, ...rest] = argv;
  if (command === 'prices' && sub === 'refresh') return pricesRefreshCommand(rest);
  if (command === 'costs' && sub === 'import') return costsImportCommand(rest);
  if (command === 'report') return reportCommand(sub === undefined ? [] : [sub, ...rest]);
  return undefined;
}

/** Runs any command line, awaiting the AWS commands; never throws. */
export async function runAsync(argv: readonly string[]): Promise<CommandResult> {
  try {
    const pending = awsCommand(argv);
    return pending ? await pending : run(argv);
  } catch (error) {
    return errorResult(error);
  }
}

/** Every failure as one line on stderr and an exit code; a stack trace only with TCO_STUDIO_DEBUG. */
function errorResult(error: unknown): CommandResult {
  if (error instanceof CliError) return { stdout: '', stderr: `tco-studio: ${error.message}\n`, exitCode: error.exitCode };
  if (error instanceof ScenarioError) return { stdout: '', stderr: `tco-studio: ${error.message}\n`, exitCode: EXIT.invalidInput };
  if (error instanceof ModelError) return { stdout: '', stderr: `tco-studio: ${error.message}\n`, exitCode: EXIT.invalidInput };
  const detail = process.env.TCO_STUDIO_DEBUG ? `\n${(error as Error).stack ?? ''}` : ' (set TCO_STUDIO_DEBUG=1 for details)';
  return { stdout: '', stderr: `tco-studio: internal error: ${(error as Error).message}${detail}\n`, exitCode: EXIT.internal };
}

/** Writes all of a stream's text, then resolves; a closed pipe (e.g. `| head`) is not an error. */
function writeAll(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (!text) return resolve();
    stream.on('error', () => resolve());
    stream.write(text, () => resolve());
  });
}

export async function main(argv: readonly string[]): Promise<void> {
  // Every command first clears the temp files writes killed earlier left in the app's folders (the cache, the web app's data).
  sweepAppFolders(defaultCacheDir(), [defaultWebDataDir()]);
  const result = await runAsync(argv);
  await writeAll(process.stdout, terminalOutput(result.stdout));
  if (result.stderr) await writeAll(process.stderr, terminalText(result.stderr));
  process.exitCode = result.exitCode;
}
