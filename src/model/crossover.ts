import type { MonthRow } from './projection';
import type { OptionId } from './scenario-schema';

/** Where two options' cumulative costs cross over the horizon. */
export interface Crossover {
  readonly a: OptionId;
  readonly b: OptionId;
  /** Cheaper option in month 1 (cumulatively); null when they start equal. */
  readonly cheaperFirst: OptionId | null;
  /** First month in which the other option's cumulative cost is lower; null when that never happens within the horizon. */
  readonly month: number | null;
  /** Cheaper option at the end of the horizon; null when equal. */
  readonly cheaperAtEnd: OptionId | null;
}

/**
 * Finds the month one option overtakes the other in cumulative cost. Differences below half a
 * cent count as equal, so rounding noise never reports a crossover.
 */
export function findCrossover(a: OptionId, rowsA: readonly MonthRow[], b: OptionId, rowsB: readonly MonthRow[]): Crossover {
  const EPS = 0.005;
  const sign = (m: number) => {
    const d = (rowsA[m]?.cumulative ?? 0) - (rowsB[m]?.cumulative ?? 0);
    return d > EPS ? 1 : d < -EPS ? -1 : 0;
  };
  const n = Math.min(rowsA.length, rowsB.length);
  const endSign = n > 0 ? sign(n - 1) : 0;
  const cheaperAtEnd = endSign > 0 ? b : endSign < 0 ? a : null;
  let first = 0;
  let start = 0;
  while (start < n && (first = sign(start)) === 0) start++;
  if (first === 0) return { a, b, cheaperFirst: null, month: null, cheaperAtEnd };
  const cheaperFirst = first < 0 ? a : b;
  for (let m = start + 1; m < n; m++) {
    if (sign(m) === -first) return { a, b, cheaperFirst, month: m + 1, cheaperAtEnd };
  }
  return { a, b, cheaperFirst, month: null, cheaperAtEnd };
}
