import { existsSync } from 'node:fs';
import { starterScenario, TEMPLATE_IDS, parseScenario } from '../../index';
import { oneOf, parseFlags } from '../args';
import { CliError, EXIT } from '../cli-error';
import type { CommandResult } from '../command';
import { writeOrFail } from './schema';

const USAGE = 'tco-studio init [--template database|ml|both] [--out <file>|-] [--force]';

export function initCommand(argv: readonly string[]): CommandResult {
  const { values, positionals } = parseFlags(
    argv,
    { template: { type: 'string', short: 't' }, out: { type: 'string', short: 'o' }, force: { type: 'boolean', default: false } },
    USAGE,
  );
  if (positionals.length > 0) throw new CliError(`init takes no arguments (usage: ${USAGE})`, EXIT.usage);
  const template = oneOf('template', values.template, TEMPLATE_IDS, 'database');
  const scenario = starterScenario(template);
  parseScenario(scenario); // a template that does not validate is a bug, caught here and in tests
  const text = `${JSON.stringify(scenario, null, 2)}\n`;
  const out = values.out ?? `${template === 'database' ? 'database' : template === 'ml' ? 'ml-platform' : 'scenario'}.tco.json`;
  if (out === '-') return { stdout: text, exitCode: EXIT.ok };
  if (existsSync(out) && !values.force) {
    throw new CliError(`${out}: already exists; choose another --out or add --force to replace it`, EXIT.invalidInput);
  }
  writeOrFail(out, text);
  return {
    stdout: '',
    stderr: `wrote ${out} (${template} template); edit it, then run: tco-studio estimate ${out}\n`,
    exitCode: EXIT.ok,
  };
}
