import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/aws/load-catalogue';
import { PriceSnapshot } from '../../src/aws/snapshot/price-snapshot';
import { findSnapshotDir } from '../../src/aws/snapshot/snapshot-dir';
import { AWS_REGIONS, instanceOptions, type PriceKey, type SnapshotIndex } from '../../src/index';
import { SNAPSHOT_DIR, testSnapshot } from '../support/snapshot';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of the committed snapshot to damage. */
function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tco-snapshot-'));
  dirs.push(dir);
  cpSync(SNAPSHOT_DIR, dir, { recursive: true });
  return dir;
}

/** Replaces a Region file and records its new size and hash in the index, so the reader gets past the integrity check. */
function replaceRegionFile(dir: string, region: string, bytes: Buffer): void {
  writeFileSync(join(dir, `${region}.json.br`), bytes);
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as SnapshotIndex;
  const entry = index.regions.find((r) => r.region === region)! as { bytes: number; sha256: string };
  entry.bytes = bytes.length;
  entry.sha256 = createHash('sha256').update(bytes).digest('hex');
  writeFileSync(join(dir, 'index.json'), JSON.stringify(index));
}

const m5 = (region: string, instanceType = 'm5.large'): PriceKey => ({ service: 'ec2', kind: 'instance', region, instanceType });

describe('the committed snapshot files (src/pricing/snapshot)', () => {
  it('hold every Region the schema accepts, with the row counts of the build', () => {
    const snapshot = testSnapshot();
    const index = snapshot.index()!;
    expect(index).toMatchObject({ format: 'tco-studio-price-snapshot-index/2', name: 'Embedded AWS price snapshot', builtOn: '2026-07-20' });
    expect(Object.keys(index.sources)).toHaveLength(30);
    expect(index.regions.map((r) => r.region)).toEqual([...AWS_REGIONS].sort());
    expect(index.regions.filter((r) => ['ap-southeast-2', 'eu-central-1', 'eu-west-1', 'us-east-1'].includes(r.region)).map((r) => [r.region, r.prices])).toEqual([
      ['ap-southeast-2', 7256],
      ['eu-central-1', 7899],
      ['eu-west-1', 8427],
      ['us-east-1', 9497],
    ]);
    // 71,429 prices + 87,821 reserved offers + 82 tiered prices in the build (npm run snapshot:build).
    expect(index.regions.reduce((n, r) => n + r.prices, 0)).toBe(159332);
    for (const r of index.regions) expect(snapshot.region(r.region)!.quotes.size).toBe(r.prices);
  });

  it('give the rows of the one-file snapshot, value for value (copied by hand from it)', () => {
    const snapshot = testSnapshot();
    const use1 = snapshot.region('us-east-1')!.quotes;
    expect(use1.get('ec2/instance/us-east-1/m5.large')).toMatchObject({ usdPerUnit: 0.096, unit: 'Hrs', source: { kind: 'snapshot', asOf: '2026-07-20', basis: 'published' } });
    expect(use1.get('ec2/reserved/us-east-1/m5.large/convertible/1yr/all-upfront')).toEqual({
      usdPerUnit: 0,
      unit: 'Hrs',
      upfrontUsd: 577,
      source: expect.objectContaining({ kind: 'snapshot', asOf: '2021-02-05', sku: 'VJWZNREJX2' }),
    });
    expect(use1.get('ec2/reserved/us-east-1/m5.large/convertible/1yr/no-upfront')).toMatchObject({ usdPerUnit: 0.071, upfrontUsd: 0, source: { sku: '6C86BEPQVG73ZGGR.7NE97W5U4E.6YS6EN2CT7', asOf: '2025-04-04' } });
    expect(use1.get('s3/standard-storage/us-east-1')).toMatchObject({
      usdPerUnit: 0.023,
      unit: 'GB-Mo',
      tiers: [
        { fromQuantity: 0, toQuantity: 51200, usdPerUnit: 0.023 },
        { fromQuantity: 51200, toQuantity: 512000, usdPerUnit: 0.022 },
        { fromQuantity: 512000, toQuantity: null, usdPerUnit: 0.021 },
      ],
      source: { sku: 'WP9ANXZGBYYSGJEA', asOf: '2025-10-22' },
    });
    expect(snapshot.region('eu-central-1')!.quotes.get('ebs/iops/eu-central-1/gp3')).toMatchObject({
      usdPerUnit: 0.006,
      unit: 'IOPS-Mo',
      source: { sku: '8AGS2P58KKNUHB49.JRTCKXETXF.6YS6EN2CT7', asOf: '2024-07-18' },
    });
    expect(snapshot.region('eu-central-1')!.quotes.get('ebs/iops/eu-central-1/io1')?.usdPerUnit).toBe(0.078);
    expect(snapshot.region('eu-west-1')!.quotes.get('ebs/iops/eu-west-1/gp3')?.usdPerUnit).toBe(0.0055);
    expect(snapshot.region('eu-west-1')!.quotes.get('ec2/instance/eu-west-1/m5.large')?.usdPerUnit).toBe(0.107);
    expect(snapshot.region('us-east-1')!.instanceTypes).toContainEqual({ instanceType: 'c5.12xlarge', vcpu: 48, memoryGib: 96 });
  });

  it('list instance options per Region from the loaded data (EC2, RDS Single-AZ, SageMaker), with specs', () => {
    const data = testSnapshot().region('us-east-1')!;
    const ec2 = instanceOptions(data, { service: 'ec2' });
    expect(ec2).toHaveLength(1367);
    expect(ec2.find((o) => o.type === 'm5.large')).toEqual({ type: 'm5.large', usdPerHour: 0.096, vcpu: 2, memoryGiB: 8 });
    const rds = instanceOptions(data, { service: 'rds', engine: 'postgresql' });
    expect(rds.length).toBeGreaterThan(50);
    expect(rds.every((o) => o.type.startsWith('db.') && o.vcpu !== undefined)).toBe(true);
    expect(instanceOptions(data, { service: 'sagemaker', component: 'hosting' }).every((o) => o.type.startsWith('ml.'))).toBe(true);
  });
});

