import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AWS_REGIONS } from '../../src/model/regions';
import { assemble } from '../../scripts/price-snapshot/assemble';
import { loadAwsPrice } from '../../scripts/price-snapshot/aws-price';
import { loadPriceWatcher, parseRdsLabel } from '../../scripts/price-snapshot/aws-price-watcher';
import { loadSamples } from '../../scripts/price-snapshot/recorded-samples';
import { addDerivedRows, metalTwin } from '../../scripts/price-snapshot/derived-rows';
import { buildSnapshot } from '../../scripts/price-snapshot/build';
import { loadEc2Shop } from '../../scripts/price-snapshot/ec2-shop';
import { emptyFamily, type LoadedFamily } from '../../scripts/price-snapshot/feed-files';
import { classifyLocation, REGION_BY_LOCATION, SkippedLocations, UnmappedLocationError } from '../../scripts/price-snapshot/locations';
import { loadOfferFiles } from '../../scripts/price-snapshot/offer-files';
import { DuplicatePriceError, SnapshotBuilder, trimPrice } from '../../scripts/price-snapshot/snapshot-builder';
import { AWS_FIXTURES_DIR, PROJECT_ROOT } from '../support/paths';

/** Trimmed real rows of the three public price exports (test/fixtures/price-feeds/README.md names each file's origin). */
const FEEDS = join(PROJECT_ROOT, 'test', 'fixtures', 'price-feeds');

const priceOf = (family: LoadedFamily, key: string) => family.prices.find((p) => p.key === key);
const reservedOf = (family: LoadedFamily, key: string) => family.reserved.find((p) => p.key === key);

describe('location names → Region codes', () => {
  it('maps every Region the schema accepts, from exactly one name', () => {
    const mapped = Object.values(REGION_BY_LOCATION);
    expect([...mapped].sort()).toEqual([...AWS_REGIONS].sort());
    for (const [name, region] of Object.entries(REGION_BY_LOCATION)) expect(classifyLocation(name)).toEqual({ region });
  });

  it.each([
    ['US West (Los Angeles)', 'local-zone'],
    ['us-west-(los-angeles)', 'local-zone'],
    ['US East (Verizon) - Boston', 'wavelength'],
    ['us-east-(verizon)---boston', 'wavelength'],
    ['AWS GovCloud (US)', 'govcloud'],
    ['aws-govcloud-(us-east)', 'govcloud'],
    ['China (Beijing)', 'china'],
    ['Any', 'no-location'],
    ['Asia Pacific (New Zealand)', 'region-not-in-schema'],
  ])('skips %s by the %s rule', (name, skip) => {
    expect(classifyLocation(name)).toEqual({ skip });
  });

  it('reads aws-price slugs and Region codes', () => {
    expect(classifyLocation('eu-(ireland)')).toEqual({ region: 'eu-west-1' });
    expect(classifyLocation('asia-pacific-(hong-kong)')).toEqual({ region: 'ap-east-1' });
    expect(classifyLocation('ap-southeast-2')).toEqual({ region: 'ap-southeast-2' });
  });

  it('fails on a location it cannot place, naming it', () => {
    expect(() => classifyLocation('Europe (Atlantis)')).toThrow(UnmappedLocationError);
    expect(() => classifyLocation('Europe (Atlantis)')).toThrow(/Europe \(Atlantis\)/);
  });
});

