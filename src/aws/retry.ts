import { toAwsFailure, transientReason, type AwsAction, type TransientReason } from './aws-failure';

/**
 * Retries with capped exponential backoff and full jitter: the n-th retry waits a random time in
 * [0, min(cap, base × 2^(n−1))). Full jitter spreads clients apart best under throttling
 * (AWS Architecture Blog, "Exponential Backoff And Jitter",
 * https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/). The SDK's own
 * retries are switched off (maxAttempts 1) so that this is the single, tested retry policy.
 */
export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Uniform [0, 1); injectable so tests are deterministic. */
  readonly random?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 300, maxDelayMs: 10_000 };

export interface RetryNotice {
  readonly action: AwsAction;
  readonly attempt: number;
  readonly reason: TransientReason;
  readonly delayMs: number;
}

/** "pricing:GetProducts: server error; retrying in 300 ms": the start of a retry warning. */
export function describeRetry(notice: RetryNotice): string {
  return `${notice.action}: ${notice.reason.replace('-', ' ')}; retrying in ${notice.delayMs} ms`;
}

export function backoffDelayMs(policy: RetryPolicy, retry: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.floor((policy.random ?? Math.random)() * ceiling);
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `call`, retrying transient failures; any other failure, or the last one, is an AwsFailure. */
export async function withRetries<T>(
  action: AwsAction,
  call: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  options: { readonly profile?: string; readonly onRetry?: (notice: RetryNotice) => void } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const reason = transientReason(error);
      if (reason === undefined || attempt >= policy.maxAttempts) {
        throw toAwsFailure(error, action, { attempts: attempt, ...(options.profile ? { profile: options.profile } : {}) });
      }
      const delayMs = backoffDelayMs(policy, attempt);
      options.onRetry?.({ action, attempt, reason, delayMs });
      await (policy.sleep ?? realSleep)(delayMs);
    }
  }
}
