import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSnapshot, type LegacySnapshot } from '../../scripts/price-snapshot/write-snapshot';
import { PriceSnapshot } from '../../src/aws/snapshot/price-snapshot';
import { parseSnapshotIndex } from '../../src/pricing/snapshot-region';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tco-snapshot-writer-'));
  dirs.push(dir);
  return dir;
}

/** A small snapshot in the shape scripts/build-price-snapshot.mjs builds (prices as AWS decimal strings). */
function legacy(over: Partial<LegacySnapshot> = {}): LegacySnapshot {
  return {
    format: 'tco-studio-price-snapshot/1',
    name: 'Test snapshot',
    builtOn: '2026-11-26',
    regions: ['us-east-1', 'eu-west-1'],
    sources: {
      feed: { title: 'A feed', url: 'https://example.invalid/feed', asOf: '2025-06-05', basis: 'published', repository: 'owner/repo', commit: 'abc123' },
      derived: { title: 'Derived', url: 'https://example.invalid/d', asOf: '2025-06-16', basis: 'derived', note: 'Computed from the feed.' },
    },
    prices: [
      ['ec2/instance/us-east-1/m5.large', 'Hrs', '0.096', 'feed', 'SKU1'],
      ['rds/instance/us-east-1/mariadb/db.m5.large/single-az', 'Hrs', '0.171', 'derived'],
      ['ec2/instance/eu-west-1/m5.large', 'Hrs', '0.107', 'feed'],
    ],
    reserved: [['ec2/reserved/us-east-1/m5.large/standard/1yr/all-upfront', '0', '577', 'feed', 'TERM1']],
    tiered: [['s3/standard-storage/us-east-1', 'GB-Mo', [[0, 51200, '0.023'], [51200, null, '0.022']], 'feed']],
    specs: [
      ['m5.large', 2, 8],
      ['m5.xlarge', 4, 16],
    ],
    ...over,
  };
}

const readRegion = (dir: string, region: string) => JSON.parse(brotliDecompressSync(readFileSync(join(dir, `${region}.json.br`))).toString('utf8'));

