import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AwsFailure } from '../../src/aws/aws-failure';
import { liveCatalogue } from '../../src/aws/fetched-catalogue';
import { createPricingClient } from '../../src/aws/price-list/pricing-client';
import { refreshTargeted } from '../../src/aws/price-list/targeted-refresh';
import { priceKeysOfScenario } from '../../src/aws/scenario-price-keys';
import { estimate, layeredCatalogue, parseScenario, priceKeyId, starterScenario, type PriceKey } from '../../src/index';
import { startFakeAws, type FakeAws, type FakeAwsOptions } from '../fake-aws/fake-aws-server';
import { recordingRetryPolicy, useFakeCredentials, withoutCredentials } from '../fake-aws/fake-credentials';
import { feedDerivedItems } from '../fake-aws/feed-derived-records';
import { offerExtractAsItems, samplePath, SAMPLE } from '../fake-aws/recorded-samples';
import { snapshotCatalogue } from '../support/snapshot';

beforeAll(useFakeCredentials);

let fake: FakeAws | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: FakeAwsOptions = {}): Promise<FakeAws> {
  fake = await startFakeAws({ products: [...offerExtractAsItems(SAMPLE.offerUsEast1), ...feedDerivedItems()], ...options });
  return fake;
}

const ec2 = (instanceType: string, region = 'us-east-1'): PriceKey => ({ service: 'ec2', kind: 'instance', region, instanceType });

async function refresh(f: FakeAws, keys: PriceKey[], extra: { timeoutMs?: number; retry?: ReturnType<typeof recordingRetryPolicy> } = {}) {
  const warnings: string[] = [];
  const retry = extra.retry ?? recordingRetryPolicy();
  const client = createPricingClient({ endpoint: f.endpoint, ...(extra.timeoutMs ? { requestTimeoutMs: extra.timeoutMs } : {}) });
  try {
    const result = await refreshTargeted(client, keys, { retry, observer: { onWarning: (w) => warnings.push(w) } });
    return { result, warnings, retry };
  } finally {
    client.destroy();
  }
}

describe('targeted refresh against the fake Price List endpoint (real SDK)', () => {
  it('sends the exact EC2 Linux on-demand filters and keeps the real p4d price, not its $0 capacity-block twin', async () => {
    const f = await start();
    const { result } = await refresh(f, [ec2('p4d.24xlarge')]);
    expect(result.prices.map((p) => [priceKeyId(p.key), p.usdPerUnit])).toEqual([['ec2/instance/us-east-1/p4d.24xlarge', 32.7726]]);
    const sent = f.requests.find((r) => r.operation === 'GetProducts')!;
    expect(sent.body).toEqual({
      ServiceCode: 'AmazonEC2',
      FormatVersion: 'aws_v1',
      MaxResults: 100,
      Filters: [
        { Type: 'TERM_MATCH', Field: 'regionCode', Value: 'us-east-1' },
        { Type: 'TERM_MATCH', Field: 'instanceType', Value: 'p4d.24xlarge' },
        { Type: 'TERM_MATCH', Field: 'operatingSystem', Value: 'Linux' },
        { Type: 'TERM_MATCH', Field: 'tenancy', Value: 'Shared' },
        { Type: 'TERM_MATCH', Field: 'preInstalledSw', Value: 'NA' },
        { Type: 'TERM_MATCH', Field: 'capacitystatus', Value: 'Used' },
        { Type: 'TERM_MATCH', Field: 'marketoption', Value: 'OnDemand' },
      ],
    });
    expect(sent.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDFAKEFAKEFAKE\/\d{8}\/us-east-1\/pricing\/aws4_request/);
  });

  it('prices m6i.large from among the real $0 reservation, SQL Server and BYOL records cloned onto it', async () => {
    const f = await start();
    const { result } = await refresh(f, [ec2('m6i.large')]);
    expect(result.prices).toHaveLength(1);
    expect(result.prices[0]!.usdPerUnit).toBe(snapshotCatalogue().lookup(ec2('m6i.large'))!.usdPerUnit);
  });

  it('pins the pricing endpoint region to us-east-1 even when pricing eu-central-1', async () => {
    const f = await start();
    const { result } = await refresh(f, [ec2('m5.large', 'eu-central-1')]);
    expect(result.prices[0]).toMatchObject({ key: ec2('m5.large', 'eu-central-1'), usdPerUnit: 0.115 });
    expect(f.requests[0]!.authorization).toMatch(/\/us-east-1\/pricing\/aws4_request/);
  });

  it('follows NextToken through the real recorded pages and rejects all six 2026 trap records', async () => {
    const f = await start({ recordedGetProducts: { '': samplePath(SAMPLE.traps2026Page1), 'SYNTHETIC-PAGE-2': samplePath(SAMPLE.traps2026Page2) } });
    const key = ec2('m7a.8xlarge', 'eu-west-2');
    const { result } = await refresh(f, [key]);
    expect(f.requests.filter((r) => r.operation === 'GetProducts').map((r) => r.body.NextToken ?? '')).toEqual(['', 'SYNTHETIC-PAGE-2']);
    expect(result.prices).toEqual([]);
    expect(result.stats).toMatchObject({ records: 6, accepted: 0, rejected: { 'capacity-reservation': 5, license: 1 } });
    expect(result.notFound).toEqual([key]);
  });

  it('reads on-demand and all 12 Reserved prices from the real 2021 m5.large response, dated by its publicationDate', async () => {
    const f = await start({ recordedGetProducts: { '': samplePath(SAMPLE.m5Large2021Envelope) } });
    const { result } = await refresh(f, [ec2('m5.large'), { service: 'ec2', kind: 'reserved', region: 'us-east-1', instanceType: 'm5.large', term: '3yr', purchaseOption: 'all-upfront', offeringClass: 'standard' }]);
    expect(f.requests).toHaveLength(1); // on-demand and reserved keys share one query
    expect(result.prices).toHaveLength(13);
    expect(result.prices.every((p) => p.origin.publishedOn === '2021-02-05' && p.origin.method === 'targeted')).toBe(true);
    expect(result.notFound).toEqual([]);
  });

  it('pages with NextToken when results exceed one page', async () => {
    const f = await start({ pageSize: 1 });
    const { result } = await refresh(f, [{ service: 'eks', kind: 'cluster-hour', region: 'us-east-1' }]);
    expect(f.requests.filter((r) => r.operation === 'GetProducts')).toHaveLength(2);
    expect(result.prices.map((p) => p.usdPerUnit)).toEqual([0.1]);
    expect(result.stats.rejected['not-modelled']).toBe(1); // the extended-support SKU
  });
});

