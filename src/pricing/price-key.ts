/**
 * What a cost line needs priced, as data. Builders emit keys; a catalogue answers them.
 * The string form (`priceKeyId`) is the lookup key of every catalogue (snapshot, cache, live).
 */

/**
 * An RDS engine as priced: open-source engines, SQL Server editions (licence included) and Oracle,
 * licence included (SE2) or bring-your-own-licence (`-byol`): the snapshot's engine strings.
 */
export type RdsEngine =
  | 'postgresql'
  | 'mysql'
  | 'mariadb'
  | 'sqlserver-ex'
  | 'sqlserver-web'
  | 'sqlserver-se'
  | 'sqlserver-ee'
  | 'oracle-se2'
  | 'oracle-se2-byol'
  | 'oracle-ee-byol';
/**
 * What an EC2 instance runs besides the instance: absent = Linux; `windows` = Windows Server
 * licence included; `windows-sql-*` = Windows with SQL Server Web/Standard/Enterprise licence
 * included (AWS Price List operatingSystem=Windows, preInstalledSw=SQL Web|SQL Std|SQL Ent).
 */
export type Ec2Platform = 'windows' | 'windows-sql-web' | 'windows-sql-std' | 'windows-sql-ent';
export type RdsDeployment = 'single-az' | 'multi-az';
/** Aurora engines as AWS prices them (Aurora MySQL- and PostgreSQL-compatible editions). */
export type AuroraEngine = 'aurora-mysql' | 'aurora-postgresql';
/** Aurora cluster storage configuration: Standard (I/O billed per request) or I/O-Optimized (no I/O charge). */
export type AuroraStorageConfiguration = 'standard' | 'io-optimized';
export type EbsVolumeType = 'gp2' | 'gp3' | 'io1' | 'io2';
export type RdsStorageType = 'gp2' | 'gp3' | 'io1' | 'io2';
export type SageMakerComponent = 'studio-notebook' | 'training' | 'hosting' | 'batch-transform';
export type ReservedTerm = '1yr' | '3yr';
export type PurchaseOption = 'no-upfront' | 'partial-upfront' | 'all-upfront';
export type OfferingClass = 'standard' | 'convertible';

