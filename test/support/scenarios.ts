import { parseScenario, parseSnapshotRegion, ScenarioError, quotesCatalogue, snapshotCatalogueName, SNAPSHOT_REGION_FORMAT, type PriceCatalogue, type PriceRow, type Scenario, type ScenarioInput } from '../../src/index';

type DbInput = Extract<ScenarioInput['workloads'][number], { kind: 'database' }>;
type MlInput = Extract<ScenarioInput['workloads'][number], { kind: 'ml-platform' }>;

export function dbWorkload(over: Partial<DbInput> = {}): DbInput {
  return {
    kind: 'database',
    id: 'db',
    name: 'Test database',
    engine: 'postgresql',
    instanceClass: 'db.m5.large',
    storage: { sizeGb: 100, type: 'gp3' },
    backup: { retentionDays: 7, storageGb: 100 },
    highAvailability: false,
    readReplicas: 0,
    ...over,
  };
}

export function mlWorkload(over: Partial<MlInput> = {}): MlInput {
  return {
    kind: 'ml-platform',
    id: 'ml',
    name: 'Test ML platform',
    team: { dataScientists: 2, notebookInstanceType: 'ml.m5.large', hoursPerDay: 8, daysPerMonth: 20 },
    storage: { s3Gb: 100, volumeGbPerInstance: 10 },
    selfManaged: { platformServicesInstanceType: 'm5.large', platformServicesCount: 0 },
    ...over,
  };
}

/** A scenario file's contents before parsing, for tests of what the parser accepts and refuses. */
export function rawScenario(workloads: ScenarioInput['workloads'], over: Partial<ScenarioInput> = {}): ScenarioInput {
  return {
    schemaVersion: 1,
    name: 'Test',
    question: 'Which is cheaper?',
    region: 'us-east-1',
    horizonMonths: 12,
    discountRateAnnualPct: 0,
    workloads,
    ...over,
  };
}

export function scenario(workloads: ScenarioInput['workloads'], over: Partial<ScenarioInput> = {}): Scenario {
  return parseScenario(rawScenario(workloads, over));
}

/** The issues a scenario is refused with; fails the test when it is accepted. */
export function issuesOf(value: unknown): { path: string; message: string }[] {
  try {
    parseScenario(value);
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    return [...error.issues];
  }
  throw new Error('expected the scenario to be rejected');
}

/**
 * A catalogue with round prices, so expected totals can be worked out by hand in the tests.
 * Instance m5.large $0.10/h, db.m5.large $0.20/h Single-AZ and $0.40/h Multi-AZ, and so on.
 */
