import { CliError, EXIT } from '../cli-error';
import type { CommandResult } from '../command';
import { costsCalibrateCommand } from './costs-calibrate';

const SUBCOMMANDS = 'tco-studio costs import|calibrate (see tco-studio --help)';

/** The synchronous costs subcommands; `costs import` calls AWS and is routed by runAsync (main.ts). */
export function costsCommand(argv: readonly string[]): CommandResult {
  const [sub, ...rest] = argv;
  if (sub === 'calibrate') return costsCalibrateCommand(rest);
  if (sub === 'import') throw new CliError('costs import calls AWS and runs asynchronously: run it through runAsync (main.ts)', EXIT.internal);
  throw new CliError(sub === undefined ? `costs needs a subcommand (usage: ${SUBCOMMANDS})` : `unknown costs subcommand "${sub}" (usage: ${SUBCOMMANDS})`, EXIT.usage);
}
