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
  /** Per-request timeout; a slow or stalled response fails (and is retried) after this long. */
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
    // Without throwOnRequestTimeout the Node handler only logs a warning and keeps waiting.
    requestHandler: { requestTimeout: timeout, connectionTimeout: Math.min(timeout, 10_000), throwOnRequestTimeout: true },
  };
}
