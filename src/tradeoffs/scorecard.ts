import { ModelError } from '../model/errors';
import type { Provenance } from '../model/citation';
import type { OptionId } from '../model/scenario-schema';
import { formatNumber, formatUsdWhole } from '../format/format';
import { CRITERIA, CRITERION_IDS, DEFAULT_WEIGHTS, DEFAULT_WEIGHTS_PROVENANCE, SCORE_STEPS, SCORE_STEPS_PROVENANCE, type CriterionId } from '../model/scorecard-criteria';

/**
 * The weighted scorecard: each option gets a 1–5 score per criterion (5 best), defaulted from the
 * model's own figures with the reasoning shown, or overridden by the scenario; weights are
 * normalised to sum to 1; the weighted total ranks the options and the recommendation says which
 * criteria drove it and how it relates to the cost-only answer.
 */

/** What the scorecard needs to know about one option. Plain numbers, so the UI can call it directly. */
export interface ScorecardOptionInput {
  readonly option: OptionId;
  readonly label: string;
  /** Horizon total from the estimate, USD. */
  readonly horizonTotalUsd: number;
  /** Recurring engineer hours per month (ops tasks + incidents). */
  readonly opsHoursPerMonth: number;
  /** Mean control-lever points, 1–5 (see control-levers.ts). */
  readonly controlPoints: number;
  /** One-time exit effort, engineer hours. */
  readonly exitHours: number;
  /** Weeks of setup until production-ready. */
  readonly weeksToValue: number;
}

export interface ScoreOverride {
  readonly score: number;
  readonly reason?: string | undefined;
}

export interface ScorecardInput {
  readonly horizonMonths: number;
  readonly options: readonly ScorecardOptionInput[];
  /** The scenario's weights in points; criteria left out keep their default weight. */
  readonly weights: Readonly<Record<string, number>>;
  /** The scenario's score overrides: option → criterion → score. */
  readonly scores: Readonly<Record<string, Readonly<Record<string, ScoreOverride>>>>;
  /** Which trade-off figures the estimate already folds into cost (to warn about counting twice). */
  readonly foldedIntoCost: { readonly exitEffort: boolean; readonly delayCost: boolean };
}

export interface CriterionWeight {
  readonly criterion: CriterionId;
  readonly label: string;
  /** Weight as given (points). */
  readonly points: number;
  /** Share of the total, 0–1; the shares sum to 1. */
  readonly normalized: number;
  readonly source: 'default' | 'scenario';
}

export interface CriterionScore {
  readonly criterion: CriterionId;
  /** The score used, 1–5. */
  readonly score: number;
  /** The score computed from the model's figures. */
  readonly defaultScore: number;
  readonly overridden: boolean;
  /** How the default was worked out. */
  readonly reasoning: string;
  /** The scenario's reason for an override, when it gives one. */
  readonly overrideReason?: string | undefined;
  /** Normalised weight × score: this criterion's part of the weighted total. */
  readonly weighted: number;
}

export interface OptionScorecard {
  readonly option: OptionId;
  readonly label: string;
  readonly scores: readonly CriterionScore[];
  /** Σ normalised weight × score, 1–5. */
  readonly weightedTotal: number;
}

export interface Driver {
  readonly criterion: CriterionId;
  readonly label: string;
  /** Normalised weight × (winner's score − runner-up's score); positive favours the winner. */
  readonly contribution: number;
}

export interface Recommendation {
  readonly option: OptionId;
  readonly label: string;
  readonly weightedTotal: number;
  readonly runnerUp?: { readonly option: OptionId; readonly label: string; readonly weightedTotal: number } | undefined;
  /** Every criterion's part in the lead over the runner-up, largest first. */
  readonly drivers: readonly Driver[];
  /** The lowest-cost option, for comparison with the cost-only answer. */
  readonly cheapest: OptionId;
  /** One paragraph: what is recommended, what drove it, and how it relates to cost. */
  readonly summary: string;
}

export interface ScorecardResult {
  readonly weights: readonly CriterionWeight[];
  readonly options: readonly OptionScorecard[];
  /** Options from the highest weighted total (ties: lower cost first). */
  readonly ranking: readonly OptionId[];
  readonly recommendation: Recommendation;
  readonly notes: readonly string[];
  readonly provenance: Provenance;
}

/**
 * Merges the scenario's weights with the defaults and normalises them to sum to 1. Only ratios
 * matter: {cost: 2, control: 1} and {cost: 50, control: 25} rank options the same way.
 */