describe('faults', () => {
  it.each(['throttle', 'server-error', 'malformed-json'] as const)('retries %s with capped, jittered exponential backoff', async (kind) => {
    const f = await start();
    f.inject({ operation: 'GetProducts', kind, times: 2 });
    const { result, warnings, retry } = await refresh(f, [ec2('m5.large')]);
    expect(result.prices).toHaveLength(1);
    expect(result.requests).toBe(3);
    expect(retry.waits).toEqual([50, 100]); // random 0.5 × min(1000, 100 × 2^(n−1))
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/pricing:GetProducts: .+; retrying in 50 ms \(attempt 2\)/);
  });

  it('gives up after the last attempt with one clear line', async () => {
    const f = await start();
    f.inject({ operation: 'GetProducts', kind: 'throttle', times: 10 });
    const failure = await refresh(f, [ec2('m5.large')]).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AwsFailure);
    expect((failure as AwsFailure).kind).toBe('throttled');
    expect((failure as AwsFailure).message).toBe('AWS kept throttling pricing:GetProducts after 4 attempts; wait a few minutes and try again');
  });

  it('times out a stalled response and retries it', async () => {
    const f = await start();
    f.inject({ operation: 'GetProducts', kind: 'slow' });
    const { result, warnings } = await refresh(f, [ec2('m5.large')], { timeoutMs: 200 });
    expect(result.prices).toHaveLength(1);
    expect(warnings[0]).toMatch(/timeout/);
  });

  it('skips malformed records, counts them and warns, keeping the good ones', async () => {
    const f = await start();
    f.inject({ operation: 'GetProducts', kind: 'malformed-record' });
    const { result } = await refresh(f, [ec2('m5.large')]);
    expect(result.prices).toHaveLength(1);
    expect(result.stats.malformed).toBe(2);
    expect(result.warnings[0]).toMatch(/^skipped 2 malformed Price List records \(first: AmazonEC2 PriceList\[0\]: not JSON/);
  });

  it('restarts the query from the first page when the NextToken expires, without duplicates', async () => {
    const f = await start({ pageSize: 1 });
    f.inject({ operation: 'GetProducts', kind: 'expired-token' });
    const { result, warnings } = await refresh(f, [{ service: 'eks', kind: 'cluster-hour', region: 'us-east-1' }]);
    expect(f.requests.filter((r) => r.operation === 'GetProducts').map((r) => Boolean(r.body.NextToken))).toEqual([false, true, false, true]);
    expect(result.stats.records).toBe(2);
    expect(warnings).toContain('pricing:GetProducts: the paging token expired; starting the query again (restart 1)');
  });

  it('skips one query AWS rejects as invalid, with a warning, and keeps the other prices', async () => {
    const f = await start();
    f.inject({ operation: 'GetProducts', kind: 'invalid-parameter' });
    const { result, warnings } = await refresh(f, [ec2('p4d.24xlarge'), ec2('m5.large')]);
    expect(result.prices.map((p) => priceKeyId(p.key))).toEqual(['ec2/instance/us-east-1/m5.large']);
    expect(result.notFound).toEqual([ec2('p4d.24xlarge')]);
    expect(warnings).toEqual([
      'AmazonEC2 us-east-1: p4d.24xlarge, Linux, Shared, NA, Used, OnDemand: AWS rejected pricing:GetProducts: InvalidParameterException: Input validation failed: Filters[1].Field is not a valid attribute; those prices stay on the cache or the snapshot',
    ]);
  });

  it('names the missing IAM action on AccessDenied, without retrying', async () => {
    const f = await start();
    f.inject({ operation: 'GetProducts', kind: 'access-denied' });
    const failure = (await refresh(f, [ec2('m5.large')]).catch((e: unknown) => e)) as AwsFailure;
    expect(failure.kind).toBe('access-denied');
    expect(failure.message).toMatch(/^AWS denied pricing:GetProducts: grant the IAM action pricing:GetProducts to the user or role you sign in as \(AWS said: User: arn:aws:iam::123456789012:user\/tester is not authorized/);
    expect(f.requests).toHaveLength(1);
  });

  it('says how to sign in when there are no credentials', async () => {
    const f = await start();
    const restore = withoutCredentials();
    try {
      const failure = (await refresh(f, [ec2('m5.large')]).catch((e: unknown) => e)) as AwsFailure;
      expect(failure.kind).toBe('no-credentials');
      expect(failure.message).toMatch(/no AWS credentials found: sign in with `aws configure` or `aws sso login`/);
      expect(f.requests).toHaveLength(0);
    } finally {
      restore();
    }
  });

  it('reports an unreachable endpoint as offline', async () => {
    const client = createPricingClient({ endpoint: 'http://127.0.0.1:1' });
    const failure = (await refreshTargeted(client, [ec2('m5.large')], { retry: recordingRetryPolicy() }).catch((e: unknown) => e)) as AwsFailure;
    client.destroy();
    expect(failure.kind).toBe('offline');
    expect(failure.message).toMatch(/cannot reach AWS for pricing:GetProducts \(ECONNREFUSED\)/);
  });
});

