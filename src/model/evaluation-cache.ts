import type { PriceCatalogue } from '../pricing/catalogue';
import { QuoteCache } from '../pricing/quote-cache';
import type { CostCategory, LineSchedule } from './cost-line';
import type { OptionId, Workload } from './scenario-schema';
import { createTiming, type Timing } from './timing';

/** One priced amount a workload's builder added to an option's projection (replayed by workload-replay.ts). */
export interface RecordedAmount {
  readonly category: CostCategory;
  readonly amount: number;
  readonly schedule: LineSchedule;
  readonly hours: number | undefined;
  readonly flagged: boolean;
}

/** Per workload object: per option and Region, its recorded amounts, or 'seen' after its first evaluation. */
export type WorkloadRecordings = Map<string, readonly RecordedAmount[] | 'seen'>;

/**
 * What repeated evaluations of one scenario may reuse: memoised catalogue lookups, the horizon
 * sums of the last horizon/growth/discount asked for, and the amounts of workloads that did not
 * change. The pure core keeps no module-level state: a caller that evaluates again and again
 * (Monte Carlo, tornado, break-even, the what-if sliders) creates one cache and passes it in;
 * a one-off estimate gets a fresh one. Catalogues and scenarios are immutable (a price refresh
 * yields a new catalogue; an edit copies the objects along the changed path), so entries keyed by
 * object identity never go stale.
 */
export class EvaluationCache {
  private readonly quoteCaches = new WeakMap<PriceCatalogue, QuoteCache>();
  private lastTiming: { readonly timing: Timing; readonly growthPctPerMonth: number; readonly discountRateAnnualPct: number } | undefined;
  private readonly recordings = new WeakMap<PriceCatalogue, WeakMap<Workload, WorkloadRecordings>>();

  /** The lookup cache of a catalogue. */
  quotes(catalogue: PriceCatalogue): QuoteCache {
    let cache = this.quoteCaches.get(catalogue);
    if (!cache) {
      cache = new QuoteCache(catalogue);
      this.quoteCaches.set(catalogue, cache);
    }
    return cache;
  }

  /** Horizon sums; the last ones are reused (what-if loops ask for the same again and again). */
  timing(horizonMonths: number, growthPctPerMonth: number, discountRateAnnualPct: number): Timing {
    const last = this.lastTiming;
    if (
      last === undefined ||
      last.timing.horizonMonths !== horizonMonths ||
      last.growthPctPerMonth !== growthPctPerMonth ||
      last.discountRateAnnualPct !== discountRateAnnualPct
    ) {
      this.lastTiming = { timing: createTiming(horizonMonths, growthPctPerMonth, discountRateAnnualPct), growthPctPerMonth, discountRateAnnualPct };
    }
    return this.lastTiming!.timing;
  }

  /** The recordings of one workload object against one catalogue. */
  workloadRecordings(catalogue: PriceCatalogue, workload: Workload): WorkloadRecordings {
    let byWorkload = this.recordings.get(catalogue);
    if (byWorkload === undefined) {
      byWorkload = new WeakMap();
      this.recordings.set(catalogue, byWorkload);
    }
    let byOption = byWorkload.get(workload);
    if (byOption === undefined) {
      byOption = new Map();
      byWorkload.set(workload, byOption);
    }
    return byOption;
  }
}

/** The key of a workload's recording: its amounts depend on the option and the Region. */
export function recordingKey(option: OptionId, region: string): string {
  return `${option}|${region}`;
}
