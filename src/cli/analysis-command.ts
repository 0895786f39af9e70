import { parseScenario, variantScenario, type PriceCatalogue, type Scenario } from '../index';
import { cliCatalogue } from './cli-catalogue';
import { oneOf, parseFlags } from './args';
import { CliError, EXIT } from './cli-error';
import type { CommandResult } from './command';
import { loadScenarioFile } from './scenario-file';

type Options = Parameters<typeof parseFlags>[1];
export type Format = 'table' | 'json' | 'csv';

/** Flags every analysis command shares. */
export const COMMON_FLAGS = {
  format: { type: 'string', short: 'f' },
  variant: { type: 'string' },
  between: { type: 'string' },
  metric: { type: 'string' },
} as const;

export interface AnalysisContext {
  readonly scenario: Scenario;
  readonly catalogue: PriceCatalogue;
  readonly format: Format;
  readonly between: string[] | undefined;
  readonly metric: 'total' | 'npv';
  readonly values: Record<string, string | boolean | undefined>;
}

/** Parses an analysis command line: one scenario file, shared flags, and the command's own. */
export function analysisContext(argv: readonly string[], own: Options, usage: string, catalogue?: PriceCatalogue): AnalysisContext {
  const { values, positionals } = parseFlags(argv, { ...COMMON_FLAGS, ...own }, usage);
  if (positionals.length !== 1) throw new CliError(`needs exactly one scenario file (usage: ${usage})`, EXIT.usage);
  const format = oneOf('format', values.format as string | undefined, ['table', 'json', 'csv'] as const, 'table');
  const metric = oneOf('metric', values.metric as string | undefined, ['total', 'npv'] as const, 'total');
  const base = loadScenarioFile(positionals[0]!);
  const variant = values.variant as string | undefined;
  const scenario = variant === undefined ? base : variantScenario(base, variant, parseScenario);
  const between = typeof values.between === 'string' ? values.between.split(',').map((s) => s.trim()) : undefined;
  // Cache over snapshot, loaded only after the command line and file have been checked.
  return { scenario, catalogue: catalogue ?? cliCatalogue().catalogue, format, between, metric, values: values as Record<string, string | boolean | undefined> };
}

/** Renders a result in the chosen format. */
export function render<T>(format: Format, result: T, text: (r: T) => string, csv: (r: T) => string): CommandResult {
  if (format === 'json') return { stdout: `${JSON.stringify(result, null, 2)}\n`, exitCode: EXIT.ok };
  if (format === 'csv') return { stdout: csv(result), exitCode: EXIT.ok };
  return { stdout: `${text(result)}\n`, exitCode: EXIT.ok };
}

/** A number flag (finite), or undefined when absent. */
export function numberFlag(flag: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || value.trim() === '' || !Number.isFinite(n)) throw new CliError(`--${flag}: must be a number (got "${String(value)}")`, EXIT.usage);
  return n;
}