export type PriceKey =
  | { readonly service: 'ec2'; readonly kind: 'instance'; readonly region: string; readonly instanceType: string; readonly platform?: Ec2Platform }
  | {
      readonly service: 'ec2';
      readonly kind: 'reserved';
      readonly region: string;
      readonly instanceType: string;
      readonly platform?: Ec2Platform;
      readonly term: ReservedTerm;
      readonly purchaseOption: PurchaseOption;
      readonly offeringClass: OfferingClass;
    }
  | { readonly service: 'ebs'; readonly kind: 'volume'; readonly region: string; readonly volumeType: EbsVolumeType }
  | { readonly service: 'ebs'; readonly kind: 'iops'; readonly region: string; readonly volumeType: 'gp3' | 'io1' | 'io2' }
  | { readonly service: 'ebs'; readonly kind: 'throughput'; readonly region: string }
  | { readonly service: 'ebs'; readonly kind: 'snapshot'; readonly region: string }
  | { readonly service: 'ec2'; readonly kind: 'inter-az-transfer'; readonly region: string }
  | {
      readonly service: 'rds';
      readonly kind: 'instance';
      readonly region: string;
      readonly engine: RdsEngine;
      readonly instanceClass: string;
      readonly deployment: RdsDeployment;
    }
  | {
      readonly service: 'rds';
      readonly kind: 'reserved';
      readonly region: string;
      readonly engine: RdsEngine;
      readonly instanceClass: string;
      readonly deployment: RdsDeployment;
      readonly term: ReservedTerm;
      readonly purchaseOption: PurchaseOption;
    }
  | {
      readonly service: 'rds';
      readonly kind: 'storage';
      readonly region: string;
      readonly storageType: RdsStorageType;
      readonly deployment: RdsDeployment;
    }
  | {
      readonly service: 'rds';
      readonly kind: 'iops';
      readonly region: string;
      readonly storageType: 'gp3' | 'io1' | 'io2';
      readonly deployment: RdsDeployment;
    }
  | { readonly service: 'rds'; readonly kind: 'throughput'; readonly region: string; readonly deployment: RdsDeployment }
  | { readonly service: 'rds'; readonly kind: 'backup'; readonly region: string }
  | {
      readonly service: 'rds';
      readonly kind: 'aurora-instance';
      readonly region: string;
      readonly engine: AuroraEngine;
      readonly instanceClass: string;
      readonly storageConfiguration: AuroraStorageConfiguration;
    }
  | {
      readonly service: 'rds';
      readonly kind: 'aurora-reserved';
      readonly region: string;
      readonly engine: AuroraEngine;
      readonly instanceClass: string;
      readonly storageConfiguration: AuroraStorageConfiguration;
      readonly term: ReservedTerm;
      readonly purchaseOption: PurchaseOption;
    }
  /** Aurora cluster volume, per GB-month, at the cluster's storage configuration. */
  | { readonly service: 'rds'; readonly kind: 'aurora-storage'; readonly region: string; readonly storageConfiguration: AuroraStorageConfiguration }
  /** Aurora Standard I/O, priced per request (AWS publishes it per million). */
  | { readonly service: 'rds'; readonly kind: 'aurora-io'; readonly region: string }
  | { readonly service: 'rds'; readonly kind: 'aurora-backup'; readonly region: string; readonly engine: AuroraEngine }
  | {
      readonly service: 'sagemaker';
      readonly kind: 'instance';
      readonly region: string;
      readonly component: SageMakerComponent;
      readonly instanceType: string;
    }
  | { readonly service: 'sagemaker'; readonly kind: 'ml-storage'; readonly region: string }
  | { readonly service: 'sagemaker'; readonly kind: 'serverless'; readonly region: string; readonly memoryMb: number }
  | { readonly service: 'sagemaker'; readonly kind: 'data-processing'; readonly region: string }
  | { readonly service: 's3'; readonly kind: 'standard-storage'; readonly region: string }
  | { readonly service: 'elb'; readonly kind: 'alb-hour'; readonly region: string }
  | { readonly service: 'elb'; readonly kind: 'alb-lcu'; readonly region: string }
  | { readonly service: 'eks'; readonly kind: 'cluster-hour'; readonly region: string }
  | { readonly service: 'elb'; readonly kind: 'nlb-hour'; readonly region: string }
  | { readonly service: 'elb'; readonly kind: 'nlb-lcu'; readonly region: string }
  /** NAT gateways are sold under AmazonEC2 in the Price List (and cached with EC2); the id keeps the vpc/ prefix of the pricing page. */
  | { readonly service: 'ec2'; readonly kind: 'nat-gateway-hour'; readonly region: string }
  | { readonly service: 'ec2'; readonly kind: 'nat-gateway-gb'; readonly region: string }
  /** The extended-support charge per cluster-hour, billed on top of the standard cluster hour. */
  | { readonly service: 'eks'; readonly kind: 'extended-cluster-hour'; readonly region: string }
  /** Data transfer out to the internet, tiered per GB per month. */
  | { readonly service: 'ec2'; readonly kind: 'internet-egress'; readonly region: string };

/** The canonical string for a key, e.g. `rds/instance/us-east-1/postgresql/db.r6i.xlarge/multi-az`. */
export function priceKeyId(key: PriceKey): string {
  switch (key.kind) {
    case 'instance':
      if (key.service === 'rds') return `rds/instance/${key.region}/${key.engine}/${key.instanceClass}/${key.deployment}`;
      if (key.service === 'sagemaker') return `sagemaker/instance/${key.region}/${key.component}/${key.instanceType}`;
      return `ec2/instance/${key.region}/${key.instanceType}${platformSuffix(key.platform)}`;
    case 'reserved':
      if (key.service === 'rds')
        return `rds/reserved/${key.region}/${key.engine}/${key.instanceClass}/${key.deployment}/${key.term}/${key.purchaseOption}`;
      return `ec2/reserved/${key.region}/${key.instanceType}${platformSuffix(key.platform)}/${key.offeringClass}/${key.term}/${key.purchaseOption}`;
    case 'volume':
      return `ebs/volume/${key.region}/${key.volumeType}`;
    case 'iops':
      if (key.service === 'rds') return `rds/iops/${key.region}/${key.storageType}/${key.deployment}`;
      return `ebs/iops/${key.region}/${key.volumeType}`;
    case 'throughput':
      if (key.service === 'rds') return `rds/throughput/${key.region}/${key.deployment}`;
      return `ebs/throughput/${key.region}`;
    case 'snapshot':
      return `ebs/snapshot/${key.region}`;
    case 'inter-az-transfer':
      return `ec2/inter-az-transfer/${key.region}`;
    case 'storage':
      return `rds/storage/${key.region}/${key.storageType}/${key.deployment}`;
    case 'backup':
      return `rds/backup/${key.region}`;
    case 'aurora-instance':
      return `rds/aurora-instance/${key.region}/${key.engine}/${key.instanceClass}/${key.storageConfiguration}`;
    case 'aurora-reserved':
      return `rds/aurora-reserved/${key.region}/${key.engine}/${key.instanceClass}/${key.storageConfiguration}/${key.term}/${key.purchaseOption}`;
    case 'aurora-storage':
      return `rds/aurora-storage/${key.region}/${key.storageConfiguration}`;
    case 'aurora-io':
      return `rds/aurora-io/${key.region}`;
    case 'aurora-backup':
      return `rds/aurora-backup/${key.region}/${key.engine}`;
    case 'ml-storage':
      return `sagemaker/ml-storage/${key.region}`;
    case 'serverless':
      return `sagemaker/serverless/${key.region}/${key.memoryMb}`;
    case 'data-processing':
      return `sagemaker/data-processing/${key.region}`;
    case 'standard-storage':
      return `s3/standard-storage/${key.region}`;
    case 'alb-hour':
      return `elb/alb-hour/${key.region}`;
    case 'alb-lcu':
      return `elb/alb-lcu/${key.region}`;
    case 'cluster-hour':
      return `eks/cluster-hour/${key.region}`;
    case 'nlb-hour':
      return `elb/nlb-hour/${key.region}`;
    case 'nlb-lcu':
      return `elb/nlb-lcu/${key.region}`;
    case 'nat-gateway-hour':
      return `vpc/nat-gateway-hour/${key.region}`;
    case 'nat-gateway-gb':
      return `vpc/nat-gateway-gb/${key.region}`;
    case 'extended-cluster-hour':
      return `eks/extended-cluster-hour/${key.region}`;
    case 'internet-egress':
      return `ec2/internet-egress/${key.region}`;
  }
}

