import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AwsFailure, toAwsFailure } from '../../src/aws/aws-failure';
import { createCostExplorerClient } from '../../src/aws/cost-explorer/cost-explorer-client';
import { importCosts } from '../../src/aws/cost-explorer/cost-import';
import { getAllProducts } from '../../src/aws/price-list/get-products';
import { createPricingClient } from '../../src/aws/price-list/pricing-client';
import { refreshTargeted } from '../../src/aws/price-list/targeted-refresh';
import { refreshPrices } from '../../src/aws/refresh-prices';
import type { PriceKey } from '../../src/index';
import { writeGeneratedOfferFile } from '../../bench/support/offer-file-generator';
import { startFakeAws, type FakeAws, type FakeAwsOptions } from '../fake-aws/fake-aws-server';
import { loadRealCostSample } from '../fake-aws/fake-cost-explorer';
import { recordingRetryPolicy, useFakeCredentials } from '../fake-aws/fake-credentials';
import { feedDerivedItems } from '../fake-aws/feed-derived-records';
import { AWS_FIXTURES_DIR } from '../support/paths';

/**
 * Issue 12, AWS faults 6–8, against the fake endpoint with the real SDK clients: a reply that
 * stalls after its headers, paging tokens that loop or never end, and credentials AWS no longer
 * accepts. Every test is bounded by small timeouts passed in as options.
 */
beforeAll(useFakeCredentials);
const tmp = mkdtempSync(join(tmpdir(), 'tco-faults-'));
const offerFile = join(tmp, 'offer.json');
writeGeneratedOfferFile(offerFile, { fixturesDir: AWS_FIXTURES_DIR, instanceTypes: 2 });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let fake: FakeAws | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: FakeAwsOptions = {}): Promise<FakeAws> {
  fake = await startFakeAws({
    products: feedDerivedItems(),
    costs: loadRealCostSample({ forecast: true }),
    priceLists: [{ serviceCode: 'AmazonEC2', region: 'us-east-1', file: offerFile }],
    ...options,
  });
  return fake;
}

const m5: PriceKey = { service: 'ec2', kind: 'instance', region: 'us-east-1', instanceType: 'm6i.large' };
const now = new Date('2026-11-26T09:30:00Z');

async function targeted(f: FakeAws, timeoutMs = 5_000) {
  const client = createPricingClient({ endpoint: f.endpoint, requestTimeoutMs: timeoutMs });
  try {
    return await refreshTargeted(client, [m5], { retry: recordingRetryPolicy(2) });
  } finally {
    client.destroy();
  }
}

async function costs(f: FakeAws, timeoutMs = 5_000) {
  const client = createCostExplorerClient({ endpoint: f.endpoint, requestTimeoutMs: timeoutMs });
  try {
    return await importCosts(client, { months: 2, now, retry: recordingRetryPolicy(2) });
  } finally {
    client.destroy();
  }
}

const failureOf = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as AwsFailure);

describe('6. a response that stalls after its headers', () => {
  it('GetProducts times out with a message that says so, after its retries', async () => {
    const f = await start();
    f.inject({ operation: 'GetProducts', kind: 'stall-after-headers', times: 5 });
    const started = Date.now();
    const failure = await failureOf(targeted(f, 300));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(failure).toBeInstanceOf(AwsFailure);
    expect(failure!.kind).toBe('timeout');
    expect(failure!.message).toBe('AWS did not answer for 0.3 s: pricing:GetProducts timed out after 2 attempts; check your network and try again');
  });

  it('one stalled GetProducts reply is retried and the refresh succeeds', async () => {
    const f = await start();
    f.inject({ operation: 'GetProducts', kind: 'stall-after-headers' });
    const result = await targeted(f, 300);
    expect(result.prices.length).toBeGreaterThan(0);
  });

  it('Cost Explorer GetCostAndUsage times out the same way', async () => {
    const f = await start();
    f.inject({ operation: 'GetCostAndUsage', kind: 'stall-after-headers', times: 5 });
    const failure = await failureOf(costs(f, 300));
    expect(failure!.message).toBe('AWS did not answer for 0.3 s: ce:GetCostAndUsage timed out after 2 attempts; check your network and try again');
  });

  it('an offer-file download that stalls midway times out, and nothing is written', async () => {
    const f = await start();
    f.inject({ operation: 'offer-file', kind: 'hold-midway' });
    const cacheDir = join(tmp, 'cache-stall');
    const failure = await failureOf(
      refreshPrices({ mode: 'full', region: 'us-east-1', serviceCodes: ['AmazonEC2'] }, { connection: { endpoint: f.endpoint, requestTimeoutMs: 300 }, cacheDir, retry: recordingRetryPolicy(2) }),
    );
    expect(failure!.kind).toBe('timeout');
    expect(failure!.message).toMatch(/^AWS did not answer for 0\.3 s: the offer-file download from 127\.0\.0\.1:\d+ timed out; check your network and try again$/);
  });
});

