import { describe, expect, it } from 'vitest';
import { estimate, simulate, type SimulationResult } from '../../src/index';
import { cheapestInRunsSentence, confidenceOf, NO_SPREAD_STATEMENT, NO_UNCERTAINTY_STATEMENT, noProbabilityReason, runsVary } from '../../src/report/confidence-text';
import { refusalMissingText, refusalOf, REFUSAL_NAMED_PRICES } from '../../src/report/missing-prices';
import { recommendationOf } from '../../src/report/recommendation';
import { dbWorkload, roundCatalogue, scenario } from '../support/scenarios';

/**
 * The answer is never confidently wrong (issue 14): no recommendation while a price is missing (a
 * fallback rate is a caveat only), and no probability unless the Monte Carlo runs can differ.
 */
const catalogue = roundCatalogue();

describe('no recommendation on missing prices', () => {
  it('an unknown instance type: recommendationOf gives none, refusalOf names the prices in words with their fields and the fix', () => {
    const est = estimate(scenario([dbWorkload({ instanceClass: 'db.x9.large' })]), catalogue);
    expect(recommendationOf(est)).toBeNull();
    const refusal = refusalOf(est)!;
    expect(refusal.kind).toBe('missing-prices');
    expect(refusal.missingLines).toBe(est.lines.filter((l) => l.provenance.kind === 'missing').length);
    expect(refusal.missing.length).toBeGreaterThan(0);
    expect(refusal.missing.every((m) => /x9\.large.* in us-east-1 \(workloads\[0\]\.instanceClass\)$/.test(m))).toBe(true);
    expect(refusal.named).toEqual(refusal.missing.slice(0, REFUSAL_NAMED_PRICES));
    expect(refusal.headline).toMatch(/^No recommendation: \d+ prices? (was|were) not found, so \d+ cost lines? counts? as \$0 and the totals are too low by an unknown amount/);
    expect(refusal.fix).toBe('To get a recommendation: pick an instance type that has a price in us-east-1, refresh the prices for us-east-1 from AWS (Prices view), or compare in another Region.');
    expect(refusalMissingText(refusal)).toMatch(/^Not found: .*x9\.large/);
  });

  it('every price found: no refusal, and the recommendation names the cheapest option', () => {
    const est = estimate(scenario([dbWorkload()]), catalogue);
    expect(refusalOf(est)).toBeNull();
    expect(recommendationOf(est)?.option).toBe(est.ranking[0]);
  });

  it('a reserved rate not found (on-demand used instead) is a caveat that says how to enter the rate, not a refusal', () => {
    const est = estimate(scenario([dbWorkload({ pricing: { rds: { commitment: { model: 'reserved', term: '3yr', purchaseOption: 'all-upfront' } } } })]), catalogue);
    expect(est.warnings.some((w) => w.kind === 'fallback-price')).toBe(true);
    expect(refusalOf(est)).toBeNull();
    expect(recommendationOf(est)!.caveats).toEqual([
      '1 line uses the on-demand price instead of a reserved rate that was not found; enter your reserved rate with the commitment to price it as chosen.',
    ]);
  });
});

describe('a probability only when inputs vary', () => {
  // Default ranges off, so only the scenario's own distributions can vary.
  const fixed = scenario([dbWorkload()], { analysis: { defaultRanges: false } });
  const uncertain = scenario([dbWorkload()], {
    analysis: { defaultRanges: false, uncertainty: [{ path: 'workloads[0].storage.sizeGb', distribution: { kind: 'uniform', min: 50, max: 5000 } }] },
  });

  it('default ranges on (the default): a scenario without distributions still gets a probability from its runs', () => {
    const s = scenario([dbWorkload()]);
    const sim = simulate(s, catalogue, { runs: 200, seed: 1 });
    expect(runsVary(sim)).toBe(true);
    expect(noProbabilityReason(s, undefined)).toBeNull();
    expect(noProbabilityReason(s, sim)).toBeNull();
    expect(confidenceOf(recommendationOf(estimate(s, catalogue))!, s, sim, null, []).kind).toBe('monte-carlo');
  });

  it('no distributions: no probability, in the same words for the dashboard and the report', () => {
    const sim = simulate(fixed, catalogue, { runs: 20, seed: 1 });
    expect(runsVary(sim)).toBe(false);
    expect(noProbabilityReason(fixed, undefined)).toBe(NO_UNCERTAINTY_STATEMENT);
    expect(noProbabilityReason(fixed, sim)).toBe(NO_UNCERTAINTY_STATEMENT);
    const rec = recommendationOf(estimate(fixed, catalogue))!;
    // Even given identical runs, the report states no probability.
    const confidence = confidenceOf(rec, fixed, sim, null, []);
    expect(confidence).toEqual({ kind: 'none', statement: NO_UNCERTAINTY_STATEMENT });
  });

  it('distributions whose runs all come out the same: no probability either (a guard on the result)', () => {
    const degenerate = scenario([dbWorkload()], {
      analysis: { defaultRanges: false, uncertainty: [{ path: 'workloads[0].storage.sizeGb', distribution: { kind: 'uniform', min: 100, max: 100 } }] },
    });
    const sim = simulate(degenerate, catalogue, { runs: 20, seed: 1 });
    expect(runsVary(sim)).toBe(false);
    expect(noProbabilityReason(degenerate, sim)).toBe(NO_SPREAD_STATEMENT);
    expect(confidenceOf(recommendationOf(estimate(degenerate, catalogue)), degenerate, sim, null, []).statement).toBe(NO_SPREAD_STATEMENT);
  });

  it('inputs that vary: the probability is stated from the runs', () => {
    const sim: SimulationResult = simulate(uncertain, catalogue, { runs: 200, seed: 1 });
    expect(runsVary(sim)).toBe(true);
    expect(noProbabilityReason(uncertain, sim)).toBeNull();
    const rec = recommendationOf(estimate(uncertain, catalogue))!;
    expect(cheapestInRunsSentence(rec, sim)).toMatch(/^It is the cheapest option in (<1|>99|\d+)% of 200 Monte Carlo runs \(1 uncertain input\)\.$/);
    expect(confidenceOf(rec, uncertain, sim, null, []).kind).toBe('monte-carlo');
  });
});
