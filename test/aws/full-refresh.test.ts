import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AwsFailure } from '../../src/aws/aws-failure';
import { PriceCache } from '../../src/aws/cache/price-cache';
import type { RefreshProgress } from '../../src/aws/progress';
import { refreshPrices } from '../../src/aws/refresh-prices';
import { priceKeyId } from '../../src/index';
import { writeGeneratedOfferFile } from '../../bench/support/offer-file-generator';
import { startFakeAws, type FakeAws } from '../fake-aws/fake-aws-server';
import { recordingRetryPolicy, useFakeCredentials } from '../fake-aws/fake-credentials';
import { samplePath, SAMPLE } from '../fake-aws/recorded-samples';
import { AWS_FIXTURES_DIR } from '../support/paths';

beforeAll(useFakeCredentials);
const tmp = mkdtempSync(join(tmpdir(), 'tco-full-'));
const generatedPath = join(tmp, 'generated-us-east-1.json');
const generated = writeGeneratedOfferFile(generatedPath, { fixturesDir: AWS_FIXTURES_DIR, instanceTypes: 6 });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let fake: FakeAws | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(): Promise<FakeAws> {
  fake = await startFakeAws({
    priceLists: [
      { serviceCode: 'AmazonEC2', region: 'us-east-1', file: generatedPath },
      { serviceCode: 'AmazonEC2', region: 'us-east-2', file: samplePath(SAMPLE.offerUsEast2) },
    ],
  });
  return fake;
}

function run(f: FakeAws, region: string, cacheDir: string, serviceCodes = ['AmazonEC2', 'AmazonRDS']) {
  const progress: RefreshProgress[] = [];
  const warnings: string[] = [];
  let clock = Date.parse('2026-11-26T10:00:00Z');
  return refreshPrices(
    { mode: 'full', region, serviceCodes },
    {
      connection: { endpoint: f.endpoint },
      cacheDir,
      retry: recordingRetryPolicy(),
      now: () => (clock += 10),
      observer: { onProgress: (p) => progress.push(p), onWarning: (w) => warnings.push(w) },
    },
  ).then((outcome) => ({ outcome, progress, warnings }));
}

