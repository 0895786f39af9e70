import type { BuildContext } from './build-context';
import { recordingKey, type RecordedAmount } from './evaluation-cache';
import type { LineSink } from './line-sink';
import type { OptionProjection } from './projection';
import type { OptionId, Workload } from './scenario-schema';

/**
 * Replays what a workload's cost builder added to an option's projection when the same
 * (unchanged) workload object is evaluated again with the same evaluation cache (recording from
 * its second evaluation on). What-if analysis re-evaluates a scenario thousands of times while
 * varying a few inputs; scenarios are immutable and inputs are set by copying only the objects
 * along the changed path, so untouched workloads keep their identity and need not be rebuilt. A
 * workload's lines depend only on the workload, the option, the Region and the catalogue; labour,
 * ops effort and growth are applied outside the builders. The replayed amounts enter the same
 * OptionProjection in the same order as a rebuild would, so the rows are identical.
 * Used for totals-only evaluations without a usage observer; detailed estimates always rebuild.
 */
export function emitWorkloadMemoised(ctx: BuildContext, option: OptionId, workload: Workload, build: (ctx: BuildContext) => void): void {
  if (ctx.sink.detailed || ctx.sink.onCompute !== undefined) {
    build(ctx);
    return;
  }
  const byOption = ctx.cache.workloadRecordings(ctx.catalogue, workload);
  const key = recordingKey(option, ctx.region);
  const projection = ctx.sink.projection(option);
  const recorded = byOption.get(key);
  if (recorded === undefined) {
    // First sight: most workloads in a Monte Carlo run are seen once (a sampled input changed
    // them), so recording is only worth it from the second evaluation on.
    byOption.set(key, 'seen');
    build(ctx);
    return;
  }
  if (recorded !== 'seen') {
    for (const e of recorded) projection.add(e.category, e.amount, e.schedule, e.hours, e.flagged);
    return;
  }
  const amounts: RecordedAmount[] = [];
  const recorder: Pick<OptionProjection, 'add'> = {
    add(category, amount, schedule, hours, flagged) {
      amounts.push({ category, amount, schedule, hours, flagged });
      return projection.add(category, amount, schedule, hours, flagged);
    },
  };
  const sink: LineSink = {
    detailed: false,
    projection: () => recorder as OptionProjection,
    keep: () => undefined,
  };
  build({ ...ctx, sink });
  byOption.set(key, amounts);
}
