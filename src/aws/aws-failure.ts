/**
 * Every way a call to AWS can fail, as one typed error with a one-line message the CLI and the UI
 * can show as is. AccessDenied names the IAM action to grant; nothing here ever prints a stack.
 */

/** The IAM action behind each call TCO Studio makes (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awspricelist.html, .../list_awscostexplorerservice.html). */
export type AwsAction =
  | 'pricing:GetProducts'
  | 'pricing:ListPriceLists'
  | 'pricing:GetPriceListFileUrl'
  | 'ce:GetCostAndUsage'
  | 'ce:GetCostForecast';

export type AwsFailureKind =
  | 'access-denied'
  | 'no-credentials'
  | 'offline'
  | 'throttled'
  | 'server-error'
  | 'timeout'
  | 'malformed-response'
  | 'expired-token'
  /** The credentials were expired or not recognised: signing in again is the fix, not an IAM grant. */
  | 'session-expired'
  /** A paged API repeated a token or passed the page cap: AWS (or a proxy) would have us loop forever. */
  | 'paging-loop'
  | 'invalid-request'
  | 'data-unavailable'
  | 'download-failed'
  /** A Cost Explorer import reached its request cap (each request costs $0.01). */
  | 'request-budget';

export class AwsFailure extends Error {
  override readonly name = 'AwsFailure';
  constructor(
    readonly kind: AwsFailureKind,
    readonly action: AwsAction | 'offer-file download',
    message: string,
  ) {
    super(message);
  }
}

interface ErrorLike {
  readonly name?: string;
  readonly code?: string;
  readonly message?: string;
  readonly $metadata?: { readonly httpStatusCode?: number };
}

const asErrorLike = (error: unknown): ErrorLike => (typeof error === 'object' && error !== null ? (error as ErrorLike) : { message: String(error) });