describe('snapshot rows', () => {
  it.each([
    ['0.0960000000', '0.096'],
    ['4.0000000000', '4'],
    ['0.0000002000', '0.0000002'],
    ['42256', '42256'],
    ['0', '0'],
  ])('trims %s to %s', (raw, trimmed) => {
    expect(trimPrice(raw)).toBe(trimmed);
  });

  it('refuses a key given twice and a price that is not a decimal', () => {
    const builder = new SnapshotBuilder();
    builder.addSource('s', { title: 't', url: 'u', asOf: '2025-01-01', basis: 'published' });
    builder.put('ec2/instance/us-east-1/m5.large', 'Hrs', '0.096', 's');
    expect(() => builder.put('ec2/instance/us-east-1/m5.large', 'Hrs', '0.097', 's')).toThrow(DuplicatePriceError);
    expect(() => builder.put('ec2/instance/us-east-1/m5.xlarge', 'Hrs', '1e-3', 's')).toThrow(/not an AWS decimal/);
    expect(() => builder.put('ec2/instance/us-east-1/m5.xlarge', 'Hrs', '0.1', 'nope')).toThrow(/unknown source/);
  });

  it('prices a bare-metal size the feeds lack at its same-size twin, flagged derived; never replaces a published rate or guesses a plain .metal', () => {
    expect([metalTwin('m8i.metal-48xl'), metalTwin('m8azn.metal-12xl'), metalTwin('m5.metal'), metalTwin('m5.48xlarge')]).toEqual(['m8i.48xlarge', 'm8azn.12xlarge', undefined, undefined]);
    const builder = new SnapshotBuilder();
    builder.addSource('ec2-pricelist-2026-07-20', { title: 'extract', url: 'u', asOf: '2026-07-20', basis: 'published' });
    builder.put('ec2/instance/us-east-1/m8i.48xlarge', 'Hrs', '10.16064', 'ec2-pricelist-2026-07-20');
    builder.put('ec2/instance/us-east-1/c7i.metal-48xl', 'Hrs', '8.568', 'ec2-pricelist-2026-07-20');
    builder.put('ec2/instance/us-east-1/c7i.48xlarge', 'Hrs', '8.568', 'ec2-pricelist-2026-07-20');
    const counts = addDerivedRows(builder, undefined, [
      { region: 'us-east-1', instanceType: 'm8i.metal-48xl' },
      { region: 'us-east-1', instanceType: 'c7i.metal-48xl' },
      { region: 'us-east-1', instanceType: 'm8i.metal' },
      { region: 'us-east-1', instanceType: 'r8i.metal-48xl' },
    ]);
    expect(counts['ec2-metal-as-same-size']).toBe(1);
    expect(builder.price('ec2/instance/us-east-1/m8i.metal-48xl')).toEqual(['ec2/instance/us-east-1/m8i.metal-48xl', 'Hrs', '10.16064', 'ec2-metal-as-same-size']);
    expect(builder.sources['ec2-metal-as-same-size']).toMatchObject({ basis: 'derived', note: expect.stringMatching(/dedicated-tenancy/) });
    expect(builder.price('ec2/instance/us-east-1/c7i.metal-48xl')![3]).toBe('ec2-pricelist-2026-07-20');
    expect(builder.has('ec2/instance/us-east-1/m8i.metal')).toBe(false);
    expect(builder.has('ec2/instance/us-east-1/r8i.metal-48xl')).toBe(false);
  });

  it('fails when one source prices a key twice, and lets the newer of two sources win', () => {
    const family = (name: string, asOf: string, usd: string): LoadedFamily => ({
      ...emptyFamily(name),
      sources: { [name]: { title: name, url: 'u', asOf, basis: 'published' } },
      prices: [{ key: 'ec2/instance/us-east-1/p5.48xlarge', unit: 'Hrs', usd, sourceId: name }],
    });
    const { builder, checks } = assemble([family('old', '2025-04-04', '98.32'), family('new', '2025-11-03', '55.04')]);
    expect(builder.price('ec2/instance/us-east-1/p5.48xlarge')).toEqual(['ec2/instance/us-east-1/p5.48xlarge', 'Hrs', '55.04', 'new']);
    expect(checks).toEqual([{ pair: 'ec2/instance: new vs old', same: 0, differ: 1, examples: ['ec2/instance/us-east-1/p5.48xlarge: 55.04 vs 98.32'] }]);
    const twice = family('old', '2025-04-04', '98.32');
    twice.prices.push({ ...twice.prices[0]! });
    expect(() => assemble([twice])).toThrow(DuplicatePriceError);
  });
});

