import type { LineSchedule } from './cost-line';
import { MONTHS_PER_YEAR } from './units';

/**
 * Precomputed horizon sums, so each line's horizon total and present value are O(1):
 * with g = 1 + monthly growth and v = (1 + annual rate)^(−1/12),
 *   flat line:       total = a·H,           present value = a·Σ v^(m−1)
 *   growing line:    total = a·Σ g^(m−1),   present value = a·Σ (g·v)^(m−1)
 *   above-base line: total = a·Σ max(0, g^(m−1) − 1), and likewise discounted
 * for months m = 1..H. Lump sums are added per occurrence.
 */
export interface Timing {
  readonly horizonMonths: number;
  readonly growth: Float64Array;
  readonly discount: Float64Array;
  readonly sumFlat: number;
  readonly sumFlatDiscounted: number;
  readonly sumGrowth: number;
  readonly sumGrowthDiscounted: number;
  readonly sumAbove: number;
  readonly sumAboveDiscounted: number;
}

/** Horizon sums for a horizon, growth and discount rate. Callers that evaluate again and again reuse one through an EvaluationCache. */
export function createTiming(horizonMonths: number, growthPctPerMonth: number, discountRateAnnualPct: number): Timing {
  const growth = new Float64Array(horizonMonths + 1);
  const discount = new Float64Array(horizonMonths + 1);
  const g = 1 + growthPctPerMonth / 100;
  const v = Math.pow(1 + discountRateAnnualPct / 100, -1 / MONTHS_PER_YEAR);
  let gf = 1;
  let vf = 1;
  let sumFlatDiscounted = 0;
  let sumGrowth = 0;
  let sumGrowthDiscounted = 0;
  let sumAbove = 0;
  let sumAboveDiscounted = 0;
  for (let m = 1; m <= horizonMonths; m++) {
    growth[m] = gf;
    discount[m] = vf;
    sumFlatDiscounted += vf;
    sumGrowth += gf;
    sumGrowthDiscounted += gf * vf;
    const above = gf > 1 ? gf - 1 : 0;
    sumAbove += above;
    sumAboveDiscounted += above * vf;
    gf *= g;
    vf *= v;
  }
  return {
    horizonMonths,
    growth,
    discount,
    sumFlat: horizonMonths,
    sumFlatDiscounted,
    sumGrowth,
    sumGrowthDiscounted,
    sumAbove,
    sumAboveDiscounted,
  };
}

/** Total of a line over the horizon: `amount` is the month-1 recurring amount or the lump per occurrence. */
export function scheduleTotal(schedule: LineSchedule, amount: number, t: Timing): number {
  switch (schedule.kind) {
    case 'monthly':
      return amount * (schedule.growth === 'none' ? t.sumFlat : schedule.growth === 'usage' ? t.sumGrowth : t.sumAbove);
    case 'once':
      return schedule.month >= 1 && schedule.month <= t.horizonMonths ? amount : 0;
    case 'every': {
      if (schedule.firstMonth > t.horizonMonths) return 0;
      return amount * (Math.floor((t.horizonMonths - schedule.firstMonth) / schedule.everyMonths) + 1);
    }
    case 'window': {
      const [first, last] = windowMonths(schedule, t);
      return last >= first ? amount * (last - first + 1) : 0;
    }
  }
}

/** The months of a window schedule that fall inside the horizon: [first, last], empty when last < first. */
export function windowMonths(schedule: { readonly firstMonth: number; readonly lastMonth: number }, t: Timing): [number, number] {
  return [Math.max(1, schedule.firstMonth), Math.min(t.horizonMonths, schedule.lastMonth)];
}

/** Present value at month 1 of a line over the horizon. */
export function schedulePresentValue(schedule: LineSchedule, amount: number, t: Timing): number {
  switch (schedule.kind) {
    case 'monthly':
      return (
        amount * (schedule.growth === 'none' ? t.sumFlatDiscounted : schedule.growth === 'usage' ? t.sumGrowthDiscounted : t.sumAboveDiscounted)
      );
    case 'once':
      return schedule.month >= 1 && schedule.month <= t.horizonMonths ? amount * (t.discount[schedule.month] ?? 0) : 0;
    case 'every': {
      let pv = 0;
      for (let m = schedule.firstMonth; m <= t.horizonMonths; m += schedule.everyMonths) pv += amount * (t.discount[m] ?? 0);
      return pv;
    }
    case 'window': {
      const [first, last] = windowMonths(schedule, t);
      let pv = 0;
      for (let m = first; m <= last; m++) pv += amount * t.discount[m]!;
      return pv;
    }
  }
}
