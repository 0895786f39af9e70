import { parseScenarioJson, ScenarioError, type Scenario } from '../index';
import { readScenarioText, ScenarioFileError } from '../storage/scenario-file';
import { FileShapeError } from '../storage/read-capped';
import { CliError, EXIT } from './cli-error';

/** A file the command line could not read, as one line naming it and why (not found, permission, a folder, too large). */
export function unreadableFile(path: string, error: unknown): CliError {
  if (error instanceof FileShapeError) return new CliError(error.message, EXIT.invalidInput);
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
  return new CliError(`${path}: ${reason}`, EXIT.invalidInput);
}

/** Reads and validates a scenario file, turning every failure into a one-line CliError. */
export function loadScenarioFile(path: string): Scenario {
  return readScenarioFile(path).scenario;
}

/** The scenario file's text as on disk (size-capped, UTF-8) and the scenario it holds; one-line CliErrors. */
export function readScenarioFile(path: string): { readonly text: string; readonly scenario: Scenario } {
  let text: string;
  try {
    text = readScenarioText(path);
  } catch (error) {
    if (error instanceof ScenarioFileError) throw new CliError(error.message, EXIT.invalidInput);
    throw unreadableFile(path, error);
  }
  try {
    return { text, scenario: parseScenarioJson(text) };
  } catch (error) {
    if (error instanceof ScenarioError) {
      const first = error.issues[0];
      const more = error.issues.length > 1 ? ` (${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''}; fix this one first)` : '';
      throw new CliError(`${path}: ${first?.path ?? '(root)'}: ${first?.message ?? 'invalid'}${more}`, EXIT.invalidInput);
    }
    throw error;
  }
}
