import { readSampleCsv, readSampleFeed } from '../support/samples';
import { traps2026Items, type FakePriceItem } from './recorded-samples';

/**
 * SYNTHETIC Price List records for the fake endpoint, built from the real published rates and
 * SKUs of the pricing-page feeds and CSV extracts in test/fixtures/aws. No raw Price List record
 * exists offline for RDS, SageMaker, S3, ELB, EKS or most EBS products (test/fixtures/aws/README.md),
 * so the record *shape* here follows aws-api.md §2 and infracost's filters; the *prices and SKUs*
 * are real. They exercise the whole targeted-refresh path end to end; parser behaviour on real
 * records is tested on the real recorded records themselves.
 */

const PUBLISHED = '2025-06-17T00:00:00Z';
const REGIONS = ['us-east-1', 'eu-west-1', 'eu-central-1'] as const;
/** usagetype Region prefixes (aws-api.md §2: none in us-east-1 for EC2/RDS, "EU-" for Ireland, "EUC1-" for Frankfurt). */
const PREFIX: Record<string, string> = { 'us-east-1': '', 'eu-west-1': 'EU-', 'eu-central-1': 'EUC1-' };
const SM_PREFIX: Record<string, string> = { 'us-east-1': 'USE1-', 'eu-west-1': 'EU-', 'eu-central-1': 'EUC1-' };

let counter = 0;
/** A made-up 16-character SKU, when the source has none. */
function syntheticSku(): string {
  counter++;
  return `SYN${String(counter).padStart(13, '0')}`;
}

/** The SKU of a feed entry is the first part of its rate code (test/fixtures/aws/README.md). */
function skuOf(rateCode: string | undefined): string {
  return rateCode?.split('.')[0] ?? syntheticSku();
}

function onDemand(sku: string, unit: string, usd: string, dims?: { begin: string; end: string; usd: string }[]): FakePriceItem['terms'] {
  const term = `${sku}.JRTCKXETXF`;
  const dimensions: Record<string, unknown> = {};
  (dims ?? [{ begin: '0', end: 'Inf', usd }]).forEach((d, i) => {
    const rate = `${term}.${i === 0 ? '6YS6EN2CT7' : `TIER${i}`}`;
    dimensions[rate] = { unit, beginRange: d.begin, endRange: d.end, description: `$${d.usd} per ${unit}`, appliesTo: [], rateCode: rate, pricePerUnit: { USD: d.usd } };
  });
  return { OnDemand: { [term]: { sku, offerTermCode: 'JRTCKXETXF', effectiveDate: PUBLISHED, termAttributes: {}, priceDimensions: dimensions } } };
}

/** A record with one on-demand rate (or tiers) under its own SKU. */
function item(
  serviceCode: string,
  sku: string,
  productFamily: string,
  attributes: Record<string, string>,
  rate: { unit: string; usd: string; tiers?: { begin: string; end: string; usd: string }[] },
): FakePriceItem {
  return {
    product: { sku, productFamily, attributes: { servicecode: serviceCode, ...attributes } },
    serviceCode,
    terms: onDemand(sku, rate.unit, rate.usd, rate.tiers),
    version: '20250617000000',
    publicationDate: PUBLISHED,
  };
}

