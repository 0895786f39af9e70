import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PriceCache } from '../../src/aws/cache/price-cache';
import { CacheWriteError } from '../../src/aws/cache/cache-write-error';
import { COST_CACHE_FORMAT } from '../../src/aws/cost-explorer/cost-cache';
import type { FetchedPrice } from '../../src/aws/price-list/fetched-price';
import { startFakeAws, type FakeAws } from '../fake-aws/fake-aws-server';
import { loadRealCostSample } from '../fake-aws/fake-cost-explorer';
import { feedDerivedItems } from '../fake-aws/feed-derived-records';
import { cliEnv, runCli } from './support/cli-harness';

/**
 * Issue 12, AWS faults 6, 8 and 9 through the command line, against the fake endpoint: the CLI
 * child runs the real SDK clients; small timeouts come in through --timeout.
 */
const tmp = mkdtempSync(join(tmpdir(), 'tco-cli-faults-'));
/** A regular file: a cache folder under it cannot be created (ENOTDIR), even for root, who ignores chmod. */
const blocker = join(tmp, 'not-a-folder');
writeFileSync(blocker, 'x');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let fake: FakeAws;
beforeAll(async () => {
  fake = await startFakeAws({ products: feedDerivedItems(), costs: loadRealCostSample({ forecast: true }) });
});
afterAll(() => fake.close());
afterEach(() => fake.release());

const cli = (args: string[], cacheDir = join(tmp, 'cache')) => runCli(args, cliEnv(fake.endpoint, cacheDir));

describe('prices refresh and costs import on AWS faults', () => {
  it('6. a reply stalled after its headers ends with a timeout message and exit 4, not a hang', async () => {
    fake.inject({ operation: 'GetProducts', kind: 'stall-after-headers', times: 5 });
    const run = await cli(['prices', 'refresh', '--region', 'us-east-1', '--timeout', '0.2']);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/AWS did not answer for 0\.2 s: pricing:GetProducts timed out after 5 attempts; check your network and try again; nothing was changed/);
  }, 20_000);

  it('8. an expired session exits 4 and asks to sign in again, never "Refreshed 0 prices"', async () => {
    fake.inject({ operation: 'GetProducts', kind: 'expired-credentials' });
    const run = await cli(['prices', 'refresh', '--region', 'us-east-1']);
    expect(run.code).toBe(4);
    expect(run.stdout).not.toMatch(/Refreshed/);
    expect(run.stderr).toMatch(/your AWS session expired: sign in again \(aws sso login \/ aws configure\); pricing:GetProducts was refused/);
    expect(run.stderr).not.toMatch(/grant the IAM action/);
  });

  it('8. Cost Explorer: an expired session exits 4 and nothing is saved', async () => {
    fake.inject({ operation: 'GetCostAndUsage', kind: 'expired-credentials' });
    const run = await cli(['costs', 'import', '--months', '2', '--yes']);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/your AWS session expired: sign in again \(aws sso login \/ aws configure\); ce:GetCostAndUsage was refused .*; nothing was saved/);
  });

  it('9. prices refresh into a cache folder that cannot be written names it and the cause, exit 1, not an internal error', async () => {
    const run = await cli(['prices', 'refresh', '--region', 'us-east-1'], join(blocker, 'cache'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`cannot write the price cache in ${join(blocker, 'cache', 'prices', 'us-east-1')}: a part of the path is not a folder (ENOTDIR)`);
    expect(run.stderr).toMatch(/run again with --cache-dir <folder>/);
    expect(run.stderr).not.toMatch(/internal error/);
    const elsewhere = await cli(['prices', 'refresh', '--region', 'us-east-1', '--cache-dir', join(tmp, 'elsewhere')], join(blocker, 'cache'));
    expect(elsewhere.code, elsewhere.stderr).toBe(0);
    expect(elsewhere.stdout).toContain(join(tmp, 'elsewhere', 'prices', 'us-east-1', 'ec2.json'));
  });

  it('9. costs import keeps the paid-for data: printed and written to --out when the cache cannot be written', async () => {
    const out = join(tmp, 'spend.json');
    const before = fake.requests.length;
    const run = await cli(['costs', 'import', '--months', '2', '--yes', '--format', 'json', '--out', out], join(blocker, 'cache'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `costs: cannot write the cost cache in ${join(blocker, 'cache', 'costs')}: a part of the path is not a folder (ENOTDIR); the import ($0.03 of requests) is saved to ${out} and printed`,
    );
    expect(fake.requests.length - before).toBe(3);
    const saved = JSON.parse(readFileSync(out, 'utf8')) as { format: string; spend: unknown };
    expect(saved.format).toBe(COST_CACHE_FORMAT);
    expect(saved.spend).toEqual(JSON.parse(run.stdout));
  });

  it('9. without --out, the import is still printed and the message says how to keep it', async () => {
    const run = await cli(['costs', 'import', '--months', '2', '--yes', '--format', 'json'], join(blocker, 'cache'));
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ source: { kind: 'cost-explorer' } });
    expect(run.stderr).toMatch(/is printed but not saved; run with --out <file> to keep a copy, or --cache-dir <folder>/);
  });
});

describe('the price cache on a full disk (ENOSPC simulated by the writer passed in)', () => {
  it('names the folder and the cause', () => {
    const dir = join(tmp, 'cache-full');
    const cache = new PriceCache(dir, () => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    const price = {
      key: { service: 'ec2', kind: 'instance', region: 'us-east-1', instanceType: 'm6i.large' },
      unit: 'hour',
      usdPerUnit: 0.096,
      sku: 'SKU',
      origin: { serviceCode: 'AmazonEC2', publishedOn: '2025-06-17', method: 'targeted' },
    } as unknown as FetchedPrice;
    const failure = (() => {
      try {
        cache.store([price], [], new Date('2026-11-26T00:00:00Z'));
      } catch (error) {
        return error;
      }
    })();
    expect(failure).toBeInstanceOf(CacheWriteError);
    expect((failure as Error).message).toBe(`cannot write the price cache in ${join(dir, 'prices', 'us-east-1')}: the disk is full (ENOSPC)`);
  });
});
