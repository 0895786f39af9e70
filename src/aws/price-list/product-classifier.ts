import { RDS_PRICE_LIST_ENGINES, type Ec2Platform, type PriceKey, type RdsDeployment, type RdsEngine, type SageMakerComponent } from '../../pricing/price-key';
import type { PriceListProduct } from './price-item-schema';
import { EBS_THROUGHPUT, GB, GB_MONTH, HOURS, IOPS_MONTH, LCU_HOURS, RDS_THROUGHPUT, SECONDS, type UnitRule } from './price-units';

/** Numbers an instance picker needs, from the product attributes. */
export interface InstanceSpecs {
  readonly instanceType: string;
  readonly vcpu?: number;
  readonly memoryGib?: number;
  readonly gpu?: number;
}

export type RejectCode =
  | 'capacity-reservation'
  | 'capacity-block'
  | 'preinstalled-software'
  | 'license'
  | 'operating-system'
  | 'tenancy'
  | 'not-plain-usage'
  | 'other-region'
  | 'engine'
  | 'deployment'
  | 'not-modelled';

export type ProductClass =
  | { readonly accepted: true; readonly key: PriceKey; readonly unitRule: UnitRule; readonly specs?: InstanceSpecs }
  | { readonly accepted: false; readonly code: RejectCode; readonly detail: string };

type Attrs = Readonly<Record<string, string>>;

const reject = (code: RejectCode, detail: string): ProductClass => ({ accepted: false, code, detail });
const accept = (key: PriceKey, unitRule: UnitRule, specs?: InstanceSpecs): ProductClass => ({
  accepted: true,
  key,
  unitRule,
  ...(specs ? { specs } : {}),
});

/** usagetype carries a Region prefix outside us-east-1 ("EUW2-", "USE1-"); tests match the rest. */
const usage = (attrs: Attrs): string => attrs.usagetype ?? '';

function specsOf(instanceType: string, attrs: Attrs): InstanceSpecs {
  const num = (text: string | undefined) => {
    const m = /^(\d+(?:\.\d+)?)/.exec((text ?? '').replace(/,/g, ''));
    return m ? Number(m[1]) : undefined;
  };
  const vcpu = num(attrs.vcpu ?? attrs.vCpu);
  const memoryGib = /GiB/i.test(attrs.memory ?? '') ? num(attrs.memory) : undefined;
  const gpu = num(attrs.gpu);
  return {
    instanceType,
    ...(vcpu !== undefined ? { vcpu } : {}),
    ...(memoryGib !== undefined ? { memoryGib } : {}),
    ...(gpu !== undefined && gpu > 0 ? { gpu } : {}),
  };
}

/**
 * EC2 Linux, shared tenancy, on-demand. The GetProducts filters already ask for exactly this
 * (Karpenter's canonical set, aws-api.md §2.1); the same rules are checked again on every record,
 * so a record that slipped past a filter — or the whole regional offer file, which has no
 * filter — never yields a $0 capacity-reservation or capacity-block SKU, a SQL Server or BYOL
 * variant, or another operating system.
 */
