import type { Distribution } from '../model/scenario-schema';
import { standardNormal } from './random';

/** z of the 90th percentile of the standard normal: P10 and P90 sit 1.2816 σ either side of the median. */
export const Z90 = 1.2815515655446004;

/** Draws one value from a distribution. */
export function sample(d: Distribution, random: () => number): number {
  switch (d.kind) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return d.min + (d.max - d.min) * random();
    case 'triangular': {
      // Inverse CDF of the triangular distribution.
      const u = random();
      const span = d.max - d.min;
      if (span === 0) return d.min;
      const cut = (d.mode - d.min) / span;
      return u < cut ? d.min + Math.sqrt(u * span * (d.mode - d.min)) : d.max - Math.sqrt((1 - u) * span * (d.max - d.mode));
    }
    case 'lognormal': {
      // ln X ~ N(μ, σ) with μ and σ fixed by the two percentiles.
      const mu = (Math.log(d.p10) + Math.log(d.p90)) / 2;
      const sigma = (Math.log(d.p90) - Math.log(d.p10)) / (2 * Z90);
      return Math.exp(mu + sigma * standardNormal(random));
    }
  }
}

/** A parameter as text, at most four decimals (a default range's ends are computed, e.g. 80% of $71.3955). */
function num(v: number): string {
  return String(Math.round(v * 10_000) / 10_000);
}

/** Plain-language description, e.g. "triangular 60 / 71.4 / 95". */
export function describeDistribution(d: Distribution): string {
  switch (d.kind) {
    case 'fixed':
      return `fixed ${num(d.value)}`;
    case 'uniform':
      return `uniform ${num(d.min)} to ${num(d.max)}`;
    case 'triangular':
      return `triangular min ${num(d.min)}, mode ${num(d.mode)}, max ${num(d.max)}`;
    case 'lognormal':
      return `lognormal P10 ${num(d.p10)}, P90 ${num(d.p90)}`;
  }
}

/** The q-quantile (0..1) of sorted values, interpolating linearly between order statistics. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return a === b ? a : a + (b - a) * (pos - lo);
}
