import { readFileSync, statSync } from 'node:fs';
import { parseScenarioJson, ScenarioError, type Scenario } from '../index';
import { CliError, EXIT } from './cli-error';

/** Largest scenario file accepted: scenarios are small; a huge file is a mistake, not a model. */
export const MAX_SCENARIO_BYTES = 5 * 1024 * 1024;

/** Reads and validates a scenario file, turning every failure into a one-line CliError. */
export function loadScenarioFile(path: string): Scenario {
  let text: string;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CliError(`${path}: is a folder, not a scenario file`, EXIT.invalidInput);
    if (stat.size > MAX_SCENARIO_BYTES) {
      throw new CliError(`${path}: is ${stat.size} bytes; scenario files are limited to ${MAX_SCENARIO_BYTES} bytes`, EXIT.invalidInput);
    }
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new CliError(`${path}: ${reason}`, EXIT.invalidInput);
  }
  try {
    return parseScenarioJson(text);
  } catch (error) {
    if (error instanceof ScenarioError) {
      const first = error.issues[0];
      const more = error.issues.length > 1 ? ` (${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''}; fix this one first)` : '';
      throw new CliError(`${path}: ${first?.path ?? '(root)'}: ${first?.message ?? 'invalid'}${more}`, EXIT.invalidInput);
    }
    throw error;
  }
}