/** EC2 Linux on-demand instances, plus the $0 trap siblings the filters must keep out. */
function ec2Instances(): FakePriceItem[] {
  const out: FakePriceItem[] = [];
  const rows = [
    ...readSampleCsv('ec2-ondemand/karpenter-ec2-ondemand-linux-us-east-1-2026-07-20.csv'),
    ...readSampleCsv('ec2-ondemand/pricingpage-ec2-ondemand-linux-2025-11-03.csv').filter((r) => r.regionCode !== 'us-east-1' && r.operatingSystem === 'Linux'),
  ];
  for (const row of rows) {
    const region = row.regionCode!;
    const attrs = {
      regionCode: region,
      instanceType: row.instanceType!,
      operatingSystem: 'Linux',
      tenancy: 'Shared',
      preInstalledSw: 'NA',
      capacitystatus: 'Used',
      marketoption: 'OnDemand',
      licenseModel: 'No License required',
      operation: 'RunInstances',
      usagetype: `${PREFIX[region]}BoxUsage:${row.instanceType}`,
      vcpu: '2',
      memory: '8 GiB',
    };
    out.push(item('AmazonEC2', syntheticSku(), 'Compute Instance', attrs, { unit: 'Hrs', usd: row.usdPerHour! }));
  }
  // Each real trap record of 2026 (capacity reservations at $0, SQL Server, BYOL), moved onto
  // m6i.large in us-east-1 with its terms unchanged: only exact filters keep the real price.
  for (const trap of traps2026Items()) {
    const usage = trap.product.attributes.usagetype!.replace(/^EUW2-/, '').replace(/:.*$/, ':m6i.large');
    out.push({ ...trap, product: { ...trap.product, attributes: { ...trap.product.attributes, regionCode: 'us-east-1', instanceType: 'm6i.large', location: 'US East (N. Virginia)', usagetype: usage } } });
  }
  return out;
}

function ebs(): FakePriceItem[] {
  const feed = readSampleFeed('other-services/ebs-2024-07-18.trimmed.json');
  const out: FakePriceItem[] = [];
  for (const region of REGIONS) {
    const e = feed[region]!;
    const p = PREFIX[region]!;
    const add = (label: string, family: string, attrs: Record<string, string>, unit: string) => {
      const entry = e[label]!;
      out.push(item('AmazonEC2', skuOf(entry.rateCode), family, { regionCode: region, ...attrs }, { unit: unit, usd: entry.price! }));
    };
    add('Storage General Purpose gp2 GB Mo', 'Storage', { volumeApiName: 'gp2', volumeType: 'General Purpose', usagetype: `${p}EBS:VolumeUsage.gp2` }, 'GB-Mo');
    add('Storage General Purpose gp3 GB Mo', 'Storage', { volumeApiName: 'gp3', volumeType: 'General Purpose', usagetype: `${p}EBS:VolumeUsage.gp3` }, 'GB-Mo');
    add('Storage Provisioned IOPS io1 GB Mo', 'Storage', { volumeApiName: 'io1', volumeType: 'Provisioned IOPS', usagetype: `${p}EBS:VolumeUsage.piops` }, 'GB-Mo');
    add('Provisioned EBS IOPS io1 Volumes per IOPS Mo', 'System Operation', { volumeApiName: 'io1', usagetype: `${p}EBS:VolumeP-IOPS.piops` }, 'IOPS-Mo');
    add('Provisioned EBS IOPS gp3 Volumes per IOPS Mo', 'System Operation', { volumeApiName: 'gp3', usagetype: `${p}EBS:VolumeP-IOPS.gp3` }, 'IOPS-Mo');
    add('Provisioned Throughput gp3 per GiBps mo', 'Provisioned Throughput', { volumeApiName: 'gp3', usagetype: `${p}EBS:VolumeP-Throughput.gp3` }, 'GiBps-mo');
    add('Storage Snapshot Amazon S3 GB Mo', 'Storage Snapshot', { usagetype: `${p}EBS:SnapshotUsage` }, 'GB-Mo');
    add('Storage Snapshot Amazon S3 SnapshotArchiveStorage GB Mo', 'Storage Snapshot', { usagetype: `${p}EBS:SnapshotArchiveStorage` }, 'GB-Mo');
    out.push(
      item(
        'AWSDataTransfer',
        syntheticSku(),
        'Data Transfer',
        { fromRegionCode: region, toRegionCode: region, transferType: 'IntraRegion', usagetype: `${p}DataTransfer-Regional-Bytes` },
        { unit: 'GB', usd: '0.01' },
      ),
    );
  }
  return out;
}

