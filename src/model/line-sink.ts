import { COST_CATEGORIES, type CostCategory, type LineSchedule } from './cost-line';
import type { EstimatedLine } from './estimate';
import type { MonthRow } from './projection';
import type { ComputeUsage } from './compute-usage';
import type { Commitment, OptionId } from './scenario-schema';
import { schedulePresentValue, scheduleTotal, type Timing } from './timing';

/** Running totals of one option, fed line by line; the one place amounts are summed. */
export class OptionTotals {
  horizonTotal = 0;
  npv = 0;
  oneTimeTotal = 0;
  opsHoursPerMonth = 0;
  setupHours = 0;
  flaggedLines = 0;
  readonly runRate: Record<CostCategory, number> = { infrastructure: 0, operations: 0, security: 0 };
  /** Per category, month-1 amounts of flat, growing and above-base recurring lines (for monthly rows). */
  private readonly flat: Record<CostCategory, number> = { infrastructure: 0, operations: 0, security: 0 };
  private readonly growing: Record<CostCategory, number> = { infrastructure: 0, operations: 0, security: 0 };
  private readonly above: Record<CostCategory, number> = { infrastructure: 0, operations: 0, security: 0 };
  private readonly lumps: { category: CostCategory; amount: number; schedule: LineSchedule }[] = [];

  constructor(
    readonly option: OptionId,
    private readonly timing: Timing,
  ) {}

  /** Adds one line; returns its horizon total. */
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
    } else {
      this.oneTimeTotal += total;
      if (amount !== 0) this.lumps.push({ category, amount, schedule });
      if (hours !== undefined) this.setupHours += hours;
    }
    return total;
  }

  get monthlyRunRate(): number {
    return this.runRate.infrastructure + this.runRate.operations + this.runRate.security;
  }

  /** Month-by-month rows by category, with one-time payments, cumulative and discounted totals. */
  rows(): MonthRow[] {
    const t = this.timing;
    const n = t.horizonMonths;
    const lumpByMonth: Record<CostCategory, Float64Array> = {
      infrastructure: new Float64Array(n + 1),
      operations: new Float64Array(n + 1),
      security: new Float64Array(n + 1),
    };
    for (const lump of this.lumps) {
      const s = lump.schedule;
      if (s.kind === 'once') {
        if (s.month >= 1 && s.month <= n) lumpByMonth[lump.category][s.month]! += lump.amount;
      } else if (s.kind === 'every') {
        for (let m = s.firstMonth; m <= n; m += s.everyMonths) lumpByMonth[lump.category][m]! += lump.amount;
      }
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
        const amount = this.flat[c] + this.growing[c] * g + this.above[c] * aboveFactor + lump;
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

/**
 * Where builders put their lines. A detailed sink keeps every line with its text and provenance
 * (for tables and reports); a totals-only sink keeps just the sums, so what-if analysis can
 * re-evaluate a scenario thousands of times without building text.
 */
export interface LineSink {
  readonly detailed: boolean;
  totals(option: OptionId): OptionTotals;
  /** Detailed sinks only: keeps a finished line. */
  keep(line: EstimatedLine): void;
  /** Optional observer of instance usage before a pricing choice applies (commitment analysis). */
  readonly onCompute?: ((usage: ComputeUsage, commitment: Commitment | undefined) => void) | undefined;
}

export function createSink(
  detailed: boolean,
  timing: Timing,
  onCompute?: LineSink['onCompute'],
): LineSink & { readonly lines: EstimatedLine[] } {
  const byOption = new Map<OptionId, OptionTotals>();
  const lines: EstimatedLine[] = [];
  // Builders emit all lines of one option in a row; remembering the last one skips the map.
  let last: OptionTotals | undefined;
  return {
    detailed,
    lines,
    totals(option) {
      if (last !== undefined && last.option === option) return last;
      let t = byOption.get(option);
      if (!t) {
        t = new OptionTotals(option, timing);
        byOption.set(option, t);
      }
      last = t;
      return t;
    },
    keep(line) {
      lines.push(line);
    },
    onCompute,
  };
}