describe('a whole scenario', () => {
  it('refreshes every price the starter scenario uses in a few calls, and estimates exactly as the snapshot built from the same feeds', async () => {
    const f = await start();
    const scenario = parseScenario(starterScenario('both'));
    const keys = priceKeysOfScenario(scenario);
    const { result } = await refresh(f, keys);
    expect(result.requests).toBeLessThan(keys.length);
    const found = new Set(result.prices.map((p) => priceKeyId(p.key)));
    const missing = keys.filter((k) => !found.has(priceKeyId(k))).map(priceKeyId);
    // No us-east-1 SageMaker training rate and no endpoint data-processing product exist in the samples.
    expect(missing.sort()).toEqual(['sagemaker/data-processing/us-east-1', 'sagemaker/instance/us-east-1/training/ml.m5.xlarge']);
    expect(result.unqueryable.map(priceKeyId)).toEqual(['sagemaker/data-processing/us-east-1']);

    const fetchedAt = new Date('2026-11-26T12:00:00Z');
    const live = estimate(scenario, layeredCatalogue('live over snapshot', [liveCatalogue(result.prices, fetchedAt), snapshotCatalogue()]));
    const offline = estimate(scenario, snapshotCatalogue());
    for (const option of offline.options) {
      expect(live.options.find((o) => o.option === option.option)!.horizonTotal).toBeCloseTo(option.horizonTotal, 6);
    }
    const kinds = new Set(live.priceSources.map((s) => s.source.kind));
    expect(kinds).toEqual(new Set(['live', 'snapshot']));
  });
});
