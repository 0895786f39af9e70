import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createTiming,
  estimate,
  evaluateTotals,
  EvaluationCache,
  parseScenario,
  project,
  type MonthRow,
  type Scenario,
} from '../../src/index';
import { scenarioArb } from '../support/arbitraries';
import { snapshotCatalogue } from '../support/snapshot';

/**
 * The pipeline is one path: builders describe lines, each is priced (or flagged missing), and one
 * OptionProjection sums them. The totals-only path used by what-if analysis is the same code with
 * the line text skipped, and replaying an unchanged workload re-adds the same amounts in the same
 * order. So every path must give the same month rows to the last bit, not merely close figures.
 */
const catalogue = snapshotCatalogue();
const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

function detailedRows(scenario: Scenario): MonthRow[][] {
  return estimate(scenario, catalogue).options.map((o) => [...o.projection]);
}

describe('one way through the model', () => {
  it('the totals-only path gives the detailed estimate’s month rows exactly', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const scenario = parseScenario(input);
        const fast = evaluateTotals(scenario, catalogue).map((t) => t.rows());
        expect(fast).toEqual(detailedRows(scenario));
      }),
      { numRuns: RUNS },
    );
  });

  it('replaying unchanged workloads from an evaluation cache gives the same rows exactly', () => {
    fc.assert(
      fc.property(scenarioArb, fc.double({ min: 20, max: 200, noNaN: true }), (input, rate) => {
        const scenario = parseScenario(input);
        const cache = new EvaluationCache();
        const expected = detailedRows(scenario);
        // First evaluation builds, the second records, the third replays.
        for (let i = 0; i < 3; i++) expect(evaluateTotals(scenario, catalogue, { cache }).map((t) => t.rows())).toEqual(expected);
        // A labour change keeps the workload objects: their amounts replay, the ops lines are rebuilt.
        const changed: Scenario = { ...scenario, labour: { ...scenario.labour, dba: { hourlyUsd: rate }, 'ml-engineer': { hourlyUsd: rate } } };
        expect(evaluateTotals(changed, catalogue, { cache }).map((t) => t.rows())).toEqual(detailedRows(changed));
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it('projecting the estimate’s own lines again gives its rows, totals and line totals exactly', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const scenario = parseScenario(input);
        const e = estimate(scenario, catalogue);
        const timing = createTiming(e.scenario.horizonMonths, scenario.usageGrowthPctPerMonth, scenario.discountRateAnnualPct);
        for (const o of e.options) {
          const lines = e.lines.filter((l) => l.option === o.option);
          const p = project(o.option, lines, timing);
          expect(p.rows).toEqual(o.projection);
          expect(p.horizonTotal).toBe(o.horizonTotal);
          expect(p.npv).toBe(o.npv);
          expect([...p.lineTotals]).toEqual(lines.map((l) => l.horizonTotal));
        }
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it('an evaluation cache does not leak between catalogues or Regions', () => {
    const scenario = parseScenario({ ...fc.sample(scenarioArb, { numRuns: 1, seed: 7 })[0]!, region: 'us-east-1' });
    const cache = new EvaluationCache();
    for (let i = 0; i < 3; i++) evaluateTotals(scenario, catalogue, { cache });
    const elsewhere: Scenario = { ...scenario, region: 'eu-west-1' };
    expect(evaluateTotals(elsewhere, catalogue, { cache }).map((t) => t.rows())).toEqual(detailedRows(elsewhere));
    const emptyCatalogue = { info: catalogue.info, lookup: () => undefined };
    const unpriced = evaluateTotals(scenario, emptyCatalogue, { cache });
    expect(unpriced.map((t) => t.rows())).toEqual(estimate(scenario, emptyCatalogue).options.map((o) => [...o.projection]));
  });
});
