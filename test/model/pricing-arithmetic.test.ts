import { describe, expect, it } from 'vitest';
import { estimate, type Estimate, type EstimatedLine, type ScenarioInput } from '../../src/index';
import { dbWorkload, mlWorkload, roundCatalogue, scenario } from '../support/scenarios';

const catalogue = roundCatalogue();

function run(workloads: ScenarioInput['workloads'], over: Partial<ScenarioInput> = {}): Estimate {
  return estimate(scenario(workloads, over), catalogue);
}

function line(e: Estimate, id: string): EstimatedLine {
  const found = e.lines.find((l) => l.id === id);
  if (!found) throw new Error(`no line ${id}; have ${e.lines.map((l) => l.id).join(', ')}`);
  return found;
}

const cents = (x: number) => Math.round(x * 100) / 100;

describe('pricing arithmetic (hand-checked against round test prices)', () => {
  it.each([
    ['24/7 is a 730-hour month', {}, 'ec2:db:primary', 730, 73],
    ['a schedule bills only its hours on EC2', { hoursPerMonth: 200 }, 'ec2:db:primary', 200, 20],
    ['a schedule bills only its hours on RDS', { hoursPerMonth: 200 }, 'managed:db:instance', 200, 40],
    ['Single-AZ RDS uses the Single-AZ rate', {}, 'managed:db:instance', 730, 146],
    ['Multi-AZ RDS bills the Multi-AZ rate: twice Single-AZ', { highAvailability: true }, 'managed:db:instance', 730, 292],
    ['Multi-AZ RDS storage is billed at twice the Single-AZ rate', { highAvailability: true }, 'managed:db:storage', 100, 20],
    ['Single-AZ storage', {}, 'managed:db:storage', 100, 10],
    ['HA on EC2 adds a standby of the same type', { highAvailability: true }, 'ec2:db:standby', 730, 73],
    ['one EBS volume per instance', { highAvailability: true, readReplicas: 1 }, 'ec2:db:ebs', 300, 24],
    ['EC2 bills every backup GB as snapshots', { backup: { retentionDays: 7, storageGb: 150 } }, 'ec2:db:snapshots', 150, 7.5],
    ['RDS bills backup beyond 100% of provisioned storage', { backup: { retentionDays: 7, storageGb: 150 } }, 'managed:db:backup', 50, 5],
    ['RDS read replicas are Single-AZ instances', { readReplicas: 2 }, 'managed:db:replicas', 1460, 292],
    ['RDS read replicas have their own storage', { readReplicas: 2 }, 'managed:db:storage-replicas', 200, 20],
    [
      'cross-AZ replication is charged out and in, per replica',
      { highAvailability: true, readReplicas: 1, replicationGbPerMonth: 100 },
      'ec2:db:replication-transfer',
      400,
      4,
    ],
    ['io1 volume on EC2', { storage: { sizeGb: 200, type: 'io1', iops: 2000 } }, 'ec2:db:ebs', 200, 25],
    ['io1 IOPS on EC2', { storage: { sizeGb: 200, type: 'io1', iops: 2000 } }, 'ec2:db:ebs-iops', 2000, 130],
    ['io1 IOPS on RDS', { storage: { sizeGb: 200, type: 'io1', iops: 2000 } }, 'managed:db:iops', 2000, 200],
    ['io1 IOPS on RDS Multi-AZ', { highAvailability: true, storage: { sizeGb: 200, type: 'io1', iops: 2000 } }, 'managed:db:iops', 2000, 400],
    ['gp3 IOPS above 3,000 on EBS', { storage: { sizeGb: 100, type: 'gp3', iops: 5000 } }, 'ec2:db:ebs-iops', 2000, 10],
    ['gp3 IOPS above 12,000 on RDS from 400 GiB', { storage: { sizeGb: 500, type: 'gp3', iops: 15000 } }, 'managed:db:iops', 3000, 60],
    [
      'gp3 throughput above 125 MiB/s on EBS (priced per GiB/s)',
      { storage: { sizeGb: 500, type: 'gp3', throughputMBps: 600 } },
      'ec2:db:ebs-throughput',
      475 / 1024,
      19,
    ],
    ['gp3 throughput above 500 MiB/s on RDS from 400 GiB', { storage: { sizeGb: 500, type: 'gp3', throughputMBps: 600 } }, 'managed:db:throughput', 100, 8],
  ] as const)('%s', (_name, over, id, quantity, monthly) => {
    const e = run([dbWorkload(over as object)]);
    const l = line(e, id);
    expect(l.quantity).toBeCloseTo(quantity, 9);
    expect(cents(l.monthly)).toBe(monthly);
  });

  it('gives no backup line while backups fit in the free allowance', () => {
    const e = run([dbWorkload({ backup: { retentionDays: 7, storageGb: 100 } })]);
    expect(e.lines.some((l) => l.id === 'managed:db:backup')).toBe(false);
  });

  it('gives no extra gp3 IOPS on RDS under 400 GiB, and says so', () => {
    const e = run([dbWorkload({ storage: { sizeGb: 100, type: 'gp3', iops: 5000 } })]);
    expect(e.lines.some((l) => l.id === 'managed:db:iops')).toBe(false);
    expect(e.warnings.some((w) => w.message.includes('RDS gp3 under 400 GiB'))).toBe(true);
  });

  it('asks for replication volume instead of silently pricing it at $0', () => {
    const e = run([dbWorkload({ highAvailability: true })]);
    expect(e.lines.some((l) => l.id.endsWith('replication-transfer'))).toBe(false);
    expect(e.warnings.find((w) => w.kind === 'input-needed')?.message).toMatch(/workloads\[0\]\.replicationGbPerMonth/);
  });
});

