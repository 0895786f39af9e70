import { describe, expect, it } from 'vitest';
import {
  CRITERION_IDS,
  DEFAULT_WEIGHTS,
  lowerIsBetterScore,
  ModelError,
  normalizeWeights,
  SCORE_STEPS,
  scorecard,
  type ScorecardInput,
  type ScorecardOptionInput,
} from '../../src/index';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function option(over: Partial<ScorecardOptionInput> & Pick<ScorecardOptionInput, 'option'>): ScorecardOptionInput {
  return { label: over.option, horizonTotalUsd: 100_000, opsHoursPerMonth: 10, controlPoints: 3, exitHours: 40, weeksToValue: 2, ...over };
}

function input(options: ScorecardOptionInput[], over: Partial<ScorecardInput> = {}): ScorecardInput {
  return { horizonMonths: 36, options, weights: {}, scores: {}, foldedIntoCost: { exitEffort: false, delayCost: false }, ...over };
}

describe('weight normalisation', () => {
  it('uses the default weights when the scenario gives none, normalised to sum to 1', () => {
    const w = normalizeWeights({});
    expect(w.map((x) => x.criterion)).toEqual([...CRITERION_IDS]);
    expect(sum(w.map((x) => x.normalized))).toBeCloseTo(1, 12);
    const total = sum(Object.values(DEFAULT_WEIGHTS));
    for (const x of w) {
      expect(x.source).toBe('default');
      expect(x.normalized).toBeCloseTo(DEFAULT_WEIGHTS[x.criterion] / total, 12);
    }
  });

  it('merges the scenario\'s weights with the defaults for criteria it leaves out', () => {
    const w = normalizeWeights({ cost: 65 });
    const byId = Object.fromEntries(w.map((x) => [x.criterion, x]));
    // 65 + 25 + 15 + 10 + 15 = 130.
    expect(byId.cost!.normalized).toBeCloseTo(65 / 130, 12);
    expect(byId.cost!.source).toBe('scenario');
    expect(byId.control!.normalized).toBeCloseTo(15 / 130, 12);
    expect(byId.control!.source).toBe('default');
  });

  it('depends only on ratios: scaling every weight changes nothing', () => {
    const a = normalizeWeights({ cost: 2, 'operational-burden': 1, control: 1, portability: 0, 'time-to-value': 0 });
    const b = normalizeWeights({ cost: 50, 'operational-burden': 25, control: 25, portability: 0, 'time-to-value': 0 });
    expect(a.map((x) => x.normalized)).toEqual(b.map((x) => x.normalized));
    expect(a.map((x) => x.normalized)).toEqual([0.5, 0.25, 0.25, 0, 0]);
  });

  it('rejects weights that leave nothing to weigh', () => {
    expect(() => normalizeWeights({ cost: 0, 'operational-burden': 0, control: 0, portability: 0, 'time-to-value': 0 })).toThrow(ModelError);
    expect(() => normalizeWeights({ cost: -1 })).toThrow(ModelError);
  });
});

describe('default scores', () => {
  it.each([
    ['the best option scores 5', 10, 10, 5, 5],
    ['one step behind scores 4', 15, 10, 5, 4],
    ['half a step behind scores 4.5', 12.5, 10, 5, 4.5],
    ['four steps behind scores 1', 30, 10, 5, 1],
    ['never below 1', 1000, 10, 5, 1],
    ['better than "best" is still 5', 5, 10, 5, 5],
  ])('%s', (_name, value, best, step, expected) => {
    expect(lowerIsBetterScore(value, best, step)).toBeCloseTo(expected, 12);
  });

  it('scores each criterion from the option\'s figures with the documented steps', () => {
    const result = scorecard(
      input([
        option({ option: 'ec2', horizonTotalUsd: 100_000, opsHoursPerMonth: 10 + SCORE_STEPS.opsHoursPerMonth * 2, controlPoints: 5, exitHours: 20, weeksToValue: 2 + SCORE_STEPS.weeksToValue }),
        option({ option: 'managed', horizonTotalUsd: 115_000, opsHoursPerMonth: 10, controlPoints: 2.5, exitHours: 100, weeksToValue: 2 }),
      ]),
    );
    const scores = (o: string) => Object.fromEntries(result.options.find((x) => x.option === o)!.scores.map((s) => [s.criterion, s.score]));
    expect(scores('ec2')).toEqual({ cost: 5, 'operational-burden': 3, control: 5, portability: 5, 'time-to-value': 4 });
    const managed = scores('managed');
    expect(managed.cost).toBeCloseTo(3.5, 12); // 15% above the lowest, one point per 10%
    expect(managed['operational-burden']).toBe(5);
    expect(managed.control).toBe(2.5);
    expect(managed.portability).toBe(3); // 80 h more, one point per 40 h
    expect(managed['time-to-value']).toBe(5);
    for (const o of result.options) for (const s of o.scores) expect(s.reasoning.length).toBeGreaterThan(10);
  });
});

