import { describe, expect, it } from 'vitest';
import { buildReportData } from '../../src/report/report-data';
import { scenarioFingerprint } from '../../src/storage/scenario-file';
import { priceAgeText } from '../../src/report/price-age-text';
import { dbWorkload, roundCatalogue, scenario } from '../support/scenarios';

/** The report states the age of every price on its own date, and flags prices beyond the stale threshold (test prices dated 2026-01-01). */
const text = JSON.stringify(scenario([dbWorkload()]));
const report = (generatedAt: string, staleAfterDays?: number) =>
  buildReportData({ scenarioText: text, fingerprint: scenarioFingerprint(text), generatedAt, staleAfterDays, simulationRuns: 200 }, roundCatalogue());

describe('price ages in the report', () => {
  it('within the threshold: ages stated, nothing flagged', () => {
    const d = report('2026-03-01T10:00:00Z');
    expect(d.provenance.priceAge).toEqual({ today: '2026-03-01', staleAfterDays: 90, oldestDays: 59, newestDays: 59, staleLines: 0 });
    const price = d.provenance.references.find((r) => r.kind === 'price')!;
    expect(price).toMatchObject({ ageDays: 59, stale: false });
    expect(Object.values(d.lineSources).some((s) => s.stale)).toBe(false);
    expect(priceAgeText(d.provenance.priceAge, 'us-east-1')).toBe('On 2026-03-01 every price is 59 days old; prices older than 90 days are flagged stale, and none is.');
  });

  it('beyond it: every priced line and the reference are flagged, with the age and the fix; totals do not change', () => {
    const fresh = report('2026-03-01T10:00:00Z');
    const d = report('2026-06-01T10:00:00Z');
    const priced = d.estimate.lines.filter((l) => l.provenance.kind === 'price');
    expect(priced.length).toBe(5);
    expect(d.provenance.priceAge.staleLines).toBe(priced.length);
    for (const l of priced) {
      expect(d.lineSources[l.id]).toMatchObject({ stale: true });
      expect(d.lineSources[l.id]!.short).toContain('stale (151 days)');
    }
    expect(d.provenance.references.find((r) => r.kind === 'price')).toMatchObject({ ageDays: 151, stale: true });
    expect(priceAgeText(d.provenance.priceAge, 'us-east-1')).toContain(`5 priced lines use a stale price. They are still used, unchanged; refresh prices`);
    expect(d.estimate.options.map((o) => o.horizonTotal)).toEqual(fresh.estimate.options.map((o) => o.horizonTotal));
  });

  it('uses the threshold the caller gives', () => {
    expect(report('2026-06-01T10:00:00Z', 200).provenance.priceAge.staleLines).toBe(0);
  });
});
