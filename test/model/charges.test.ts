import { describe, expect, it } from 'vitest';
import { estimate, parseScenario, type Estimate, type EstimatedLine, type ScenarioInput } from '../../src/index';
import { dbWorkload, roundCatalogue, scenario } from '../support/scenarios';

const catalogue = roundCatalogue();
const cents = (x: number) => Math.round(x * 100) / 100;

function run(db: Parameters<typeof dbWorkload>[0], over: Partial<ScenarioInput> = {}): Estimate {
  return estimate(scenario([dbWorkload(db)], { horizonMonths: 48, startMonth: '2025-01', ...over }), catalogue);
}
function line(e: Estimate, id: string): EstimatedLine {
  const found = e.lines.find((l) => l.id === id);
  if (!found) throw new Error(`no line ${id}; have ${e.lines.map((l) => l.id).join(', ')}`);
  return found;
}
function rows(e: Estimate, option: string) {
  const o = e.options.find((x) => x.option === option);
  if (!o) throw new Error(`no option ${option}`);
  return o.projection;
}

describe('RDS Extended Support (AWS rule: vCPUs × hours × rate of the year band, standby included)', () => {
  // us-east-1: $0.100 per vCPU-hour in years 1–2, $0.200 in year 3 (RDS for PostgreSQL pricing page).
  // db.m5.large has 2 vCPUs. A Single-AZ db.m5.large in year 3: 2 × 730 × $0.200 = $292.00 a month.
  it.each([
    ['Single-AZ, years 1–2', {}, 'managed:db:extended-support-year1-2', 1460, 146.0, 3, 26],
    ['Single-AZ, year 3', {}, 'managed:db:extended-support-year3', 1460, 292.0, 27, 38],
    ['Multi-AZ bills the standby too, years 1–2', { highAvailability: true }, 'managed:db:extended-support-year1-2', 2920, 292.0, 3, 26],
    ['Multi-AZ with a read replica, year 3', { highAvailability: true, readReplicas: 1 }, 'managed:db:extended-support-year3', 4380, 876.0, 27, 38],
    ['a schedule bills only its hours', { hoursPerMonth: 200 }, 'managed:db:extended-support-year1-2', 400, 40.0, 3, 26],
  ] as const)('%s', (_name, over, id, vcpuHours, perMonth, first, last) => {
    // PostgreSQL 12: RDS standard support ended 2025-02; years 1–2 from 2025-03, year 3 from 2027-03 to 2028-02.
    const l = line(run({ engineVersion: '12', ...over }), id);
    expect(l.quantity).toBe(vcpuHours);
    expect(cents(l.oneTime)).toBe(perMonth);
    expect(l.schedule).toEqual({ kind: 'window', firstMonth: first, lastMonth: last });
    expect(cents(l.horizonTotal)).toBe(cents(perMonth * (last - first + 1)));
    expect(l.provenance.kind).toBe('input');
    expect(l.flag).toBeUndefined();
  });

  it('starts in the month after standard support ends, doubles in year 3 and stops when Extended Support ends', () => {
    const withEs = rows(run({ engineVersion: '12' }), 'managed');
    const without = rows(run({ engineVersion: '16' }), 'managed');
    const extra = withEs.map((r, i) => cents(r.total - without[i]!.total));
    expect(extra.slice(0, 2)).toEqual([0, 0]);
    expect(extra[2]).toBe(146);
    expect(extra[25]).toBe(146);
    expect(extra[26]).toBe(292);
    expect(extra[37]).toBe(292);
    expect(extra[38]).toBe(0);
    // Recurring, not one-time: the one-time column is the same with or without it.
    expect(withEs.map((r) => r.oneTime)).toEqual(without.map((r) => r.oneTime));
  });

  // The RDS User Guide's example (extended-support-charges): "RDS for PostgreSQL 11 enters Extended Support on March 1, 2024,
  // but charges don't start until April 1, 2024 ... You continue running RDS for PostgreSQL 12 ... past the RDS end of standard
  // support date of February 28, 2025. Your database will again incur RDS Extended Support charges starting on March 1, 2025."
  it.each([
    ['PostgreSQL 11: charged from April 2024, not March', '11', 2],
    ['PostgreSQL 12: charged from March 2025', '12', 13],
  ] as const)('%s (User Guide example, month 1 = 2024-03)', (_name, engineVersion, first) => {
    const e = estimate(scenario([dbWorkload({ engineVersion })], { horizonMonths: 24, startMonth: '2024-03' }), catalogue);
    const l = line(e, 'managed:db:extended-support-year1-2');
    expect(l.schedule.kind === 'window' && l.schedule.firstMonth).toBe(first);
    // The first charged month is db.m5.large's 2 vCPUs × 730 h × $0.100 = $146.00; the month before, nothing.
    const withEs = rows(e, 'managed');
    const without = rows(estimate(scenario([dbWorkload({ engineVersion: '17' })], { horizonMonths: 24, startMonth: '2024-03' }), catalogue), 'managed');
    expect(cents(withEs[first - 1]!.total - without[first - 1]!.total)).toBe(146);
    expect(cents(withEs[first - 2]!.total - without[first - 2]!.total)).toBe(0);
  });

  it('a version still in standard support over the horizon adds nothing', () => {
    expect(run({ engineVersion: '16' }).lines.some((l) => l.id.includes('extended-support'))).toBe(false);
  });

  it('without a start month assumes the month the calendar was read, and says so', () => {
    const e = estimate(scenario([dbWorkload({ engineVersion: '13' })], { horizonMonths: 12 }), catalogue);
    // PostgreSQL 13 is in years 1–2 from 2026-03 to 2028-02: months −8..15 from 2026-12.
    const l = line(e, 'managed:db:extended-support-year1-2');
    expect(l.schedule).toEqual({ kind: 'window', firstMonth: -8, lastMonth: 15 });
    expect(l.notes?.join(' ')).toContain('month 1 is assumed to be 2026-12');
    expect(cents(l.horizonTotal)).toBe(cents(146 * 12));
    expect(cents(e.options.find((o) => o.option === 'managed')!.projection[0]!.total - estimate(scenario([dbWorkload({ engineVersion: '17' })], { horizonMonths: 12 }), catalogue).options.find((o) => o.option === 'managed')!.projection[0]!.total)).toBe(146);
  });

  it('flags the line as missing where no rate was read for the Region', () => {
    const e = estimate(scenario([dbWorkload({ engineVersion: '12' })], { horizonMonths: 48, startMonth: '2025-01', region: 'eu-west-1' }), catalogue);
    const l = line(e, 'managed:db:extended-support-year1-2');
    expect(l.flag?.kind).toBe('missing-price');
    expect(l.flag?.message).toContain('no published rds-extended-support/year1-2 rate for eu-west-1');
    expect(l.unitPrice).toBe(0);
  });

  it('flags the line as missing when the class has no vCPU count in the price data', () => {
    const e = run({ engineVersion: '12', instanceClass: 'db.m5.xlarge' });
    const l = line(e, 'managed:db:extended-support-year1-2');
    expect(l.flag?.message).toContain('vCPU count of db.m5.xlarge is not in the price data (workloads[0].engineVersion)');
  });

  it('rejects an unknown version, listing the known ones', () => {
    expect(() => scenario([dbWorkload({ engineVersion: '9.6' })])).toThrow(/engineVersion.*not a known postgresql major version \(known: 11, 12, 13, 14, 15, 16, 17\)/);
    expect(() => scenario([dbWorkload({ engine: 'mysql', engineVersion: '13' })])).toThrow(/known: 5\.7, 8\.0, 8\.4/);
  });
});