describe('weighted totals and the recommendation', () => {
  const twoOptions = () => [
    option({ option: 'ec2', horizonTotalUsd: 100_000, opsHoursPerMonth: 10 + SCORE_STEPS.opsHoursPerMonth * 4, controlPoints: 5 }),
    option({ option: 'managed', horizonTotalUsd: 110_000, opsHoursPerMonth: 10, controlPoints: 3 }),
  ];

  it('computes the weighted total as Σ normalised weight × score', () => {
    // ec2: cost 5, ops 1, control 5, portability 5, ttv 5; managed: cost 4, ops 5, control 3, portability 5, ttv 5.
    const result = scorecard(input(twoOptions(), { weights: { cost: 40, 'operational-burden': 40, control: 20, portability: 0, 'time-to-value': 0 } }));
    const total = (o: string) => result.options.find((x) => x.option === o)!.weightedTotal;
    expect(total('ec2')).toBeCloseTo(0.4 * 5 + 0.4 * 1 + 0.2 * 5, 12); // 3.4
    expect(total('managed')).toBeCloseTo(0.4 * 4 + 0.4 * 5 + 0.2 * 3, 12); // 4.2
    expect(result.ranking).toEqual(['managed', 'ec2']);
    for (const o of result.options) expect(sum(o.scores.map((s) => s.weighted))).toBeCloseTo(o.weightedTotal, 12);
  });

  it('says what drove the recommendation: the drivers add up to the lead over the runner-up', () => {
    const result = scorecard(input(twoOptions(), { weights: { cost: 40, 'operational-burden': 40, control: 20, portability: 0, 'time-to-value': 0 } }));
    const r = result.recommendation;
    expect(r.option).toBe('managed');
    expect(r.runnerUp?.option).toBe('ec2');
    expect(sum(r.drivers.map((d) => d.contribution))).toBeCloseTo(r.weightedTotal - r.runnerUp!.weightedTotal, 12);
    expect(r.drivers[0]).toMatchObject({ criterion: 'operational-burden' });
    expect(r.drivers[0]!.contribution).toBeCloseTo(0.4 * 4, 12);
    expect(r.cheapest).toBe('ec2');
    expect(r.summary).toMatch(/^Recommended: managed, weighted score 4\.20 of 5 against 3\.40 for ec2\./);
    expect(r.summary).toMatch(/What drove it: operational burden \(\+1\.60\)/);
    expect(r.summary).toMatch(/Against it: cost \(−0\.40\), control kept \(−0\.40\)/);
    expect(r.summary).toMatch(/ec2 costs \$10,000 less over 36 months/);
  });

  it('follows the weights: with all weight on cost, the cheapest option wins and the summary says so', () => {
    const result = scorecard(input(twoOptions(), { weights: { cost: 1, 'operational-burden': 0, control: 0, portability: 0, 'time-to-value': 0 } }));
    expect(result.recommendation.option).toBe('ec2');
    expect(result.recommendation.summary).toMatch(/It is also the lowest-cost option over 36 months\./);
  });

  it('applies score overrides from the scenario, keeps the default beside them, and notes them', () => {
    const result = scorecard(
      input(twoOptions(), {
        weights: { cost: 40, 'operational-burden': 40, control: 20, portability: 0, 'time-to-value': 0 },
        scores: { ec2: { 'operational-burden': { score: 5, reason: 'we already run 40 Postgres hosts' } } },
      }),
    );
    const ec2 = result.options.find((o) => o.option === 'ec2')!;
    const ops = ec2.scores.find((s) => s.criterion === 'operational-burden')!;
    expect(ops).toMatchObject({ score: 5, defaultScore: 1, overridden: true, overrideReason: 'we already run 40 Postgres hosts' });
    expect(ec2.weightedTotal).toBeCloseTo(0.4 * 5 + 0.4 * 5 + 0.2 * 5, 12);
    expect(result.recommendation.option).toBe('ec2');
    expect(result.notes.join(' ')).toMatch(/1 score is overridden/);
  });

  it('breaks a tie on the weighted total by the lower cost', () => {
    const result = scorecard(
      input([option({ option: 'managed', horizonTotalUsd: 120_000 }), option({ option: 'ec2', horizonTotalUsd: 110_000 })], {
        scores: { managed: { cost: { score: 5 } } },
      }),
    );
    expect(result.options[0]!.weightedTotal).toBeCloseTo(result.options[1]!.weightedTotal, 12);
    expect(result.ranking).toEqual(['ec2', 'managed']);
  });

  it('warns when a trade-off folded into the TCO is also scored on its own', () => {
    const result = scorecard(input(twoOptions(), { foldedIntoCost: { exitEffort: true, delayCost: true } }));
    expect(result.notes.join(' ')).toMatch(/Exit effort is folded into the TCO/);
    expect(result.notes.join(' ')).toMatch(/value of delay is folded into the TCO/);
  });

  it('handles a single option', () => {
    const result = scorecard(input([option({ option: 'managed' })]));
    expect(result.recommendation.option).toBe('managed');
    expect(result.recommendation.runnerUp).toBeUndefined();
    expect(result.recommendation.summary).toMatch(/^Only one option is compared/);
    expect(result.options[0]!.weightedTotal).toBeGreaterThanOrEqual(1);
    expect(result.options[0]!.weightedTotal).toBeLessThanOrEqual(5);
  });
});