describe('PriceSnapshot: the Node reader', () => {
  it('loads a Region file only on the first lookup in that Region, and keeps it', () => {
    const dir = copy();
    const snapshot = new PriceSnapshot({ dir });
    const catalogue = snapshot.catalogue();
    expect(catalogue.info).toEqual({ name: 'Embedded AWS price snapshot of 2026-07-20', kind: 'snapshot', regions: [...AWS_REGIONS].sort() });
    rmSync(join(dir, 'eu-west-1.json.br'));
    expect(catalogue.lookup(m5('us-east-1'))?.usdPerUnit).toBe(0.096);
    // us-east-1 is kept: removing its file now changes nothing.
    rmSync(join(dir, 'us-east-1.json.br'));
    expect(catalogue.lookup(m5('us-east-1'))?.usdPerUnit).toBe(0.096);
    expect(catalogue.lookup(m5('ap-south-1'))?.usdPerUnit).toBe(0.101);
    expect(catalogue.lookup(m5('ap-south-1', 'x9.large'))).toBeUndefined();
  });

  it('a missing Region file: that Region has no prices, with one message naming the file; other Regions still price', () => {
    const dir = copy();
    rmSync(join(dir, 'eu-west-1.json.br'));
    const problems: string[] = [];
    const catalogue = new PriceSnapshot({ dir }).catalogue((p) => problems.push(p));
    expect(catalogue.lookup(m5('eu-west-1'))).toBeUndefined();
    expect(catalogue.lookup(m5('eu-west-1', 'm5.xlarge'))).toBeUndefined();
    expect(catalogue.lookup(m5('eu-central-1'))?.usdPerUnit).toBeGreaterThan(0);
    expect(problems).toEqual([`price snapshot file ${join(dir, 'eu-west-1.json.br')} is missing; no snapshot prices for eu-west-1`]);
  });

  it('a damaged Region file (bytes changed): refused by the index’s size and SHA-256', () => {
    const dir = copy();
    const path = join(dir, 'us-east-1.json.br');
    const bytes = readFileSync(path);
    bytes[100] = bytes[100]! ^ 0xff;
    writeFileSync(path, bytes);
    const loaded = new PriceSnapshot({ dir }).loadRegion('us-east-1');
    expect(loaded?.problem).toBe(`price snapshot file ${path} does not match the index (${bytes.length} bytes, expected ${bytes.length} with the indexed SHA-256): damaged or replaced; no snapshot prices for us-east-1`);
  });

  it('a truncated Brotli stream: cannot be decompressed', () => {
    const dir = copy();
    const whole = readFileSync(join(dir, 'eu-west-1.json.br'));
    replaceRegionFile(dir, 'eu-west-1', whole.subarray(0, Math.floor(whole.length / 2)));
    const problems: string[] = [];
    expect(new PriceSnapshot({ dir }).catalogue((p) => problems.push(p)).lookup(m5('eu-west-1'))).toBeUndefined();
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^price snapshot file ${join(dir, 'eu-west-1.json.br')} cannot be decompressed \\(.+\\); no snapshot prices for eu-west-1$`))]);
  });

  it('a file holding another Region, or not JSON, or not the format: refused, naming what is wrong', () => {
    const dir = copy();
    replaceRegionFile(dir, 'eu-west-1', readFileSync(join(dir, 'eu-central-1.json.br')));
    expect(new PriceSnapshot({ dir }).loadRegion('eu-west-1')?.problem).toBe(
      `price snapshot file ${join(dir, 'eu-west-1.json.br')} price snapshot: holds Region eu-central-1, expected eu-west-1; no snapshot prices for eu-west-1`,
    );
    replaceRegionFile(dir, 'eu-west-1', brotliCompressSync('{"format": '));
    expect(new PriceSnapshot({ dir }).loadRegion('eu-west-1')?.problem).toMatch(/eu-west-1\.json\.br is not valid JSON \(/);
    replaceRegionFile(dir, 'eu-west-1', brotliCompressSync(JSON.stringify({ format: 'other', region: 'eu-west-1' })));
    expect(new PriceSnapshot({ dir }).loadRegion('eu-west-1')?.problem).toMatch(/eu-west-1\.json\.br price snapshot: format: /);
  });

  it('an oversize file, compressed or decompressed, is refused before it fills memory', () => {
    const dir = copy();
    const size = readFileSync(join(dir, 'us-east-1.json.br')).length;
    expect(new PriceSnapshot({ dir, maxFileBytes: size - 1 }).loadRegion('us-east-1')?.problem).toMatch(new RegExp(`us-east-1\\.json\\.br is ${size} bytes; the limit for this file is ${size - 1} bytes`));
    expect(new PriceSnapshot({ dir, maxJsonBytes: 10_000 }).loadRegion('us-east-1')?.problem).toMatch(/us-east-1\.json\.br cannot be decompressed \(.*\); no snapshot prices for us-east-1/);
  });

  it('a missing index: no snapshot prices anywhere, one clear message, and pricing still works from the cache', () => {
    const dir = copy();
    rmSync(join(dir, 'index.json'));
    const problems: string[] = [];
    const snapshot = new PriceSnapshot({ dir });
    const catalogue = snapshot.catalogue((p) => problems.push(p));
    expect(catalogue.info.regions).toEqual([]);
    expect(catalogue.lookup(m5('us-east-1'))).toBeUndefined();
    expect(catalogue.lookup(m5('eu-west-1'))).toBeUndefined();
    expect(problems).toEqual([`price snapshot index ${join(dir, 'index.json')} is missing; no snapshot prices are available (reinstall, or refresh prices from AWS)`]);
    const warnings: string[] = [];
    loadCatalogue({ cacheDir: join(dir, 'no-cache'), snapshot, onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual(problems);
  });

  it('a damaged index is refused naming the field', () => {
    const dir = copy();
    writeFileSync(join(dir, 'index.json'), JSON.stringify({ format: 'tco-studio-price-snapshot-index/2', name: 'x', builtOn: '2026-01-01', sources: {}, regions: [{ region: 'us-east-1' }] }));
    expect(new PriceSnapshot({ dir }).loadIndex().problem).toMatch(/index\.json price snapshot index: regions\.0\.file: /);
  });

  it('is found through $TCO_STUDIO_SNAPSHOT_DIR, else in the project the code runs from', () => {
    expect(findSnapshotDir({ env: { TCO_STUDIO_SNAPSHOT_DIR: '/some/where' } })).toBe('/some/where');
    expect(findSnapshotDir({ env: {}, resourcesPath: undefined, moduleDir: join(SNAPSHOT_DIR, '..'), cwd: tmpdir() })).toBe(SNAPSHOT_DIR);
  });
});
