import type { CostCategory, CostLine } from './cost-line';
import { MONTHS_PER_YEAR } from './units';

/** Usage multiplier for each month 1..horizon: (1 + g)^(m − 1), with g the monthly growth rate. */
export function growthFactors(horizonMonths: number, growthPctPerMonth: number): Float64Array {
  const factors = new Float64Array(horizonMonths + 1);
  const g = 1 + growthPctPerMonth / 100;
  let f = 1;
  for (let m = 1; m <= horizonMonths; m++) {
    factors[m] = f;
    f *= g;
  }
  return factors;
}

/**
 * Discount factor for money paid in month m (1-based), paid at the start of the month:
 * (1 + r)^(−(m − 1)/12), with r the annual discount rate. Month 1 is not discounted.
 */
export function discountFactors(horizonMonths: number, discountRateAnnualPct: number): Float64Array {
  const factors = new Float64Array(horizonMonths + 1);
  const monthly = Math.pow(1 + discountRateAnnualPct / 100, 1 / MONTHS_PER_YEAR);
  let f = 1;
  for (let m = 1; m <= horizonMonths; m++) {
    factors[m] = f;
    f /= monthly;
  }
  return factors;
}

/** What a line costs in month m. The only place a line's schedule is interpreted. */
export function lineAmountInMonth(line: CostLine, month: number, growth: Float64Array): number {
  const s = line.schedule;
  switch (s.kind) {
    case 'monthly': {
      if (s.growth === 'none') return line.monthly;
      const f = growth[month] ?? 1;
      return s.growth === 'usage' ? line.monthly * f : line.monthly * Math.max(0, f - 1);
    }
    case 'once':
      return month === s.month ? line.oneTime : 0;
    case 'every':
      return month >= s.firstMonth && (month - s.firstMonth) % s.everyMonths === 0 ? line.oneTime : 0;
  }
}

export interface MonthRow {
  /** 1-based month of the horizon. */
  readonly month: number;
  readonly infrastructure: number;
  readonly operations: number;
  readonly security: number;
  /** Part of this month's total that is one-time or lump-sum payments (setup, upfront fees). */
  readonly oneTime: number;
  readonly total: number;
  readonly cumulative: number;
  /** This month's total discounted to month 1 at the scenario's rate. */
  readonly discounted: number;
  readonly cumulativeDiscounted: number;
}

export interface Projection {
  readonly rows: readonly MonthRow[];
  readonly horizonTotal: number;
  readonly npv: number;
  readonly oneTimeTotal: number;
  /** Each line's total over the horizon, in the order of `lines`. */
  readonly lineTotals: Float64Array;
}

/** Month-by-month projection of one option's lines; the one function that sums cost lines. */
export function project(
  lines: readonly CostLine[],
  horizonMonths: number,
  growth: Float64Array,
  discount: Float64Array,
): Projection {
  const byCategory: Record<CostCategory, Float64Array> = {
    infrastructure: new Float64Array(horizonMonths + 1),
    operations: new Float64Array(horizonMonths + 1),
    security: new Float64Array(horizonMonths + 1),
  };
  const oneTime = new Float64Array(horizonMonths + 1);
  const lineTotals = new Float64Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const target = byCategory[line.category];
    let total = 0;
    const s = line.schedule;
    if (s.kind === 'monthly') {
      for (let m = 1; m <= horizonMonths; m++) {
        const amount = lineAmountInMonth(line, m, growth);
        target[m] = (target[m] ?? 0) + amount;
        total += amount;
      }
    } else {
      for (let m = 1; m <= horizonMonths; m++) {
        const amount = lineAmountInMonth(line, m, growth);
        if (amount !== 0) {
          target[m] = (target[m] ?? 0) + amount;
          oneTime[m] = (oneTime[m] ?? 0) + amount;
          total += amount;
        }
      }
    }
    lineTotals[i] = total;
  }
  const rows: MonthRow[] = [];
  let cumulative = 0;
  let cumulativeDiscounted = 0;
  let oneTimeTotal = 0;
  for (let m = 1; m <= horizonMonths; m++) {
    const infrastructure = byCategory.infrastructure[m] ?? 0;
    const operations = byCategory.operations[m] ?? 0;
    const security = byCategory.security[m] ?? 0;
    const total = infrastructure + operations + security;
    const discounted = total * (discount[m] ?? 1);
    cumulative += total;
    cumulativeDiscounted += discounted;
    oneTimeTotal += oneTime[m] ?? 0;
    rows.push({
      month: m,
      infrastructure,
      operations,
      security,
      oneTime: oneTime[m] ?? 0,
      total,
      cumulative,
      discounted,
      cumulativeDiscounted,
    });
  }
  return { rows, horizonTotal: cumulative, npv: cumulativeDiscounted, oneTimeTotal, lineTotals };
}