describe('7. paging tokens that loop or never end', () => {
  it('GetProducts: a repeated NextToken stops the query at once and names the token', async () => {
    const f = await start();
    f.inject({ operation: 'GetProducts', kind: 'looping-token', times: Infinity });
    const failure = await failureOf(targeted(f));
    expect(failure!.kind).toBe('paging-loop');
    expect(failure!.message).toMatch(/^pricing:GetProducts: AWS sent the same NextToken \(bG9vcGluZy10b2tlbg==\) again after 2 pages; stopped/);
    expect(f.requests.filter((r) => r.operation === 'GetProducts')).toHaveLength(2);
  });

  it('GetProducts: tokens that never run out stop at the page cap', async () => {
    const f = await start();
    f.inject({ operation: 'GetProducts', kind: 'endless-token', times: Infinity });
    const client = createPricingClient({ endpoint: f.endpoint });
    const query = { id: 'q', serviceCode: 'AmazonEC2', region: 'us-east-1', filters: [{ Type: 'TERM_MATCH' as const, Field: 'regionCode', Value: 'us-east-1' }] };
    const failure = await failureOf(getAllProducts(client, query, { retry: recordingRetryPolicy(), maxPages: 25 }).finally(() => client.destroy()));
    expect(failure!.message).toMatch(/^pricing:GetProducts: still more pages after 25 \(the page cap; last NextToken .+\); stopped/);
    expect(f.requests).toHaveLength(25);
  });

  it('ListPriceLists: a repeated NextToken stops the full refresh, writing nothing', async () => {
    const f = await start();
    f.inject({ operation: 'ListPriceLists', kind: 'looping-token', times: Infinity });
    const failure = await failureOf(
      refreshPrices({ mode: 'full', region: 'us-east-1', serviceCodes: ['AmazonEC2'] }, { connection: { endpoint: f.endpoint }, cacheDir: join(tmp, 'cache-list'), retry: recordingRetryPolicy() }),
    );
    expect(failure!.kind).toBe('paging-loop');
    expect(failure!.message).toMatch(/^pricing:ListPriceLists: AWS sent the same NextToken/);
    expect(f.requests.length).toBeLessThan(5);
  });

  it('ListPriceLists: endless new tokens stop at the page cap', async () => {
    const f = await start();
    f.inject({ operation: 'ListPriceLists', kind: 'endless-token', times: Infinity });
    const failure = await failureOf(
      refreshPrices({ mode: 'full', region: 'us-east-1', serviceCodes: ['AmazonEC2'] }, { connection: { endpoint: f.endpoint }, cacheDir: join(tmp, 'cache-list2'), retry: recordingRetryPolicy() }),
    );
    expect(failure!.message).toMatch(/^pricing:ListPriceLists: still more pages after 100 \(the page cap/);
    expect(f.requests).toHaveLength(100);
  });

  it('Cost Explorer: a repeated NextPageToken stops the import before the budget is spent', async () => {
    const f = await start();
    f.inject({ operation: 'GetCostAndUsage', kind: 'looping-token', times: Infinity });
    const failure = await failureOf(costs(f));
    expect(failure!.kind).toBe('paging-loop');
    expect(failure!.message).toMatch(/^ce:GetCostAndUsage: AWS sent the same NextPageToken \(bG9vcGluZy10b2tlbg==\) again after 2 pages/);
    expect(f.requests).toHaveLength(2);
  });
});

describe('8. expired or unrecognised credentials', () => {
  const expired = /^your AWS session expired: sign in again \(aws sso login \/ aws configure\); pricing:GetProducts was refused \(AWS said: The security token included in the request is (expired|invalid\.)\)$/;

  it('ExpiredTokenException fails the whole targeted refresh, never "0 prices"', async () => {
    const f = await start();
    f.inject({ operation: 'GetProducts', kind: 'expired-credentials', times: Infinity });
    const failure = await failureOf(targeted(f));
    expect(failure!.kind).toBe('session-expired');
    expect(failure!.message).toMatch(expired);
    expect(f.requests).toHaveLength(1); // not retried, and no other query tried
  });

  it('UnrecognizedClientException says to sign in again, not to grant an IAM action', async () => {
    const f = await start();
    f.inject({ operation: 'GetProducts', kind: 'unrecognized-client', times: Infinity });
    const failure = await failureOf(targeted(f));
    expect(failure!.message).toMatch(expired);
    expect(failure!.message).not.toMatch(/grant/);
  });

  it('Cost Explorer: ExpiredTokenException fails the import', async () => {
    const f = await start();
    f.inject({ operation: 'GetCostAndUsage', kind: 'expired-credentials', times: Infinity });
    const failure = await failureOf(costs(f));
    expect(failure!.kind).toBe('session-expired');
    expect(failure!.message).toMatch(/^your AWS session expired: sign in again \(aws sso login \/ aws configure\); ce:GetCostAndUsage was refused/);
  });

  it('an expired SSO session from the credential provider says the same', () => {
    const sso = Object.assign(new Error('The SSO session associated with this profile has expired. To refresh this SSO session run aws sso login with the corresponding profile.'), {
      name: 'CredentialsProviderError',
    });
    expect(toAwsFailure(sso, 'pricing:GetProducts', { profile: 'dev' }).message).toMatch(/^your AWS session expired: sign in again \(aws sso login \/ aws configure\) \(profile "dev"\)/);
    const token = Object.assign(new Error("Token is expired. To refresh this SSO session run 'aws sso login' with the corresponding profile."), { name: 'TokenProviderError' });
    expect(toAwsFailure(token, 'ce:GetCostAndUsage').kind).toBe('session-expired');
    for (const name of ['ExpiredToken', 'InvalidClientTokenId']) {
      expect(toAwsFailure(Object.assign(new Error('x'), { name, $metadata: { httpStatusCode: 403 } }), 'pricing:GetProducts').kind).toBe('session-expired');
    }
  });
});