/** A short human description of what is being priced, for "price not found" messages. */
export function describePriceKey(key: PriceKey): string {
  switch (key.kind) {
    case 'instance':
      if (key.service === 'rds')
        return `RDS ${engineLabel(key.engine)} ${key.instanceClass} (${deploymentLabel(key.deployment)})`;
      if (key.service === 'sagemaker') return `SageMaker ${componentLabel(key.component)} ${key.instanceType}`;
      return `EC2 ${key.instanceType} (${platformLabel(key.platform)}, on-demand)`;
    case 'reserved':
      if (key.service === 'rds')
        return `RDS ${engineLabel(key.engine)} ${key.instanceClass} ${deploymentLabel(key.deployment)} reserved ${key.term} ${key.purchaseOption}`;
      return `EC2 ${key.instanceType}${key.platform === undefined ? '' : ` ${platformLabel(key.platform)}`} reserved (${key.offeringClass}) ${key.term} ${key.purchaseOption}`;
    case 'volume':
      return `EBS ${key.volumeType} storage`;
    case 'iops':
      return key.service === 'rds'
        ? `RDS ${key.storageType} provisioned IOPS (${deploymentLabel(key.deployment)})`
        : `EBS ${key.volumeType} provisioned IOPS`;
    case 'throughput':
      return key.service === 'rds'
        ? `RDS gp3 provisioned throughput (${deploymentLabel(key.deployment)})`
        : 'EBS gp3 provisioned throughput';
    case 'snapshot':
      return 'EBS snapshot storage';
    case 'inter-az-transfer':
      return 'EC2 data transfer between Availability Zones';
    case 'storage':
      return `RDS ${key.storageType} storage (${deploymentLabel(key.deployment)})`;
    case 'backup':
      return 'RDS backup storage';
    case 'aurora-instance':
      return `Aurora ${auroraEngineLabel(key.engine)} ${key.instanceClass} (${auroraStorageLabel(key.storageConfiguration)})`;
    case 'aurora-reserved':
      return `Aurora ${auroraEngineLabel(key.engine)} ${key.instanceClass} (${auroraStorageLabel(key.storageConfiguration)}) reserved ${key.term} ${key.purchaseOption}`;
    case 'aurora-storage':
      return `Aurora ${auroraStorageLabel(key.storageConfiguration)} storage`;
    case 'aurora-io':
      return 'Aurora Standard I/O requests';
    case 'aurora-backup':
      return `Aurora ${auroraEngineLabel(key.engine)} backup storage`;
    case 'ml-storage':
      return 'SageMaker ML storage';
    case 'serverless':
      return `SageMaker Serverless Inference ${key.memoryMb} MB`;
    case 'data-processing':
      return 'SageMaker endpoint data processed';
    case 'standard-storage':
      return 'S3 Standard storage';
    case 'alb-hour':
      return 'Application Load Balancer hour';
    case 'alb-lcu':
      return 'Application Load Balancer LCU-hour';
    case 'cluster-hour':
      return 'EKS cluster hour';
    case 'nlb-hour':
      return 'Network Load Balancer hour';
    case 'nlb-lcu':
      return 'Network Load Balancer NLCU-hour';
    case 'nat-gateway-hour':
      return 'NAT gateway hour';
    case 'nat-gateway-gb':
      return 'NAT gateway data processed';
    case 'extended-cluster-hour':
      return 'EKS extended-support charge per cluster hour (on top of the cluster hour)';
    case 'internet-egress':
      return 'EC2 data transfer out to the internet';
  }
}

