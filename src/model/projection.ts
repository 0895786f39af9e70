import { COST_CATEGORIES, type CostCategory, type CostLine, type LineSchedule } from './cost-line';
import type { OptionId } from './scenario-schema';
import { schedulePresentValue, scheduleTotal, windowMonths, type Timing } from './timing';

export interface MonthRow {
  /** 1-based month of the horizon. */
  readonly month: number;
  readonly infrastructure: number;
  readonly operations: number;
  readonly security: number;
  /** Business cost of expected downtime (0 unless the scenario prices downtime). */
  readonly downtime: number;
  /** Part of this month's total that is one-time or lump-sum payments (setup, upfront fees). */
  readonly oneTime: number;
  readonly total: number;
  readonly cumulative: number;
  /** This month's total discounted to month 1 at the scenario's rate. */
  readonly discounted: number;
  readonly cumulativeDiscounted: number;
}

/**
 * Stage 3 of the pipeline: one option's projection, fed priced amounts line by line. The only
 * code that sums cost lines: horizon total, NPV, run-rate by category, one-time total, hours,
 * flagged lines and the month-by-month rows all come from `add`. A detailed estimate and a
 * totals-only what-if evaluation feed it the same amounts in the same order, so both give the
 * same rows to the last bit (test/model/pipeline.test.ts).
 */
export class OptionProjection {
  horizonTotal = 0;
  npv = 0;
  oneTimeTotal = 0;
  opsHoursPerMonth = 0;
  setupHours = 0;
  flaggedLines = 0;
  readonly runRate: Record<CostCategory, number> = { infrastructure: 0, operations: 0, security: 0, downtime: 0 };
  /** Per category, month-1 amounts of flat, growing and above-base recurring lines (for monthly rows). */
  private readonly flat: Record<CostCategory, number> = { infrastructure: 0, operations: 0, security: 0, downtime: 0 };
  private readonly growing: Record<CostCategory, number> = { infrastructure: 0, operations: 0, security: 0, downtime: 0 };
  private readonly above: Record<CostCategory, number> = { infrastructure: 0, operations: 0, security: 0, downtime: 0 };
  private readonly lumps: { category: CostCategory; amount: number; schedule: LineSchedule }[] = [];
  /** Recurring amounts paid only in a window of months (Extended Support year bands). */
  private readonly windows: { category: CostCategory; amount: number; firstMonth: number; lastMonth: number }[] = [];

  constructor(
    readonly option: OptionId,
    private readonly timing: Timing,
  ) {}

  /** Adds one priced line (its month-1 amount, or the amount per occurrence); returns its horizon total. */
  add(category: CostCategory, amount: number, schedule: LineSchedule, hours: number | undefined, flagged: boolean): number {
    const total = scheduleTotal(schedule, amount, this.timing);
    this.horizonTotal += total;
    this.npv += schedulePresentValue(schedule, amount, this.timing);
    if (flagged) this.flaggedLines++;
    if (schedule.kind === 'monthly') {
      if (schedule.growth === 'none') this.flat[category] += amount;
      else if (schedule.growth === 'usage') this.growing[category] += amount;
      else this.above[category] += amount;
      if (schedule.growth !== 'above-base') this.runRate[category] += amount;
      if (hours !== undefined) this.opsHoursPerMonth += hours;
    } else if (schedule.kind === 'window') {
      // Recurring, not one-time: counts in the run-rate when month 1 falls inside the window.
      if (amount !== 0) this.windows.push({ category, amount, firstMonth: schedule.firstMonth, lastMonth: schedule.lastMonth });
      if (schedule.firstMonth <= 1 && schedule.lastMonth >= 1) {
        this.runRate[category] += amount;
        if (hours !== undefined) this.opsHoursPerMonth += hours;
      }
    } else {
      this.oneTimeTotal += total;
      if (amount !== 0) this.lumps.push({ category, amount, schedule });
      if (hours !== undefined) this.setupHours += hours;
    }
    return total;
  }

  get monthlyRunRate(): number {
    return this.runRate.infrastructure + this.runRate.operations + this.runRate.security + this.runRate.downtime;
  }

  /** Month-by-month rows by category, with one-time payments, cumulative and discounted totals. */
  rows(): MonthRow[] {
    const t = this.timing;
    const n = t.horizonMonths;
    const lumpByMonth = monthsByCategory(n);
    for (const lump of this.lumps) {
      const s = lump.schedule;
      if (s.kind === 'once') {
        if (s.month >= 1 && s.month <= n) lumpByMonth[lump.category][s.month]! += lump.amount;
      } else if (s.kind === 'every') {
        for (let m = s.firstMonth; m <= n; m += s.everyMonths) lumpByMonth[lump.category][m]! += lump.amount;
      }
    }
    const windowByMonth = monthsByCategory(n);
    for (const w of this.windows) {
      const [first, last] = windowMonths(w, t);
      for (let m = first; m <= last; m++) windowByMonth[w.category][m]! += w.amount;
    }
    const rows: MonthRow[] = [];
    let cumulative = 0;
    let cumulativeDiscounted = 0;
    for (let m = 1; m <= n; m++) {
      const g = t.growth[m]!;
      const aboveFactor = g > 1 ? g - 1 : 0;
      const byCat = {} as Record<CostCategory, number>;
      let oneTime = 0;
      let total = 0;
      for (const c of COST_CATEGORIES) {
        const lump = lumpByMonth[c][m]!;
        const amount = this.flat[c] + this.growing[c] * g + this.above[c] * aboveFactor + windowByMonth[c][m]! + lump;
        byCat[c] = amount;
        oneTime += lump;
        total += amount;
      }
      const discounted = total * t.discount[m]!;
      cumulative += total;
      cumulativeDiscounted += discounted;
      rows.push({
        month: m,
        infrastructure: byCat.infrastructure,
        operations: byCat.operations,
        security: byCat.security,
        downtime: byCat.downtime,
        oneTime,
        total,
        cumulative,
        discounted,
        cumulativeDiscounted,
      });
    }
    return rows;
  }
}

/** One zeroed amount per month (index 1..n) for each category. */
function monthsByCategory(n: number): Record<CostCategory, Float64Array> {
  return {
    infrastructure: new Float64Array(n + 1),
    operations: new Float64Array(n + 1),
    security: new Float64Array(n + 1),
    downtime: new Float64Array(n + 1),
  };
}

/** A finished line list projected: what `OptionProjection` gives, plus each line's horizon total. */
export interface Projection {
  readonly rows: readonly MonthRow[];
  readonly horizonTotal: number;
  readonly npv: number;
  readonly oneTimeTotal: number;
  /** Each line's total over the horizon, in the order of `lines`. */
  readonly lineTotals: Float64Array;
}

/**
 * Projects finished lines of one option (lines read back from a file or an estimate) through the
 * same `OptionProjection` the estimate feeds while it builds them.
 */
export function project(option: OptionId, lines: readonly CostLine[], timing: Timing): Projection {
  const p = new OptionProjection(option, timing);
  const lineTotals = new Float64Array(lines.length);
  lines.forEach((line, i) => {
    const amount = line.schedule.kind === 'monthly' ? line.monthly : line.oneTime;
    lineTotals[i] = p.add(line.category, amount, line.schedule, line.hours, line.flag !== undefined && line.flag.kind !== 'derived-price');
  });
  return { rows: p.rows(), horizonTotal: p.horizonTotal, npv: p.npv, oneTimeTotal: p.oneTimeTotal, lineTotals };
}