describe('reserved instances and upfront fees', () => {
  it('1-year partial upfront: the fee lands in months 1 and 13, the hourly rate every month', () => {
    const e = run([dbWorkload({ ec2InstanceType: 'm5.large', pricing: { ec2: { commitment: { model: 'reserved', term: '1yr', purchaseOption: 'partial-upfront' } } } })], {
      horizonMonths: 24,
    });
    const recurring = line(e, 'ec2:db:primary');
    const upfront = line(e, 'ec2:db:primary:upfront');
    expect(recurring.unitPrice).toBe(0.03);
    expect(cents(recurring.monthly)).toBe(21.9);
    expect(upfront.oneTime).toBe(250);
    expect(upfront.schedule).toEqual({ kind: 'every', firstMonth: 1, everyMonths: 12 });
    const ec2 = e.options.find((o) => o.option === 'ec2')!;
    const upfrontMonths = ec2.projection.filter((r) => r.oneTime >= 250).map((r) => r.month);
    expect(upfrontMonths).toEqual([1, 13]);
    expect(cents(upfront.horizonTotal)).toBe(500);
    expect(cents(recurring.horizonTotal)).toBe(cents(24 * 21.9));
  });

  it('3-year all upfront: one fee in month 1 and another in month 37 of a 48-month horizon, $0 hourly', () => {
    const e = run([dbWorkload({ ec2InstanceType: 'm5.large', pricing: { ec2: { commitment: { model: 'reserved', term: '3yr', purchaseOption: 'all-upfront' } } } })], {
      horizonMonths: 48,
    });
    expect(line(e, 'ec2:db:primary').monthly).toBe(0);
    const upfront = line(e, 'ec2:db:primary:upfront');
    expect(upfront.horizonTotal).toBe(2000);
    const months = e.options.find((o) => o.option === 'ec2')!.projection.filter((r) => r.oneTime >= 1000).map((r) => r.month);
    expect(months).toEqual([1, 37]);
  });

  it('bills reserved instances for every hour, whatever the schedule', () => {
    const e = run([
      dbWorkload({ ec2InstanceType: 'm5.large', hoursPerMonth: 200, pricing: { ec2: { commitment: { model: 'reserved', term: '1yr', purchaseOption: 'partial-upfront' } } } }),
    ]);
    expect(line(e, 'ec2:db:primary').quantity).toBe(730);
  });

  it('prices RDS reserved Multi-AZ from the catalogue', () => {
    const e = run([dbWorkload({ highAvailability: true, pricing: { rds: { commitment: { model: 'reserved', term: '1yr', purchaseOption: 'no-upfront' } } } })]);
    expect(cents(line(e, 'managed:db:instance').monthly)).toBe(182.5);
    expect(line(e, 'managed:db:instance:upfront').oneTime).toBe(0);
  });

  it('falls back to on-demand, flagged, when no reserved rate is known', () => {
    const e = run([dbWorkload({ pricing: { rds: { commitment: { model: 'reserved', term: '3yr', purchaseOption: 'all-upfront' } } } })]);
    const l = line(e, 'managed:db:instance');
    expect(cents(l.monthly)).toBe(146);
    expect(l.flag?.kind).toBe('fallback-price');
    // The message is for people (the app shows it beside the choice); the warning's path names the field.
    expect(l.flag?.message).toMatch(/priced at on-demand \(enter your own reserved hourly rate and upfront fee with the commitment, or refresh prices\)$/);
    expect(l.flag?.message).not.toMatch(/hourlyUsd|workloads\[/);
    expect(e.warnings.find((w) => w.kind === 'fallback-price')?.path).toBe('workloads[0].pricing.rds.commitment');
  });

  it('uses reserved rates typed into the scenario, and says so', () => {
    const e = run([
      dbWorkload({ pricing: { rds: { commitment: { model: 'reserved', term: '1yr', purchaseOption: 'partial-upfront', hourlyUsd: 0.1, upfrontUsd: 400 } } } }),
    ]);
    expect(cents(line(e, 'managed:db:instance').monthly)).toBe(73);
    expect(line(e, 'managed:db:instance:upfront').oneTime).toBe(400);
    expect(line(e, 'managed:db:instance').provenance.kind).toBe('scenario-price');
  });
});

describe('Savings Plans and spot', () => {
  it('no upfront: the discount applies to the hourly rate', () => {
    const e = run([
      dbWorkload({ ec2InstanceType: 'm5.large', pricing: { ec2: { commitment: { model: 'savings-plan', plan: 'compute', term: '1yr', purchaseOption: 'no-upfront', discountPct: 20 } } } }),
    ]);
    expect(cents(line(e, 'ec2:db:primary').monthly)).toBe(58.4);
  });

  it('all upfront: the whole term is paid in month 1', () => {
    const e = run([
      dbWorkload({ ec2InstanceType: 'm5.large', pricing: { ec2: { commitment: { model: 'savings-plan', plan: 'compute', term: '1yr', purchaseOption: 'all-upfront', discountPct: 20 } } } }),
    ]);
    expect(e.lines.some((l) => l.id === 'ec2:db:primary')).toBe(false);
    const upfront = line(e, 'ec2:db:primary:upfront');
    expect(cents(upfront.oneTime)).toBe(700.8);
    expect(cents(upfront.horizonTotal)).toBe(700.8);
  });

  it('usage growth above a Savings Plan commitment is billed on demand', () => {
    const e = run(
      [
        mlWorkload({
          team: { dataScientists: 0, notebookInstanceType: 'ml.m5.large', hoursPerDay: 0, daysPerMonth: 0 },
          training: { jobsPerMonth: 10, hoursPerJob: 1, instanceType: 'ml.g5.xlarge', instanceCount: 1 },
          pricing: { ec2: { commitment: { model: 'savings-plan', plan: 'compute', term: '1yr', purchaseOption: 'no-upfront', discountPct: 50 } } },
        }),
      ],
      { usageGrowthPctPerMonth: 10, horizonMonths: 2 },
    );
    const committed = line(e, 'ec2:ml:training');
    const above = line(e, 'ec2:ml:training:above-commitment');
    expect(cents(committed.horizonTotal)).toBe(10); // 10 h × $1 × 50%, twice
    expect(cents(above.horizonTotal)).toBe(1); // month 2: 1 extra hour at $1
  });

  it('spot share: discounted hours plus the interruption overhead; the rest on demand', () => {
    const e = run([
      mlWorkload({
        training: { jobsPerMonth: 10, hoursPerJob: 2, instanceType: 'ml.g5.xlarge', instanceCount: 1, spotSharePct: 50 },
        pricing: { ec2: { spot: { expectedDiscountPct: 60, interruptionOverheadPct: 10 } }, sagemaker: { spot: { expectedDiscountPct: 60, interruptionOverheadPct: 10 } } },
      }),
    ]);
    expect(cents(line(e, 'ec2:ml:training').monthly)).toBe(10); // 10 h × $1
    const spot = line(e, 'ec2:ml:training:spot');
    expect(spot.quantity).toBeCloseTo(11, 9); // 10 h × 1.1
    expect(cents(spot.monthly)).toBe(4.4); // × $1 × 0.4
    expect(cents(line(e, 'managed:ml:training:spot').monthly)).toBe(6.6); // SageMaker $1.50 × 11 h × 0.4
  });
});

describe('ML platform quantities', () => {
  const full = mlWorkload({
    team: { dataScientists: 2, notebookInstanceType: 'ml.m5.large', hoursPerDay: 8, daysPerMonth: 20 },
    realtimeInference: { endpoints: [{ name: 'api', instanceType: 'ml.m5.xlarge', instanceCount: 2, hoursPerDay: 12 }] },
    serverlessInference: { memoryMb: 2048, requestsPerMonth: 1_000_000, meanDurationMs: 200 },
    batchTransform: { jobsPerMonth: 4, hoursPerJob: 5, instanceType: 'ml.m5.xlarge', instanceCount: 2 },
    storage: { s3Gb: 60_000, volumeGbPerInstance: 10 },
    inferenceDataGbPerMonth: 100,
  });

  it.each([
    ['notebooks on EC2: people × hours/day × days', 'ec2:ml:notebooks', 320, 32],
    ['Studio notebooks on SageMaker', 'managed:ml:notebooks', 320, 38.4],
    ['endpoint hours: hours/day × 730/24 days', 'ec2:ml:endpoint-0', 730, 146],
    ['SageMaker hosting', 'managed:ml:endpoint-0', 730, 182.5],
    ['ALB stays up all month', 'ec2:ml:endpoint-0-alb', 730, 16.43],
    ['ALB LCU-hours: 1 per GB processed', 'ec2:ml:alb-lcu', 100, 0.8],
    ['SageMaker data processing', 'managed:ml:data-processing', 100, 1.6],
    ['serverless: requests × duration in seconds', 'managed:ml:serverless', 200_000, 8],
    ['serverless on EC2: one always-on instance', 'ec2:ml:serverless-replacement', 730, 73],
    ['batch transform on SageMaker', 'managed:ml:batch', 40, 10],
    ['batch on EC2', 'ec2:ml:batch', 40, 8],
    ['batch on EKS: bin-packed node-hours 40 ÷ (1 + 25% utilisation gain)', 'eks:ml:batch', 32, 6.4],
    ['S3 tiers: 51,200 GB at $0.023 then $0.022', 'managed:ml:s3', 60_000, 1371.2],
    ['EKS control plane: $0.10 × 730 h', 'eks:ml-platform:eks-control-plane', 730, 73],
  ] as const)('%s', (_name, id, quantity, monthly) => {
    const e = run([full]);
    const l = line(e, id);
    expect(l.quantity).toBeCloseTo(quantity, 9);
    expect(cents(l.monthly)).toBe(monthly);
  });
});