describe('ec2-shop loader (yeo/ec2.shop)', () => {
  const skipped = new SkippedLocations();
  const family = loadEc2Shop(join(FEEDS, 'ec2-shop'), skipped);

  it('reads EC2 on-demand with the rate code, and Reserved No Upfront standard and convertible', () => {
    expect(priceOf(family, 'ec2/instance/ap-southeast-2/m5.large')).toMatchObject({ usd: '0.1200000000', sku: 'H293A95RN6FSQQHF.JRTCKXETXF.6YS6EN2CT7' });
    expect(reservedOf(family, 'ec2/reserved/ap-southeast-2/m5.large/standard/1yr/no-upfront')).toMatchObject({
      hourly: '0.0760000000',
      upfront: '0',
      sku: 'H293A95RN6FSQQHF.4NA7Y494T4.6YS6EN2CT7',
    });
    expect(reservedOf(family, 'ec2/reserved/ap-southeast-2/m5.large/convertible/3yr/no-upfront')).toMatchObject({ hourly: '0.0680000000', upfront: '0' });
  });

  it('reads RDS Reserved with the upfront fee, and keeps the on-demand rate beside it as a reference', () => {
    expect(reservedOf(family, 'rds/reserved/ap-southeast-2/mysql/db.m5.large/single-az/1yr/partial-upfront')).toMatchObject({
      hourly: '0.0776000000',
      upfront: '679',
      sku: 'PDR5XFU2X6E3AKJG.HU7G6KETJZ.6YS6EN2CT7',
    });
    expect(reservedOf(family, 'rds/reserved/ap-southeast-2/postgresql/db.m5.large/multi-az/3yr/partial-upfront')).toMatchObject({ hourly: '0.1112000000', upfront: '2921' });
    expect(family.references.find((r) => r.key === 'rds/instance/ap-southeast-2/mysql/db.m5.large/single-az')).toMatchObject({ usd: '0.2350000000' });
  });

  it('reads EBS per Region and skips GovCloud by rule', () => {
    expect(priceOf(family, 'ebs/volume/ap-southeast-2/gp3')).toMatchObject({ usd: '0.0960000000', unit: 'GB-Mo', sku: 'QR74UAP3E9WUYT9B.JRTCKXETXF.6YS6EN2CT7' });
    expect(priceOf(family, 'ebs/throughput/ap-southeast-2')).toMatchObject({ usd: '49.1520000000', unit: 'GiBps-Mo' });
    expect(family.prices.some((p) => p.key.includes('us-gov'))).toBe(false);
    expect(skipped.byReason().govcloud).toBe(1);
    expect(family.sources['ebs-feed-2024-07-18']).toMatchObject({ asOf: '2024-07-18', repository: 'yeo/ec2.shop', commit: '74c9fd8ab5acfd9511cd6535f914d47071601ad2' });
  });

  it('reads io2 storage, and io2 IOPS as one row in the three per-volume tiers of the EBS pricing page', () => {
    expect(priceOf(family, 'ebs/volume/ap-southeast-2/io2')).toMatchObject({ usd: '0.1380000000', unit: 'GB-Mo', sku: 'MY3FCBGM4A5T969P.JRTCKXETXF.6YS6EN2CT7' });
    expect(family.tiered.find((t) => t.key === 'ebs/iops/ap-southeast-2/io2')).toMatchObject({
      unit: 'IOPS-Mo',
      tiers: [
        [0, 32000, '0.0720000000'],
        [32000, 64000, '0.0504000000'],
        [64000, null, '0.0352800000'],
      ],
      sku: 'R2UM92PDV3EYUUYQ.JRTCKXETXF.6YS6EN2CT7',
    });
    expect(family.prices.some((p) => p.key === 'ebs/iops/ap-southeast-2/io2')).toBe(false);
  });
});

