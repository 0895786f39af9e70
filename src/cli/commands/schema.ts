import { scenarioJsonSchema } from '../../index';
import { writeFileAtomic } from '../../storage/atomic-write';
import { parseFlags } from '../args';
import { CliError, EXIT } from '../cli-error';
import type { CommandResult } from '../command';

const USAGE = 'tco-studio schema [--out <file>]';

export function schemaCommand(argv: readonly string[]): CommandResult {
  const { values, positionals } = parseFlags(argv, { out: { type: 'string', short: 'o' } }, USAGE);
  if (positionals.length > 0) throw new CliError(`schema takes no arguments (usage: ${USAGE})`, EXIT.usage);
  const text = `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
  if (values.out) {
    writeOrFail(values.out, text);
    return { stdout: '', stderr: `wrote ${values.out}\n`, exitCode: EXIT.ok };
  }
  return { stdout: text, exitCode: EXIT.ok };
}

export function writeOrFail(path: string, text: string): void {
  try {
    writeFileAtomic(path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : (error as Error).message;
    throw new CliError(`${path}: cannot write (${reason})`, EXIT.invalidInput);
  }
}
