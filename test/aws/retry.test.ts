import { describe, expect, it } from 'vitest';
import { AwsFailure, toAwsFailure, transientReason } from '../../src/aws/aws-failure';
import { backoffDelayMs, withRetries } from '../../src/aws/retry';

const awsError = (name: string, status: number, message = 'x') => Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });

describe('backoff', () => {
  it('grows exponentially with full jitter and never exceeds the cap', () => {
    const policy = { maxAttempts: 10, baseDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelayMs({ ...policy, random: () => 0.999999 }, n))).toEqual([99, 199, 399, 799, 999, 999]);
    expect(backoffDelayMs({ ...policy, random: () => 0 }, 3)).toBe(0);
  });

  it('stops at maxAttempts and reports the attempts made', async () => {
    let calls = 0;
    const failure = await withRetries(
      'ce:GetCostAndUsage',
      async () => {
        calls++;
        throw awsError('LimitExceededException', 400);
      },
      { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1, sleep: async () => undefined },
    ).catch((e: unknown) => e as AwsFailure);
    expect(calls).toBe(3);
    expect(failure.message).toBe('AWS kept throttling ce:GetCostAndUsage after 3 attempts; wait a few minutes and try again');
  });

  it('does not retry what cannot succeed', async () => {
    let calls = 0;
    await withRetries(
      'pricing:GetProducts',
      async () => {
        calls++;
        throw awsError('InvalidParameterException', 400, 'bad filter');
      },
      { maxAttempts: 5, baseDelayMs: 1, maxDelayMs: 1, sleep: async () => undefined },
    ).catch(() => undefined);
    expect(calls).toBe(1);
  });
});

describe('failure classification', () => {
  it.each([
    [awsError('ThrottlingException', 400), 'throttled'],
    [awsError('Whatever', 429), 'throttled'],
    [awsError('InternalErrorException', 500), 'server-error'],
    [awsError('Whatever', 503), 'server-error'],
    [Object.assign(new Error('t'), { name: 'TimeoutError' }), 'timeout'],
    [Object.assign(new Error('reset'), { code: 'ECONNRESET' }), 'connection-reset'],
    [Object.assign(new SyntaxError('Unexpected end'), { $metadata: { httpStatusCode: 200 } }), 'malformed-response'],
    [awsError('AccessDeniedException', 400), undefined],
  ])('%s → %s', (error, reason) => {
    expect(transientReason(error)).toBe(reason);
  });

  it.each([
    ['ce:GetCostAndUsage', awsError('AccessDeniedException', 400, 'not authorized to perform: ce:GetCostAndUsage'), /^AWS denied ce:GetCostAndUsage \(profile "prod"\): grant the IAM action ce:GetCostAndUsage/],
    ['ce:GetCostForecast', awsError('DataUnavailableException', 400, 'no data'), /^ce:GetCostForecast: Cost Explorer has no data/],
    ['pricing:GetProducts', Object.assign(new Error('getaddrinfo ENOTFOUND api.pricing.us-east-1.amazonaws.com'), { code: 'ENOTFOUND' }), /^cannot reach AWS for pricing:GetProducts \(ENOTFOUND\)/],
    ['pricing:GetProducts', awsError('InvalidParameterException', 400, 'Invalid filter\nmore'), /^AWS rejected pricing:GetProducts: InvalidParameterException: Invalid filter$/],
  ] as const)('%s: one line, saying what to do', (action, error, message) => {
    const failure = toAwsFailure(error, action, { profile: 'prod' });
    expect(failure.message).toMatch(message);
    expect(failure.message).not.toMatch(/\n|at .+\(/);
  });
});
