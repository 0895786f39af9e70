import { describe, expect, it } from 'vitest';
import { estimate, type Estimate, type EstimatedLine, type PriceRow, type ScenarioInput } from '../../src/index';
import { catalogueOfRows, dbWorkload, issuesOf, rawScenario, scenario } from '../support/scenarios';

/**
 * Aurora with an engine version past Aurora's end of standard support pays RDS Extended Support on
 * the writer and every reader: vCPUs × hours × $0.100 per vCPU-hour in years 1–2 and $0.200 in
 * year 3 (us-east-1, https://aws.amazon.com/rds/aurora/pricing/), in the months of Aurora's own
 * release calendars. db.r6g.large has 2 vCPUs.
 */
const region = 'us-east-1';
const rows: PriceRow[] = [
  { key: `rds/aurora-instance/${region}/aurora-postgresql/db.r6g.large/standard`, unit: 'Hrs', usd: 0.26, source: 'fixed' },
  { key: `rds/aurora-instance/${region}/aurora-mysql/db.r6g.large/standard`, unit: 'Hrs', usd: 0.26, source: 'fixed' },
  { key: `rds/aurora-storage/${region}/standard`, unit: 'GB-Mo', usd: 0.1, source: 'fixed' },
];
const catalogue = catalogueOfRows('Aurora test prices', rows, { title: 'Amazon Aurora pricing', url: 'https://aws.amazon.com/rds/aurora/pricing/', asOf: '2026-12-02' }, [
  { instanceType: 'db.r6g.large', vcpu: 2, memoryGib: 16 },
]);

type DbOver = Parameters<typeof dbWorkload>[0];
function run(over: DbOver, scenarioOver: Partial<ScenarioInput> = {}): Estimate {
  return estimate(scenario([dbWorkload({ instanceClass: 'db.r6g.large', ...over })], { options: ['aurora'], horizonMonths: 48, startMonth: '2025-01', ...scenarioOver }), catalogue);
}
function line(e: Estimate, id: string): EstimatedLine {
  const found = e.lines.find((l) => l.id === id);
  if (!found) throw new Error(`no line ${id}; have ${e.lines.map((l) => l.id).join(', ')}`);
  return found;
}
const cents = (x: number) => Math.round(x * 100) / 100;
/** Month-by-month Aurora total of `over` minus the same cluster on a version in standard support. */
function extraPerMonth(over: DbOver, supported: string, scenarioOver: Partial<ScenarioInput> = {}): number[] {
  const totals = (e: Estimate) => e.options.find((o) => o.option === 'aurora')!.projection.map((r) => r.total);
  const a = totals(run(over, scenarioOver));
  const b = totals(run({ ...over, engineVersion: supported }, scenarioOver));
  return a.map((x, i) => cents(x - b[i]!));
}