function rds(): FakePriceItem[] {
  const out: FakePriceItem[] = [];
  for (const [file, engine] of [
    ['pricing-page-feeds/rds-mysql-ondemand-2025-06-05.csv', 'MySQL'],
    ['pricing-page-feeds/rds-postgresql-ondemand-2025-06-05.csv', 'PostgreSQL'],
  ] as const) {
    for (const row of readSampleCsv(file)) {
      const region = row.regionCode!;
      const usage = row.deploymentOption === 'Multi-AZ' ? 'Multi-AZUsage' : 'InstanceUsage';
      out.push(
        item(
          'AmazonRDS',
          syntheticSku(),
          'Database Instance',
          {
            regionCode: region,
            instanceType: row.instanceType!,
            databaseEngine: engine,
            deploymentOption: row.deploymentOption!,
            licenseModel: row.licenseModel!,
            usagetype: `${PREFIX[region]}${usage}:${row.instanceType}`,
            vcpu: '2',
            memory: '8 GiB',
          },
          { unit: 'Hrs', usd: row.usdPerHour! },
        ),
      );
    }
  }
  const feed = readSampleFeed('pricing-page-feeds/rds-storage-2025-06-17.trimmed.json');
  for (const region of REGIONS) {
    const e = feed[region]!;
    for (const [az, deployment, multi] of [
      ['Single AZ', 'Single-AZ', ''],
      ['Multi AZ', 'Multi-AZ', 'Multi-AZ-'],
    ] as const) {
      const add = (label: string, family: string, attrs: Record<string, string>, unit: string) => {
        const entry = e[label]!;
        out.push(item('AmazonRDS', skuOf(entry.rateCode), family, { regionCode: region, deploymentOption: deployment, databaseEngine: 'Any', ...attrs }, { unit: unit, usd: entry.price! }));
      };
      const p = PREFIX[region];
      add(`Database Storage ${az} General Purpose`, 'Database Storage', { volumeType: 'General Purpose', usagetype: `${p}RDS:${multi}GP2-Storage` }, 'GB-Mo');
      add(`Database Storage ${az} General Purpose-GP3`, 'Database Storage', { volumeType: 'General Purpose-GP3', usagetype: `${p}RDS:${multi}GP3-Storage` }, 'GB-Mo');
      add(`Database Storage ${az} Provisioned IOPS`, 'Database Storage', { volumeType: 'Provisioned IOPS', usagetype: `${p}RDS:${multi}PIOPS-Storage` }, 'GB-Mo');
      add(`Provisioned IOPS ${az}`, 'Provisioned IOPS', { groupDescription: 'RDS Provisioned IOPS', usagetype: `${p}RDS:${multi}PIOPS` }, 'IOPS-Mo');
      add(`Provisioned GP3 IOPS ${az}`, 'Provisioned IOPS', { groupDescription: 'RDS Provisioned GP3 IOPS', usagetype: `${p}RDS:${multi}GP3-PIOPS` }, 'IOPS-Mo');
      add(`Provisioned Throughput ${az}`, 'Provisioned Throughput', { usagetype: `${p}RDS:${multi}GP3-Throughput` }, 'MiBps-Mo');
    }
    const backup = e['Storage Snapshot']!;
    out.push(
      item('AmazonRDS', skuOf(backup.rateCode), 'Storage Snapshot', { regionCode: region, databaseEngine: 'Any', usagetype: `${PREFIX[region]}RDS:ChargedBackupUsage`, engineCode: '14' }, { unit: 'GB-Mo', usd: backup.price! }),
    );
  }
  return out;
}