function classifyEc2Instance(attrs: Attrs, region: string): ProductClass {
  const type = attrs.instanceType;
  if (!type) return reject('not-modelled', 'compute instance without instanceType');
  if (attrs.capacitystatus !== undefined && attrs.capacitystatus !== 'Used') {
    return reject('capacity-reservation', `capacitystatus ${attrs.capacitystatus}`);
  }
  if (attrs.marketoption !== undefined && attrs.marketoption !== 'OnDemand') {
    return reject('capacity-block', `marketoption ${attrs.marketoption}`);
  }
  const windows = attrs.operatingSystem === 'Windows';
  if (attrs.operatingSystem !== 'Linux' && !windows) return reject('operating-system', `operatingSystem ${attrs.operatingSystem ?? '(none)'}`);
  if (attrs.tenancy !== 'Shared') return reject('tenancy', `tenancy ${attrs.tenancy ?? '(none)'}`);
  const software = attrs.preInstalledSw ?? 'NA';
  const platform = windows ? WINDOWS_PLATFORMS[software] : software === 'NA' ? null : undefined;
  if (platform === undefined) return reject('preinstalled-software', `preInstalledSw ${software} on ${attrs.operatingSystem}`);
  // Windows records always name their licence model: "Bring your own license" is a Windows BYOL rate, never modelled.
  if ((attrs.licenseModel !== undefined || windows) && attrs.licenseModel !== 'No License required') {
    return reject('license', `licenseModel ${attrs.licenseModel ?? '(none)'}`);
  }
  // Plain Linux is operation "RunInstances"; suffixes mark other products (":CB" capacity block,
  // ":0004" Linux with SQL Std, ":0800" BYOL; Windows ":0002", with SQL Std ":0006", SQL Ent ":0102",
  // SQL Web ":0202"). usagetype "BoxUsage:" excludes "Reservation:" and "UnusedBox:".
  const operation = platform === null ? 'RunInstances' : WINDOWS_OPERATIONS[platform];
  if (attrs.operation !== undefined && attrs.operation !== operation) return reject('not-plain-usage', `operation ${attrs.operation}`);
  if (!/(^|-)BoxUsage:/.test(usage(attrs))) return reject('not-plain-usage', `usagetype ${usage(attrs) || '(none)'}`);
  const key: PriceKey = platform === null ? { service: 'ec2', kind: 'instance', region, instanceType: type } : { service: 'ec2', kind: 'instance', region, instanceType: type, platform };
  return accept(key, HOURS, specsOf(type, attrs));
}

/** Windows (licence included) records by preInstalledSw, and the operation code AWS bills each under. */
const WINDOWS_PLATFORMS: Readonly<Record<string, Ec2Platform>> = {
  NA: 'windows',
  'SQL Web': 'windows-sql-web',
  'SQL Std': 'windows-sql-std',
  'SQL Ent': 'windows-sql-ent',
};
const WINDOWS_OPERATIONS: Readonly<Record<Ec2Platform, string>> = {
  windows: 'RunInstances:0002',
  'windows-sql-web': 'RunInstances:0202',
  'windows-sql-std': 'RunInstances:0006',
  'windows-sql-ent': 'RunInstances:0102',
};

const EBS_VOLUME_USAGE: Readonly<Record<string, 'gp2' | 'gp3' | 'io1'>> = { gp2: 'gp2', gp3: 'gp3', piops: 'io1', io1: 'io1' };

function classifyEc2(product: PriceListProduct, attrs: Attrs, region: string): ProductClass {
  const u = usage(attrs);
  switch (product.productFamily) {
    case 'Compute Instance':
      return classifyEc2Instance(attrs, region);
    case 'Storage': {
      // volumeApiName is the API name (gp3, io1, ...); older records lack it, and then the
      // usagetype suffix says the same ("EBS:VolumeUsage.piops" is io1). volumeType alone is
      // ambiguous ("General Purpose" is both gp2 and gp3).
      const fromUsage = /EBS:VolumeUsage\.([a-z0-9]+)$/.exec(u)?.[1];
      const api = attrs.volumeApiName ?? (fromUsage ? EBS_VOLUME_USAGE[fromUsage] : undefined);
      if (api !== 'gp2' && api !== 'gp3' && api !== 'io1') return reject('not-modelled', `EBS volume ${api ?? u}`);
      if (!/EBS:VolumeUsage/.test(u)) return reject('not-plain-usage', `usagetype ${u || '(none)'}`);
      return accept({ service: 'ebs', kind: 'volume', region, volumeType: api }, GB_MONTH);
    }
    case 'System Operation': {
      const m = /EBS:VolumeP-IOPS\.(piops|gp3)$/.exec(u);
      if (!m) return reject('not-modelled', `EBS operation ${u}`);
      return accept({ service: 'ebs', kind: 'iops', region, volumeType: m[1] === 'gp3' ? 'gp3' : 'io1' }, IOPS_MONTH);
    }
    case 'Provisioned Throughput':
      if (!/EBS:VolumeP-Throughput\.gp3$/.test(u)) return reject('not-modelled', `EBS throughput ${u}`);
      return accept({ service: 'ebs', kind: 'throughput', region }, EBS_THROUGHPUT);
    case 'Storage Snapshot':
      if (!/EBS:SnapshotUsage$/.test(u)) return reject('not-modelled', `EBS snapshot ${u}`);
      return accept({ service: 'ebs', kind: 'snapshot', region }, GB_MONTH);
    default:
      return reject('not-modelled', `product family ${product.productFamily ?? '(none)'}`);
  }
}