describe('writeSnapshot (scripts/price-snapshot/write-snapshot.ts)', () => {
  it('writes one Brotli JSON file per Region and an index, in the live cache’s row shape, only the sources each Region uses', () => {
    const dir = tempDir();
    const written = writeSnapshot(dir, legacy());
    expect(readdirSync(dir).sort()).toEqual(['eu-west-1.json.br', 'index.json', 'us-east-1.json.br']);
    const use1 = readRegion(dir, 'us-east-1');
    expect(use1).toEqual({
      format: 'tco-studio-price-snapshot/2',
      region: 'us-east-1',
      builtOn: '2026-11-26',
      sources: {
        derived: { title: 'Derived', url: 'https://example.invalid/d', asOf: '2025-06-16', basis: 'derived', note: 'Computed from the feed.' },
        feed: { title: 'A feed', url: 'https://example.invalid/feed', asOf: '2025-06-05', basis: 'published', repository: 'owner/repo', commit: 'abc123' },
      },
      prices: [
        { key: 'ec2/instance/us-east-1/m5.large', unit: 'Hrs', usd: 0.096, source: 'feed', sku: 'SKU1' },
        { key: 'ec2/reserved/us-east-1/m5.large/standard/1yr/all-upfront', unit: 'Hrs', usd: 0, upfrontUsd: 577, source: 'feed', sku: 'TERM1' },
        { key: 'rds/instance/us-east-1/mariadb/db.m5.large/single-az', unit: 'Hrs', usd: 0.171, source: 'derived' },
        { key: 's3/standard-storage/us-east-1', unit: 'GB-Mo', usd: 0.023, tiers: [[0, 51200, 0.023], [51200, null, 0.022]], source: 'feed' },
      ],
      // db.m5.large lists the specs of m5.large under its own name.
      instanceTypes: [
        { instanceType: 'db.m5.large', vcpu: 2, memoryGib: 8 },
        { instanceType: 'm5.large', vcpu: 2, memoryGib: 8 },
      ],
    });
    expect(Object.keys(readRegion(dir, 'eu-west-1').sources)).toEqual(['feed']);
    const index = parseSnapshotIndex(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')));
    expect(index).toMatchObject({ format: 'tco-studio-price-snapshot-index/2', name: 'Test snapshot', builtOn: '2026-11-26' });
    expect(Object.keys(index.sources)).toEqual(['derived', 'feed']);
    expect(index.regions.map((r) => r.region)).toEqual(['eu-west-1', 'us-east-1']);
    expect(index.regions[1]).toMatchObject({
      file: 'us-east-1.json.br',
      bytes: readFileSync(join(dir, 'us-east-1.json.br')).length,
      prices: 4,
      oldestAsOf: '2025-06-05',
      newestAsOf: '2025-06-16',
      coverage: { 'ec2/instance': [1, 0], 'ec2/reserved': [1, 0], 'rds/instance': [0, 1], 's3/standard-storage': [1, 0] },
    });
    expect(written.regions).toEqual(index.regions);
    expect(readFileSync(join(dir, 'index.json'), 'utf8')).toContain('"ec2/instance": [1, 0]');
  });

  it('is deterministic: the same input gives byte-identical files', () => {
    const [a, b] = [tempDir(), tempDir()];
    writeSnapshot(a, legacy());
    writeSnapshot(b, legacy());
    for (const name of readdirSync(a)) expect(readFileSync(join(b, name)).equals(readFileSync(join(a, name))), name).toBe(true);
    // And rewriting in place changes nothing.
    const before = readFileSync(join(a, 'us-east-1.json.br'));
    writeSnapshot(a, legacy());
    expect(readFileSync(join(a, 'us-east-1.json.br')).equals(before)).toBe(true);
  });

  it.each([
    ['a bad price', { prices: [['ec2/instance/us-east-1/m5.large', 'Hrs', '$0.096', 'feed']] }, 'price snapshot: bad price "$0.096" for ec2/instance/us-east-1/m5.large'],
    ['a bad reserved upfront fee', { reserved: [['ec2/reserved/us-east-1/m5.large/standard/1yr/all-upfront', '0', '-5', 'feed']] }, /bad price "-5"/],
    ['a bad tier price', { tiered: [['s3/standard-storage/us-east-1', 'GB-Mo', [[0, null, 'x']], 'feed']] }, /bad price "x" for s3\/standard-storage\/us-east-1/],
    ['tiers out of order', { tiered: [['s3/standard-storage/us-east-1', 'GB-Mo', [[10, 5, '0.1']], 'feed']] }, /s3\/standard-storage\/us-east-1: bad tier \[10,5,"0.1"\]/],
    ['an unknown source', { prices: [['ec2/instance/us-east-1/m5.large', 'Hrs', '0.096', 'nope']] }, 'price snapshot: ec2/instance/us-east-1/m5.large names unknown source nope'],
    [
      'a duplicate key',
      { prices: [['ec2/instance/us-east-1/m5.large', 'Hrs', '0.096', 'feed'], ['ec2/instance/us-east-1/m5.large', 'Hrs', '0.1', 'feed']] },
      'price snapshot: duplicate key ec2/instance/us-east-1/m5.large',
    ],
    ['a key of a Region not listed', { prices: [['ec2/instance/ap-south-1/m5.large', 'Hrs', '0.05', 'feed']] }, /key ec2\/instance\/ap-south-1\/m5.large is in Region ap-south-1, which the snapshot's regions do not list/],
    ['a key without a Region', { prices: [['ec2/instance', 'Hrs', '0.05', 'feed']] }, /key ec2\/instance names no Region/],
    ['a source without a date', { sources: { feed: { title: 't', url: 'https://x', asOf: 'soon', basis: 'published' } } as never }, /^price snapshot: source feed: asOf: /],
    ['a bad spec', { specs: [['m5.large', 0, 8]] }, /specs row 0 \(m5.large\): vCPU must be a positive number/],
    ['a Region listed twice', { regions: ['us-east-1', 'us-east-1', 'eu-west-1'] }, 'price snapshot: regions lists a Region twice'],
    ['a bad build date', { builtOn: '26/11/2026' }, /builtOn must be YYYY-MM-DD/],
  ])('refuses %s, naming it, and writes nothing', (_what, over, message) => {
    const dir = tempDir();
    expect(() => writeSnapshot(dir, legacy(over as Partial<LegacySnapshot>))).toThrow(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('removes the files of Regions no longer present, and leaves other files alone', () => {
    const dir = tempDir();
    writeSnapshot(dir, legacy());
    writeFileSync(join(dir, 'README.md'), 'notes');
    const written = writeSnapshot(dir, legacy({ regions: ['us-east-1'], prices: legacy().prices.filter((p) => p[0]!.includes('us-east-1')) }));
    expect(written.removed).toEqual(['eu-west-1.json.br']);
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'index.json', 'us-east-1.json.br']);
    expect(new PriceSnapshot({ dir }).info().regions).toEqual(['us-east-1']);
  });

  it('round trip: every legacy row reads back through the app’s reader as the quote the legacy loader made', () => {
    const dir = tempDir();
    writeSnapshot(dir, legacy());
    const snapshot = new PriceSnapshot({ dir });
    const use1 = snapshot.region('us-east-1')!;
    expect(use1.quotes.get('ec2/instance/us-east-1/m5.large')).toEqual({
      usdPerUnit: 0.096,
      unit: 'Hrs',
      source: { kind: 'snapshot', title: 'A feed', url: 'https://example.invalid/feed', asOf: '2025-06-05', basis: 'published', sku: 'SKU1' },
    });
    expect(use1.quotes.get('ec2/reserved/us-east-1/m5.large/standard/1yr/all-upfront')).toMatchObject({ usdPerUnit: 0, upfrontUsd: 577, unit: 'Hrs' });
    expect(use1.quotes.get('rds/instance/us-east-1/mariadb/db.m5.large/single-az')?.source).toMatchObject({ basis: 'derived', note: 'Computed from the feed.' });
    expect(use1.quotes.get('s3/standard-storage/us-east-1')?.tiers).toEqual([
      { fromQuantity: 0, toQuantity: 51200, usdPerUnit: 0.023 },
      { fromQuantity: 51200, toQuantity: null, usdPerUnit: 0.022 },
    ]);
    expect(snapshot.region('eu-west-1')!.quotes.size).toBe(1);
  });
});