export function roundCatalogue(): PriceCatalogue {
  const src = 'fixed';
  const region = 'us-east-1';
  const prices: string[][] = [
    [`ec2/instance/${region}/m5.large`, 'Hrs', '0.1', src],
    [`ec2/instance/${region}/m5.xlarge`, 'Hrs', '0.2', src],
    [`ec2/instance/${region}/g5.xlarge`, 'Hrs', '1', src],
    [`ebs/volume/${region}/gp3`, 'GB-Mo', '0.08', src],
    [`ebs/volume/${region}/gp2`, 'GB-Mo', '0.1', src],
    [`ebs/volume/${region}/io1`, 'GB-Mo', '0.125', src],
    [`ebs/iops/${region}/io1`, 'IOPS-Mo', '0.065', src],
    [`ebs/iops/${region}/gp3`, 'IOPS-Mo', '0.005', src],
    [`ebs/throughput/${region}`, 'GiBps-Mo', '40.96', src],
    [`ebs/snapshot/${region}`, 'GB-Mo', '0.05', src],
    [`ec2/inter-az-transfer/${region}`, 'GB', '0.01', src],
    [`rds/instance/${region}/postgresql/db.m5.large/single-az`, 'Hrs', '0.2', src],
    [`rds/instance/${region}/postgresql/db.m5.large/multi-az`, 'Hrs', '0.4', src],
    [`rds/storage/${region}/gp3/single-az`, 'GB-Mo', '0.1', src],
    [`rds/storage/${region}/gp3/multi-az`, 'GB-Mo', '0.2', src],
    [`rds/storage/${region}/io1/single-az`, 'GB-Mo', '0.125', src],
    [`rds/storage/${region}/io1/multi-az`, 'GB-Mo', '0.25', src],
    [`rds/iops/${region}/io1/single-az`, 'IOPS-Mo', '0.1', src],
    [`rds/iops/${region}/io1/multi-az`, 'IOPS-Mo', '0.2', src],
    [`rds/iops/${region}/gp3/single-az`, 'IOPS-Mo', '0.02', src],
    [`rds/iops/${region}/gp3/multi-az`, 'IOPS-Mo', '0.04', src],
    [`rds/throughput/${region}/single-az`, 'MiBps-Mo', '0.08', src],
    [`rds/throughput/${region}/multi-az`, 'MiBps-Mo', '0.16', src],
    [`rds/backup/${region}`, 'GB-Mo', '0.1', src],
    [`sagemaker/instance/${region}/studio-notebook/ml.m5.large`, 'Hrs', '0.12', src],
    [`sagemaker/instance/${region}/training/ml.g5.xlarge`, 'Hrs', '1.5', src],
    [`sagemaker/instance/${region}/hosting/ml.m5.xlarge`, 'Hrs', '0.25', src],
    [`sagemaker/instance/${region}/batch-transform/ml.m5.xlarge`, 'Hrs', '0.25', src],
    [`sagemaker/ml-storage/${region}`, 'GB-Mo', '0.14', src],
    [`sagemaker/serverless/${region}/2048`, 'seconds', '0.00004', src],
    [`sagemaker/data-processing/${region}`, 'GB', '0.016', src],
    [`elb/alb-hour/${region}`, 'Hrs', '0.0225', src],
    [`elb/alb-lcu/${region}`, 'LCU-Hrs', '0.008', src],
    [`eks/cluster-hour/${region}`, 'Hrs', '0.1', src],
  ];
  return catalogueOfRows('Round test prices', [
    ...prices.map(([key, unit, usd, source]) => ({ key: key!, unit: unit!, usd: Number(usd), source: source! })),
    { key: `ec2/reserved/${region}/m5.large/standard/1yr/partial-upfront`, unit: 'Hrs', usd: 0.03, upfrontUsd: 250, source: src },
    { key: `ec2/reserved/${region}/m5.large/standard/3yr/all-upfront`, unit: 'Hrs', usd: 0, upfrontUsd: 1000, source: src },
    { key: `rds/reserved/${region}/postgresql/db.m5.large/multi-az/1yr/no-upfront`, unit: 'Hrs', usd: 0.25, upfrontUsd: 0, source: src },
    { key: `s3/standard-storage/${region}`, unit: 'GB-Mo', usd: 0.023, tiers: [[0, 51200, 0.023], [51200, 512000, 0.022], [512000, null, 0.021]], source: src },
  ]);
}

/** vCPUs of the round catalogue's classes, for charges billed per vCPU-hour (as the snapshot lists instance specs). */
const ROUND_SPECS = [
  { instanceType: 'm5.large', vcpu: 2, memoryGib: 8 },
  { instanceType: 'db.m5.large', vcpu: 2, memoryGib: 8 },
  { instanceType: 't3.medium', vcpu: 2, memoryGib: 4 },
  { instanceType: 'db.t3.medium', vcpu: 2, memoryGib: 4 },
];

/**
 * A us-east-1 catalogue of the given rows, all from one source 'fixed' ("Test prices", or the
 * title and page given), as a Region file of the snapshot's own format
 * (src/pricing/snapshot-region.ts) parsed as the app parses one.
 */
export function catalogueOfRows(
  name: string,
  rows: PriceRow[],
  source: { readonly title: string; readonly url: string; readonly asOf: string } = { title: 'Test prices', url: 'https://example.invalid', asOf: '2026-01-01' },
  specs: Parameters<typeof quotesCatalogue>[2] = ROUND_SPECS,
): PriceCatalogue {
  const region = 'us-east-1';
  const parsed = parseSnapshotRegion({
    format: SNAPSHOT_REGION_FORMAT,
    region,
    builtOn: source.asOf,
    sources: { fixed: { ...source, basis: 'published' } },
    prices: rows.sort((a, b) => (a.key < b.key ? -1 : 1)),
    instanceTypes: [],
  });
  return quotesCatalogue({ name: snapshotCatalogueName(name, source.asOf), kind: 'snapshot', regions: [region] }, parsed.quotes, specs);
}
