import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RefreshProgress } from '../../src/contract/host-api';
import { PriceCache } from '../../src/aws/cache/price-cache';
import { priceKeyId } from '../../src/pricing/price-key';
import { AWS_REGIONS } from '../../src/model/regions';
import { startFakeAws, type FakeAws } from '../fake-aws/fake-aws-server';
import { recordingRetryPolicy, useFakeCredentials } from '../fake-aws/fake-credentials';
import { feedDerivedItems } from '../fake-aws/feed-derived-records';
import { cleanupFixtures, exampleText, hostFixture, reason, value } from './support/host-fixture';

beforeAll(useFakeCredentials);

let fake: FakeAws | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  cleanupFixtures();
});

function seedCache(dir: string): void {
  new PriceCache(dir).store(
    [
      {
        key: { service: 'ec2', kind: 'instance', region: 'eu-west-1', instanceType: 'm5.large' },
        unit: 'Hrs',
        usdPerUnit: 0.107,
        sku: 'SKU1',
        origin: { serviceCode: 'AmazonEC2', publishedOn: '2026-11-01', method: 'targeted' },
      },
    ],
    [],
    new Date('2026-11-20T00:00:00Z'),
  );
}

async function fixtureWithFake() {
  fake = await startFakeAws({ products: feedDerivedItems() });
  return hostFixture({ awsConnection: { endpoint: fake.endpoint }, awsRetry: recordingRetryPolicy() });
}

describe('prices status and Region prices', () => {
  it('reports the snapshot alone when nothing is cached, with each Region’s prices, dates and coverage from its index', async () => {
    const f = hostFixture();
    const status = value(await f.api.dispatch('pricesStatus', undefined));
    expect(status).toMatchObject({ cache: [], ttlDays: 7, cacheDir: f.cacheDir });
    expect(status.snapshot).toMatchObject({ name: 'Embedded AWS price snapshot', builtOn: '2026-07-20', regions: [...AWS_REGIONS].sort() });
    expect(status.snapshot.problem).toBeUndefined();
    const use1 = status.snapshot.coverage.find((c) => c.region === 'us-east-1')!;
    expect(use1).toMatchObject({ prices: 9497, oldestAsOf: '2021-02-05', newestAsOf: '2026-11-26' });
    // [published, derived] rows: 71 bare-metal EC2 sizes and the SageMaker components without a published rate are derived.
    expect(use1.coverage['ec2/instance']).toEqual([1296, 71]);
    expect(use1.coverage['ec2/reserved']).toEqual([3169, 0]);
    expect(use1.coverage['rds/reserved']).toEqual([2118, 0]);
    expect(use1.coverage['sagemaker/instance']).toEqual([77, 105]);
  });

  it('serves a Region’s snapshot quotes and instance specs with its cached quotes, and refuses an unknown Region', async () => {
    const f = hostFixture();
    const prices = value(await f.api.dispatch('regionPrices', { region: 'eu-west-1' }));
    expect(prices.region).toBe('eu-west-1');
    expect(prices.snapshot).toMatchObject({ name: 'Embedded AWS price snapshot', builtOn: '2026-07-20' });
    expect(prices.snapshot.quotes.every(([id, q]) => id.split('/')[2] === 'eu-west-1' && q.source.kind === 'snapshot')).toBe(true);
    expect(new Map(prices.snapshot.quotes).get('ec2/instance/eu-west-1/m5.large')).toMatchObject({ usdPerUnit: 0.107, unit: 'Hrs' });
    expect(prices.snapshot.instanceTypes).toContainEqual({ instanceType: 'db.r6i.xlarge', vcpu: 4, memoryGib: 32 });
    expect(prices.cache.quotes).toEqual([]);
    // Another Region: its own quotes only.
    const mumbai = value(await f.api.dispatch('regionPrices', { region: 'ap-south-1' })).snapshot;
    expect(new Map(mumbai.quotes).get('ec2/instance/ap-south-1/m5.large')).toMatchObject({ usdPerUnit: 0.101 });
    expect(mumbai.quotes.every(([id]) => id.split('/')[2] === 'ap-south-1')).toBe(true);
    expect(reason(await f.api.dispatch('regionPrices', { region: 'mars-1' }))).toMatch(/^region: must be one of/);
  });

  it('reports each cache file with its dates and staleness, and serves its quotes by price-key id', async () => {
    const f = hostFixture({ now: () => new Date('2026-11-22T00:00:00Z') });
    seedCache(f.cacheDir);
    expect(value(await f.api.dispatch('pricesStatus', undefined)).cache).toEqual([
      { region: 'eu-west-1', service: 'ec2', source: 'cache', asOf: '2026-11-01', fetchedAt: '2026-11-20T00:00:00.000Z', stale: false, items: 1 },
    ]);
    const cached = value(await f.api.dispatch('regionPrices', { region: 'eu-west-1' }));
    expect(cached.region).toBe('eu-west-1');
    expect(cached.cache.quotes).toEqual([
      ['ec2/instance/eu-west-1/m5.large', expect.objectContaining({ usdPerUnit: 0.107, unit: 'Hrs', source: expect.objectContaining({ kind: 'cache', asOf: '2026-11-01' }) })],
    ]);
    expect(value(await f.api.dispatch('regionPrices', { region: 'us-east-1' })).cache.quotes).toEqual([]);
  });

  it('skips an unreadable cache file (its prices fall back to the snapshot)', async () => {
    const f = hostFixture();
    mkdirSync(join(f.cacheDir, 'prices', 'eu-west-1'), { recursive: true });
    writeFileSync(join(f.cacheDir, 'prices', 'eu-west-1', 'ec2.json'), '{broken');
    expect(value(await f.api.dispatch('regionPrices', { region: 'eu-west-1' })).cache.quotes).toEqual([]);
    expect(f.logged.join('\n')).toMatch(/ignoring unreadable price cache file/);
  });
});