export function normalizeWeights(scenarioWeights: Readonly<Record<string, number>>): CriterionWeight[] {
  const points = CRITERION_IDS.map((id) => {
    const given = scenarioWeights[id];
    if (given !== undefined && (!Number.isFinite(given) || given < 0)) throw new ModelError(`scorecard weight for ${id} must be 0 or more (got ${given})`);
    return { id, points: given ?? DEFAULT_WEIGHTS[id], source: given === undefined ? ('default' as const) : ('scenario' as const) };
  });
  const total = points.reduce((sum, p) => sum + p.points, 0);
  if (!(total > 0)) throw new ModelError('scorecard weights must give at least one criterion a weight above 0');
  return points.map((p) => ({ criterion: p.id, label: CRITERIA[p.id].label, points: p.points, normalized: p.points / total, source: p.source }));
}

/**
 * Score of a "lower is better" figure: 5 for the best (lowest) option, one point less per `step`
 * it falls behind, never below 1. Steps are in SCORE_STEPS (criteria.ts).
 */
export function lowerIsBetterScore(value: number, best: number, step: number): number {
  if (!(step > 0)) throw new ModelError(`score step must be above 0 (got ${step})`);
  return Math.max(1, 5 - Math.max(0, value - best) / step);
}

function clampScore(x: number): number {
  return Math.min(5, Math.max(1, x));
}

const round1 = (x: number) => formatNumber(Math.round(x * 10) / 10);

/** Default 1–5 scores of every option on every criterion, each with the reasoning behind it. */
export function defaultScores(input: ScorecardInput): Map<OptionId, Map<CriterionId, { score: number; reasoning: string }>> {
  const opts = input.options;
  const min = (f: (o: ScorecardOptionInput) => number) => Math.min(...opts.map(f));
  const bestCost = min((o) => o.horizonTotalUsd);
  const bestOps = min((o) => o.opsHoursPerMonth);
  const bestExit = min((o) => o.exitHours);
  const bestWeeks = min((o) => o.weeksToValue);
  const out = new Map<OptionId, Map<CriterionId, { score: number; reasoning: string }>>();
  for (const o of opts) {
    const m = new Map<CriterionId, { score: number; reasoning: string }>();
    const costPct = bestCost > 0 ? ((o.horizonTotalUsd - bestCost) / bestCost) * 100 : 0;
    m.set('cost', {
      score: lowerIsBetterScore(costPct, 0, SCORE_STEPS.costPct),
      reasoning:
        o.horizonTotalUsd <= bestCost
          ? `Lowest total over ${input.horizonMonths} months (${formatUsdWhole(o.horizonTotalUsd)}).`
          : `${formatUsdWhole(o.horizonTotalUsd)} over ${input.horizonMonths} months, ${round1(costPct)}% above the lowest (${formatUsdWhole(bestCost)}): one point per ${SCORE_STEPS.costPct}%.`,
    });
    m.set('operational-burden', {
      score: lowerIsBetterScore(o.opsHoursPerMonth, bestOps, SCORE_STEPS.opsHoursPerMonth),
      reasoning:
        o.opsHoursPerMonth <= bestOps
          ? `Fewest engineer hours per month (${round1(o.opsHoursPerMonth)} h).`
          : `${round1(o.opsHoursPerMonth)} engineer h/month, ${round1(o.opsHoursPerMonth - bestOps)} h more than the lightest option: one point per ${round1(SCORE_STEPS.opsHoursPerMonth)} h (a tenth of a full-time engineer).`,
    });
    m.set('control', {
      score: clampScore(o.controlPoints),
      reasoning: `Mean of its control levers: ${formatNumber(Math.round(o.controlPoints * 100) / 100)} (full 5, partial 3, none 1).`,
    });
    m.set('portability', {
      score: lowerIsBetterScore(o.exitHours, bestExit, SCORE_STEPS.exitHours),
      reasoning:
        o.exitHours <= bestExit
          ? `Least exit effort (${round1(o.exitHours)} engineer hours).`
          : `${round1(o.exitHours)} engineer hours to leave, ${round1(o.exitHours - bestExit)} h more than the most portable option: one point per ${SCORE_STEPS.exitHours} h (a working week).`,
    });
    m.set('time-to-value', {
      score: lowerIsBetterScore(o.weeksToValue, bestWeeks, SCORE_STEPS.weeksToValue),
      reasoning:
        o.weeksToValue <= bestWeeks
          ? `Fastest to production (${round1(o.weeksToValue)} weeks of setup).`
          : `${round1(o.weeksToValue)} weeks of setup, ${round1(o.weeksToValue - bestWeeks)} weeks after the fastest option: one point per month (${round1(SCORE_STEPS.weeksToValue)} weeks).`,
    });
    out.set(o.option, m);
  }
  return out;
}

function signed(x: number): string {
  const r = Math.round(x * 100) / 100;
  return `${r >= 0 ? '+' : '−'}${Math.abs(r).toFixed(2)}`;
}

function listDrivers(drivers: readonly Driver[]): string {
  return drivers.map((d) => `${d.label.toLowerCase()} (${signed(d.contribution)})`).join(', ');
}

