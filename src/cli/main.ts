import { ModelError, ScenarioError } from '../index';
import { CliError, EXIT } from './cli-error';
import type { CommandResult } from './command';
import { estimateCommand } from './commands/estimate';
import { initCommand } from './commands/init';
import { pricesCommand } from './commands/prices';
import { schemaCommand } from './commands/schema';

declare const __TCO_VERSION__: string;
const VERSION = typeof __TCO_VERSION__ === 'string' ? __TCO_VERSION__ : 'dev';

export const HELP = `TCO Studio ${VERSION}: self-managed EC2 vs managed AWS services (RDS, SageMaker), AWS bill plus ops effort.

Usage: tco-studio <command> [options]

Commands:
  estimate <file> [--format table|json|csv] [--months N] [--allow-missing]
      Per option: monthly run-rate, one-time cost, horizon total, NPV, ops hours, break-even,
      and every cost line with its price source or citation.
  prices show <instance-type> [--region r] [--service ec2|rds|sagemaker] [--format table|json]
      The catalogue's prices for an instance type, with source and as-of date.
  schema [--out <file>]
      The JSON Schema of *.tco.json scenario files.
  init [--template database|ml|both] [--out <file>|-] [--force]
      Writes a starter scenario.

Exit codes: 0 ok, 1 invalid input, 2 bad command line, 3 prices not found (estimate), 70 internal error.
Docs: README.md and docs/methodology.md.`;

/** Runs one command line and returns what to print; never throws. */
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
      case 'prices':
        return pricesCommand(rest);
      case 'schema':
        return schemaCommand(rest);
      case 'init':
        return initCommand(rest);
      default:
        throw new CliError(`unknown command "${command}"; run tco-studio --help for the list`, EXIT.usage);
    }
  } catch (error) {
    if (error instanceof CliError) return { stdout: '', stderr: `tco-studio: ${error.message}\n`, exitCode: error.exitCode };
    if (error instanceof ScenarioError) return { stdout: '', stderr: `tco-studio: ${error.message}\n`, exitCode: EXIT.invalidInput };
    if (error instanceof ModelError) return { stdout: '', stderr: `tco-studio: ${error.message}\n`, exitCode: EXIT.invalidInput };
    const detail = process.env.TCO_STUDIO_DEBUG ? `\n${(error as Error).stack ?? ''}` : ' (set TCO_STUDIO_DEBUG=1 for details)';
    return { stdout: '', stderr: `tco-studio: internal error: ${(error as Error).message}${detail}\n`, exitCode: EXIT.internal };
  }
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
  const result = run(argv);
  await writeAll(process.stdout, result.stdout);
  if (result.stderr) await writeAll(process.stderr, result.stderr);
  process.exitCode = result.exitCode;
}
