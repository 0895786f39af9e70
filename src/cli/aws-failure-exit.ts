import { AwsFailure } from '../aws/aws-failure';
import { CliError, EXIT } from './cli-error';

/** An AWS failure as a one-line CLI error, with what still works (`fallback`). */
export function awsFailureToCliError(error: unknown, fallback: string): unknown {
  if (!(error instanceof AwsFailure)) return error;
  return new CliError(`${error.message}${fallback ? `; ${fallback}` : ''}`, EXIT.aws);
}

/** `--timeout s`: how long AWS may stay silent, in seconds (fractions allowed), as milliseconds; absent = the default. */
export function timeoutFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(seconds >= 0.1 && seconds <= 600)) {
    throw new CliError(`--timeout must be a number of seconds from 0.1 to 600, not "${value.slice(0, 20)}"`, EXIT.usage);
  }
  return Math.round(seconds * 1000);
}
