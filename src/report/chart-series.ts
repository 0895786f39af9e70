import type { BreakEvenResult } from '../analysis/breakeven';
import type { SimulationResult } from '../analysis/monte-carlo';
import type { TornadoResult } from '../analysis/sensitivity';
import type { CostCategory, ServiceName } from '../model/cost-line';
import type { Estimate } from '../model/estimate';
import type { OptionId } from '../model/scenario-schema';
import { formatMonth } from '../format/format';

/**
 * Chart data, shaped from an estimate or an analysis by pure functions: the dashboard's Recharts
 * components and the report's static charts only draw what these return (DESIGN convention 6).
 */

export interface MonthlyCategoryPoint {
  readonly month: number;
  readonly label: string;
  readonly infrastructure: number;
  readonly operations: number;
  readonly security: number;
  readonly downtime: number;
  readonly total: number;
}

/** One option's cost per month, stacked by category (one-time payments in the month they are paid). */
export function monthlyByCategory(e: Estimate, option: OptionId): MonthlyCategoryPoint[] {
  const o = e.options.find((x) => x.option === option);
  if (!o) return [];
  return o.projection.map((r) => ({
    month: r.month,
    label: formatMonth(r.month, e.scenario.startMonth),
    infrastructure: r.infrastructure,
    operations: r.operations,
    security: r.security,
    downtime: r.downtime,
    total: r.total,
  }));
}

export interface RunRatePoint {
  readonly option: OptionId;
  readonly label: string;
  /** Month-1 recurring cost by service (Amazon EC2, Engineering time, …). */
  readonly byService: Readonly<Partial<Record<ServiceName, number>>>;
  readonly byCategory: Readonly<Record<CostCategory, number>>;
  readonly total: number;
}

/** Each option's monthly run-rate split by service and by category: stacked bars side by side. */
export function runRateByOption(e: Estimate): RunRatePoint[] {
  return e.options.map((o) => {
    const byService: Partial<Record<ServiceName, number>> = {};
    for (const l of e.lines) {
      if (l.option !== o.option || l.schedule.kind !== 'monthly' || l.schedule.growth === 'above-base') continue;
      byService[l.service] = (byService[l.service] ?? 0) + l.monthly;
    }
    return { option: o.option, label: o.label, byService, byCategory: o.runRateByCategory, total: o.monthlyRunRate };
  });
}

/** Services that appear in any option's run-rate, in a stable order (for legends and colours). */
export function servicesInRunRate(points: readonly RunRatePoint[]): ServiceName[] {
  const order: ServiceName[] = [
    'Amazon EC2',
    'Amazon EBS',
    'Amazon RDS',
    'Amazon SageMaker',
    'Amazon EKS',
    'Amazon S3',
    'Elastic Load Balancing',
    'Data transfer',
    'Software licences',
    'Engineering time',
    'Downtime',
  ];
  const present = new Set<string>();
  for (const p of points) for (const [s, v] of Object.entries(p.byService)) if ((v ?? 0) > 0) present.add(s);
  const known = order.filter((s) => present.has(s));
  const extra = [...present].filter((s) => !order.includes(s as ServiceName)).sort() as ServiceName[];
  return [...known, ...extra];
}

export interface CumulativePoint {
  readonly month: number;
  readonly label: string;
  readonly [option: string]: number | string;
}

export interface BreakEvenMarker {
  readonly month: number;
  readonly label: string;
  readonly text: string;
}

/** Cumulative cost of every option by month, and a marker where one option overtakes another. */
export function cumulativeSeries(e: Estimate): { points: CumulativePoint[]; markers: BreakEvenMarker[] } {
  const months = e.scenario.horizonMonths;
  const points: CumulativePoint[] = [];
  for (let m = 1; m <= months; m++) {
    const p: Record<string, number | string> = { month: m, label: formatMonth(m, e.scenario.startMonth) };
    for (const o of e.options) p[o.option] = o.projection[m - 1]?.cumulative ?? 0;
    points.push(p as CumulativePoint);
  }
  const labelOf = (o: OptionId) => e.options.find((x) => x.option === o)?.label ?? o;
  const markers = e.crossovers
    .filter((c) => c.month !== null && c.cheaperFirst !== null)
    .map((c) => {
      const later = c.cheaperFirst === c.a ? c.b : c.a;
      return {
        month: c.month!,
        label: formatMonth(c.month!, e.scenario.startMonth),
        text: `${labelOf(later)} overtakes ${labelOf(c.cheaperFirst!)}`,
      };
    });
  return { points, markers };
}

export interface OpsHoursRow {
  readonly task: string;
  readonly [option: string]: number | string;
}

/** Recurring engineer hours per month by task, one column per option (the ops-effort chart). */
export function opsHoursByTask(e: Estimate): OpsHoursRow[] {
  const rows = new Map<string, Record<string, number | string>>();
  for (const l of e.lines) {
    if (l.hours === undefined || l.schedule.kind !== 'monthly') continue;
    const task = l.label;
    const row = rows.get(task) ?? { task };
    row[l.option] = ((row[l.option] as number | undefined) ?? 0) + l.hours;
    rows.set(task, row);
  }
  const total = (r: Record<string, number | string>) => e.options.reduce((s, o) => s + ((r[o.option] as number | undefined) ?? 0), 0);
  return [...rows.values()].sort((a, b) => total(b) - total(a)) as OpsHoursRow[];
}

export interface TornadoBarPoint {
  readonly label: string;
  readonly range: string;
  /** Change of the difference from the base case, at the input's low and high ends. */
  readonly low: number;
  readonly high: number;
  readonly swing: number;
}

/** Tornado bars centred on the base difference, largest first, at most `limit` bars. */
export function tornadoBars(t: TornadoResult, limit = 12): { base: number; bars: TornadoBarPoint[] } {
  return {
    base: t.base,
    bars: t.bars
      .filter((b) => b.swing > 0)
      .slice(0, limit)
      .map((b) => ({ label: b.label, range: `${round(b.low)}–${round(b.high)} ${b.unit}`, low: b.atLow - t.base, high: b.atHigh - t.base, swing: b.swing })),
  };
}

export interface DistributionPoint {
  readonly from: number;
  readonly to: number;
  readonly mid: number;
  readonly count: number;
  readonly share: number;
}

/** Histogram of the difference between the pair of options, with its P10/P50/P90. */
export function differenceDistribution(s: SimulationResult): { points: DistributionPoint[]; p10: number; p50: number; p90: number } {
  const n = s.runs;
  return {
    points: s.difference.histogram.map((b) => ({ from: b.from, to: b.to, mid: (b.from + b.to) / 2, count: b.count, share: b.count / n })),
    p10: s.difference.p10,
    p50: s.difference.p50,
    p90: s.difference.p90,
  };
}

/** The break-even curve: each option's cost by input value. */
export function breakEvenCurve(r: BreakEvenResult): { value: number; [option: string]: number }[] {
  return r.curve.map((p) => ({ value: p.value, ...p.totals }));
}

function round(v: number): string {
  return String(Math.round(v * 100) / 100);
}