function sagemaker(): FakePriceItem[] {
  const out: FakePriceItem[] = [];
  const studio = readSampleFeed('pricing-page-feeds/sagemaker-studio-notebook-2025-06-16.trimmed.json');
  for (const region of REGIONS) {
    for (const entry of Object.values(studio[region]!)) {
      if (entry.Component !== 'Studio-Notebook') continue;
      out.push(
        item(
          'AmazonSageMaker',
          skuOf(entry.rateCode),
          'ML Instance',
          { regionCode: region, instanceName: entry.Instance!, instanceType: entry['Instance Type']!, component: 'Studio-Notebook', vCpu: entry.VCPU!, memory: entry.Memory!, usagetype: `${SM_PREFIX[region]}Studio:${entry.Instance}` },
          { unit: 'Hrs', usd: entry.price! },
        ),
      );
    }
  }
  for (const row of readSampleCsv('sagemaker/fmbench-sagemaker-endpoint-usd-per-hour-2025-01-26.csv')) {
    out.push(
      item(
        'AmazonSageMaker',
        syntheticSku(),
        'ML Instance',
        { regionCode: 'us-east-1', instanceName: row.instanceType!, instanceType: `${row.instanceType}-Hosting`, component: 'Hosting', usagetype: `USE1-Host:${row.instanceType}` },
        { unit: 'Hrs', usd: row.usdPerHour! },
      ),
    );
  }
  out.push(
    item('AmazonSageMaker', syntheticSku(), 'ML Storage', { regionCode: 'us-east-1', volumeType: 'General Purpose-Hosting', usagetype: 'USE1-Host:VolumeUsage.gp2' }, { unit: 'GB-Mo', usd: '0.14' }),
  );
  return out;
}

function s3ElbEks(): FakePriceItem[] {
  const out: FakePriceItem[] = [];
  const s3 = readSampleFeed('pricing-page-feeds/s3-2025-06-05.trimmed.json');
  const elb = readSampleFeed('other-services/elb-2025-06-05.trimmed.json');
  const eks = readSampleFeed('other-services/eks-2025-06-16.trimmed.json');
  for (const region of REGIONS) {
    const first = s3[region]!['Standard Storage First 50 TB per GB Mo']!;
    const next = s3[region]!['Standard Storage Next 450 TB per GB Mo']!;
    const over = s3[region]!['Standard Storage Over 500 TB per GB Mo']!;
    out.push(
      item(
        'AmazonS3',
        skuOf(first.rateCode),
        'Storage',
        { regionCode: region, volumeType: 'Standard', storageClass: 'General Purpose', usagetype: `${PREFIX[region]}TimedStorage-ByteHrs` },
        {
          unit: 'GB-Mo',
          usd: first.price!,
          tiers: [
            { begin: '0', end: '51200', usd: first.price! },
            { begin: '51200', end: '512000', usd: next.price! },
            { begin: '512000', end: 'Inf', usd: over.price! },
          ],
        },
      ),
    );
    const hour = elb[region]!['Application Load Balancer Hours']!;
    const lcu = elb[region]!['Application Load Balancer LCU Hours']!;
    out.push(item('AWSELB', skuOf(hour.rateCode), 'Load Balancer-Application', { regionCode: region, locationType: 'AWS Region', usagetype: `${SM_PREFIX[region]}LoadBalancerUsage` }, { unit: 'Hrs', usd: hour.price! }));
    out.push(item('AWSELB', skuOf(lcu.rateCode), 'Load Balancer-Application', { regionCode: region, locationType: 'AWS Region', usagetype: `${SM_PREFIX[region]}LCUUsage` }, { unit: 'LCU-Hrs', usd: lcu.price! }));
    const cluster = eks[region]!['Compute per hours']!;
    out.push(item('AmazonEKS', skuOf(cluster.rateCode), 'Compute', { regionCode: region, usagetype: `${SM_PREFIX[region]}AmazonEKS-Hours:perCluster` }, { unit: 'Hrs', usd: cluster.price! }));
    const extended = eks[region]!['Compute ExtendedSupport per Hours']!;
    out.push(item('AmazonEKS', skuOf(extended.rateCode), 'Compute', { regionCode: region, usagetype: `${SM_PREFIX[region]}AmazonEKS-Hours:extendedSupport` }, { unit: 'Hrs', usd: extended.price! }));
  }
  return out;
}

let cached: FakePriceItem[] | undefined;

/** Every synthetic record, built once per test process. */
export function feedDerivedItems(): FakePriceItem[] {
  cached ??= [...ec2Instances(), ...ebs(), ...rds(), ...sagemaker(), ...s3ElbEks()];
  return cached;
}
