import { describe, expect, it } from 'vitest';
import { calibrate } from '../../src/analysis/calibration';
import type { ImportedSpend, MonthlySpend } from '../../src/analysis/imported-spend';
import { estimate, ModelError, type ServiceName } from '../../src/index';
import { dbWorkload, roundCatalogue, scenario } from '../support/scenarios';

const month = (m: string, compute: number, over: Partial<MonthlySpend> = {}): MonthlySpend => ({
  month: m,
  estimated: false,
  byService: { 'Amazon Elastic Compute Cloud - Compute': compute, 'EC2 - Other': 30, 'Amazon ElastiCache': 12, 'Amazon SageMaker': 40, Tax: 5 },
  byUsageType: [
    { service: 'EC2 - Other', usageType: 'EBS:VolumeUsage.gp3', usd: 20 },
    { service: 'EC2 - Other', usageType: 'USE1-DataTransfer-Regional-Bytes', usd: 6 },
    { service: 'EC2 - Other', usageType: 'USE1-NatGateway-Hours', usd: 4 },
  ],
  ...over,
});

const spend = (months: MonthlySpend[]): ImportedSpend => ({
  source: { kind: 'cost-explorer', importedAt: '2026-11-26T09:30:00.000Z', metric: 'UnblendedCost' },
  period: { start: '2026-08-01', end: '2026-11-01' },
  months,
  requests: 3,
});

const db = scenario([dbWorkload({ highAvailability: true, replicationGbPerMonth: 100 })]);
const result = estimate(db, roundCatalogue());

/** The option's billed monthly run rate per service, summed from its lines. */
function modelByService(option: 'ec2' | 'managed'): Map<ServiceName, number> {
  const out = new Map<ServiceName, number>();
  for (const l of result.lines) {
    if (l.option !== option || l.service === 'Engineering time' || l.service === 'Downtime' || l.schedule.kind !== 'monthly') continue;
    out.set(l.service, (out.get(l.service) ?? 0) + l.monthly);
  }
  return out;
}

describe('calibration against imported spend', () => {
  const cal = calibrate(result, 'ec2', spend([month('2026-08', 100), month('2026-09', 120), month('2026-10', 999, { estimated: true })]));
  const row = (s: ServiceName) => cal.rows.find((r) => r.service === s)!;
  const model = modelByService('ec2');

  it('averages the months whose bill is final, leaving out the estimated one', () => {
    expect(cal.months).toEqual(['2026-08', '2026-09']);
    expect(row('Amazon EC2').actualMonthlyUsd).toBe(110);
  });

  it('splits "EC2 - Other" by usage type into EBS and data transfer; NAT gateways are outside the scenario', () => {
    expect(row('Amazon EBS')).toMatchObject({ actualMonthlyUsd: 20, awsServices: ['EC2 - Other (EBS:*)'] });
    expect(row('Data transfer').actualMonthlyUsd).toBe(6);
    expect(cal.outsideScope).toContainEqual({ awsService: 'EC2 - Other: NatGateway-Hours', monthlyUsd: 4 });
  });

  it('puts services the scenario does not model, and modelled services this option lacks, outside its scope; tax apart', () => {
    expect(cal.outsideScope).toContainEqual({ awsService: 'Amazon ElastiCache', monthlyUsd: 12 });
    expect(cal.outsideScope).toContainEqual({ awsService: 'Amazon SageMaker (not in this option)', monthlyUsd: 40 });
    expect(cal.outsideScopeMonthlyUsd).toBe(56);
    expect(cal.taxMonthlyUsd).toBe(5);
  });

  it('compares with the option\'s billed run rate per service, never with engineer time', () => {
    expect(new Set(cal.rows.map((r) => r.service))).toEqual(new Set(model.keys()));
    for (const r of cal.rows) {
      expect(r.modelMonthlyUsd, r.service).toBeCloseTo(model.get(r.service)!, 9);
      expect(r.differenceUsd).toBeCloseTo(r.actualMonthlyUsd - r.modelMonthlyUsd, 9);
    }
    expect(cal.rows.some((r) => r.service === 'Engineering time')).toBe(false);
    expect(cal.actualMonthlyUsd).toBe(110 + 20 + 6);
    expect(cal.modelMonthlyUsd).toBeCloseTo([...model.values()].reduce((a, b) => a + b, 0), 9);
    expect(cal.differenceUsd).toBeCloseTo(cal.actualMonthlyUsd - cal.modelMonthlyUsd, 9);
    expect(cal.optionLabel).toBe('Self-managed on EC2');
  });

  it('orders rows by the size of the gap', () => {
    const gaps = cal.rows.map((r) => Math.abs(r.differenceUsd));
    expect([...gaps].sort((a, b) => b - a)).toEqual(gaps);
  });

  it('counts "EC2 - Other" as EBS, with a note, when there is no usage-type breakdown', () => {
    const c = calibrate(result, 'ec2', spend([month('2026-08', 100, { byUsageType: [] })]));
    expect(c.rows.find((r) => r.service === 'Amazon EBS')!.actualMonthlyUsd).toBe(30);
    expect(c.notes.join(' ')).toMatch(/"EC2 - Other" had no usage-type breakdown/);
  });

  it('uses estimated months when there is nothing else, and says so', () => {
    const c = calibrate(result, 'ec2', spend([month('2026-10', 50, { estimated: true })]));
    expect(c.months).toEqual(['2026-10']);
    expect(c.notes).toContain('every imported month is still estimated by AWS; figures may change');
  });

  it('maps RDS spend onto the managed option', () => {
    const c = calibrate(result, 'managed', spend([month('2026-08', 0, { byService: { 'Amazon Relational Database Service': 310 } })]));
    expect(c.rows.find((r) => r.service === 'Amazon RDS')!.actualMonthlyUsd).toBe(310);
  });

  it('refuses an option the estimate does not have', () => {
    expect(() => calibrate(result, 'eks', spend([month('2026-08', 1)]))).toThrow(ModelError);
    expect(() => calibrate(result, 'ec2', spend([]))).toThrow('the imported spend has no months');
  });
});
