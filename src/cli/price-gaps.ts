import type { Estimate } from '../model/estimate';

/**
 * The two kinds of price gap, as the app and the report tell them apart: a price not found counts
 * as $0, so no option can be called cheaper (exit 3 unless --allow-missing, as the app refuses to
 * recommend); a fallback price (on-demand where a reserved rate was not found) is a price, so it is
 * a caveat on stderr and the command succeeds, as the app shows it beside the choice.
 */
export interface PriceGaps {
  readonly missing: Estimate['warnings'];
  readonly fallback: Estimate['warnings'];
}

export function priceGaps(est: Estimate): PriceGaps {
  return {
    missing: est.warnings.filter((w) => w.kind === 'missing-price'),
    fallback: est.warnings.filter((w) => w.kind === 'fallback-price'),
  };
}

/** "tco-studio: caveat: 2 choices priced at on-demand …", or '' when every rate chosen was found. */
export function fallbackCaveat(gaps: PriceGaps): string {
  const n = gaps.fallback.length;
  if (n === 0) return '';
  return `tco-studio: caveat: ${n} commitment${n > 1 ? 's are' : ' is'} priced at on-demand because the reserved rate was not found; first: ${gaps.fallback[0]!.message}\n`;
}