describe('EC2: an engine past community end of life costs the work of running it unsupported', () => {
  it('adds DBA hours from the month after community end of life, stated as an assumption', () => {
    // PostgreSQL 14: community support ends 2026-11; with month 1 = 2025-01, from month 24 (2026-12).
    const l = line(run({ engineVersion: '14' }), 'ec2:db:unsupported-engine');
    expect(l.schedule).toEqual({ kind: 'window', firstMonth: 24, lastMonth: 48 });
    expect(l.quantity).toBe(4);
    expect(l.category).toBe('security');
    expect(l.provenance.kind === 'input' && l.provenance.note.startsWith('Assumption')).toBe(true);
    expect(cents(l.horizonTotal)).toBe(cents(l.oneTime * 25));
  });
  it("counts the hours in the option's ops hours like other labour lines", () => {
    // PostgreSQL 11: community support ended 2023-11, so the line applies from month 1 (2025-01).
    const opsHours = (e: Estimate) => e.options.find((o) => o.option === 'ec2')!.opsHoursPerMonth;
    const old = run({ engineVersion: '11' });
    expect(line(old, 'ec2:db:unsupported-engine').hours).toBe(4);
    expect(opsHours(old) - opsHours(run({ engineVersion: '17' }))).toBeCloseTo(4, 9);
    // PostgreSQL 14 only starts in month 24: the line still says its hours, month 1's total does not include them.
    expect(line(run({ engineVersion: '14' }), 'ec2:db:unsupported-engine').hours).toBe(4);
    expect(opsHours(run({ engineVersion: '14' }))).toBeCloseTo(opsHours(run({ engineVersion: '17' })), 9);
  });
  it('a supported version adds nothing; MariaDB has no RDS Extended Support', () => {
    expect(run({ engineVersion: '17' }).lines.some((l) => l.id.endsWith('unsupported-engine'))).toBe(false);
    const maria = run({ engine: 'mariadb', engineVersion: '10.5' });
    expect(maria.lines.some((l) => l.id.includes('extended-support'))).toBe(false);
    expect(maria.lines.some((l) => l.id.endsWith('unsupported-engine'))).toBe(true);
  });
});

