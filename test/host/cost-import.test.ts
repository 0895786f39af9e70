import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAws, type FakeAws } from '../fake-aws/fake-aws-server';
import { loadRealCostSample } from '../fake-aws/fake-cost-explorer';
import { recordingRetryPolicy, useFakeCredentials } from '../fake-aws/fake-credentials';
import { cleanupFixtures, hostFixture, reason, value } from './support/host-fixture';

beforeAll(useFakeCredentials);

let fake: FakeAws | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  cleanupFixtures();
});

describe('Cost Explorer plan and import', () => {
  it('plans the worst-case cost before anything is requested', async () => {
    const f = hostFixture();
    expect(value(await f.api.dispatch('planCostImport', { months: 3 }))).toEqual({
      requests: 3,
      costUsd: 0.03,
      maxRequests: 10,
      maxCostUsd: 0.1,
      description: expect.stringMatching(/^Cost Explorer charges \$0\.01 per API request\. Importing 3 months makes 3 requests \(\$0\.03\)/),
    });
  });

  it('imports nothing without confirmation', async () => {
    fake = await startFakeAws({ costs: loadRealCostSample({ forecast: true }) });
    const f = hostFixture({ awsConnection: { endpoint: fake.endpoint } });
    expect(reason(await f.api.dispatch('importCosts', { months: 3, confirmed: false }))).toMatch(/^the Cost Explorer charge was not accepted; nothing was requested/);
    expect(fake.requests).toEqual([]);
  });

  it('imports with confirmation, caches the result, and answers a repeat from the cache for free', async () => {
    fake = await startFakeAws({ costs: loadRealCostSample({ forecast: true }) });
    const f = hostFixture({ awsConnection: { endpoint: fake.endpoint }, awsRetry: recordingRetryPolicy() });
    const spend = value(await f.api.dispatch('importCosts', { months: 3, confirmed: true }));
    expect(spend).toMatchObject({ source: { kind: 'cost-explorer' }, requests: 3 });
    expect(spend.months).toHaveLength(3);
    expect(existsSync(join(f.cacheDir, 'costs', 'default.json'))).toBe(true);
    const before = fake.requests.length;
    expect(value(await f.api.dispatch('importCosts', { months: 3, confirmed: true }))).toEqual(spend);
    expect(fake.requests.length).toBe(before);
  });

  it('an AWS failure is one line saying nothing was saved', async () => {
    fake = await startFakeAws({ costs: loadRealCostSample() });
    const f = hostFixture({ awsConnection: { endpoint: fake.endpoint }, awsRetry: recordingRetryPolicy() });
    fake.inject({ operation: 'GetCostAndUsage', kind: 'access-denied' });
    expect(reason(await f.api.dispatch('importCosts', { months: 2, confirmed: true }))).toMatch(/^AWS denied ce:GetCostAndUsage.*; nothing was saved$/);
    // A profile that does not exist: the SDK's credential chain finds nothing, and says how to sign in.
    expect(reason(await f.api.dispatch('importCosts', { months: 2, confirmed: true, profile: 'finops' }))).toMatch(/^no AWS credentials found \(profile "finops"\).*; nothing was saved$/);
  });
});