/** The RDS engine of a record: its databaseEngine, its edition (commercial engines) and licence model (RDS_PRICE_LIST_ENGINES). */
function rdsEngineOf(attrs: Attrs): { engine: RdsEngine } | { code: 'engine' | 'license'; detail: string } {
  const named = Object.entries(RDS_PRICE_LIST_ENGINES).filter(
    ([, n]) => n.databaseEngine === attrs.databaseEngine && (n.databaseEdition === undefined || n.databaseEdition === attrs.databaseEdition),
  );
  if (named.length === 0) return { code: 'engine', detail: `databaseEngine ${attrs.databaseEngine ?? '(none)'} ${attrs.databaseEdition ?? ''}`.trim() };
  const licence = (attrs.licenseModel ?? '').toLowerCase();
  const match = named.find(([, n]) => n.licenseModel.toLowerCase() === licence);
  return match ? { engine: match[0] as RdsEngine } : { code: 'license', detail: `licenseModel ${attrs.licenseModel ?? '(none)'}` };
}
const RDS_DEPLOYMENTS: Readonly<Record<string, RdsDeployment>> = { 'Single-AZ': 'single-az', 'Multi-AZ': 'multi-az' };
const RDS_STORAGE: Readonly<Record<string, 'gp2' | 'gp3' | 'io1'>> = {
  'General Purpose': 'gp2',
  'General Purpose-GP3': 'gp3',
  'Provisioned IOPS': 'io1',
};

/**
 * RDS for PostgreSQL, MySQL and MariaDB ("No license required"), SQL Server editions ("License
 * included") and Oracle SE2 / EE (licence included or BYOL), Single-AZ or Multi-AZ (not
 * "Multi-AZ (readable standbys)"). Storage, IOPS, throughput and backup SKUs are shared by
 * engines: their databaseEngine is "Any" (infracost db_instance.go filters, aws-api.md §2.3).
 */
