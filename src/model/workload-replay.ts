import type { PriceCatalogue } from '../pricing/catalogue';
import type { BuildContext } from './build-context';
import type { CostCategory, LineSchedule } from './cost-line';
import type { LineSink, OptionTotals } from './line-sink';
import type { OptionId, Workload } from './scenario-schema';

/** One amount a workload builder added to an option's totals. */
interface Emission {
  readonly category: CostCategory;
  readonly amount: number;
  readonly schedule: LineSchedule;
  readonly hours: number | undefined;
  readonly flagged: boolean;
}

/**
 * Remembers what a workload's cost builder added to the totals, per option and Region, and replays
 * it when the same (unchanged) workload object is evaluated again (recording from its second
 * evaluation on). What-if analysis re-evaluates
 * a scenario thousands of times while varying a few inputs; scenarios are immutable and inputs are
 * set by copying only the objects along the changed path, so untouched workloads keep their
 * identity and need not be rebuilt. A workload's lines depend only on the workload, the option,
 * the Region and the catalogue; labour, ops effort and growth are applied outside the builders.
 * Used for totals-only evaluations without a usage observer; detailed estimates always rebuild.
 */
const memo = new WeakMap<PriceCatalogue, WeakMap<Workload, Map<string, readonly Emission[] | 'seen'>>>();

export function emitWorkloadMemoised(ctx: BuildContext, option: OptionId, workload: Workload, build: (ctx: BuildContext) => void): void {
  if (ctx.sink.detailed || ctx.sink.onCompute !== undefined) {
    build(ctx);
    return;
  }
  let byWorkload = memo.get(ctx.catalogue);
  if (byWorkload === undefined) {
    byWorkload = new WeakMap();
    memo.set(ctx.catalogue, byWorkload);
  }
  let byOption = byWorkload.get(workload);
  if (byOption === undefined) {
    byOption = new Map();
    byWorkload.set(workload, byOption);
  }
  const key = `${option}|${ctx.region}`;
  const totals = ctx.sink.totals(option);
  const recorded = byOption.get(key);
  if (recorded === undefined) {
    // First sight: most workloads in a Monte Carlo run are seen once (a sampled input changed
    // them), so recording is only worth it from the second evaluation on.
    byOption.set(key, 'seen');
    build(ctx);
    return;
  }
  if (recorded !== 'seen') {
    for (const e of recorded) totals.add(e.category, e.amount, e.schedule, e.hours, e.flagged);
    return;
  }
  const emissions: Emission[] = [];
  const recorder: Pick<OptionTotals, 'add'> = {
    add(category, amount, schedule, hours, flagged) {
      emissions.push({ category, amount, schedule, hours, flagged });
      return totals.add(category, amount, schedule, hours, flagged);
    },
  };
  const sink: LineSink = {
    detailed: false,
    totals: () => recorder as OptionTotals,
    keep: () => undefined,
  };
  build({ ...ctx, sink });
  byOption.set(key, emissions);
}