describe('aws-price-watcher loader (QuinnyPig/aws-price-watcher)', () => {
  const skipped = new SkippedLocations();
  const family = loadPriceWatcher(join(FEEDS, 'aws-price-watcher'), skipped);

  it('reads RDS on-demand for every loaded engine, Single- and Multi-AZ, and leaves hashed labels and readable-standby clusters out', () => {
    expect(priceOf(family, 'rds/instance/us-east-1/mysql/db.m5.large/single-az')?.usd).toBe('0.1710000000');
    expect(priceOf(family, 'rds/instance/ap-southeast-2/mysql/db.m5.large/multi-az')?.usd).toBe('0.4700000000');
    expect(priceOf(family, 'rds/instance/ap-southeast-2/mariadb/db.m5.large/single-az')).toMatchObject({ usd: '0.2350000000', sourceId: 'pw-rds-mariadb-ondemand' });
    expect(priceOf(family, 'rds/instance/us-east-1/sqlserver-se/db.m5.xlarge/single-az')?.usd).toBe('1.2240000000');
    expect(priceOf(family, 'rds/instance/ap-southeast-2/sqlserver-ex/db.t3.small/single-az')?.usd).toBe('0.0620000000');
    expect(priceOf(family, 'rds/instance/us-east-1/oracle-se2/db.m5.large/single-az')?.usd).toBe('0.4380000000');
    expect(priceOf(family, 'rds/instance/us-east-1/oracle-se2-byol/db.m5.large/multi-az')?.usd).toBe('0.3420000000');
    expect(family.prices.some((p) => p.key.includes('m6gd'))).toBe(false);
    expect(family.notes['rds-mysql-ondemand: hashed label, not used']).toBe(1);
    expect(family.notes['rds-mysql-ondemand: Multi-AZ DB cluster (readable standbys)']).toBe(1);
  });

  it('reads Aurora Standard and I/O-Optimized instance rates, storage, I/O and backup', () => {
    expect(priceOf(family, 'rds/aurora-instance/us-east-1/aurora-mysql/db.r6g.large/standard')?.usd).toBe('0.2600000000');
    expect(priceOf(family, 'rds/aurora-instance/ap-southeast-2/aurora-mysql/db.r6g.large/io-optimized')?.usd).toBe('0.4070000000');
    expect(priceOf(family, 'rds/aurora-storage/ap-southeast-2/io-optimized')).toMatchObject({ usd: '0.2480000000', sku: 'S54HXDA54RDHS8R9.JRTCKXETXF.6YS6EN2CT7' });
    expect(priceOf(family, 'rds/aurora-io/ap-southeast-2')).toMatchObject({ usd: '0.0000002200', unit: 'IOs' });
    expect(priceOf(family, 'rds/aurora-backup/us-east-1/aurora-postgresql')?.usd).toBe('0.0210000000');
  });

  it('reads RDS storage, IOPS, throughput and backup per Region', () => {
    expect(priceOf(family, 'rds/storage/ap-southeast-2/gp3/single-az')).toMatchObject({ usd: '0.1380000000', sku: 'QGX7V94XUWHCGJRH.JRTCKXETXF.6YS6EN2CT7' });
    expect(priceOf(family, 'rds/iops/ap-southeast-2/io1/multi-az')?.usd).toBe('0.2200000000');
    expect(priceOf(family, 'rds/throughput/us-east-1/single-az')?.usd).toBe('0.0800000000');
    expect(priceOf(family, 'rds/backup/us-east-1')?.usd).toBe('0.0950000000');
  });

  it('reads ALB, NLB, EKS (standard and extended support), S3 tiers, Studio notebooks and internet egress tiers', () => {
    expect(priceOf(family, 'elb/nlb-hour/ap-southeast-2')?.usd).toBe('0.0252000000');
    expect(priceOf(family, 'elb/nlb-lcu/us-east-1')).toMatchObject({ usd: '0.0060000000', unit: 'NLCU-Hrs' });
    expect(priceOf(family, 'elb/alb-lcu/ap-southeast-2')?.sku).toBe('6CFSD9EDEA5XS33F.JRTCKXETXF.6YS6EN2CT7');
    expect(priceOf(family, 'eks/extended-cluster-hour/us-east-1')?.usd).toBe('0.5000000000');
    expect(priceOf(family, 'sagemaker/instance/ap-southeast-2/studio-notebook/ml.m5.large')).toMatchObject({ usd: '0.1440000000', sku: '76TTM7D7MBR8NH5T.JRTCKXETXF.6YS6EN2CT7' });
    expect(family.tiered.find((t) => t.key === 's3/standard-storage/ap-southeast-2')).toMatchObject({
      tiers: [
        [0, 51200, '0.0250000000'],
        [51200, 512000, '0.0240000000'],
        [512000, null, '0.0230000000'],
      ],
      sku: '5QVJMK36NJC9G6DC',
    });
    expect(family.tiered.find((t) => t.key === 'ec2/internet-egress/ap-southeast-2')?.tiers).toEqual([
      [0, 10240, '0.1140000000'],
      [10240, 51200, '0.0980000000'],
      [51200, 153600, '0.0940000000'],
      [153600, null, '0.0920000000'],
    ]);
    expect(family.tiered.some((t) => t.key.includes('us-west-2'))).toBe(false);
    expect(skipped.byReason()['local-zone']).toBeGreaterThan(0);
  });

  it.each([
    ['Database Instance SQL Server Web License included db r5.large Memory optimized Multi-AZ Current Generation', { engine: 'sqlserver-web', deployment: 'multi-az' }],
    ['Database Instance Oracle Enterprise Bring your own license db r5.large Memory optimized Single-AZ Current Generation', { engine: 'oracle-ee-byol', deployment: 'single-az' }],
    ['Database Instance Db2 Bring your own license db r5.large Memory optimized Single-AZ Current Generation', { skip: 'engine not loaded: Db2 (Bring your own license)' }],
  ])('parses the label %s', (label, parsed) => {
    expect(parseRdsLabel(label)).toEqual(parsed);
  });
});

