import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisPair, breakEvenInputOf, estimate, parseScenario, scenarioInputs, solveBreakEven } from '../../src/index';
import { buildReportData } from '../../src/report/report-data';
import { scenarioFingerprint } from '../../src/storage/scenario-file';
import { EXAMPLES_DIR } from '../support/paths';
import { snapshotCatalogue } from '../support/snapshot';

/**
 * One break-even: the dashboard and the report answer "at what rate does it win?" with the same
 * input (the scenario's analysis.breakEven.input, else the first labour rate) and the same pair.
 */
const catalogue = snapshotCatalogue();
const raw = () => JSON.parse(readFileSync(join(EXAMPLES_DIR, 'postgres-oltp-ha.tco.json'), 'utf8')) as Record<string, unknown> & { analysis?: Record<string, unknown> };
const report = (doc: unknown) => {
  const text = JSON.stringify(doc);
  return buildReportData({ scenarioText: text, fingerprint: scenarioFingerprint(text), generatedAt: '2026-12-02T00:00:00Z', simulationRuns: 200 }, catalogue);
};
/** What the dashboard computes (renderer/views/DashboardView.tsx). */
const dashboard = (doc: unknown) => {
  const s = parseScenario(doc);
  return solveBreakEven(s, catalogue, breakEvenInputOf(s)!.path, { between: analysisPair(estimate(s, catalogue))! });
};

describe('one break-even in the app and the report', () => {
  it('by default, the first labour rate, the same figure in both', () => {
    const doc = raw();
    const s = parseScenario(doc);
    expect(breakEvenInputOf(s)).toMatchObject({ group: 'labour' });
    const r = report(doc).analysis.breakEven!;
    const d = dashboard(doc);
    expect(r.input.path).toBe(breakEvenInputOf(s)!.path);
    expect(r.message).toBe(d.message);
    expect(r.crossings.map((c) => c.value)).toEqual(d.crossings.map((c) => c.value));
  });

  it('the input the user chose, saved in the scenario, in both', () => {
    const doc = raw();
    const s = parseScenario(doc);
    const chosen = scenarioInputs(s).find((i) => i.group !== 'labour' && i.group !== 'scenario')!;
    const withChoice = { ...doc, analysis: { ...(doc.analysis ?? {}), breakEven: { input: chosen.path } } };
    expect(report(withChoice).analysis.breakEven!.input.path).toBe(chosen.path);
    expect(report(withChoice).analysis.breakEven!.message).toBe(dashboard(withChoice).message);
  });

  it('an unknown saved input falls back to the default rather than failing', () => {
    const doc = { ...raw(), analysis: { breakEven: { input: 'labour.nobody.hourlyUsd' } } };
    expect(breakEvenInputOf(parseScenario(doc))).toMatchObject({ group: 'labour' });
  });
});