function classifyRds(product: PriceListProduct, attrs: Attrs, region: string): ProductClass {
  const u = usage(attrs);
  const deployment = RDS_DEPLOYMENTS[attrs.deploymentOption ?? ''];
  const sharedEngine = attrs.databaseEngine === undefined || attrs.databaseEngine === 'Any';
  switch (product.productFamily) {
    case 'Database Instance': {
      const found = rdsEngineOf(attrs);
      const cls = attrs.instanceType;
      if ('code' in found && found.code === 'engine') return reject('engine', found.detail);
      if (!deployment) return reject('deployment', `deploymentOption ${attrs.deploymentOption ?? '(none)'}`);
      if ('code' in found) return reject(found.code, found.detail);
      const engine = found.engine;
      if (!cls?.startsWith('db.')) return reject('not-modelled', `instanceType ${cls ?? '(none)'}`);
      if (!/(InstanceUsage|Multi-AZUsage):db\./.test(u) || /IOOptimized/.test(u)) return reject('not-plain-usage', `usagetype ${u || '(none)'}`);
      return accept({ service: 'rds', kind: 'instance', region, engine, instanceClass: cls, deployment }, HOURS, specsOf(cls, attrs));
    }
    case 'Database Storage': {
      const type = RDS_STORAGE[attrs.volumeType ?? ''];
      if (!type) return reject('not-modelled', `RDS volumeType ${attrs.volumeType ?? '(none)'}`);
      if (!deployment) return reject('deployment', `deploymentOption ${attrs.deploymentOption ?? '(none)'}`);
      if (!sharedEngine) return reject('engine', `databaseEngine ${attrs.databaseEngine ?? ''}`);
      if (/Mirror/i.test(u)) return reject('not-plain-usage', `usagetype ${u}`);
      return accept({ service: 'rds', kind: 'storage', region, storageType: type, deployment }, GB_MONTH);
    }
    case 'Provisioned IOPS': {
      const gp3 = attrs.groupDescription === 'RDS Provisioned GP3 IOPS' || /GP3-PIOPS$/.test(u);
      const io1 = !gp3 && (attrs.groupDescription === 'RDS Provisioned IOPS' || /(^|-|:)PIOPS$/.test(u));
      if (!gp3 && !io1) return reject('not-modelled', `RDS IOPS ${attrs.groupDescription ?? u}`);
      if (!deployment) return reject('deployment', `deploymentOption ${attrs.deploymentOption ?? '(none)'}`);
      if (!sharedEngine) return reject('engine', `databaseEngine ${attrs.databaseEngine ?? ''}`);
      if (/Mirror/i.test(u)) return reject('not-plain-usage', `usagetype ${u}`);
      return accept({ service: 'rds', kind: 'iops', region, storageType: gp3 ? 'gp3' : 'io1', deployment }, IOPS_MONTH);
    }
    case 'Provisioned Throughput':
      if (!deployment) return reject('deployment', `deploymentOption ${attrs.deploymentOption ?? '(none)'}`);
      if (!sharedEngine) return reject('engine', `databaseEngine ${attrs.databaseEngine ?? ''}`);
      if (/Mirror/i.test(u)) return reject('not-plain-usage', `usagetype ${u}`);
      return accept({ service: 'rds', kind: 'throughput', region, deployment }, RDS_THROUGHPUT);
    case 'Storage Snapshot':
      if (!/RDS:ChargedBackupUsage$/.test(u)) return reject('not-modelled', `RDS snapshot ${u}`);
      if (!sharedEngine) return reject('engine', `databaseEngine ${attrs.databaseEngine ?? ''}`);
      return accept({ service: 'rds', kind: 'backup', region }, GB_MONTH);
    default:
      return reject('not-modelled', `product family ${product.productFamily ?? '(none)'}`);
  }
}

/** Price List `component` values, compared without case or punctuation ("Studio-Notebook"). */
const SAGEMAKER_COMPONENTS: Readonly<Record<string, SageMakerComponent>> = {
  studionotebook: 'studio-notebook',
  training: 'training',
  hosting: 'hosting',
  batchtransform: 'batch-transform',
  batchtransformjob: 'batch-transform',
};

/** usagetype shape per component (aws-api.md §2.4); spot training and warm pools are other products. */
const SAGEMAKER_USAGE: Readonly<Record<SageMakerComponent, (u: string) => boolean>> = {
  'studio-notebook': (u) => !/Notebk:/.test(u),
  training: (u) => /(^|-)Train:ml\./.test(u) && !/Spot|Warm/i.test(u),
  hosting: (u) => /(^|-)Host:ml\./.test(u),
  'batch-transform': (u) => /(^|-)Tsform:ml\./.test(u),
};

function classifySageMaker(product: PriceListProduct, attrs: Attrs, region: string): ProductClass {
  const u = usage(attrs);
  const name = attrs.instanceName;
  if (name?.startsWith('ml.')) {
    const component = SAGEMAKER_COMPONENTS[(attrs.component ?? '').toLowerCase().replace(/[^a-z]/g, '')];
    if (!component) return reject('not-modelled', `SageMaker component ${attrs.component ?? '(none)'}`);
    if (u && !SAGEMAKER_USAGE[component](u)) return reject('not-plain-usage', `usagetype ${u} for component ${attrs.component}`);
    return accept({ service: 'sagemaker', kind: 'instance', region, component, instanceType: name }, HOURS, specsOf(name, attrs));
  }
  // Endpoint ML storage is volumeType "General Purpose-Hosting" (awslabs/llmeter sagemaker.py@496f08ad).
  if (attrs.volumeType === 'General Purpose-Hosting') return accept({ service: 'sagemaker', kind: 'ml-storage', region }, GB_MONTH);
  const serverless = /ServerlessInf:Mem-(\d+)GB$/.exec(u);
  if (serverless) return accept({ service: 'sagemaker', kind: 'serverless', region, memoryMb: Number(serverless[1]) * 1024 }, SECONDS);
  return reject('not-modelled', `SageMaker product ${product.productFamily ?? ''} ${u}`.trim());
}