describe('aws-price loader (lamngockhuong/aws-price)', () => {
  const skipped = new SkippedLocations();
  const family = loadAwsPrice(join(FEEDS, 'aws-price'), skipped);

  it('reads EC2 on-demand from slugs and Region codes, NAT gateway, S3 and EKS', () => {
    expect(priceOf(family, 'ec2/instance/ap-southeast-2/m5.large')).toMatchObject({ usd: '0.1200000000', sourceId: 'awsprice-ec2-ondemand' });
    expect(priceOf(family, 'vpc/nat-gateway-hour/ap-southeast-2')).toMatchObject({ usd: '0.0590000000', sku: 'NUKV5QPTHVFBW7DE.JRTCKXETXF.6YS6EN2CT7' });
    expect(priceOf(family, 'vpc/nat-gateway-gb/us-east-1')).toMatchObject({ usd: '0.0450000000', unit: 'GB' });
    expect(priceOf(family, 'eks/cluster-hour/ap-southeast-2')).toMatchObject({ usd: '0.1000000000', sku: 'FJYYMWSVZGGV86NS.JRTCKXETXF.6YS6EN2CT7' });
    expect(family.sources['awsprice-natgateway']).toMatchObject({ asOf: '2025-10-28', feedDate: '2025-10-28', commit: '508fb45296c89efe38772babd7ec766644629267' });
    expect(skipped.names('local-zone')).toContain('us-west-(los-angeles)');
    expect(skipped.names('govcloud')).toContain('aws-govcloud-(us)');
  });
});

describe('recorded samples and offer files', () => {
  it('keeps the us-east-1 Price List record except .metal types, and the 2021 Partial/All Upfront offers', () => {
    const family = loadSamples(AWS_FIXTURES_DIR);
    expect(family.prices.some((p) => p.key.endsWith('.metal'))).toBe(false);
    expect(family.reserved.length).toBeGreaterThan(0);
    expect(family.reserved.every((r) => !r.key.endsWith('/no-upfront'))).toBe(true);
    expect(reservedOf(family, 'ec2/reserved/us-east-1/m5.large/standard/1yr/all-upfront')).toMatchObject({ hourly: '0.0000000000' });
  });

  it('feeds AWS bulk offer-file extracts through the streaming ingest', async () => {
    const extracts = ['opencost-testdata-pricing-us-east-1-2024-05-28.json', 'opencost-testdata-pricing-us-east-2-2023-03-22.json'];
    const family = await loadOfferFiles(extracts.map((f) => join(AWS_FIXTURES_DIR, 'offer-file-extracts', f)));
    expect(family.sources['offer-AmazonEC2-us-east-1-20240528203522']).toMatchObject({ asOf: '2024-05-28', basis: 'published' });
    expect(Object.values(family.sources).map((s) => s.asOf)).toEqual(['2024-05-28', '2023-03-22']);
    // The CapacityBlock twin ($0.00) and the misfiled reserved term are left out by the ingest, as in a live refresh.
    expect(family.prices.map((p) => [p.key, p.usd, p.unit])).toEqual([
      ['ec2/instance/us-east-1/p4d.24xlarge', '32.7726', 'Hrs'],
      ['ebs/volume/us-east-2/gp3', '0.08', 'GB-Mo'],
    ]);
    // In a build, the offer file competes by date: the Price List record of 2026-07-20 is newer than this 2024 extract.
    const built = await buildSnapshot({ sourcesDir: FEEDS, samplesDir: AWS_FIXTURES_DIR, offerFiles: [join(AWS_FIXTURES_DIR, 'offer-file-extracts', extracts[0]!)] });
    expect(built.snapshot.prices.find((p) => p[0] === 'ec2/instance/us-east-1/p4d.24xlarge')?.[3]).toBe('ec2-pricelist-2026-07-20');
    expect(built.checks.find((c) => c.pair === 'ec2/instance: ec2-pricelist-2026-07-20 vs offer-AmazonEC2-us-east-1-20240528203522')).toMatchObject({ differ: 1 });
  });
});