const ENGINE_LABELS: Readonly<Record<RdsEngine, string>> = {
  postgresql: 'PostgreSQL',
  mysql: 'MySQL',
  mariadb: 'MariaDB',
  'sqlserver-ex': 'SQL Server Express',
  'sqlserver-web': 'SQL Server Web',
  'sqlserver-se': 'SQL Server Standard',
  'sqlserver-ee': 'SQL Server Enterprise',
  'oracle-se2': 'Oracle SE2 (licence included)',
  'oracle-se2-byol': 'Oracle SE2 (BYOL)',
  'oracle-ee-byol': 'Oracle EE (BYOL)',
};

export function engineLabel(engine: RdsEngine): string {
  return ENGINE_LABELS[engine];
}

/**
 * How the AWS Price List names each RDS engine (AmazonRDS attributes databaseEngine,
 * databaseEdition, licenseModel), for live queries and for classifying what they return.
 */
export const RDS_PRICE_LIST_ENGINES: Readonly<Record<RdsEngine, { readonly databaseEngine: string; readonly databaseEdition?: string; readonly licenseModel: string }>> = {
  postgresql: { databaseEngine: 'PostgreSQL', licenseModel: 'No license required' },
  mysql: { databaseEngine: 'MySQL', licenseModel: 'No license required' },
  mariadb: { databaseEngine: 'MariaDB', licenseModel: 'No license required' },
  'sqlserver-ex': { databaseEngine: 'SQL Server', databaseEdition: 'Express', licenseModel: 'License included' },
  'sqlserver-web': { databaseEngine: 'SQL Server', databaseEdition: 'Web', licenseModel: 'License included' },
  'sqlserver-se': { databaseEngine: 'SQL Server', databaseEdition: 'Standard', licenseModel: 'License included' },
  'sqlserver-ee': { databaseEngine: 'SQL Server', databaseEdition: 'Enterprise', licenseModel: 'License included' },
  'oracle-se2': { databaseEngine: 'Oracle', databaseEdition: 'Standard Two', licenseModel: 'License included' },
  'oracle-se2-byol': { databaseEngine: 'Oracle', databaseEdition: 'Standard Two', licenseModel: 'Bring your own license' },
  'oracle-ee-byol': { databaseEngine: 'Oracle', databaseEdition: 'Enterprise', licenseModel: 'Bring your own license' },
};

/** The id suffix of a non-Linux EC2 platform (Linux keys keep their historical id). */
function platformSuffix(platform: Ec2Platform | undefined): string {
  return platform === undefined ? '' : `/${platform}`;
}

const PLATFORM_LABELS: Readonly<Record<Ec2Platform, string>> = {
  windows: 'Windows',
  'windows-sql-web': 'Windows with SQL Server Web',
  'windows-sql-std': 'Windows with SQL Server Standard',
  'windows-sql-ent': 'Windows with SQL Server Enterprise',
};

export function platformLabel(platform: Ec2Platform | undefined): string {
  return platform === undefined ? 'Linux' : PLATFORM_LABELS[platform];
}

export function auroraEngineLabel(engine: AuroraEngine): string {
  return engine === 'aurora-postgresql' ? 'PostgreSQL-Compatible' : 'MySQL-Compatible';
}

export function auroraStorageLabel(configuration: AuroraStorageConfiguration): string {
  return configuration === 'io-optimized' ? 'I/O-Optimized' : 'Standard';
}

export function deploymentLabel(deployment: RdsDeployment): string {
  return deployment === 'multi-az' ? 'Multi-AZ' : 'Single-AZ';
}

export function componentLabel(component: SageMakerComponent): string {
  switch (component) {
    case 'studio-notebook':
      return 'Studio notebook';
    case 'training':
      return 'Training';
    case 'hosting':
      return 'Real-time inference';
    case 'batch-transform':
      return 'Batch transform';
  }
}
