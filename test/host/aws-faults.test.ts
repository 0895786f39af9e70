import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ImportedSpend } from '../../src/analysis/imported-spend';
import { importCostsForUi } from '../../src/host/cost-import';
import { startFakeAws, type FakeAws } from '../fake-aws/fake-aws-server';
import { loadRealCostSample } from '../fake-aws/fake-cost-explorer';
import { recordingRetryPolicy, useFakeCredentials } from '../fake-aws/fake-credentials';
import { feedDerivedItems } from '../fake-aws/feed-derived-records';
import { cleanupFixtures, hostFixture, reason, value } from './support/host-fixture';

/** Issue 12, AWS faults 6, 8 and 9 as the app sees them: the host's result says what went wrong and where. */
beforeAll(useFakeCredentials);
const tmp = mkdtempSync(join(tmpdir(), 'tco-host-faults-'));
/** A regular file: a cache folder under it cannot be created (ENOTDIR), even for root, who ignores chmod. */
const blocker = join(tmp, 'not-a-folder');
writeFileSync(blocker, 'x');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let fake: FakeAws | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  cleanupFixtures();
});

const start = async () => (fake = await startFakeAws({ products: feedDerivedItems(), costs: loadRealCostSample({ forecast: true }) }));

describe('the host on AWS faults', () => {
  it('6. a stalled reply fails the refresh with a timeout, never hangs', async () => {
    const f = await start();
    f.inject({ operation: 'GetProducts', kind: 'stall-after-headers', times: Infinity });
    const host = hostFixture({ awsConnection: { endpoint: f.endpoint, requestTimeoutMs: 200 }, awsRetry: recordingRetryPolicy(2) });
    expect(reason(await host.api.dispatch('refreshPrices', { region: 'us-east-1' }))).toMatch(
      /^AWS did not answer for 0\.2 s: pricing:GetProducts timed out after 2 attempts; check your network and try again; nothing was changed/,
    );
  });

  it('8. an expired session fails the refresh and the import, instead of "ok" with 0 prices', async () => {
    const f = await start();
    f.inject({ operation: 'GetProducts', kind: 'expired-credentials', times: Infinity });
    f.inject({ operation: 'GetCostAndUsage', kind: 'expired-credentials', times: Infinity });
    const host = hostFixture({ awsConnection: { endpoint: f.endpoint }, awsRetry: recordingRetryPolicy() });
    const refresh = await host.api.dispatch('refreshPrices', { region: 'us-east-1' });
    expect(refresh.ok).toBe(false);
    expect(reason(refresh)).toMatch(/^your AWS session expired: sign in again \(aws sso login \/ aws configure\); pricing:GetProducts was refused/);
    expect(reason(await host.api.dispatch('importCosts', { months: 2, confirmed: true }))).toMatch(/^your AWS session expired: sign in again .*; nothing was saved$/);
  });

  it('9. a cache folder that cannot be written: the refresh says where and why', async () => {
    const f = await start();
    const host = hostFixture({ awsConnection: { endpoint: f.endpoint }, awsRetry: recordingRetryPolicy(), cacheDir: join(blocker, 'cache') });
    expect(reason(await host.api.dispatch('refreshPrices', { region: 'us-east-1' }))).toBe(
      `cannot write the price cache in ${join(blocker, 'cache', 'prices', 'us-east-1')}: a part of the path is not a folder (ENOTDIR); the prices fetched were not saved and the cached ones are unchanged: free space or fix the folder, then refresh again`,
    );
  });

  it('9. a paid import the cache cannot hold is kept in memory and shown again without a new charge', async () => {
    const f = await start();
    const host = hostFixture({ awsConnection: { endpoint: f.endpoint }, awsRetry: recordingRetryPolicy(), cacheDir: join(blocker, 'cache') });
    expect(reason(await host.api.dispatch('importCosts', { months: 2, confirmed: true }))).toBe(
      `cannot write the cost cache in ${join(blocker, 'cache', 'costs')}: a part of the path is not a folder (ENOTDIR); the import is kept in memory until the app closes: import again to see it without a new charge, or free space in that folder`,
    );
    const paid = f.requests.length;
    expect(paid).toBe(3);
    const spend = value(await host.api.dispatch('importCosts', { months: 2, confirmed: true }));
    expect(spend.months).toHaveLength(2);
    expect(f.requests.length).toBe(paid);
  });

  it('9. a full disk (ENOSPC, simulated by the writer passed in) names the folder and the cause; freed space saves the kept import', async () => {
    const f = await start();
    const cacheDir = join(tmp, 'cache-full');
    const unsaved = new Map<string, ImportedSpend>();
    let full = true;
    const writeFile = (path: string, data: string) => {
      if (full) throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC' });
      writeFileSync(path, data);
    };
    const deps = { cacheDir, connection: { endpoint: f.endpoint }, retry: recordingRetryPolicy(), now: () => new Date('2026-11-26T09:30:00Z'), unsaved, writeFile };
    await expect(importCostsForUi({ months: 2, confirmed: true }, undefined, deps)).rejects.toThrow(
      `cannot write the cost cache in ${join(cacheDir, 'costs')}: the disk is full (ENOSPC); the import is kept in memory`,
    );
    full = false;
    const spend = await importCostsForUi({ months: 2, confirmed: true }, undefined, deps);
    expect(f.requests).toHaveLength(3);
    expect(JSON.parse(readFileSync(join(cacheDir, 'costs', 'default.json'), 'utf8')).spend).toEqual(spend);
    expect(unsaved.size).toBe(0);
    expect(existsSync(join(cacheDir, 'costs', 'default.json'))).toBe(true);
  });
});