const THROTTLING = new Set(['ThrottlingException', 'TooManyRequestsException', 'Throttling', 'RequestLimitExceeded', 'LimitExceededException', 'SlowDown']);
const SERVER = new Set(['InternalErrorException', 'InternalServerError', 'InternalFailure', 'ServiceUnavailable', 'ServiceUnavailableException']);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT']);
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);
const OFFLINE_CODES = new Set(['ENOTFOUND', 'ECONNREFUSED', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);
const ACCESS_DENIED = new Set(['AccessDeniedException', 'AccessDenied', 'UnauthorizedOperation', 'InvalidSignatureException']);
/**
 * Credentials AWS no longer (or never) accepts: expired session tokens, unknown access keys
 * (https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html). Checked before the 403
 * rule, since AWS answers some of them with 403.
 */
const SESSION_EXPIRED = new Set(['ExpiredTokenException', 'ExpiredToken', 'UnrecognizedClientException', 'InvalidClientTokenId', 'RequestExpired', 'TokenRefreshRequired']);
/** The SDK's credential and token providers: an SSO session that has expired or must be signed in again. */
const PROVIDER_ERRORS = new Set(['CredentialsProviderError', 'TokenProviderError']);
const SSO_EXPIRED = /expired|aws sso login|UnauthorizedException/i;

export const SESSION_EXPIRED_MESSAGE = 'your AWS session expired: sign in again (aws sso login / aws configure)';

export type TransientReason = 'throttled' | 'server-error' | 'timeout' | 'malformed-response' | 'connection-reset';

/**
 * Whether a failed call is worth repeating: throttling, 5xx, timeouts, a dropped connection, or a
 * response body that was not JSON (a truncated reply). Everything else fails at once.
 */
export function transientReason(error: unknown): TransientReason | undefined {
  const e = asErrorLike(error);
  const status = e.$metadata?.httpStatusCode;
  if ((e.name && THROTTLING.has(e.name)) || status === 429) return 'throttled';
  if ((e.name && SERVER.has(e.name)) || (status !== undefined && status >= 500)) return 'server-error';
  if (e.name === 'TimeoutError' || e.name === 'RequestTimeout' || (e.code && TIMEOUT_CODES.has(e.code))) return 'timeout';
  if ((e.code && RESET_CODES.has(e.code)) || /socket hang up/i.test(e.message ?? '')) return 'connection-reset';
  if (e.name === 'SyntaxError' || /Deserialization error/.test(e.message ?? '')) return 'malformed-response';
  return undefined;
}

/** The first line of AWS's message, trimmed: enough to act on, never a dump. */
function awsSaid(e: ErrorLike): string {
  const line = (e.message ?? '').split('\n')[0]!.trim();
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

export interface FailureContext {
  readonly profile?: string;
  /** Attempts made before giving up (retried failures). */
  readonly attempts?: number;
}

/** Turns any error from an AWS call into an AwsFailure with a one-line, actionable message. */
export function toAwsFailure(error: unknown, action: AwsAction, context: FailureContext = {}): AwsFailure {
  if (error instanceof AwsFailure) return error;
  const e = asErrorLike(error);
  const profile = context.profile ? ` (profile "${context.profile}")` : '';
  const tries = context.attempts && context.attempts > 1 ? ` after ${context.attempts} attempts` : '';
  if ((e.name && SESSION_EXPIRED.has(e.name)) || (e.name && PROVIDER_ERRORS.has(e.name) && SSO_EXPIRED.test(e.message ?? ''))) {
    return new AwsFailure('session-expired', action, `${SESSION_EXPIRED_MESSAGE}${profile}; ${action} was refused (AWS said: ${awsSaid(e)})`);
  }
  if (e.name === 'CredentialsProviderError' || /Could not load credentials/i.test(e.message ?? '')) {
    return new AwsFailure(
      'no-credentials',
      action,
      `no AWS credentials found${profile}: sign in with \`aws configure\` or \`aws sso login\`, or choose another AWS profile; TCO Studio reads credentials only through the AWS SDK's default chain and never stores them`,
    );
  }
  if ((e.name && ACCESS_DENIED.has(e.name)) || e.$metadata?.httpStatusCode === 403) {
    return new AwsFailure(
      'access-denied',
      action,
      `AWS denied ${action}${profile}: grant the IAM action ${action} to the user or role you sign in as (AWS said: ${awsSaid(e)})`,
    );
  }
  if (e.name === 'ExpiredNextTokenException' || e.name === 'InvalidNextTokenException') {
    return new AwsFailure('expired-token', action, `${action}: AWS kept expiring the paging token${tries}; try again`);
  }
  if (e.name === 'DataUnavailableException') {
    return new AwsFailure('data-unavailable', action, `${action}: Cost Explorer has no data for this period yet (${awsSaid(e)})`);
  }
  if (e.code && OFFLINE_CODES.has(e.code)) {
    return new AwsFailure('offline', action, `cannot reach AWS for ${action} (${e.code}): check the network connection or proxy`);
  }
  switch (transientReason(error)) {
    case 'throttled':
      return new AwsFailure('throttled', action, `AWS kept throttling ${action}${tries}; wait a few minutes and try again`);
    case 'server-error':
      return new AwsFailure('server-error', action, `AWS returned server errors for ${action}${tries} (${e.name ?? 'error'}: ${awsSaid(e)})`);
    case 'timeout': {
      const ms = /(\d+) ?ms/.exec(e.message ?? '')?.[1];
      const waited = ms ? ` for ${formatSeconds(Number(ms))}` : '';
      return new AwsFailure('timeout', action, `AWS did not answer${waited}: ${action} timed out${tries}; check your network and try again`);
    }
    case 'connection-reset':
      return new AwsFailure('timeout', action, `${action} lost its connection${tries}; check your network and try again`);
    case 'malformed-response':
      return new AwsFailure('malformed-response', action, `AWS sent an unreadable response to ${action}${tries}`);
    case undefined:
      return new AwsFailure('invalid-request', action, `AWS rejected ${action}: ${e.name ? `${e.name}: ` : ''}${awsSaid(e)}`);
  }
}

/** "30 s", "0.2 s": a timeout as the user set it. */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}