describe('Aurora Extended Support: writer and every reader, per vCPU-hour, by year band', () => {
  it.each([
    // [name, workload, line id, vCPU-hours, $ a month, first month, last month]
    ['writer only, years 1–2', {}, 'aurora:db:extended-support-year1-2', 1460, 146.0, 3, 26],
    ['writer only, year 3', {}, 'aurora:db:extended-support-year3', 1460, 292.0, 27, 38],
    ['writer + HA reader + 1 read replica, years 1–2', { highAvailability: true, readReplicas: 1 }, 'aurora:db:extended-support-year1-2', 4380, 438.0, 3, 26],
    ['writer + HA reader + 1 read replica, year 3', { highAvailability: true, readReplicas: 1 }, 'aurora:db:extended-support-year3', 4380, 876.0, 27, 38],
    ['a schedule bills only its hours', { hoursPerMonth: 200 }, 'aurora:db:extended-support-year1-2', 400, 40.0, 3, 26],
  ] as const)('Aurora PostgreSQL 12, %s', (_name, over, id, vcpuHours, perMonth, first, last) => {
    // Aurora PostgreSQL 12: standard support to 2025-02-28; year 1 pricing 2025-03-01, year 3 2027-03-01, end 2028-02-29.
    const l = line(run({ engineVersion: '12', ...over }), id);
    expect(l.quantity).toBe(vcpuHours);
    expect(cents(l.oneTime)).toBe(perMonth);
    expect(l.schedule).toEqual({ kind: 'window', firstMonth: first, lastMonth: last });
    expect(l.provenance.kind === 'input' && l.provenance.provenance?.citations[0]?.url).toBe('https://aws.amazon.com/rds/aurora/pricing/');
    expect(l.flag).toBeUndefined();
  });

  it('steps into year 3 in the month Aurora PostgreSQL 11 does (April 2026, a month after RDS for PostgreSQL 11) and stops at the end of Extended Support', () => {
    // Aurora PostgreSQL 11: year 1 pricing 2024-04-01, year 3 pricing 2026-04-01, end 2027-03-31. Month 1 = 2026-01.
    const extra = extraPerMonth({ engineVersion: '11', highAvailability: true }, '16', { startMonth: '2026-01', horizonMonths: 24 });
    // Writer + reader: 2 × 2 vCPU × 730 h = 2,920 vCPU-hours.
    expect(extra.slice(0, 3)).toEqual([292, 292, 292]);
    expect(extra[3]).toBe(584);
    expect(extra[14]).toBe(584);
    expect(extra[15]).toBe(0);
  });

  it('charges Aurora MySQL version 3 (8.0) at the year 1 rate to the end of Extended Support: no year 3 band', () => {
    // Aurora MySQL 3: standard support to 2028-04-30; year 1 pricing 2028-05-01; year 3 "Not applicable"; end 2029-07-31. Month 1 = 2028-01.
    const e = run({ engine: 'mysql', engineVersion: '8.0' }, { startMonth: '2028-01', horizonMonths: 24 });
    expect(e.lines.some((l) => l.id === 'aurora:db:extended-support-year3')).toBe(false);
    const l = line(e, 'aurora:db:extended-support-year1-2');
    expect(l.schedule).toEqual({ kind: 'window', firstMonth: 5, lastMonth: 19 });
    expect(l.label).toContain('all years (year 1 rate)');
    const own = e.options.find((o) => o.option === 'aurora')!.projection;
    expect(cents(own[4]!.total - own[3]!.total)).toBe(146);
    expect(cents(own[18]!.total - own[4]!.total)).toBe(0);
    expect(cents(own[19]!.total - own[18]!.total)).toBe(-146);
  });

  it('charges Aurora MySQL version 2 (5.7) from December 2024 and at the year 3 rate from December 2026, as its release calendar lists', () => {
    // Standard support to 2024-10-31; "Starting December 1, 2024, Amazon Aurora automatically charges you" (Aurora User Guide, extended-support);
    // year 3 pricing 2026-12-01 and end 2029-06-30 (Aurora MySQL release calendar). Month 1 = 2024-10.
    const e = run({ engine: 'mysql', engineVersion: '5.7' }, { startMonth: '2024-10', horizonMonths: 60 });
    expect(line(e, 'aurora:db:extended-support-year1-2').schedule).toEqual({ kind: 'window', firstMonth: 3, lastMonth: 26 });
    expect(line(e, 'aurora:db:extended-support-year3').schedule).toEqual({ kind: 'window', firstMonth: 27, lastMonth: 57 });
    // 2 vCPU × 730 h × $0.200 = $292.00 a month in year 3; the line says the calendar changed.
    const y3 = line(e, 'aurora:db:extended-support-year3');
    expect(cents(y3.oneTime)).toBe(292);
    expect(y3.notes?.join(' ')).toContain('earlier editions listed no year 3 pricing for Aurora MySQL version 2');
  });

  it('flags the line as missing where no Aurora rate was read for the Region', () => {
    const e = run({ engineVersion: '12' }, { region: 'eu-west-1' });
    const l = line(e, 'aurora:db:extended-support-year1-2');
    expect(l.flag?.kind).toBe('missing-price');
    expect(l.flag?.message).toContain('no published aurora-extended-support/year1-2 rate for eu-west-1');
  });

  it('adds nothing for a version in standard support over the horizon', () => {
    expect(run({ engineVersion: '17' }).lines.some((l) => l.id.includes('extended-support'))).toBe(false);
  });
});

describe('the same workload on EC2 and RDS', () => {
  it('keeps the EC2 unsupported-engine line and the RDS Extended Support line beside Aurora', () => {
    const e = estimate(scenario([dbWorkload({ engineVersion: '12' })], { options: ['ec2', 'managed', 'aurora'], horizonMonths: 48, startMonth: '2025-01' }), catalogue);
    const ec2 = line(e, 'ec2:db:unsupported-engine');
    // PostgreSQL 12's community support ended 2024-11: the EC2 line runs from month 1.
    expect(ec2.schedule).toEqual({ kind: 'window', firstMonth: 1, lastMonth: 48 });
    expect(ec2.label).toContain('PostgreSQL 12 past community end of life (2024-11)');
    expect(line(e, 'managed:db:extended-support-year1-2').label).toContain('RDS for PostgreSQL 12');
    expect(line(e, 'aurora:db:extended-support-year1-2').label).toContain('Aurora PostgreSQL 12');
  });
});

describe('engineVersion on Aurora', () => {
  const base = (db: DbOver) => rawScenario([dbWorkload(db)], { options: ['ec2', 'aurora'] });
  it('takes the MySQL-compatible major and names the field and the known versions otherwise', () => {
    const found = issuesOf(base({ engine: 'mysql', engineVersion: '8.4' }));
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toBe('workloads[0].engineVersion');
    expect(found[0]!.message).toMatch(/known for Aurora: 5\.7, 8\.0; give the MySQL-compatible major: 5\.7 for Aurora MySQL version 2, 8\.0 for version 3/);
    expect(() => scenario([dbWorkload({ engine: 'mysql', engineVersion: '5.7' })], { options: ['ec2', 'aurora'] })).not.toThrow();
    // Without the aurora option, RDS for MySQL 8.4 is a known version.
    expect(() => scenario([dbWorkload({ engine: 'mysql', engineVersion: '8.4' })])).not.toThrow();
  });
  it('lists the Aurora PostgreSQL versions', () => {
    const found = issuesOf(base({ engineVersion: '10' })).map((i) => `${i.path}: ${i.message}`);
    expect(found).toContain(
      'workloads[0].engineVersion: is not a major version in the aurora-postgresql support calendar (known for Aurora: 11, 12, 13, 14, 15, 16, 17); leave engineVersion out for a version in standard support, or remove "aurora" from options',
    );
    expect(() => scenario([dbWorkload({ engineVersion: '11' })], { options: ['aurora'] })).not.toThrow();
  });
});
