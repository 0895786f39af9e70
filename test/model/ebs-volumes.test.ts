import { describe, expect, it } from 'vitest';
import { estimate, type Estimate } from '../../src/index';
import { dbWorkload, scenario } from '../support/scenarios';
import { cents, lineById } from '../support/lines';
import { snapshotCatalogue } from '../support/snapshot';

function run(db: Parameters<typeof dbWorkload>[0]): Estimate {
  return estimate(scenario([dbWorkload(db)], { options: ['ec2', 'managed'] }), snapshotCatalogue());
}
const line = lineById;

describe('io2 on EC2: IOPS in three tiers per volume (https://aws.amazon.com/ebs/pricing/, us-east-1 snapshot rates)', () => {
  // us-east-1: io2 storage $0.125 per GB-month; IOPS $0.065 up to 32,000, $0.0455 for 32,001–64,000, $0.03185 above 64,000.
  it.each([
    // The EBS pricing page's io2 example: a 10,000 GB volume with 80,000 IOPS for a month:
    // storage 10,000 × $0.125 = $1,250.00; IOPS 32,000 × $0.065 + 32,000 × $0.0455 + 16,000 × $0.03185 = $4,045.60.
    ['pricing-page example, 10,000 GB and 80,000 IOPS', { sizeGb: 10000, iops: 80000 }, false, 1250.0, 4045.6],
    ['tier 1 only', { sizeGb: 100, iops: 20000 }, false, 12.5, 1300.0],
    ['exactly the tier 1 bound', { sizeGb: 1000, iops: 32000 }, false, 125.0, 2080.0],
    ['exactly the tier 2 bound', { sizeGb: 1000, iops: 64000 }, false, 125.0, 3536.0],
    // Tiers apply per volume: two volumes of 80,000 IOPS cost twice one (not 160,000 IOPS through the tiers once, $6,593.60).
    ['primary and standby each tiered on their own', { sizeGb: 10000, iops: 80000 }, true, 2500.0, 8091.2],
  ] as const)('%s', (_name, st, highAvailability, storageUsd, iopsUsd) => {
    const e = run({ storage: { type: 'io2', ...st }, highAvailability });
    const volume = line(e, 'ec2:db:ebs');
    expect(cents(volume.monthly)).toBe(storageUsd);
    expect(volume.provenance.kind === 'price' && volume.provenance.priceKey).toBe('ebs/volume/us-east-1/io2');
    const iops = line(e, 'ec2:db:ebs-iops');
    expect(cents(iops.monthly)).toBe(iopsUsd);
    expect(iops.provenance.kind === 'price' && iops.provenance.priceKey).toBe('ebs/iops/us-east-1/io2');
    expect(iops.flag).toBeUndefined();
  });

  it('io1 keeps its flat rate: 80,000 IOPS at $0.065 = $5,200.00', () => {
    expect(cents(line(run({ storage: { type: 'io1', sizeGb: 2000, iops: 80000 } }), 'ec2:db:ebs-iops').monthly)).toBe(5200);
  });

  it('RDS io2 has no rate in the price data: its lines are flagged missing, never guessed', () => {
    const e = run({ storage: { type: 'io2', sizeGb: 1000, iops: 40000 } });
    for (const id of ['managed:db:storage', 'managed:db:iops']) {
      const l = line(e, id);
      expect(l.flag?.kind).toBe('missing-price');
      expect(l.monthly).toBe(0);
    }
  });

  it('checks io2 input: IOPS required, at most 1,000 per GiB (io1: 50)', () => {
    expect(() => scenario([dbWorkload({ storage: { type: 'io2', sizeGb: 100 } })])).toThrow(/storage\.iops.*required for io2/);
    expect(() => scenario([dbWorkload({ storage: { type: 'io2', sizeGb: 100, iops: 100001 } })])).toThrow(/at most 1000 IOPS per GiB for io2 \(100000 for 100 GiB/);
    expect(() => scenario([dbWorkload({ storage: { type: 'io2', sizeGb: 100, iops: 64000 } })])).not.toThrow();
    expect(() => scenario([dbWorkload({ storage: { type: 'io1', sizeGb: 100, iops: 64000 } })])).toThrow(/at most 50 IOPS per GiB for io1/);
  });
});

describe('EC2 database storage above 16 TiB is striped across volumes, each with its own gp3 baseline', () => {
  // gp2/gp3/io1 volumes hold at most 16,384 GiB (Amazon EBS volume types); N = ⌈size / 16,384⌉.
  it.each([
    ['exactly 16,384 GiB: one volume', 16384, 1, 'EBS gp3 volume (1 × 16,384 GB)'],
    ['16,385 GiB: two volumes', 16385, 2, 'EBS gp3 volume (1 × 16,385 GB, each striped across 2 volumes)'],
    ['65,536 GiB: four volumes', 65536, 4, 'EBS gp3 volume (1 × 65,536 GB, each striped across 4 volumes)'],
  ] as const)('%s', (_name, sizeGb, stripes, label) => {
    const e = run({ storage: { type: 'gp3', sizeGb, iops: 12000 } });
    const volume = line(e, 'ec2:db:ebs');
    expect(volume.label).toBe(label);
    // Storage is billed by the GB whatever the split: $0.08 per GB-month.
    expect(cents(volume.monthly)).toBe(cents(sizeGb * 0.08));
    // 12,000 IOPS less 3,000 included per volume, at $0.005.
    const extra = 12000 - 3000 * stripes;
    const iops = e.lines.find((l) => l.id === 'ec2:db:ebs-iops');
    expect(iops ? cents(iops.monthly) : 0).toBe(cents(extra * 0.005));
  });

  it('20,000 GiB with 10,000 IOPS and 400 MiB/s: 2 volumes include 6,000 IOPS and 250 MiB/s', () => {
    const e = run({ storage: { type: 'gp3', sizeGb: 20000, iops: 10000, throughputMBps: 400 }, highAvailability: true });
    // Two instances, each with two volumes: (10,000 − 6,000) × 2 × $0.005 = $40.00; (400 − 250) × 2 / 1,024 × $40.96 = $12.00.
    const iops = line(e, 'ec2:db:ebs-iops');
    expect(iops.label).toBe('EBS gp3 IOPS above the 6,000 included, each striped across 2 volumes (2 × 4,000)');
    expect(cents(iops.monthly)).toBe(40);
    const throughput = line(e, 'ec2:db:ebs-throughput');
    expect(throughput.label).toBe('EBS gp3 throughput above the 250 MiB/s included, each striped across 2 volumes (2 × 150 MiB/s)');
    expect(cents(throughput.monthly)).toBe(12);
    expect(line(e, 'ec2:db:ebs').notes?.join(' ')).toContain('striped across 2 volumes');
  });

  it('io2 volumes hold up to 64 TiB, so 65,536 GiB of io2 is one volume, tiered once per instance', () => {
    const e = run({ storage: { type: 'io2', sizeGb: 65536, iops: 80000 } });
    expect(line(e, 'ec2:db:ebs').label).toBe('EBS io2 volume (1 × 65,536 GB)');
    expect(cents(line(e, 'ec2:db:ebs-iops').monthly)).toBe(4045.6);
  });

  it('io1 above 16 TiB is striped too; its flat IOPS rate gives the same total', () => {
    const e = run({ storage: { type: 'io1', sizeGb: 20000, iops: 40000 } });
    expect(line(e, 'ec2:db:ebs').label).toContain('each striped across 2 volumes');
    expect(cents(line(e, 'ec2:db:ebs-iops').monthly)).toBe(2600);
  });
});
