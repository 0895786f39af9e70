import { deploymentLabel, RDS_PRICE_LIST_ENGINES, type Ec2Platform, type PriceKey } from '../../pricing/price-key';

export interface ProductFilter {
  readonly Type: 'TERM_MATCH';
  readonly Field: string;
  readonly Value: string;
}

/** One GetProducts query: every key it answers shares it, so a scenario needs only a few calls. */
export interface ProductQuery {
  /** Stable identity, for de-duplication and progress messages. */
  readonly id: string;
  readonly serviceCode: string;
  readonly region: string;
  readonly filters: readonly ProductFilter[];
}

const term = (Field: string, Value: string): ProductFilter => ({ Type: 'TERM_MATCH', Field, Value });

function query(serviceCode: string, region: string, fields: readonly (readonly [string, string])[]): ProductQuery {
  const filters = [term('regionCode', region), ...fields.map(([f, v]) => term(f, v))];
  return { id: `${serviceCode}?${filters.map((f) => `${f.Field}=${f.Value}`).join('&')}`, serviceCode, region, filters };
}

/** preInstalledSw of each Windows platform in the AWS Price List. */
const WINDOWS_SOFTWARE: Readonly<Record<Ec2Platform, string>> = {
  windows: 'NA',
  'windows-sql-web': 'SQL Web',
  'windows-sql-std': 'SQL Std',
  'windows-sql-ent': 'SQL Ent',
};

/** RDS storage volumeType per storage type (aws-api.md §2.3; infracost db_instance.go). */
const RDS_VOLUME_TYPE = { gp2: 'General Purpose', gp3: 'General Purpose-GP3', io1: 'Provisioned IOPS' } as const;

/**
 * The GetProducts query that prices a key, with TERM_MATCH filters only (the one filter type every
 * SDK and endpoint version accepts, aws-api.md §1.2). Filters narrow the answer; the classifier
 * checks every returned record again. Undefined when the Price List has no query for the key
 * (SageMaker endpoint data processing), which then stays on the snapshot.
 */
