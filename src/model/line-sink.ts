import type { EstimatedLine } from './cost-line';
import type { ComputeUsage } from './line-spec';
import { OptionProjection } from './projection';
import type { Commitment, OptionId } from './scenario-schema';
import type { Timing } from './timing';

/**
 * Where builders put their lines. Every sink feeds each option's projection (the sums); a detailed
 * sink also keeps every line with its text and provenance (for tables and reports), while a
 * totals-only sink skips the text, so what-if analysis can re-evaluate a scenario thousands of
 * times through the same code.
 */
export interface LineSink {
  readonly detailed: boolean;
  projection(option: OptionId): OptionProjection;
  /** Detailed sinks only: keeps a finished line. */
  keep(line: EstimatedLine): void;
  /** Optional observer of instance usage before a pricing choice applies (commitment analysis). */
  readonly onCompute?: ((usage: ComputeUsage, commitment: Commitment | undefined) => void) | undefined;
}

export function createSink(detailed: boolean, timing: Timing, onCompute?: LineSink['onCompute']): LineSink & { readonly lines: EstimatedLine[] } {
  const byOption = new Map<OptionId, OptionProjection>();
  const lines: EstimatedLine[] = [];
  // Builders emit all lines of one option in a row; remembering the last one skips the map.
  let last: OptionProjection | undefined;
  return {
    detailed,
    lines,
    projection(option) {
      if (last !== undefined && last.option === option) return last;
      let p = byOption.get(option);
      if (!p) {
        p = new OptionProjection(option, timing);
        byOption.set(option, p);
      }
      last = p;
      return p;
    },
    keep(line) {
      lines.push(line);
    },
    onCompute,
  };
}