describe('refreshPrices against the fake Price List endpoint', () => {
  it('refreshes the open scenario’s prices, pushes progress, writes the cache, and regionPrices then serves them', async () => {
    const f = await fixtureWithFake();
    const progress: RefreshProgress[] = [];
    f.api.events.on('refresh-progress', (p) => progress.push(p));
    const summary = value(await f.api.dispatch('refreshPrices', { region: 'us-east-1', scenarioText: exampleText('postgres-oltp-ha') }));
    expect(summary).toMatchObject({ region: 'us-east-1', cancelled: false });
    expect(summary.prices).toBeGreaterThan(0);
    expect(progress.some((p) => p.phase === 'query' && p.totalItems !== undefined)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ phase: 'done' });
    const quotes = value(await f.api.dispatch('regionPrices', { region: 'us-east-1' })).cache.quotes;
    expect(quotes.length).toBe(summary.prices);
    expect(quotes.every(([, q]) => q.source.kind === 'cache')).toBe(true);
    expect(quotes.map(([id]) => id)).toContain(priceKeyId({ service: 'rds', kind: 'instance', region: 'us-east-1', engine: 'postgresql', instanceClass: 'db.r6i.4xlarge', deployment: 'multi-az' }));
  });

  it('refuses a scenario priced in another Region, and an invalid one, naming the field', async () => {
    const f = await fixtureWithFake();
    expect(reason(await f.api.dispatch('refreshPrices', { region: 'eu-west-1', scenarioText: exampleText('postgres-oltp-ha') }))).toBe(
      'the scenario is priced in us-east-1, not eu-west-1',
    );
    expect(reason(await f.api.dispatch('refreshPrices', { region: 'us-east-1', scenarioText: '{"schemaVersion": 1}' }))).toMatch(/^the scenario is invalid: /);
    expect(fake!.requests).toEqual([]);
  });

  it('cancel answers at once, and the cancelled refresh writes nothing', async () => {
    const f = await fixtureWithFake();
    fake!.inject({ operation: 'GetProducts', kind: 'hold', skip: 1 });
    const running = f.api.dispatch('refreshPrices', { region: 'us-east-1' });
    await fake!.waitFor('GetProducts', 2); // the second query is held: mid-refresh
    expect(reason(await f.api.dispatch('refreshPrices', { region: 'us-east-1' }))).toMatch(/already running/);
    value(await f.api.dispatch('cancelRefresh', undefined));
    expect(value(await running)).toEqual({ region: 'us-east-1', prices: 0, skipped: 0, warnings: [], cancelled: true });
    fake!.release();
    // The abandoned run stops at its next step; give it time to try, then check nothing was written.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(existsSync(join(f.cacheDir, 'prices')) ? readdirSync(join(f.cacheDir, 'prices')) : []).toEqual([]);
    expect(fake!.requests.filter((r) => r.operation === 'GetProducts')).toHaveLength(2);
    // And a new refresh may start.
    expect(value(await f.api.dispatch('refreshPrices', { region: 'us-east-1', scenarioText: exampleText('postgres-oltp-ha') })).cancelled).toBe(false);
  });

  it('an AWS failure is one line saying nothing changed', async () => {
    const f = await fixtureWithFake();
    fake!.inject({ operation: 'GetProducts', kind: 'access-denied' });
    expect(reason(await f.api.dispatch('refreshPrices', { region: 'us-east-1' }))).toMatch(
      /^AWS denied pricing:GetProducts.*grant the IAM action pricing:GetProducts.*; nothing was changed: prices still come from the cache, then the embedded snapshot$/,
    );
  });
});
