import { describe, expect, it } from 'vitest';
import { AWS_REGIONS, parseSnapshotRegion, SNAPSHOT_REGION_FORMAT, type PriceKey } from '../../src/index';
import { snapshotCatalogue, testSnapshot } from '../support/snapshot';
import { readSampleCsv, readSampleFeed, readSampleJson } from '../support/samples';

const catalogue = snapshotCatalogue();
const usd = (key: PriceKey) => catalogue.lookup(key)?.usdPerUnit;

describe('the snapshot (committed per-Region files) matches the real AWS price records it was built from', () => {
  it('has every us-east-1 EC2 Linux on-demand rate of the 2026-07-20 Price List extract, except its .metal rates (dedicated tenancy)', () => {
    const rows = readSampleCsv('ec2-ondemand/karpenter-ec2-ondemand-linux-us-east-1-2026-07-20.csv');
    expect(rows.length).toBeGreaterThan(1300);
    let metal = 0;
    let lower = 0;
    for (const row of rows) {
      const quote = catalogue.lookup({ service: 'ec2', kind: 'instance', region: 'us-east-1', instanceType: row.instanceType! });
      expect(quote, row.instanceType).toBeDefined();
      if (row.instanceType!.endsWith('.metal') || row.instanceType!.includes('.metal-')) {
        // The extract's bare-metal rates are dedicated-tenancy rates, 6–10% above shared tenancy: taken from the pricing-page feeds instead.
        metal++;
        // From the shared-tenancy feeds (published), or derived from the same-size rate: never the extract's own rate as published.
        expect(quote?.source.basis === 'derived' || quote?.source.asOf !== '2026-07-20', row.instanceType).toBe(true);
        if (quote) expect(quote.usdPerUnit, row.instanceType).toBeLessThanOrEqual(Number(row.usdPerHour));
        if (quote && quote.usdPerUnit < Number(row.usdPerHour)) lower++;
        continue;
      }
      expect(quote?.usdPerUnit, row.instanceType).toBe(Number(row.usdPerHour));
      expect(quote?.source.asOf).toBe('2026-07-20');
      expect(quote?.source.basis).toBe('published');
    }
    // 142 bare-metal types; 59 of them cost less at shared tenancy than the extract says (the rest are equal).
    expect([metal, lower]).toEqual([142, 59]);
    // Bare-metal sizes no feed prices yet: the same-size rate, flagged derived (m8i.48xlarge is $10.16064 in the extract).
    const m8i = catalogue.lookup({ service: 'ec2', kind: 'instance', region: 'us-east-1', instanceType: 'm8i.metal-48xl' });
    expect([m8i?.usdPerUnit, m8i?.source.basis]).toEqual([10.16064, 'derived']);
    // m5.metal: $4.608 shared tenancy in the November 2025 feed (lamngockhuong/aws-price ec2-transformed.json).
    expect(usd({ service: 'ec2', kind: 'instance', region: 'us-east-1', instanceType: 'm5.metal' })).toBe(4.608);
  });

  it('has the eu-west-1 and eu-central-1 EC2 rates of the 2025-11-03 pricing-page feed', () => {
    const rows = readSampleCsv('ec2-ondemand/pricingpage-ec2-ondemand-linux-2025-11-03.csv').filter((r) => r.regionCode !== 'us-east-1');
    expect(rows.length).toBeGreaterThan(150);
    for (const row of rows) {
      expect(usd({ service: 'ec2', kind: 'instance', region: row.regionCode!, instanceType: row.instanceType! }), `${row.regionCode} ${row.instanceType}`).toBe(
        Number(row.usdPerHour),
      );
    }
  });

  it('agrees with the pricing-page feed for us-east-1 where both have a rate (cross-check of two sources)', () => {
    const rows = readSampleCsv('ec2-ondemand/pricingpage-ec2-ondemand-linux-2025-11-03.csv').filter((r) => r.regionCode === 'us-east-1');
    for (const row of rows) {
      expect(usd({ service: 'ec2', kind: 'instance', region: 'us-east-1', instanceType: row.instanceType! })).toBe(Number(row.usdPerHour));
    }
  });

  it('has every RDS MySQL and PostgreSQL instance rate of the June 2025 feed, and MariaDB as published', () => {
    for (const [file, engine] of [
      ['pricing-page-feeds/rds-mysql-ondemand-2025-06-05.csv', 'mysql'],
      ['pricing-page-feeds/rds-postgresql-ondemand-2025-06-05.csv', 'postgresql'],
    ] as const) {
      for (const row of readSampleCsv(file)) {
        const deployment = row.deploymentOption === 'Multi-AZ' ? 'multi-az' : 'single-az';
        const key = { service: 'rds', kind: 'instance', region: row.regionCode!, engine, instanceClass: row.instanceType!, deployment } as const;
        expect(usd(key), `${engine} ${row.regionCode} ${row.instanceType} ${deployment}`).toBe(Number(row.usdPerHour));
        if (engine === 'mysql') {
          // MariaDB has its own published table now (it carries the MySQL rate for these classes).
          const maria = catalogue.lookup({ ...key, engine: 'mariadb' });
          expect(maria?.usdPerUnit).toBe(Number(row.usdPerHour));
          expect(maria?.source.basis).toBe('published');
          expect(maria?.source.title).toMatch(/mariadb/i);
        }
      }
    }
  });

  it('publishes Multi-AZ RDS instance rates at twice Single-AZ (within a tenth of a cent per hour)', () => {
    // The fixture keeps the db.m6i and db.r6i rows of the feed (test/fixtures/aws/README.md): 54 Single-AZ rates, each with its Multi-AZ twin.
    const single = readSampleCsv('pricing-page-feeds/rds-postgresql-ondemand-2025-06-05.csv').filter((r) => r.deploymentOption === 'Single-AZ');
    expect(single).toHaveLength(54);
    for (const row of single) {
      const multi = usd({ service: 'rds', kind: 'instance', region: row.regionCode!, engine: 'postgresql', instanceClass: row.instanceType!, deployment: 'multi-az' });
      expect(multi, `${row.regionCode} ${row.instanceType}`).toBeDefined();
      expect(Math.abs(multi! - 2 * Number(row.usdPerHour)), row.instanceType).toBeLessThan(0.001 + 0.001 * Number(row.usdPerHour));
    }
  });

  it('has RDS storage, IOPS, throughput and backup rates from the storage feed', () => {
    const feed = readSampleFeed('pricing-page-feeds/rds-storage-2025-06-17.trimmed.json');
    for (const region of ['us-east-1', 'eu-west-1', 'eu-central-1']) {
      const e = feed[region]!;
      expect(usd({ service: 'rds', kind: 'storage', region, storageType: 'gp3', deployment: 'single-az' })).toBe(Number(e['Database Storage Single AZ General Purpose-GP3']!.price));
      expect(usd({ service: 'rds', kind: 'storage', region, storageType: 'gp3', deployment: 'multi-az' })).toBe(Number(e['Database Storage Multi AZ General Purpose-GP3']!.price));
      expect(usd({ service: 'rds', kind: 'storage', region, storageType: 'gp2', deployment: 'single-az' })).toBe(Number(e['Database Storage Single AZ General Purpose']!.price));
      expect(usd({ service: 'rds', kind: 'storage', region, storageType: 'io1', deployment: 'multi-az' })).toBe(Number(e['Database Storage Multi AZ Provisioned IOPS']!.price));
      expect(usd({ service: 'rds', kind: 'iops', region, storageType: 'io1', deployment: 'single-az' })).toBe(Number(e['Provisioned IOPS Single AZ']!.price));
      expect(usd({ service: 'rds', kind: 'iops', region, storageType: 'gp3', deployment: 'multi-az' })).toBe(Number(e['Provisioned GP3 IOPS Multi AZ']!.price));
      expect(usd({ service: 'rds', kind: 'throughput', region, deployment: 'single-az' })).toBe(Number(e['Provisioned Throughput Single AZ']!.price));
      expect(usd({ service: 'rds', kind: 'backup', region })).toBe(Number(e['Storage Snapshot']!.price));
    }
  });

  it('has EBS, ALB, EKS and S3 tier rates from their feeds', () => {
    const ebs = readSampleFeed('other-services/ebs-2024-07-18.trimmed.json');
    const elb = readSampleFeed('other-services/elb-2025-06-05.trimmed.json');
    const eks = readSampleFeed('other-services/eks-2025-06-16.trimmed.json');
    const s3 = readSampleFeed('pricing-page-feeds/s3-2025-06-05.trimmed.json');
    for (const region of ['us-east-1', 'eu-west-1', 'eu-central-1']) {
      expect(usd({ service: 'ebs', kind: 'volume', region, volumeType: 'gp3' })).toBe(Number(ebs[region]!['Storage General Purpose gp3 GB Mo']!.price));
      expect(usd({ service: 'ebs', kind: 'volume', region, volumeType: 'gp2' })).toBe(Number(ebs[region]!['Storage General Purpose gp2 GB Mo']!.price));
      expect(usd({ service: 'ebs', kind: 'iops', region, volumeType: 'io1' })).toBe(Number(ebs[region]!['Provisioned EBS IOPS io1 Volumes per IOPS Mo']!.price));
      expect(usd({ service: 'ebs', kind: 'snapshot', region })).toBe(Number(ebs[region]!['Storage Snapshot Amazon S3 GB Mo']!.price));
      expect(usd({ service: 'elb', kind: 'alb-hour', region })).toBe(Number(elb[region]!['Application Load Balancer Hours']!.price));
      expect(usd({ service: 'eks', kind: 'cluster-hour', region })).toBe(0.1);
      expect(usd({ service: 'eks', kind: 'cluster-hour', region })).toBe(Number(eks[region]!['Compute per hours']!.price));
      const tiers = catalogue.lookup({ service: 's3', kind: 'standard-storage', region })?.tiers;
      expect(tiers?.map((t) => t.usdPerUnit)).toEqual([
        Number(s3[region]!['Standard Storage First 50 TB per GB Mo']!.price),
        Number(s3[region]!['Standard Storage Next 450 TB per GB Mo']!.price),
        Number(s3[region]!['Standard Storage Over 500 TB per GB Mo']!.price),
      ]);
    }
  });

  it('keeps the Studio-Notebook SageMaker rates as published and marks component rates without a record as derived', () => {
    const feed = readSampleFeed('pricing-page-feeds/sagemaker-studio-notebook-2025-06-16.trimmed.json');
    for (const [region, entries] of Object.entries(feed)) {
      for (const e of Object.values(entries)) {
        const q = catalogue.lookup({ service: 'sagemaker', kind: 'instance', region, component: 'studio-notebook', instanceType: e.Instance! });
        expect(q?.usdPerUnit).toBe(Number(e.price));
        expect(q?.source.basis).toBe('published');
      }
    }
    // Published in the eu-west-1 December 2023 bill:
    const billed = catalogue.lookup({ service: 'sagemaker', kind: 'instance', region: 'eu-west-1', component: 'training', instanceType: 'ml.g5.xlarge' });
    expect(billed?.usdPerUnit).toBe(1.57);
    expect(billed?.source.basis).toBe('published');
    // Published by AWS-authored FMBench (us-east-1 hosting):
    expect(usd({ service: 'sagemaker', kind: 'instance', region: 'us-east-1', component: 'hosting', instanceType: 'ml.g5.xlarge' })).toBe(1.4084);
    // No record: derived from the Studio rate, and says so.
    const derived = catalogue.lookup({ service: 'sagemaker', kind: 'instance', region: 'eu-central-1', component: 'training', instanceType: 'ml.m5.xlarge' });
    expect(derived?.source.basis).toBe('derived');
    expect(derived?.usdPerUnit).toBe(usd({ service: 'sagemaker', kind: 'instance', region: 'eu-central-1', component: 'studio-notebook', instanceType: 'ml.m5.xlarge' }));
    expect(derived?.source.note).toMatch(/Studio/);
  });

  it('keeps the Partial and All Upfront offers of the real m5.large record, upfront fees included; No Upfront comes from the 2025 feed', () => {
    const item = readSampleJson<{ terms: { Reserved: Record<string, { termAttributes: Record<string, string>; priceDimensions: Record<string, { unit: string; pricePerUnit: { USD: string } }> }> } }>(
      'api-responses/getproducts-priceitem-ec2-m5.large-us-east-1-2021.json',
    );
    const offers = Object.values(item.terms.Reserved);
    expect(offers).toHaveLength(12);
    for (const offer of offers) {
      const t = offer.termAttributes;
      const quote = catalogue.lookup({
        service: 'ec2',
        kind: 'reserved',
        region: 'us-east-1',
        instanceType: 'm5.large',
        offeringClass: t.OfferingClass as 'standard' | 'convertible',
        term: t.LeaseContractLength as '1yr' | '3yr',
        purchaseOption: t.PurchaseOption!.toLowerCase().replace(/ /g, '-') as 'no-upfront',
      });
      const dims = Object.values(offer.priceDimensions);
      if (t.PurchaseOption === 'No Upfront') {
        expect(quote?.source.asOf).toBe('2025-04-04');
        expect(quote?.upfrontUsd).toBe(0);
        continue;
      }
      expect(quote?.usdPerUnit).toBe(Number(dims.find((d) => d.unit === 'Hrs')!.pricePerUnit.USD));
      expect(quote?.upfrontUsd).toBe(Number(dims.find((d) => d.unit === 'Quantity')?.pricePerUnit.USD ?? 0));
      expect(quote?.source.asOf).toBe('2021-02-05');
    }
    // No Upfront, from yeo/ec2.shop ec2/us-east-1-reservedinstance{,-convertible}-{1y,3y}.json (2025-04-04), with AWS's rate codes.
    const noUpfront = (offeringClass: 'standard' | 'convertible', term: '1yr' | '3yr') =>
      catalogue.lookup({ service: 'ec2', kind: 'reserved', region: 'us-east-1', instanceType: 'm5.large', offeringClass, term, purchaseOption: 'no-upfront' });
    expect([noUpfront('standard', '1yr'), noUpfront('standard', '3yr'), noUpfront('convertible', '1yr'), noUpfront('convertible', '3yr')].map((q) => [q?.usdPerUnit, q?.source.sku])).toEqual([
      [0.06, '6C86BEPQVG73ZGGR.4NA7Y494T4.6YS6EN2CT7'],
      [0.041, '6C86BEPQVG73ZGGR.BPH4J8HBKS.6YS6EN2CT7'],
      [0.071, '6C86BEPQVG73ZGGR.7NE97W5U4E.6YS6EN2CT7'],
      [0.049, '6C86BEPQVG73ZGGR.Z2E3P23VKM.6YS6EN2CT7'],
    ]);
  });

  it('gives every price a source with a title, URL and as-of date', () => {
    const index = testSnapshot().index()!;
    for (const [id, s] of Object.entries(index.sources)) {
      expect(s.title, id).not.toBe('');
      expect(s.url, id).toMatch(/^https:\/\//);
      expect(s.asOf, id).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      if (s.basis === 'derived') expect(s.note, id).toBeTruthy();
    }
    expect(index.regions.map((r) => r.region)).toEqual([...AWS_REGIONS].sort());
    expect(catalogue.info).toEqual({ name: 'Embedded AWS price snapshot of 2026-07-20', kind: 'snapshot', regions: [...AWS_REGIONS].sort() });
  });

  it('answers undefined, not $0, for what it does not hold', () => {
    expect(catalogue.lookup({ service: 'ec2', kind: 'instance', region: 'us-east-1', instanceType: 'x9.large' })).toBeUndefined();
    // The price exports have no EBS rows for Asia Pacific (Taipei).
    expect(catalogue.lookup({ service: 'ebs', kind: 'volume', region: 'ap-east-2', volumeType: 'gp3' })).toBeUndefined();
    expect(catalogue.lookup({ service: 'sagemaker', kind: 'serverless', region: 'us-east-1', memoryMb: 2048 })).toBeUndefined();
  });

  it('refuses a Region file with a malformed price, a foreign key, an unknown source or rows out of order, naming the field', () => {
    const file = (prices: unknown[]) => ({
      format: SNAPSHOT_REGION_FORMAT,
      region: 'us-east-1',
      builtOn: '2026-01-01',
      sources: { s: { title: 't', url: 'https://x', asOf: '2026-01-01', basis: 'published' } },
      prices,
      instanceTypes: [],
    });
    const row = (key: string, usd: unknown = 0.096, source = 's') => ({ key, unit: 'Hrs', usd, source });
    expect(parseSnapshotRegion(file([row('ec2/instance/us-east-1/m5.large')])).quotes.size).toBe(1);
    expect(() => parseSnapshotRegion(file([row('ec2/instance/us-east-1/m5.large', '$0.096')]))).toThrow(/^price snapshot: prices\.0\.usd: /);
    expect(() => parseSnapshotRegion(file([row('ec2/instance/us-east-1/m5.large', -1)]))).toThrow(/^price snapshot: prices\.0\.usd: /);
    expect(() => parseSnapshotRegion(file([row('ec2/instance/eu-west-1/m5.large')]))).toThrow('price snapshot: prices.0.key: key ec2/instance/eu-west-1/m5.large does not belong to us-east-1');
    expect(() => parseSnapshotRegion(file([row('ec2/instance/us-east-1/m5.large', 0.1, 'other')]))).toThrow('price snapshot: prices.0.source: names unknown source other');
    expect(() => parseSnapshotRegion(file([row('ec2/instance/us-east-1/m5.xlarge'), row('ec2/instance/us-east-1/m5.large')]))).toThrow(/prices\.1\.key: .* duplicated or out of order/);
    expect(() => parseSnapshotRegion(file([]), 'eu-west-1')).toThrow('price snapshot: holds Region us-east-1, expected eu-west-1');
  });
});