describe('the whole build over the fixtures', () => {
  it('is reproducible, dates itself from the newest feed, and flags derived rows', async () => {
    const options = { sourcesDir: FEEDS, samplesDir: AWS_FIXTURES_DIR };
    const a = await buildSnapshot(options);
    const b = await buildSnapshot(options);
    expect(JSON.stringify(a.snapshot)).toBe(JSON.stringify(b.snapshot));
    expect(a.snapshot.builtOn).toBe('2026-07-20');
    const row = (key: string) => a.snapshot.prices.find((p) => p[0] === key);
    // Sydney m5.large: three sources agree; the newest (aws-price, 2025-11-03) is the one named.
    // It has no rate code; it takes the one ec2.shop prints beside the reserved rate, as the prices agree.
    expect(row('ec2/instance/ap-southeast-2/m5.large')).toEqual([
      'ec2/instance/ap-southeast-2/m5.large',
      'Hrs',
      '0.12',
      'awsprice-ec2-ondemand',
      'H293A95RN6FSQQHF.JRTCKXETXF.6YS6EN2CT7',
    ]);
    // .metal in us-east-1 comes from the shared-tenancy feeds (here the only one that has it), not the Price List record.
    expect(row('ec2/instance/us-east-1/m7i.metal-24xl')?.slice(2, 4)).toEqual(['4.8384', 'pw-ec2-ondemand']);
    // The RDS on-demand row takes the rate code printed beside the reserved rate, where the prices agree.
    expect(row('rds/instance/ap-southeast-2/mysql/db.m5.large/single-az')).toEqual([
      'rds/instance/ap-southeast-2/mysql/db.m5.large/single-az',
      'Hrs',
      '0.235',
      'pw-rds-mysql-ondemand',
      'PDR5XFU2X6E3AKJG.JRTCKXETXF.6YS6EN2CT7',
    ]);
    const hosting = row('sagemaker/instance/ap-southeast-2/hosting/ml.m5.large')!;
    expect(hosting.slice(0, 3)).toEqual(['sagemaker/instance/ap-southeast-2/hosting/ml.m5.large', 'Hrs', '0.144']);
    expect(a.snapshot.sources[hosting[3]]).toMatchObject({ basis: 'derived' });
    expect(a.snapshot.sources[hosting[3]]!.note).toMatch(/Studio/);
    const storage = row('sagemaker/ml-storage/ap-southeast-2')!;
    expect(storage[2]).toBe('0.168');
    expect(a.snapshot.sources[storage[3]]).toMatchObject({ basis: 'derived' });
    for (const source of Object.values(a.snapshot.sources)) {
      expect(source.asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(source.repository, source.title).toBeTruthy();
      expect(source.feedDate, source.title).toBeTruthy();
    }
    expect(a.checks.find((c) => c.pair === 'rds/instance: pw-rds-mysql-ondemand vs ec2shop-rds-reserved (reference)')).toMatchObject({ same: 1, differ: 0 });
  });
});