export function queryForKey(key: PriceKey): ProductQuery | undefined {
  const r = key.region;
  switch (key.service) {
    case 'ec2':
      if (key.kind === 'inter-az-transfer') {
        // AWSDataTransfer records name both ends (fromRegionCode/toRegionCode), not regionCode.
        const filters = [term('transferType', 'IntraRegion'), term('fromRegionCode', r), term('toRegionCode', r)];
        return { id: `AWSDataTransfer?transferType=IntraRegion&fromRegionCode=${r}&toRegionCode=${r}`, serviceCode: 'AWSDataTransfer', region: r, filters };
      }
      // Region-level rates the model does not price yet: they stay on the snapshot.
      if (key.kind === 'internet-egress' || key.kind === 'nat-gateway-hour' || key.kind === 'nat-gateway-gb') return undefined;
      // Windows, and Windows with SQL Server, licence included: the same set with the AWS Price
      // List attributes of those AMIs (operatingSystem=Windows, preInstalledSw=SQL Std|SQL Ent|SQL Web).
      if (key.platform !== undefined) {
        return query('AmazonEC2', r, [
          ['instanceType', key.instanceType],
          ['operatingSystem', 'Windows'],
          ['tenancy', 'Shared'],
          ['preInstalledSw', WINDOWS_SOFTWARE[key.platform]],
          ['licenseModel', 'No License required'],
          ['capacitystatus', 'Used'],
          ['marketoption', 'OnDemand'],
        ]);
      }
      // The canonical Linux on-demand set (Karpenter pricing.go, aws-api.md §2.1). Reserved keys
      // share the query: the same records carry terms.Reserved.
      return query('AmazonEC2', r, [
        ['instanceType', key.instanceType],
        ['operatingSystem', 'Linux'],
        ['tenancy', 'Shared'],
        ['preInstalledSw', 'NA'],
        ['capacitystatus', 'Used'],
        ['marketoption', 'OnDemand'],
      ]);
    case 'ebs':
      // io2 is read from the pricing-page feed only (its IOPS are three tiered Price List records the classifier does not join yet): it stays on the snapshot.
      if ('volumeType' in key && key.volumeType === 'io2') return undefined;
      switch (key.kind) {
        case 'volume':
          return query('AmazonEC2', r, [['productFamily', 'Storage'], ['volumeApiName', key.volumeType]]);
        case 'iops':
          return query('AmazonEC2', r, [['productFamily', 'System Operation'], ['volumeApiName', key.volumeType]]);
        case 'throughput':
          return query('AmazonEC2', r, [['productFamily', 'Provisioned Throughput'], ['volumeApiName', 'gp3']]);
        case 'snapshot':
          return query('AmazonEC2', r, [['productFamily', 'Storage Snapshot']]);
      }
      break;
    case 'rds':
      switch (key.kind) {
        case 'instance':
        case 'reserved':
        {
          const names = RDS_PRICE_LIST_ENGINES[key.engine];
          return query('AmazonRDS', r, [
            ['productFamily', 'Database Instance'],
            ['instanceType', key.instanceClass],
            ['databaseEngine', names.databaseEngine],
            ...(names.databaseEdition === undefined ? [] : [['databaseEdition', names.databaseEdition] as const]),
            ['deploymentOption', deploymentLabel(key.deployment)],
            ['licenseModel', names.licenseModel],
          ]);
        }
        case 'storage':
          // RDS io2 storage is not read from the Price List yet: it stays on the snapshot (which has none, so it is flagged missing).
          if (key.storageType === 'io2') return undefined;
          return query('AmazonRDS', r, [
            ['productFamily', 'Database Storage'],
            ['volumeType', RDS_VOLUME_TYPE[key.storageType]],
            ['deploymentOption', deploymentLabel(key.deployment)],
            ['databaseEngine', 'Any'],
          ]);
        case 'iops':
          return query('AmazonRDS', r, [
            ['productFamily', 'Provisioned IOPS'],
            ['deploymentOption', deploymentLabel(key.deployment)],
            ['databaseEngine', 'Any'],
          ]);
        case 'throughput':
          return query('AmazonRDS', r, [
            ['productFamily', 'Provisioned Throughput'],
            ['deploymentOption', deploymentLabel(key.deployment)],
            ['databaseEngine', 'Any'],
          ]);
        case 'backup':
          return query('AmazonRDS', r, [['productFamily', 'Storage Snapshot'], ['databaseEngine', 'Any']]);
        case 'aurora-instance':
        case 'aurora-reserved':
        case 'aurora-storage':
        case 'aurora-io':
        case 'aurora-backup':
          // Aurora rates come from the snapshot for now; the live classifier does not read Aurora records yet.
          return undefined;
      }
      break;
    case 'sagemaker':
      switch (key.kind) {
        case 'instance':
          // One query per instance name returns its Studio, Training, Hosting and Batch Transform
          // SKUs; the classifier then matches each record's `component` and usagetype exactly, so
          // a component is never priced at another component's rate (aws-api.md §2.4).
          return query('AmazonSageMaker', r, [['instanceName', key.instanceType]]);
        case 'ml-storage':
          return query('AmazonSageMaker', r, [['volumeType', 'General Purpose-Hosting']]);
        case 'serverless':
          return query('AmazonSageMaker', r, [['productFamily', 'ML Serverless']]);
        case 'data-processing':
          return undefined;
      }
      break;
    case 's3':
      return query('AmazonS3', r, [['productFamily', 'Storage'], ['volumeType', 'Standard']]);
    case 'elb':
      return query('AWSELB', r, [['productFamily', 'Load Balancer-Application']]);
    case 'eks':
      return query('AmazonEKS', r, [['productFamily', 'Compute']]);
  }
  return undefined;
}
