import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate, exitEffort, parseScenario, timeToValue, tradeoffsReport, type ScenarioInput } from '../../src/index';
import { scenarioArb } from '../support/arbitraries';
import { snapshotCatalogue } from '../support/snapshot';

const catalogue = snapshotCatalogue();
const RUNS = Number(process.env.PROPERTY_RUNS ?? 100);
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

const settingsArb = fc.record({
  includeExit: fc.boolean(),
  includeDelay: fc.boolean(),
  benefit: fc.integer({ min: 0, max: 500_000 }),
  team: fc.integer({ min: 1, max: 10 }),
  hours: fc.integer({ min: 1, max: 80 }),
  migrationHours: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
  costWeight: fc.integer({ min: 0, max: 100 }),
  controlWeight: fc.integer({ min: 1, max: 100 }),
});

describe('trade-off invariants (fast-check)', () => {
  it('folding adds exactly the exit effort and the value of delay to each option, and nothing else', () => {
    fc.assert(
      fc.property(scenarioArb, settingsArb, (input, t) => {
        const tradeoffs = {
          exitEffort: {
            includeInTco: t.includeExit,
            steps: t.migrationHours === undefined ? {} : { 'rds.data-migration': { perUnitHours: t.migrationHours } },
          },
          timeToValue: { setupTeamSize: t.team, hoursPerPersonPerWeek: t.hours, monthlyBenefitUsd: t.benefit, includeDelayCostInTco: t.includeDelay },
        };
        const switchedOff = {
          exitEffort: { ...tradeoffs.exitEffort, includeInTco: false },
          timeToValue: { ...tradeoffs.timeToValue, includeDelayCostInTco: false },
        };
        const base = estimate(parseScenario({ ...input, tradeoffs: switchedOff } as ScenarioInput), catalogue);
        const s = parseScenario({ ...input, tradeoffs } as ScenarioInput);
        const folded = estimate(s, catalogue);
        const ttv = timeToValue(s, folded.options.map((o) => o.option), folded.scenario.horizonMonths);
        for (const o of folded.options) {
          const before = base.options.find((x) => x.option === o.option)!;
          const exit = t.includeExit ? exitEffort(s, o.option).totalUsd : 0;
          const delay = t.includeDelay && folded.options.length > 1 ? ttv.options.find((x) => x.option === o.option)!.delayCostUsd : 0;
          expect(close(o.horizonTotal, before.horizonTotal + exit + delay)).toBe(true);
          expect(Number.isFinite(o.npv)).toBe(true);
          expect(o.npv).toBeLessThanOrEqual(o.horizonTotal + 1e-6);
          expect(o.monthlyRunRate).toBe(before.monthlyRunRate);
          expect(o.setupHours).toBe(before.setupHours);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('the scorecard keeps every score and total within 1–5 and recommends the highest total', () => {
    fc.assert(
      fc.property(scenarioArb, settingsArb, (input, t) => {
        const s = parseScenario({ ...input, tradeoffs: { scorecard: { weights: { cost: t.costWeight, control: t.controlWeight } } } } as ScenarioInput);
        const report = tradeoffsReport(s, catalogue);
        const card = report.scorecard;
        const weightSum = card.weights.reduce((sum, w) => sum + w.normalized, 0);
        expect(close(weightSum, 1)).toBe(true);
        for (const o of card.options) {
          for (const sc of o.scores) {
            expect(sc.score).toBeGreaterThanOrEqual(1);
            expect(sc.score).toBeLessThanOrEqual(5);
          }
          expect(o.weightedTotal).toBeGreaterThanOrEqual(1 - 1e-9);
          expect(o.weightedTotal).toBeLessThanOrEqual(5 + 1e-9);
        }
        const best = Math.max(...card.options.map((o) => o.weightedTotal));
        expect(card.recommendation.weightedTotal).toBe(best);
        for (const e of report.exitEffort) expect(Number.isFinite(e.totalUsd) && e.totalUsd >= 0).toBe(true);
        for (const o of report.timeToValue.options) expect(Number.isFinite(o.weeks) && o.delayWeeks >= 0).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
