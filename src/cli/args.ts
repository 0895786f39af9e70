import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AWS_REGIONS } from '../model/regions';
import { CliError, EXIT } from './cli-error';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses flags strictly: unknown flags and missing values are usage errors with a one-line message. */
export function parseFlags<O extends Options>(argv: readonly string[], options: O, usage: string) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? 'invalid arguments';
    throw new CliError(`${message.replace(/\. To specify a positional argument.*$/, '')} (usage: ${usage})`, EXIT.usage);
  }
}

/** Checks a flag value against its allowed values. */
export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`--${flag}: must be one of ${allowed.join(', ')} (got "${value}")`, EXIT.usage);
}

/** Parses a whole-number flag within bounds. */
export function intFlag(flag: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new CliError(`--${flag}: must be a whole number from ${min} to ${max} (got "${value}")`, EXIT.usage);
  const n = Number(value);
  if (n < min || n > max) throw new CliError(`--${flag}: must be from ${min} to ${max} (got ${n})`, EXIT.usage);
  return n;
}

/** Checks a --region value against the AWS Regions the app knows. */
export function checkRegion(region: string): string {
  if (!(AWS_REGIONS as readonly string[]).includes(region)) {
    throw new CliError(`--region: unknown AWS Region "${region}"; for example us-east-1, eu-west-1, eu-central-1`, EXIT.invalidInput);
  }
  return region;
}

/**
 * Splits a comma-separated list of names, where a name that holds a comma is written in double quotes
 * (`"Storage, doubled",base`; `""` inside quotes is one quote). Names outside quotes are trimmed. Undefined when
 * a quote is left open or text follows a closing quote.
 */
export function splitNames(text: string): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    while (text[i] === ' ') i++;
    let name = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) return undefined;
        if (text[i] === '"') {
          if (text[i + 1] !== '"') break;
          name += '"';
          i += 2;
        } else name += text[i++];
      }
      i++;
      while (text[i] === ' ') i++;
      if (i < text.length && text[i] !== ',') return undefined;
    } else {
      const end = text.indexOf(',', i);
      name = (end < 0 ? text.slice(i) : text.slice(i, end)).trim();
      i = end < 0 ? text.length : end;
    }
    out.push(name);
    if (i >= text.length) return out;
    i++;
  }
}
