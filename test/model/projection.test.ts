import { describe, expect, it } from 'vitest';
import { createTiming, findCrossover, project, type CostLine, type MonthRow } from '../../src/index';

function line(over: Partial<CostLine>): CostLine {
  return {
    id: 'l',
    option: 'ec2',
    workloadId: 'w',
    deployment: 'ec2-db',
    service: 'Amazon EC2',
    category: 'infrastructure',
    label: 'L',
    quantity: 1,
    unit: 'u',
    unitPrice: 1,
    monthly: 0,
    oneTime: 0,
    schedule: { kind: 'monthly', growth: 'none' },
    provenance: { kind: 'input', note: 'test' },
    ...over,
  };
}

describe('projection', () => {
  it('compounds usage growth from month 1', () => {
    const g = createTiming(3, 10, 0).growth;
    expect([g[1], g[2], g[3]]).toEqual([1, 1.1, 1.1 * 1.1]);
  });

  it('discounts month m by (1 + r)^((m − 1)/12), so month 13 is one year out', () => {
    const d = createTiming(13, 0, 10).discount;
    expect(d[1]).toBe(1);
    expect(d[13]).toBeCloseTo(1 / 1.1, 12);
  });

  it.each([
    ['flat monthly', { monthly: 10, schedule: { kind: 'monthly', growth: 'none' } }, [10, 10, 10]],
    ['growing monthly', { monthly: 10, schedule: { kind: 'monthly', growth: 'usage' } }, [10, 11, 12.1]],
    ['only growth above month 1', { monthly: 10, schedule: { kind: 'monthly', growth: 'above-base' } }, [0, 1, 2.1]],
    ['once in month 2', { oneTime: 50, schedule: { kind: 'once', month: 2 } }, [0, 50, 0]],
    ['every 2 months from month 1', { oneTime: 7, schedule: { kind: 'every', firstMonth: 1, everyMonths: 2 } }, [7, 0, 7]],
  ] as const)('%s: month amounts, and a horizon total equal to their sum', (_name, over, expected) => {
    const p = project('ec2', [line(over as Partial<CostLine>)], createTiming(3, 10, 0));
    expect(p.rows.map((r) => Math.round(r.total * 1e9) / 1e9)).toEqual(expected);
    expect(p.horizonTotal).toBeCloseTo(expected.reduce((a: number, b: number) => a + b, 0), 9);
  });

  it('sums lines by category, keeps one-time payments apart, and accumulates', () => {
    const lines = [
      line({ monthly: 100, category: 'infrastructure' }),
      line({ monthly: 50, category: 'operations' }),
      line({ monthly: 5, category: 'security' }),
      line({ oneTime: 1000, category: 'operations', schedule: { kind: 'once', month: 1 } }),
    ];
    const p = project('ec2', lines, createTiming(12, 0, 0));
    expect(p.rows[0]).toMatchObject({ infrastructure: 100, operations: 1050, security: 5, oneTime: 1000, total: 1155, cumulative: 1155 });
    expect(p.rows[11]!.cumulative).toBe(1000 + 12 * 155);
    expect(p.horizonTotal).toBe(2860);
    expect(p.npv).toBe(2860);
    expect(p.oneTimeTotal).toBe(1000);
    expect([...p.lineTotals]).toEqual([1200, 600, 60, 1000]);
  });

  it('values later money less at a positive discount rate', () => {
    const p = project('ec2', [line({ monthly: 100 })], createTiming(24, 0, 12));
    expect(p.npv).toBeLessThan(p.horizonTotal);
    // Closed form: 100 × Σ v^(m−1), v = 1.12^(−1/12)
    const v = Math.pow(1.12, -1 / 12);
    expect(p.npv).toBeCloseTo((100 * (1 - Math.pow(v, 24))) / (1 - v), 6);
  });
});

function rows(cumulative: number[]): MonthRow[] {
  return cumulative.map((c, i) => ({ month: i + 1, infrastructure: 0, operations: 0, security: 0, downtime: 0, oneTime: 0, total: 0, cumulative: c, discounted: 0, cumulativeDiscounted: 0 }));
}

describe('crossover (break-even month)', () => {
  it('finds the first month the other option is cumulatively cheaper', () => {
    // a: big setup then cheap; b: no setup, expensive.
    const c = findCrossover('ec2', rows([1000, 1100, 1200, 1300]), 'managed', rows([400, 800, 1200, 1600]));
    expect(c).toEqual({ a: 'ec2', b: 'managed', cheaperFirst: 'managed', month: 4, cheaperAtEnd: 'ec2' });
  });

  it('says so when one option stays cheaper over the whole horizon', () => {
    const c = findCrossover('ec2', rows([10, 20, 30]), 'managed', rows([15, 30, 45]));
    expect(c.month).toBeNull();
    expect(c.cheaperFirst).toBe('ec2');
    expect(c.cheaperAtEnd).toBe('ec2');
  });

  it('treats sub-cent differences as equal, not as a crossover', () => {
    const c = findCrossover('ec2', rows([10, 20.001, 30]), 'managed', rows([10.002, 20, 30.002]));
    expect(c.month).toBeNull();
  });
});
