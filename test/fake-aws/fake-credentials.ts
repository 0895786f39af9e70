import type { RetryPolicy } from '../../src/aws/retry';

/**
 * Static fake credentials through the SDK's own default chain (environment variables), with the
 * machine's AWS config files and instance metadata out of reach, so tests never touch a real
 * account and never wait for a metadata endpoint (aws-api.md §1.5).
 */
export const FAKE_AWS_ENV = {
  AWS_ACCESS_KEY_ID: 'AKIDFAKEFAKEFAKE',
  AWS_SECRET_ACCESS_KEY: 'fake-secret',
  AWS_CONFIG_FILE: '/nonexistent/tco-studio-test/config',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/tco-studio-test/credentials',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
} as const;

export function useFakeCredentials(): void {
  Object.assign(process.env, FAKE_AWS_ENV);
  delete process.env.AWS_PROFILE;
  delete process.env.AWS_ENDPOINT_URL;
  delete process.env.AWS_ENDPOINT_URL_PRICING;
  delete process.env.AWS_ENDPOINT_URL_COST_EXPLORER;
}

export function withoutCredentials(): () => void {
  const saved = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
  delete process.env.AWS_ACCESS_KEY_ID;
  delete process.env.AWS_SECRET_ACCESS_KEY;
  return () => {
    process.env.AWS_ACCESS_KEY_ID = saved.id;
    process.env.AWS_SECRET_ACCESS_KEY = saved.secret;
  };
}

/** A retry policy that records its waits instead of sleeping: deterministic and instant. */
export function recordingRetryPolicy(maxAttempts = 4): RetryPolicy & { readonly waits: number[] } {
  const waits: number[] = [];
  return { maxAttempts, baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.5, sleep: async (ms) => void waits.push(ms), waits };
}
