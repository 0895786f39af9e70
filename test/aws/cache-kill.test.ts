import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { PriceCache } from '../../src/aws/cache/price-cache';
import type { FetchedPrice } from '../../src/aws/price-list/fetched-price';
import { writeGeneratedOfferFile } from '../../bench/support/offer-file-generator';
import { startFakeAws, type FakeAws } from '../fake-aws/fake-aws-server';
import { feedDerivedItems } from '../fake-aws/feed-derived-records';
import { AWS_FIXTURES_DIR } from '../support/paths';
import { bundle, bundledCli, cliEnv, startCli, whenOutput } from './support/cli-harness';

/**
 * Killing the process at any moment of a refresh leaves the previous cache intact (DESIGN
 * convention 10). The kills are placed by events, never by timers: the fake holds a request or
 * half a download until the child is provably mid-refresh.
 */
const tmp = mkdtempSync(join(tmpdir(), 'tco-kill-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let fake: FakeAws | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function seedCache(dir: string): string {
  const previous: FetchedPrice = {
    key: { service: 'ec2', kind: 'instance', region: 'us-east-1', instanceType: 'm5.large' },
    unit: 'Hrs',
    usdPerUnit: 0.123,
    sku: 'PREVIOUS',
    origin: { serviceCode: 'AmazonEC2', publishedOn: '2026-01-01', method: 'targeted' },
  };
  new PriceCache(dir).store([previous], [], new Date('2026-11-01T00:00:00Z'));
  return readFileSync(join(dir, 'prices', 'us-east-1', 'ec2.json'), 'utf8');
}

function expectIntact(dir: string, before: string): void {
  expect(readFileSync(join(dir, 'prices', 'us-east-1', 'ec2.json'), 'utf8')).toBe(before);
  const read = new PriceCache(dir).read('us-east-1', 'ec2');
  expect(read.problem).toBeUndefined();
  expect(read.file!.prices.map((p) => [p.key, p.usd])).toEqual([['ec2/instance/us-east-1/m5.large', 0.123]]);
  expect(readdirSync(join(dir, 'prices', 'us-east-1'))).toEqual(['ec2.json']);
}

describe('SIGKILL during a refresh leaves the previous cache intact and parseable', () => {
  it('killed between GetProducts queries of a targeted refresh', async () => {
    fake = await startFakeAws({ products: feedDerivedItems() });
    const dir = join(tmp, 'targeted');
    const before = seedCache(dir);
    fake.inject({ operation: 'GetProducts', kind: 'hold', skip: 3 });
    const run = startCli(await bundledCli(), ['prices', 'refresh', '--region', 'us-east-1'], cliEnv(fake.endpoint, dir));
    await fake.waitFor('GetProducts', 4); // three answered, the fourth held: mid-refresh
    run.child.kill('SIGKILL');
    expect((await run.done).signal).toBe('SIGKILL');
    expectIntact(dir, before);
  });

  it('killed halfway through streaming a full regional offer file', async () => {
    const offer = join(tmp, 'offer.json');
    writeGeneratedOfferFile(offer, { fixturesDir: AWS_FIXTURES_DIR, instanceTypes: 4 });
    fake = await startFakeAws({ priceLists: [{ serviceCode: 'AmazonEC2', region: 'us-east-1', file: offer }] });
    const dir = join(tmp, 'full');
    const before = seedCache(dir);
    fake.inject({ operation: 'offer-file', kind: 'hold-midway' });
    const run = startCli(await bundledCli(), ['prices', 'refresh', '--region', 'us-east-1', '--full'], cliEnv(fake.endpoint, dir));
    // The fake sends half the file and holds the rest; a 10% progress line means the child is
    // parsing the stream, and it cannot get past 50%.
    await whenOutput(run.child, run.stderr, (text) => /offer file \(1 of 7\): [1-4]0% /.test(text));
    run.child.kill('SIGKILL');
    expect((await run.done).signal).toBe('SIGKILL');
    expectIntact(dir, before);
  });

  it('killed while rewriting a large cache file: the file is always one whole generation', async () => {
    const dir = join(tmp, 'writer');
    const child = await bundle('test/aws/support/cache-writer-child.ts');
    const run = startCli(child, [dir], process.env);
    let stdout = '';
    run.child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    // Generation 3 is being written (or a later one): killed somewhere inside store(), whichever step.
    await whenOutput(run.child, () => stdout, (text) => text.includes('writing 3\n'));
    run.child.kill('SIGKILL');
    await run.done;
    const read = new PriceCache(dir).read('us-east-1', 'ec2');
    expect(read.problem).toBeUndefined();
    const generations = new Set(read.file!.prices.map((p) => p.usd));
    expect(generations.size).toBe(1);
    expect([...generations][0]).toBeGreaterThanOrEqual(2);
    expect(read.file!.prices).toHaveLength(40_000);
  });
});
