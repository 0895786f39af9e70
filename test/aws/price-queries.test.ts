import { describe, expect, it } from 'vitest';
import { queryForKey } from '../../src/aws/price-list/price-queries';
import type { PriceKey } from '../../src/index';

const r = 'eu-west-1';
const fields = (key: PriceKey) => {
  const q = queryForKey(key);
  return q && { service: q.serviceCode, filters: Object.fromEntries(q.filters.map((f) => [f.Field, f.Value])) };
};

describe('GetProducts filters per price (aws-api.md §2)', () => {
  it.each<[PriceKey, { service: string; filters: Record<string, string> } | undefined]>([
    [
      { service: 'ec2', kind: 'reserved', region: r, instanceType: 'm6i.large', term: '1yr', purchaseOption: 'no-upfront', offeringClass: 'standard' },
      { service: 'AmazonEC2', filters: { regionCode: r, instanceType: 'm6i.large', operatingSystem: 'Linux', tenancy: 'Shared', preInstalledSw: 'NA', capacitystatus: 'Used', marketoption: 'OnDemand' } },
    ],
    [{ service: 'ebs', kind: 'volume', region: r, volumeType: 'gp3' }, { service: 'AmazonEC2', filters: { regionCode: r, productFamily: 'Storage', volumeApiName: 'gp3' } }],
    [{ service: 'ebs', kind: 'iops', region: r, volumeType: 'io1' }, { service: 'AmazonEC2', filters: { regionCode: r, productFamily: 'System Operation', volumeApiName: 'io1' } }],
    // io2 stays on the snapshot: its IOPS are three tiered Price List records the classifier does not join.
    [{ service: 'ebs', kind: 'volume', region: r, volumeType: 'io2' }, undefined],
    [{ service: 'ebs', kind: 'iops', region: r, volumeType: 'io2' }, undefined],
    [{ service: 'rds', kind: 'storage', region: r, storageType: 'io2', deployment: 'multi-az' }, undefined],
    [{ service: 'ebs', kind: 'throughput', region: r }, { service: 'AmazonEC2', filters: { regionCode: r, productFamily: 'Provisioned Throughput', volumeApiName: 'gp3' } }],
    [{ service: 'ebs', kind: 'snapshot', region: r }, { service: 'AmazonEC2', filters: { regionCode: r, productFamily: 'Storage Snapshot' } }],
    [{ service: 'ec2', kind: 'inter-az-transfer', region: r }, { service: 'AWSDataTransfer', filters: { transferType: 'IntraRegion', fromRegionCode: r, toRegionCode: r } }],
    [
      { service: 'rds', kind: 'instance', region: r, engine: 'mariadb', instanceClass: 'db.r6g.large', deployment: 'multi-az' },
      { service: 'AmazonRDS', filters: { regionCode: r, productFamily: 'Database Instance', instanceType: 'db.r6g.large', databaseEngine: 'MariaDB', deploymentOption: 'Multi-AZ', licenseModel: 'No license required' } },
    ],
    [
      { service: 'rds', kind: 'storage', region: r, storageType: 'gp3', deployment: 'single-az' },
      { service: 'AmazonRDS', filters: { regionCode: r, productFamily: 'Database Storage', volumeType: 'General Purpose-GP3', deploymentOption: 'Single-AZ', databaseEngine: 'Any' } },
    ],
    [{ service: 'rds', kind: 'backup', region: r }, { service: 'AmazonRDS', filters: { regionCode: r, productFamily: 'Storage Snapshot', databaseEngine: 'Any' } }],
    [{ service: 'sagemaker', kind: 'instance', region: r, component: 'training', instanceType: 'ml.g5.xlarge' }, { service: 'AmazonSageMaker', filters: { regionCode: r, instanceName: 'ml.g5.xlarge' } }],
    [{ service: 'sagemaker', kind: 'ml-storage', region: r }, { service: 'AmazonSageMaker', filters: { regionCode: r, volumeType: 'General Purpose-Hosting' } }],
    [{ service: 'sagemaker', kind: 'serverless', region: r, memoryMb: 2048 }, { service: 'AmazonSageMaker', filters: { regionCode: r, productFamily: 'ML Serverless' } }],
    [{ service: 'sagemaker', kind: 'data-processing', region: r }, undefined],
    [{ service: 's3', kind: 'standard-storage', region: r }, { service: 'AmazonS3', filters: { regionCode: r, productFamily: 'Storage', volumeType: 'Standard' } }],
    [{ service: 'elb', kind: 'alb-lcu', region: r }, { service: 'AWSELB', filters: { regionCode: r, productFamily: 'Load Balancer-Application' } }],
    [{ service: 'eks', kind: 'cluster-hour', region: r }, { service: 'AmazonEKS', filters: { regionCode: r, productFamily: 'Compute' } }],
  ])('%j', (key, expected) => {
    expect(fields(key)).toEqual(expected);
  });

  it('gives on-demand and reserved prices of one instance the same query', () => {
    const onDemand = queryForKey({ service: 'rds', kind: 'instance', region: r, engine: 'postgresql', instanceClass: 'db.m5.large', deployment: 'single-az' });
    const reserved = queryForKey({ service: 'rds', kind: 'reserved', region: r, engine: 'postgresql', instanceClass: 'db.m5.large', deployment: 'single-az', term: '3yr', purchaseOption: 'all-upfront' });
    expect(reserved?.id).toBe(onDemand?.id);
  });
});

describe('queries for the commercial engines', () => {
  const r = 'us-east-1';
  const fields = (q: ReturnType<typeof queryForKey>) => Object.fromEntries((q?.filters ?? []).map((f) => [f.Field, f.Value]));

  it('asks for Windows with SQL Server Standard, licence included, for a windows-sql-std EC2 key', () => {
    expect(fields(queryForKey({ service: 'ec2', kind: 'instance', region: r, instanceType: 'm5.xlarge', platform: 'windows-sql-std' }))).toEqual({
      regionCode: r,
      instanceType: 'm5.xlarge',
      operatingSystem: 'Windows',
      tenancy: 'Shared',
      preInstalledSw: 'SQL Std',
      licenseModel: 'No License required',
      capacitystatus: 'Used',
      marketoption: 'OnDemand',
    });
  });

  it.each([
    ['sqlserver-se', 'SQL Server', 'Standard', 'License included'],
    ['oracle-se2', 'Oracle', 'Standard Two', 'License included'],
    ['oracle-ee-byol', 'Oracle', 'Enterprise', 'Bring your own license'],
  ] as const)('names RDS %s by engine, edition and licence model', (engine, databaseEngine, databaseEdition, licenseModel) => {
    const f = fields(queryForKey({ service: 'rds', kind: 'instance', region: r, engine, instanceClass: 'db.m5.xlarge', deployment: 'multi-az' }));
    expect(f).toMatchObject({ databaseEngine, databaseEdition, licenseModel, deploymentOption: 'Multi-AZ' });
  });

  it('keeps the PostgreSQL query as it was (no edition)', () => {
    const f = fields(queryForKey({ service: 'rds', kind: 'instance', region: r, engine: 'postgresql', instanceClass: 'db.m5.large', deployment: 'single-az' }));
    expect(f).toEqual({ regionCode: r, productFamily: 'Database Instance', instanceType: 'db.m5.large', databaseEngine: 'PostgreSQL', deploymentOption: 'Single-AZ', licenseModel: 'No license required' });
  });
});