/** Scores, weights, ranking and a recommendation that says what drove it. */
export function scorecard(input: ScorecardInput): ScorecardResult {
  if (input.options.length === 0) throw new ModelError('the scorecard needs at least one option');
  const weights = normalizeWeights(input.weights);
  const defaults = defaultScores(input);
  const options: OptionScorecard[] = input.options.map((o) => {
    const overrides = input.scores[o.option] ?? {};
    const scores = weights.map((w) => {
      const d = defaults.get(o.option)!.get(w.criterion)!;
      const override = overrides[w.criterion];
      const score = override ? override.score : d.score;
      return {
        criterion: w.criterion,
        score,
        defaultScore: d.score,
        overridden: override !== undefined,
        reasoning: d.reasoning,
        overrideReason: override?.reason,
        weighted: w.normalized * score,
      };
    });
    return { option: o.option, label: o.label, scores, weightedTotal: scores.reduce((sum, s) => sum + s.weighted, 0) };
  });

  const costOf = new Map(input.options.map((o) => [o.option, o.horizonTotalUsd]));
  const ranked = [...options].sort(
    (a, b) => b.weightedTotal - a.weightedTotal || (costOf.get(a.option) ?? 0) - (costOf.get(b.option) ?? 0),
  );
  const winner = ranked[0]!;
  const runner = ranked[1];
  const cheapestInput = input.options.reduce((best, o) => (o.horizonTotalUsd < best.horizonTotalUsd ? o : best), input.options[0]!);

  const drivers: Driver[] = runner
    ? weights
        .map((w, i) => ({
          criterion: w.criterion,
          label: w.label,
          contribution: w.normalized * (winner.scores[i]!.score - runner.scores[i]!.score),
        }))
        .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
    : [];

  const sentences: string[] = [];
  if (!runner) {
    sentences.push(`Only one option is compared: ${winner.label} (weighted score ${winner.weightedTotal.toFixed(2)} of 5).`);
  } else {
    sentences.push(
      `Recommended: ${winner.label}, weighted score ${winner.weightedTotal.toFixed(2)} of 5 against ${runner.weightedTotal.toFixed(2)} for ${runner.label}.`,
    );
    const forIt = drivers.filter((d) => d.contribution > 0.005).slice(0, 3);
    const against = drivers.filter((d) => d.contribution < -0.005).slice(0, 3);
    if (forIt.length > 0) sentences.push(`What drove it: ${listDrivers(forIt)}.`);
    if (against.length > 0) sentences.push(`Against it: ${listDrivers(against)}.`);
    if (forIt.length === 0 && against.length === 0) sentences.push('The two are level on every weighted criterion; the lower cost decides.');
    if (winner.option === cheapestInput.option) {
      sentences.push(`It is also the lowest-cost option over ${input.horizonMonths} months.`);
    } else {
      const diff = (costOf.get(winner.option) ?? 0) - cheapestInput.horizonTotalUsd;
      sentences.push(
        `${cheapestInput.label} costs ${formatUsdWhole(diff)} less over ${input.horizonMonths} months; at these weights the other criteria outweigh that.`,
      );
    }
  }

  const notes: string[] = [];
  if (input.foldedIntoCost.exitEffort) {
    notes.push('Exit effort is folded into the TCO, so it counts in "cost" as well as in "portability"; lower one of the two weights to count it once.');
  }
  if (input.foldedIntoCost.delayCost) {
    notes.push('The value of delay is folded into the TCO, so it counts in "cost" as well as in "time to value"; lower one of the two weights to count it once.');
  }
  const overrideCount = options.reduce((n, o) => n + o.scores.filter((s) => s.overridden).length, 0);
  if (overrideCount > 0) notes.push(`${overrideCount} score${overrideCount === 1 ? ' is' : 's are'} overridden in the scenario (tradeoffs.scorecard.scores).`);
  const ignored = Object.keys(input.scores).filter((k) => !input.options.some((o) => o.option === k));
  if (ignored.length > 0) notes.push(`Score overrides for options this scenario does not compare are ignored: ${ignored.join(', ')}.`);

  return {
    weights,
    options,
    ranking: ranked.map((o) => o.option),
    recommendation: {
      option: winner.option,
      label: winner.label,
      weightedTotal: winner.weightedTotal,
      runnerUp: runner ? { option: runner.option, label: runner.label, weightedTotal: runner.weightedTotal } : undefined,
      drivers,
      cheapest: cheapestInput.option,
      summary: sentences.join(' '),
    },
    notes,
    provenance: {
      citations: DEFAULT_WEIGHTS_PROVENANCE.citations,
      rationale: `${DEFAULT_WEIGHTS_PROVENANCE.rationale} ${SCORE_STEPS_PROVENANCE.rationale}`,
    },
  };
}
