import type { Estimate } from '../model/estimate';
import { lineFlag } from './provenance-rows';
import type { RecommendationRefusal } from './report-document';

/** How many of the prices not found the refusal names (the rest are counted). */
export const REFUSAL_NAMED_PRICES = 3;

/**
 * Why no option is recommended: a line whose price was not found counts as nothing, so the totals
 * that include it are too low by an unknown amount and "the cheaper option" may be false. The CLI
 * refuses the same case (exit 3 unless --allow-missing); the dashboard, the report's first page and the
 * JSON (`recommendation: null`, `refusal`) say this instead of an answer. A fallback price (on-demand
 * in place of a reserved rate that was not found) is a price, so it is a caveat, not a refusal.
 * Null when every line is priced.
 */
export function refusalOf(est: Estimate): RecommendationRefusal | null {
  const missingLines = est.lines.filter((l) => lineFlag(l) === 'missing').length;
  if (missingLines === 0) return null;
  const warnings = est.warnings.filter((w) => w.kind === 'missing-price');
  // The model's message ends in a hint for the command line ("; refresh prices from AWS"): the fix below says it for everyone.
  const missing = warnings.map((w) => w.message.replace(/; [^;]*$/, '').replace(/^price not found for /, ''));
  const region = est.scenario.region;
  const count = warnings.length || missingLines;
  const instance = warnings.some((w) => /instance type/.test(w.message));
  const headline =
    `No recommendation: ${count} price${count > 1 ? 's were' : ' was'} not found, so ${missingLines} cost line${missingLines > 1 ? 's count' : ' counts'} as $0 ` +
    `and the totals are too low by an unknown amount; which option is cheaper cannot be said.`;
  const fix = `To get a recommendation: ${instance ? `pick an instance type that has a price in ${region}, ` : ''}refresh the prices for ${region} from AWS (Prices view), or compare in another Region.`;
  return { kind: 'missing-prices', missingLines, missing, named: missing.slice(0, REFUSAL_NAMED_PRICES), headline, fix };
}

/** The refusal's list in one phrase: the first prices not found, and how many more. */
export function refusalMissingText(refusal: RecommendationRefusal): string {
  const more = refusal.missing.length - refusal.named.length;
  return `Not found: ${refusal.named.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
}