it('parses old files without the new fields unchanged', () => {
  const s = parseScenario({ schemaVersion: 1, name: 'x', question: 'y', region: 'us-east-1', horizonMonths: 12, discountRateAnnualPct: 0, workloads: [dbWorkload()] });
  const w = s.workloads[0]!;
  expect(w.kind === 'database' && w.engineVersion === undefined && w.cpuCreditSurplusVcpuHoursPerMonth === undefined).toBe(true);
});

describe('RDS backup allowance covers the provisioned storage of the primary and its read replicas', () => {
  it.each([
    ['no replicas: beyond the primary’s 100 GB', { backup: { retentionDays: 7, storageGb: 150 } }, 50],
    ['one replica: the allowance is 200 GB', { readReplicas: 1, backup: { retentionDays: 7, storageGb: 250 } }, 50],
    ['two replicas: 300 GB free', { readReplicas: 2, backup: { retentionDays: 7, storageGb: 450 } }, 150],
  ] as const)('%s', (_name, over, billableGb) => {
    const l = line(run(over), 'managed:db:backup');
    expect(l.quantity).toBe(billableGb);
    expect(cents(l.monthly)).toBe(cents(billableGb * 0.1));
  });
  it('within the allowance there is no backup line (Orders example: 900 GB of backups, 2 × 500 GB provisioned)', () => {
    expect(run({ readReplicas: 1, backup: { retentionDays: 7, storageGb: 200 } }).lines.some((l) => l.id === 'managed:db:backup')).toBe(false);
  });
});

describe('burstable CPU credits above baseline (Unlimited), priced per vCPU-hour', () => {
  it.each([
    ['RDS db.t3/db.t4g: $0.075 per vCPU-hour', 'managed:db:cpu-credits', 100, 7.5],
    ['EC2 t3/t4g Linux: $0.05 per vCPU-hour', 'ec2:db:cpu-credits', 100, 5],
  ] as const)('%s', (_name, id, vcpuHours, usd) => {
    const e = run({ instanceClass: 'db.t3.medium', cpuCreditSurplusVcpuHoursPerMonth: vcpuHours });
    const l = line(e, id);
    expect(l.quantity).toBe(vcpuHours);
    expect(cents(l.monthly)).toBe(usd);
    expect(l.provenance.kind === 'input' && l.provenance.note.startsWith('Published rate')).toBe(true);
  });
  it('is refused on a class that is not burstable, naming the field', () => {
    expect(() => scenario([dbWorkload({ cpuCreditSurplusVcpuHoursPerMonth: 10 })])).toThrow(/cpuCreditSurplusVcpuHoursPerMonth.*burstable classes only/);
  });
  it('is not charged on EC2 when the EC2 type chosen is not burstable', () => {
    const e = run({ instanceClass: 'db.t3.medium', ec2InstanceType: 'm5.large', cpuCreditSurplusVcpuHoursPerMonth: 100 });
    expect(e.lines.some((l) => l.id === 'ec2:db:cpu-credits')).toBe(false);
  });
});

describe('EBS on EC2: root volumes and incremental snapshots', () => {
  it('adds a gp3 root volume per instance', () => {
    const l = line(run({ highAvailability: true, readReplicas: 1, rootVolumeGb: 20 }), 'ec2:db:ebs-root');
    expect(l.quantity).toBe(60);
    expect(cents(l.monthly)).toBe(4.8);
  });
  it('prices a gp2 root volume at the gp2 rate ($0.10 per GB-month in us-east-1, as the AMIs that still boot from gp2)', () => {
    const l = line(run({ rootVolumeGb: 8, rootVolumeType: 'gp2' }), 'ec2:db:ebs-root');
    expect(l.label).toContain('gp2 root volume');
    expect(cents(l.monthly)).toBe(0.8);
  });
  it.each([
    // 100 GB volume, 2%/day, 7 days: 100 + 100 × 0.02 × 7 = 114 GB at $0.05.
    [2, 7, 114, 5.7],
    [0, 7, 100, 5],
    [5, 30, 250, 12.5],
  ] as const)('incremental snapshots at %s %% a day kept %s days: %s GB', (pct, days, gb, usd) => {
    const l = line(run({ backup: { retentionDays: days, storageGb: 100, dailyChangePct: pct } }), 'ec2:db:snapshots');
    expect(l.quantity).toBeCloseTo(gb, 9);
    expect(cents(l.monthly)).toBe(usd);
  });
});