describe('full regional refresh: ListPriceLists, GetPriceListFileUrl, streamed offer file', () => {
  it('finds every instance type of the Region, with on-demand and Reserved prices, and writes the cache', async () => {
    const f = await start();
    const cacheDir = join(tmp, 'full-ok');
    const { outcome, progress, warnings } = await run(f, 'us-east-1', cacheDir);
    const list = f.requests.find((r) => r.operation === 'ListPriceLists')!;
    expect(list.body).toMatchObject({ ServiceCode: 'AmazonEC2', CurrencyCode: 'USD', RegionCode: 'us-east-1' });
    expect(typeof list.body.EffectiveDate).toBe('number'); // epoch seconds on the wire (aws-api.md §1.3)
    expect(f.requests.find((r) => r.operation === 'GetPriceListFileUrl')!.body).toEqual({
      PriceListArn: 'arn:aws:pricing:::price-list/aws/AmazonEC2/USD/20250617000000/us-east-1',
      FileFormat: 'json',
    });
    expect(outcome.result.prices.filter((p) => p.key.kind === 'instance')).toHaveLength(generated.instanceTypes.length);
    expect(outcome.result.prices.filter((p) => p.key.kind === 'reserved')).toHaveLength(generated.instanceTypes.length * 12);
    expect(outcome.files).toEqual([expect.objectContaining({ serviceCode: 'AmazonEC2', bytes: generated.bytes, publishedOn: '2026-02-27' })]);
    expect(warnings).toEqual(['AWS lists no AmazonRDS price list for us-east-1; those prices stay on the cache or the snapshot']);

    const phases = progress.map((p) => p.phase);
    expect(phases).toContain('list');
    expect(phases).toContain('download');
    expect(phases[phases.length - 1]).toBe('write');
    const last = progress.filter((p) => p.phase === 'download').pop()!;
    expect(last).toMatchObject({ bytesDone: generated.bytes, bytesTotal: generated.bytes, etaMs: 0 });
    expect(progress.some((p) => p.phase === 'download' && p.etaMs !== undefined && p.etaMs > 0)).toBe(true);

    const cached = new PriceCache(cacheDir).read('us-east-1', 'ec2').file!;
    expect(cached.prices).toHaveLength(generated.instanceTypes.length * 13);
    expect(cached.instanceTypes.map((s) => s.instanceType).sort()).toEqual([...generated.instanceTypes].sort());
    const quote = outcome.catalogue.lookup({ service: 'ec2', kind: 'instance', region: 'us-east-1', instanceType: generated.instanceTypes[0]! })!;
    expect(quote.source).toMatchObject({ kind: 'live', asOf: '2026-02-27', basis: 'published' });
    expect(quote.source.title).toMatch(/regional offer file\), AmazonEC2 us-east-1, version 20260227155715; fetched 2026-11-26/);
  });

  it('prices EBS from the real us-east-2 extract and reports the misfiled Reserved term', async () => {
    const f = await start();
    const { outcome } = await run(f, 'us-east-2', join(tmp, 'full-us-east-2'), ['AmazonEC2']);
    expect(outcome.result.prices.map((p) => priceKeyId(p.key))).toEqual(['ebs/volume/us-east-2/gp3']);
    expect(outcome.result.warnings.join('\n')).toMatch(/AmazonEC2: skipped the terms of 1 record/);
    expect(outcome.written).toEqual([join(tmp, 'full-us-east-2', 'prices', 'us-east-2', 'ebs.json')]);
  });

  it('fails on a download cut off halfway, writing nothing', async () => {
    const f = await start();
    f.inject({ operation: 'offer-file', kind: 'truncate' });
    const cacheDir = join(tmp, 'full-truncated');
    const failure = await run(f, 'us-east-1', cacheDir).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AwsFailure);
    expect((failure as AwsFailure).message).toMatch(/offer-file download from 127\.0\.0\.1:\d+ (broke off|ended early)|ends in the middle of a value/);
    expect(existsSync(join(cacheDir, 'prices'))).toBe(false);
  });

  it('retries a throttled GetPriceListFileUrl and names pricing:ListPriceLists when it is denied', async () => {
    const f = await start();
    f.inject({ operation: 'GetPriceListFileUrl', kind: 'throttle' });
    const ok = await run(f, 'us-east-1', join(tmp, 'full-throttled'), ['AmazonEC2']);
    expect(ok.warnings[0]).toMatch(/pricing:GetPriceListFileUrl: throttled; retrying/);
    f.inject({ operation: 'ListPriceLists', kind: 'access-denied' });
    const failure = (await run(f, 'us-east-1', join(tmp, 'full-denied'), ['AmazonEC2']).catch((e: unknown) => e)) as AwsFailure;
    expect(failure.message).toMatch(/^AWS denied pricing:ListPriceLists: grant the IAM action pricing:ListPriceLists/);
  });

  it('merges into the cache: a later targeted refresh keeps the full refresh\'s other prices', async () => {
    const f = await start();
    const cacheDir = join(tmp, 'full-merge');
    await run(f, 'us-east-1', cacheDir, ['AmazonEC2']);
    const before = JSON.parse(readFileSync(join(cacheDir, 'prices', 'us-east-1', 'ec2.json'), 'utf8')) as { prices: unknown[] };
    const cache = new PriceCache(cacheDir);
    cache.store(
      [{ key: { service: 'ec2', kind: 'instance', region: 'us-east-1', instanceType: 'zz.test' }, unit: 'Hrs', usdPerUnit: 1.5, sku: 'ZZ', origin: { serviceCode: 'AmazonEC2', publishedOn: '2026-11-01', method: 'targeted' } }],
      [],
      new Date('2026-11-27T00:00:00Z'),
    );
    const after = cache.read('us-east-1', 'ec2').file!;
    expect(after.prices).toHaveLength(before.prices.length + 1);
    expect(Object.values(after.sources).map((s) => s.method).sort()).toEqual(['full', 'targeted']);
  });
});
