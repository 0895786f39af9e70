import type { Estimate } from '../model/estimate';
import type { OptionId } from '../model/scenario-schema';
import type { TradeoffsReport } from '../tradeoffs/report';
import { formatShare, formatUsd } from '../format/format';
import { refusalOf } from './missing-prices';
import { lineFlag } from './provenance-rows';
import type { ReportRecommendation } from './report-document';

/**
 * The answer both the dashboard and the report give: the cheapest option over the horizon, by how
 * much it beats the runner-up, and what qualifies that (fallback rates). With the trade-offs report,
 * the weighted scorecard's pick stands beside it. Null when nothing was estimated, and when a price
 * was not found (its line counts as nothing, so no option can be called cheaper: refusalOf says why).
 */
export function recommendationOf(est: Estimate, tradeoffs: TradeoffsReport | null = null): ReportRecommendation | null {
  if (refusalOf(est)) return null;
  const best = est.options.find((o) => o.option === est.ranking[0]);
  if (!best) return null;
  const next = est.options.find((o) => o.option === est.ranking[1]);
  const months = est.scenario.horizonMonths;
  const caveats: string[] = [];
  const fallback = est.lines.filter((l) => lineFlag(l) === 'fallback').length;
  if (fallback > 0) {
    caveats.push(
      `${fallback} line${fallback > 1 ? 's use' : ' uses'} the on-demand price instead of a reserved rate that was not found; enter your reserved rate with the commitment to price ${fallback > 1 ? 'them' : 'it'} as chosen.`,
    );
  }
  const card = tradeoffs?.scorecard.recommendation;
  const scorecard = card ? { option: card.option, label: card.label, agrees: card.option === best.option, summary: card.summary } : null;
  if (!next) {
    return {
      option: best.option,
      label: best.label,
      runnerUp: null,
      runnerUpLabel: null,
      savingUsd: 0,
      savingShare: 0,
      savingNpvUsd: 0,
      horizonMonths: months,
      headline: `The scenario compares one option only: ${best.label} costs ${formatUsd(best.horizonTotal)} over ${months} months.`,
      caveats,
      scorecard,
    };
  }
  const saving = next.horizonTotal - best.horizonTotal;
  const share = next.horizonTotal > 0 ? saving / next.horizonTotal : 0;
  const headline =
    formatUsd(saving) === formatUsd(0)
      ? `${best.label} and ${next.label} cost the same over ${months} months: ${formatUsd(best.horizonTotal)}.`
      : `${best.label} costs ${formatUsd(saving)} (${formatShare(share)}) less than ${next.label} over ${months} months: ${formatUsd(best.horizonTotal)} against ${formatUsd(next.horizonTotal)}.`;
  return {
    option: best.option,
    label: best.label,
    runnerUp: next.option,
    runnerUpLabel: next.label,
    savingUsd: saving,
    savingShare: share,
    savingNpvUsd: next.npv - best.npv,
    horizonMonths: months,
    headline,
    caveats,
    scorecard,
  };
}

/**
 * The pair every analysis compares, in the app and the report alike: [runner-up, recommended], so a
 * difference is the runner-up's cost minus the recommended option's, the saving (positive while the
 * recommendation holds). Null when there is no recommendation (one option, or prices missing).
 */
export function analysisPair(est: Estimate): readonly [OptionId, OptionId] | null {
  const r = recommendationOf(est);
  return r?.runnerUp ? [r.runnerUp, r.option] : null;
}