function classifyS3(product: PriceListProduct, attrs: Attrs, region: string): ProductClass {
  if (product.productFamily === 'Storage' && attrs.volumeType === 'Standard' && /TimedStorage-ByteHrs$/.test(usage(attrs))) {
    return accept({ service: 's3', kind: 'standard-storage', region }, GB_MONTH);
  }
  return reject('not-modelled', `S3 ${attrs.volumeType ?? product.productFamily ?? ''}`);
}

function classifyElb(product: PriceListProduct, attrs: Attrs, region: string): ProductClass {
  if (product.productFamily !== 'Load Balancer-Application') return reject('not-modelled', `ELB ${product.productFamily ?? ''}`);
  if (attrs.locationType !== undefined && attrs.locationType !== 'AWS Region') return reject('not-modelled', `locationType ${attrs.locationType}`);
  const u = usage(attrs);
  // usagetype patterns from infracost lb.go: "[PFX-]LoadBalancerUsage" and "[PFX-]LCUUsage".
  if (/^(?:[A-Z]+\d*-)?LoadBalancerUsage$/.test(u)) return accept({ service: 'elb', kind: 'alb-hour', region }, HOURS);
  if (/^(?:[A-Z]+\d*-)?LCUUsage$/.test(u)) return accept({ service: 'elb', kind: 'alb-lcu', region }, LCU_HOURS);
  return reject('not-modelled', `ALB ${u}`);
}

function classifyEks(attrs: Attrs, region: string): ProductClass {
  if (/(^|-)AmazonEKS-Hours:perCluster$/.test(usage(attrs))) return accept({ service: 'eks', kind: 'cluster-hour', region }, HOURS);
  return reject('not-modelled', `EKS ${usage(attrs)}`);
}

function classifyDataTransfer(attrs: Attrs, region: string): ProductClass {
  // Data transfer between Availability Zones of one Region: transferType "IntraRegion".
  if (attrs.transferType !== 'IntraRegion') return reject('not-modelled', `transferType ${attrs.transferType ?? '(none)'}`);
  if ((attrs.fromRegionCode && attrs.fromRegionCode !== region) || (attrs.toRegionCode && attrs.toRegionCode !== region)) {
    return reject('other-region', `${attrs.fromRegionCode ?? '?'} → ${attrs.toRegionCode ?? '?'}`);
  }
  return accept({ service: 'ec2', kind: 'inter-az-transfer', region }, GB);
}

/**
 * What a Price List product prices in the model, or why it is left out. `region` is the Region
 * being priced: a record naming another Region is rejected; a record without regionCode (records
 * before 2022 lack it) is taken to be for the Region the query or offer file was for.
 */
export function classifyProduct(serviceCode: string, product: PriceListProduct, region: string): ProductClass {
  const attrs = product.attributes;
  if (attrs.regionCode !== undefined && attrs.regionCode !== region && serviceCode !== 'AWSDataTransfer') {
    return reject('other-region', `regionCode ${attrs.regionCode}`);
  }
  switch (serviceCode) {
    case 'AmazonEC2':
      return classifyEc2(product, attrs, region);
    case 'AmazonRDS':
      return classifyRds(product, attrs, region);
    case 'AmazonSageMaker':
      return classifySageMaker(product, attrs, region);
    case 'AmazonS3':
      return classifyS3(product, attrs, region);
    case 'AWSELB':
      return classifyElb(product, attrs, region);
    case 'AmazonEKS':
      return classifyEks(attrs, region);
    case 'AWSDataTransfer':
      return classifyDataTransfer(attrs, region);
    default:
      return reject('not-modelled', `service ${serviceCode}`);
  }
}
