import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatUsd, formatUsdWhole } from '../../src/format/format';
import { BRIEF_LIMITS, briefOf } from '../../src/report/brief';
import { buildReportData } from '../../src/report/report-data';
import { scenarioFingerprint } from '../../src/storage/scenario-file';
import { EXAMPLES_DIR } from '../support/paths';
import { snapshotCatalogue } from '../support/snapshot';

/**
 * The two-page brief as data (src/report/brief.ts): it says what the rest of the report says, in
 * the same words (the recommendation's headline, the confidence statement, the break-even message),
 * caps every list so two pages hold any scenario, and says nothing about a cheaper option while
 * prices are missing.
 */
const catalogue = snapshotCatalogue();
const AT = '2026-11-26T09:30:00.000Z';
const text = (name: string) => readFileSync(join(EXAMPLES_DIR, `${name}.tco.json`), 'utf8');
const report = (scenarioText: string) => buildReportData({ scenarioText, fingerprint: scenarioFingerprint(scenarioText), generatedAt: AT, simulationRuns: 500 }, catalogue);

describe('the brief of the examples', () => {
  it.each(['postgres-oltp-ha', 'ml-team-of-eight', 'startup-db-and-ml'])('%s: the answer, confidence and break-even are the report\'s own sentences; the figures are the estimate\'s', (name) => {
    const d = report(text(name));
    const b = briefOf(d);
    const rec = d.recommendation!;
    expect(b.answerKind).toBe('recommendation');
    expect(b.answer).toBe(rec.headline);
    expect(b.confidence).toBe(d.confidence.statement);
    expect(b.breakEven).toBe(d.analysis.breakEven!.message);
    const best = d.estimate.options.find((o) => o.option === rec.option)!;
    const next = d.estimate.options.find((o) => o.option === rec.runnerUp)!;
    expect(b.difference).toContain(`${formatUsdWhole(next.horizonTotal - best.horizonTotal)} (`);
    expect(b.difference).toContain(`${formatUsdWhole(Math.abs(next.monthlyRunRate - best.monthlyRunRate))} a month ${next.monthlyRunRate >= best.monthlyRunRate ? 'less' : 'more'}`);
    // The three inputs with the largest swing, in the tornado's order.
    expect(b.drivers.map((x) => x.label)).toEqual(d.analysis.tornado!.bars.filter((x) => x.swing > 0).slice(0, 3).map((x) => x.label));
    expect(b.tradeoffs).toHaveLength(3);
    expect(b.tradeoffs.join(' ')).toMatch(/^Who does what: .*Control kept .*Exit effort: .*Time to production: /);
    expect(b.runRate.map((r) => [r.total, r.horizonTotal, r.opsHoursPerMonth])).toEqual(d.estimate.options.map((o) => [o.monthlyRunRate, o.horizonTotal, o.opsHoursPerMonth]));
    expect(b.runRate.filter((r) => r.best).map((r) => r.option)).toEqual([rec.option]);
    for (const r of b.runRate) expect(Object.values(r.byCategory).reduce((a, c) => a + c, 0)).toBeCloseTo(r.total, 6);
  });

  it('every variant row holds the variant\'s totals and names its cheapest option', () => {
    const d = report(text('startup-db-and-ml'));
    const b = briefOf(d);
    expect(b.variants.map((v) => v.name)).toEqual(d.variants.map((v) => v.name));
    for (const [i, v] of b.variants.entries()) {
      const totals = d.estimate.options.map((o) => d.variants[i]!.comparison!.options.find((c) => c.option === o.option)!.b);
      expect(v.totals).toEqual(totals);
      expect(v.cheapest).toBe(d.estimate.options[totals.indexOf(Math.min(...totals))]!.label);
    }
    expect(b.variantsMore).toBe(0);
  });
});

describe('the brief holds any scenario on two pages: its lists are capped', () => {
  it('twelve variants: the first five, and the count of the rest', () => {
    const s = JSON.parse(text('postgres-oltp-ha')) as { variants?: unknown[] };
    s.variants = Array.from({ length: 12 }, (_, i) => ({ name: `storage x${i + 2}`, overrides: [{ path: 'workloads[0].storage.sizeGb', value: 500 * (i + 2) }] }));
    const b = briefOf(report(JSON.stringify(s)));
    expect(b.variants.map((v) => v.name)).toEqual(['storage x2', 'storage x3', 'storage x4', 'storage x5', 'storage x6']);
    expect(BRIEF_LIMITS.variants).toBe(5);
    expect(b.variantsMore).toBe(7);
  });
});

describe('the brief with prices missing', () => {
  it('names no option: the refusal, what is missing and the fix; no difference, no break-even, no drivers, no cheapest variant', () => {
    const s = JSON.parse(text('postgres-oltp-ha')) as { region: string; variants?: unknown[] };
    s.region = 'ap-east-2'; // no EBS rates there in the price data
    s.variants = [{ name: 'bigger', overrides: [{ path: 'workloads[0].storage.sizeGb', value: 900 }] }];
    const d = report(JSON.stringify(s));
    const b = briefOf(d);
    expect(d.refusal).not.toBeNull();
    expect(b.answerKind).toBe('refusal');
    expect(b.answer).toBe(d.refusal!.headline);
    expect(b.answerNotes.map((n) => n.text)).toContain(d.refusal!.fix);
    expect(b.answerNotes.every((n) => n.caveat)).toBe(true);
    expect(b.drivers).toEqual([]);
    expect(b.variants[0]!.cheapest).toBe('');
    const page1 = [b.answer, ...b.answerNotes.map((n) => n.text), b.difference, b.confidence, b.breakEven, b.driversNote ?? '', ...b.tradeoffs].join(' ');
    expect(page1).not.toMatch(/ less than | stays cheaper |cheapest|in favour of/);
    expect(page1).not.toContain(formatUsd(0));
  });
});
