/**
 * How TCO Studio connects to AWS, chosen in settings or with CLI flags. Credentials are never
 * part of it: they come only from the AWS SDK's default chain (environment, shared config and
 * credentials files, named profiles, SSO), selected by `profile`.
 */
export interface AwsConnection {
  /** Named profile from ~/.aws/config; absent = the SDK default (AWS_PROFILE or "default"). */
  readonly profile?: string;
  /**
   * Endpoint override, for tests against a local fake. Without it the SDK still honours
   * AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_PRICING and AWS_ENDPOINT_URL_COST_EXPLORER.
   */
  readonly endpoint?: string;
  /**
   * How long AWS may stay silent: no response headers within this long, or no byte of the body
   * (or of an offer-file download) for this long, fails the request (and it is retried).
   */
  readonly requestTimeoutMs?: number;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** Options shared by both SDK clients. */
export function sdkClientOptions(connection: AwsConnection) {
  const timeout = connection.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  return {
    ...(connection.profile ? { profile: connection.profile } : {}),
    ...(connection.endpoint ? { endpoint: connection.endpoint } : {}),
    // Retries are ours (retry.ts); the SDK makes one attempt per call.
    maxAttempts: 1,
    // requestTimeout covers only the wait for the response headers (the handler clears it once they
    // arrive), and without throwOnRequestTimeout it merely logs a warning. socketTimeout is an idle
    // timeout on the socket for the whole exchange, so a body that stalls after its headers fails too.
    requestHandler: { requestTimeout: timeout, socketTimeout: timeout, connectionTimeout: Math.min(timeout, 10_000), throwOnRequestTimeout: true },
  };
}
