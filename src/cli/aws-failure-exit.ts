import { AwsFailure } from '../aws/aws-failure';
import { CliError, EXIT } from './cli-error';

/** An AWS failure as a one-line CLI error, with what still works (`fallback`). */
export function awsFailureToCliError(error: unknown, fallback: string): unknown {
  if (!(error instanceof AwsFailure)) return error;
  return new CliError(`${error.message}${fallback ? `; ${fallback}` : ''}`, EXIT.aws);
}
