import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultCacheDir } from '../../src/aws/cache/cache-dir';
import { DEFAULT_PRICE_TTL_MS } from '../../src/aws/cache/cache-ttl';
import { PriceCache } from '../../src/aws/cache/price-cache';
import { loadCatalogue } from '../../src/aws/load-catalogue';
import type { FetchedPrice } from '../../src/aws/price-list/fetched-price';
import { type PriceKey } from '../../src/index';
import { snapshotCatalogue } from '../support/snapshot';

const tmp = mkdtempSync(join(tmpdir(), 'tco-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const m5: PriceKey = { service: 'ec2', kind: 'instance', region: 'us-east-1', instanceType: 'm5.large' };
const s3: PriceKey = { service: 's3', kind: 'standard-storage', region: 'us-east-1' };
const price = (key: PriceKey, usd: number, publishedOn = '2026-11-20'): FetchedPrice => ({
  key,
  unit: key.service === 's3' ? 'GB-Mo' : 'Hrs',
  usdPerUnit: usd,
  sku: 'SKU1.JRTCKXETXF.6YS6EN2CT7',
  origin: { serviceCode: key.service === 's3' ? 'AmazonS3' : 'AmazonEC2', publishedOn, method: 'targeted' },
  ...(key.service === 's3' ? { tiers: [{ fromQuantity: 0, toQuantity: 51200, usdPerUnit: usd }, { fromQuantity: 51200, toQuantity: null, usdPerUnit: 0.029 }] } : {}),
});
const fetchedAt = new Date('2026-11-25T08:00:00Z');

describe('price cache', () => {
  it('writes one file per Region and service and reads every price back, tiers included', () => {
    const dir = join(tmp, 'roundtrip');
    const cache = new PriceCache(dir);
    const { written } = cache.store([price(m5, 0.2), price(s3, 0.03)], [], fetchedAt);
    expect(written.map((p) => p.slice(dir.length))).toEqual(['/prices/us-east-1/ec2.json', '/prices/us-east-1/s3.json']);
    const { catalogue } = loadCatalogue({ cacheDir: dir, now: new Date('2026-11-26T00:00:00Z') });
    expect(catalogue.lookup(m5)).toMatchObject({ usdPerUnit: 0.2, unit: 'Hrs', source: { kind: 'cache', asOf: '2026-11-20', basis: 'published', sku: 'SKU1.JRTCKXETXF.6YS6EN2CT7' } });
    expect(catalogue.lookup(s3)?.tiers).toEqual([
      { fromQuantity: 0, toQuantity: 51200, usdPerUnit: 0.03 },
      { fromQuantity: 51200, toQuantity: null, usdPerUnit: 0.029 },
    ]);
    expect(catalogue.lookup(m5)?.source.note).toBeUndefined();
    expect(readdirSync(join(dir, 'prices', 'us-east-1')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('falls back to the embedded snapshot for everything the cache lacks, saying which source each price has', () => {
    const dir = join(tmp, 'layered');
    new PriceCache(dir).store([price(m5, 0.2)], [], fetchedAt);
    const { catalogue } = loadCatalogue({ cacheDir: dir, now: fetchedAt });
    const rds: PriceKey = { service: 'rds', kind: 'instance', region: 'us-east-1', engine: 'postgresql', instanceClass: 'db.m5.large', deployment: 'single-az' };
    expect(catalogue.lookup(rds)).toEqual(snapshotCatalogue().lookup(rds));
    expect(catalogue.lookup(rds)?.source.kind).toBe('snapshot');
    expect(catalogue.lookup(m5)?.source.kind).toBe('cache');
    expect(catalogue.info.kind).toBe('cache');
  });

  it('is just the snapshot when nothing is cached', () => {
    const { catalogue } = loadCatalogue({ cacheDir: join(tmp, 'empty') });
    expect(catalogue.info).toEqual(snapshotCatalogue().info);
    expect(catalogue.lookup(m5)).toEqual(snapshotCatalogue().lookup(m5));
    expect(catalogue.lookup(m5)?.source.kind).toBe('snapshot');
  });

  it('keeps using a price older than the TTL, with a note saying how old it is and how to refresh', () => {
    const dir = join(tmp, 'stale');
    const cache = new PriceCache(dir);
    cache.store([price(m5, 0.2)], [], fetchedAt);
    const now = new Date(fetchedAt.getTime() + DEFAULT_PRICE_TTL_MS + 2 * 86_400_000);
    const quote = loadCatalogue({ cacheDir: dir, now }).catalogue.lookup(m5)!;
    expect(quote.usdPerUnit).toBe(0.2);
    expect(quote.source.note).toBe('Cached 9 days ago, beyond the 7-day refresh interval; run: tco-studio prices refresh --region us-east-1');
    expect(cache.status(now, DEFAULT_PRICE_TTL_MS)[0]).toMatchObject({ region: 'us-east-1', service: 'ec2', prices: 1, stale: true, publishedOn: '2026-11-20' });
    expect(cache.status(fetchedAt, DEFAULT_PRICE_TTL_MS)[0]?.stale).toBe(false);
  });

  it('ignores an unreadable cache file with a warning and prices from the snapshot instead', () => {
    const dir = join(tmp, 'corrupt');
    mkdirSync(join(dir, 'prices', 'us-east-1'), { recursive: true });
    writeFileSync(join(dir, 'prices', 'us-east-1', 'ec2.json'), '{"format": "tco-studio-price-cache/1", "region": "us-east-1"');
    const warnings: string[] = [];
    const { catalogue } = loadCatalogue({ cacheDir: dir, onWarning: (w) => warnings.push(w) });
    expect(catalogue.lookup(m5)).toEqual(snapshotCatalogue().lookup(m5));
    expect(warnings).toEqual([`ignoring unreadable price cache file ${join(dir, 'prices', 'us-east-1', 'ec2.json')}: not valid JSON`]);
  });

  it.each([
    [{ prices: [{ key: 'rds/instance/us-east-1/x', unit: 'Hrs', usd: 1, source: 'a' }] }, /does not belong to ec2 in us-east-1/],
    [{ prices: [{ key: 'ec2/instance/us-east-1/x', unit: 'Hrs', usd: -1, source: 'a' }] }, /prices\.0\.usd/],
    [{ prices: [{ key: 'ec2/instance/us-east-1/x', unit: 'Hrs', usd: 1, source: 'b' }] }, /names unknown source b/],
  ])('refuses a cache file with %j', (over: { prices: unknown[] }, message) => {
    const dir = join(tmp, `invalid-${Math.random().toString(36).slice(2)}`);
    mkdirSync(join(dir, 'prices', 'us-east-1'), { recursive: true });
    const file = {
      format: 'tco-studio-price-cache/1',
      region: 'us-east-1',
      service: 'ec2',
      writtenAt: '2026-11-25T08:00:00.000Z',
      sources: { a: { serviceCode: 'AmazonEC2', method: 'targeted', publishedOn: '2026-11-20', fetchedAt: '2026-11-25T08:00:00.000Z' } },
      prices: over.prices,
    };
    writeFileSync(join(dir, 'prices', 'us-east-1', 'ec2.json'), JSON.stringify(file));
    expect(new PriceCache(dir).read('us-east-1', 'ec2').problem).toMatch(message);
  });

  it('replaces an unreadable file on the next refresh and says so', () => {
    const dir = join(tmp, 'replace');
    mkdirSync(join(dir, 'prices', 'us-east-1'), { recursive: true });
    writeFileSync(join(dir, 'prices', 'us-east-1', 'ec2.json'), 'garbage');
    const { replaced } = new PriceCache(dir).store([price(m5, 0.2)], [], fetchedAt);
    expect(replaced).toEqual([`${join(dir, 'prices', 'us-east-1', 'ec2.json')}: not valid JSON`]);
    expect(new PriceCache(dir).read('us-east-1', 'ec2').file?.prices).toHaveLength(1);
  });

  it('removes temp files left by a killed writer (dead process), never those of a live one', () => {
    const dir = join(tmp, 'sweep');
    const region = join(dir, 'prices', 'us-east-1');
    mkdirSync(region, { recursive: true });
    const dead = '.ec2.json.999999999.0badf00d.tmp';
    const live = `.ec2.json.${process.pid}.0badf00d.tmp`;
    writeFileSync(join(region, dead), 'partial');
    writeFileSync(join(region, live), 'partial');
    new PriceCache(dir).store([price(m5, 0.2)], [], fetchedAt);
    expect(readdirSync(region).sort()).toEqual([live, 'ec2.json'].sort());
  });

  it('stores prices exactly: numbers survive the JSON round trip', () => {
    const dir = join(tmp, 'exact');
    new PriceCache(dir).store([price(m5, 0.0000166667)], [], fetchedAt);
    expect(JSON.parse(readFileSync(join(dir, 'prices', 'us-east-1', 'ec2.json'), 'utf8')).prices[0].usd).toBe(0.0000166667);
  });
});

describe('default cache folder', () => {
  it.each([
    [{ TCO_STUDIO_CACHE_DIR: '/custom' }, 'linux', '/custom'],
    [{}, 'linux', '/home/u/.cache/tco-studio'],
    [{ XDG_CACHE_HOME: '/xdg' }, 'linux', '/xdg/tco-studio'],
    [{}, 'darwin', '/home/u/Library/Caches/tco-studio'],
    [{ LOCALAPPDATA: 'C:/Users/u/AppData/Local' }, 'win32', join('C:/Users/u/AppData/Local', 'tco-studio', 'Cache')],
  ] as const)('%j on %s → %s', (env, platform, expected) => {
    expect(defaultCacheDir(env, platform, '/home/u')).toBe(expected);
  });
});
