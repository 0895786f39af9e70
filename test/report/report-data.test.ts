import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimate, parseScenario, parseScenarioJson, ScenarioError, simulate, variantScenario } from '../../src/index';
import { formatProbability, formatShare, formatUsd } from '../../src/format/format';
import { buildReportData, REPORT_FORMAT_VERSION, REPORT_SIMULATION_RUNS, reportToJson } from '../../src/report/report-data';
import { pageCatalogue, parseReportPageInput } from '../../src/report/report-input';
import { NO_SPREAD_STATEMENT, NO_UNCERTAINTY_STATEMENT } from '../../src/report/confidence-text';
import { confidenceWord } from '../../src/report/report-methodology';
import { scenarioFingerprint } from '../../src/storage/scenario-file';
import { EXAMPLES_DIR } from '../support/paths';
import { dbWorkload, roundCatalogue, scenario } from '../support/scenarios';
import { snapshotCatalogue, testSnapshot } from '../support/snapshot';

/**
 * The report document as data (src/report/report-data.ts): built from a scenario's text and a
 * catalogue, its figures are the estimate's; the recommendation, its confidence, the references
 * and the per-option tables say where every number comes from.
 */
const catalogue = snapshotCatalogue();
const text = (name: string) => readFileSync(join(EXAMPLES_DIR, `${name}.tco.json`), 'utf8');
const AT = '2026-11-26T09:30:00.000Z';
/** The request fields for a scenario text: the text and its fingerprint, hashed at the edge as the CLI and the hosts do. */
const fromText = (scenarioText: string) => ({ scenarioText, fingerprint: scenarioFingerprint(scenarioText) });

describe('report data of the examples', () => {
  it.each(['postgres-oltp-ha', 'ml-team-of-eight', 'startup-db-and-ml'])('%s: the figures are the estimate\'s; the recommendation is the cheapest option', (name) => {
    const d = buildReportData({ ...fromText(text(name)), generatedAt: AT }, catalogue);
    const e = estimate(parseScenarioJson(text(name)), catalogue);
    expect(d.reportFormatVersion).toBe(REPORT_FORMAT_VERSION);
    expect(d.estimate).toEqual(e);
    const best = e.options.find((o) => o.option === e.ranking[0])!;
    const next = e.options.find((o) => o.option === e.ranking[1])!;
    expect(d.recommendation).toMatchObject({ option: best.option, runnerUp: next.option, savingUsd: next.horizonTotal - best.horizonTotal });
    expect(d.recommendation!.headline).toBe(
      `${best.label} costs ${formatUsd(next.horizonTotal - best.horizonTotal)} (${formatShare((next.horizonTotal - best.horizonTotal) / next.horizonTotal)}) less than ${next.label} over ${e.scenario.horizonMonths} months: ${formatUsd(best.horizonTotal)} against ${formatUsd(next.horizonTotal)}.`,
    );
    // Every line has a source; priced lines point at the estimate's price sources, numbered as the CLI numbers them.
    expect(Object.keys(d.lineSources).sort()).toEqual(e.lines.map((l) => l.id).sort());
    e.priceSources.forEach((u, i) => expect(d.provenance.references[i]).toMatchObject({ n: i + 1, kind: 'price', title: u.source.title, date: u.source.asOf }));
    for (const l of e.lines) {
      const src = d.lineSources[l.id]!;
      if (l.provenance.kind === 'price' || l.provenance.kind === 'labour') expect(src.refs.length, l.id).toBeGreaterThan(0);
      for (const n of src.refs) expect(d.provenance.references[n - 1]!.n).toBe(n);
    }
    // The ops-effort tables are the engineer-time lines, nothing recomputed.
    for (const o of d.optionDetails) {
      const labour = e.lines.filter((l) => l.option === o.option && l.provenance.kind === 'labour');
      expect(o.opsEffort.map((r) => r.lineId)).toEqual(labour.map((l) => l.id));
      expect(o.opsEffort.every((r) => r.hourlyUsd !== null && r.refs.length > 0)).toBe(true);
    }
    expect(d.analysis.pair).toEqual([next.option, best.option]);
    expect(d.tradeoffs?.options).toHaveLength(e.options.length);
    expect(d.source).toMatchObject({ scenarioName: e.scenario.name, sha256: scenarioFingerprint(text(name)).sha256, variant: null });
    expect(d.charts.monthlyByCategory).toHaveLength(e.options.length);
  });

  it('with uncertainty distributions: Monte Carlo confidence, the figures of `simulate` with the same pair and seed', () => {
    const d = buildReportData({ ...fromText(text('startup-db-and-ml')), generatedAt: AT, simulationRuns: 2000 }, catalogue);
    const s = parseScenarioJson(text('startup-db-and-ml'));
    const sim = simulate(s, catalogue, { runs: 2000, seed: 1, between: d.analysis.pair! });
    expect(d.confidence.kind).toBe('monte-carlo');
    if (d.confidence.kind !== 'monte-carlo') return;
    expect(d.confidence.probabilityCheapest).toBe(sim.probabilityCheapest[d.recommendation!.option]);
    expect(d.confidence.savingP50).toBe(sim.difference.p50);
    expect(d.confidence.statement).toContain(`cheapest option in ${formatProbability(d.confidence.probabilityCheapest)} of 2,000 simulated runs`);
    expect(d.confidence.statement.startsWith(`${confidenceWord(d.confidence.probabilityCheapest) === 'high' ? 'High' : confidenceWord(d.confidence.probabilityCheapest) === 'moderate' ? 'Moderate' : 'Low'} confidence`)).toBe(true);
    expect(d.charts.distribution?.points.length).toBeGreaterThan(1);
    expect(REPORT_SIMULATION_RUNS).toBe(10_000);
  });

  it('distributions that never change the difference: no histogram and no probability, and the text says why', () => {
    const s = JSON.parse(text('postgres-oltp-ha')) as Record<string, unknown>;
    s.analysis = { defaultRanges: false, uncertainty: [{ path: 'opsEffort.effortScalePct', distribution: { kind: 'fixed', value: 100 } }] };
    const d = buildReportData({ ...fromText(JSON.stringify(s)), generatedAt: AT, simulationRuns: 200 }, catalogue);
    // Every run is the same estimate: "cheapest in 100% of runs" would claim a certainty nobody modelled.
    expect(d.confidence.kind).toBe('sensitivity');
    expect(d.confidence.statement.startsWith(`${NO_SPREAD_STATEMENT} In the sensitivity analysis`)).toBe(true);
    expect(d.analysis.simulation?.difference.min).toBe(d.analysis.simulation?.difference.max);
    expect(d.charts.distribution).toBeNull();
  });

  it('without distributions, default ranges give the probability from the Monte Carlo runs', () => {
    const d = buildReportData({ ...fromText(text('postgres-oltp-ha')), generatedAt: AT, simulationRuns: 200 }, catalogue);
    expect(d.analysis.simulation?.inputs.every((i) => i.source === 'default range')).toBe(true);
    expect(d.confidence.kind).toBe('monte-carlo');
  });

  it('without distributions and default ranges off: no probability is claimed; confidence rests on the sensitivity analysis', () => {
    const s = JSON.parse(text('postgres-oltp-ha')) as Record<string, unknown>;
    s.analysis = { defaultRanges: false };
    const d = buildReportData({ ...fromText(JSON.stringify(s)), generatedAt: AT }, catalogue);
    expect(d.analysis.simulation).toBeNull();
    expect(d.confidence.kind).toBe('sensitivity');
    // The dashboard says the same sentence (confidence-text.ts), before what the sensitivity analysis shows.
    expect(d.confidence.statement.startsWith(`${NO_UNCERTAINTY_STATEMENT} In the sensitivity analysis`)).toBe(true);
    expect(d.charts.distribution).toBeNull();
    expect(d.charts.tornado?.bars.length).toBeGreaterThan(0);
  });

  it('lists the inputs whose change alone would flip the answer', () => {
    // With no ops effort at all, the self-managed instances (cheaper than RDS) would win.
    const s = scenario([dbWorkload()], { analysis: { defaultRanges: false, sensitivity: { ranges: [{ path: 'opsEffort.effortScalePct', low: 0, high: 150 }] } } });
    const d = buildReportData({ ...fromText(JSON.stringify(s)), generatedAt: AT }, roundCatalogue());
    expect(d.recommendation?.option).toBe('managed');
    if (d.confidence.kind !== 'sensitivity') throw new Error('expected sensitivity confidence');
    expect(d.confidence.flips).toEqual([expect.objectContaining({ path: 'opsEffort.effortScalePct', value: 0 })]);
    expect(d.confidence.flips[0]!.savingUsd).toBeLessThan(0);
    expect(d.confidence.statement).toContain('Self-managed on EC2 becomes cheaper if Ops-effort scale (all tasks) is 0%.');
  });

  it('reports on a variant; an unknown variant is a ScenarioError naming the known ones', () => {
    const t = text('startup-db-and-ml');
    const base = parseScenarioJson(t);
    const d = buildReportData({ ...fromText(t), variant: 'lean ops', generatedAt: AT }, catalogue);
    expect(d.estimate).toEqual(estimate(variantScenario(base, 'lean ops', parseScenario), catalogue));
    expect(d.source.variant).toBe('lean ops');
    expect(d.variants.map((v) => [v.name, v.isReportVariant, v.comparison !== null])).toEqual([
      ['team of six', false, true],
      ['lean ops', true, true],
    ]);
    expect(() => buildReportData({ ...fromText(t), variant: 'nope', generatedAt: AT }, catalogue)).toThrow(ScenarioError);
    expect(buildReportData({ ...fromText(t), variant: 'base', generatedAt: AT }, catalogue).source.variant).toBeNull();
  });

  it('a missing price is flagged, counted as nothing and refuses the recommendation: no option, no probability, the prices named with the fix', () => {
    const s = JSON.parse(text('postgres-oltp-ha')) as { region: string };
    s.region = 'ap-east-2'; // the offline price data has no EBS rates for Asia Pacific (Taipei)
    const d = buildReportData({ ...fromText(JSON.stringify(s)), generatedAt: AT }, catalogue);
    expect(d.provenance.missingLines).toBeGreaterThan(0);
    const missing = d.estimate.lines.filter((l) => d.lineSources[l.id]!.flag === 'missing');
    expect(missing.length).toBe(d.provenance.missingLines);
    expect(missing.every((l) => l.unitPrice === null && d.lineSources[l.id]!.short === 'PRICE NOT FOUND')).toBe(true);
    expect(d.recommendation).toBeNull();
    expect(d.refusal).toMatchObject({ kind: 'missing-prices', missingLines: d.provenance.missingLines });
    expect(d.refusal!.headline).toMatch(/^No recommendation: \d+ prices were not found, so \d+ cost lines count as \$0/);
    expect(d.refusal!.named[0]).toBe('EBS gp3 storage in ap-east-2 (workloads[0].storage.type)');
    expect(d.refusal!.fix).toContain('refresh the prices for ap-east-2 from AWS');
    expect(d.analysis.pair).toBeNull();
    expect(d.analysis.simulation).toBeNull();
    expect(d.breakEvenText).toEqual([]);
    expect(d.confidence).toEqual({ kind: 'none', statement: 'No confidence is stated: with prices missing there is no recommendation to be confident in.' });
    expect(JSON.parse(reportToJson(d))).toMatchObject({ recommendation: null, refusal: { kind: 'missing-prices' } });
  });

  it('a scenario with one option: no recommendation pair, and says so', () => {
    const s = scenario([dbWorkload()], { options: ['managed'] });
    const d = buildReportData({ ...fromText(JSON.stringify(s)), generatedAt: AT }, roundCatalogue());
    expect(d.recommendation?.runnerUp).toBeNull();
    expect(d.analysis.pair).toBeNull();
    expect(d.confidence).toEqual({ kind: 'none', statement: 'No confidence is stated: there is no second option to compare with.' });
  });

  it('the JSON export is versioned and leaves out the chart series', () => {
    const d = buildReportData({ ...fromText(text('postgres-oltp-ha')), generatedAt: AT }, catalogue);
    const json = JSON.parse(reportToJson(d)) as Record<string, unknown>;
    expect(json.reportFormatVersion).toBe(1);
    expect(json).not.toHaveProperty('charts');
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['scenario', 'estimate', 'recommendation', 'confidence', 'assumptions', 'provenance', 'methodology', 'tradeoffs']));
  });
});

describe('report page input (parsed at the edge)', () => {
  it('accepts report data or scenario text, defaults the paper, and rejects anything else clearly', () => {
    expect(parseReportPageInput({ scenarioText: '{}' }).paper).toBe('a4');
    expect(() => parseReportPageInput({ paper: 'a4' })).toThrow('report input: give either "report" or "scenarioText"');
    expect(() => parseReportPageInput({ scenarioText: '{}', paper: 'a3' })).toThrow(/^report input: paper: /);
    expect(() => parseReportPageInput(null)).toThrow(/^report input: /);
  });

  it('prices a page-built report with the snapshot quotes the host put in the input, and the cached quotes over them', () => {
    const s = parseScenarioJson(text('postgres-oltp-ha'));
    const plain = estimate(s, catalogue);
    const snapshot = { name: catalogue.info.name, region: s.region, quotes: [...testSnapshot().region(s.region)!.quotes] };
    const fromPage = estimate(s, pageCatalogue({ snapshot }));
    expect(fromPage.options.map((o) => o.horizonTotal)).toEqual(plain.options.map((o) => o.horizonTotal));
    expect(fromPage.lines.map((l) => l.monthly)).toEqual(plain.lines.map((l) => l.monthly));
    // No snapshot quotes in the input: every price is missing and flagged, never $0 silently.
    expect(estimate(s, pageCatalogue({})).lines.filter((l) => l.provenance.kind === 'missing').length).toBeGreaterThan(0);
    const line = plain.lines.find((l) => l.provenance.kind === 'price')!;
    const key = line.provenance.kind === 'price' ? line.provenance.priceKey : '';
    const quote = { usdPerUnit: 1, unit: 'Hrs', source: { kind: 'cache' as const, title: 'Cached', asOf: '2026-11-20', basis: 'published' as const } };
    const layered = estimate(s, pageCatalogue({ snapshot, prices: { name: 'cache', quotes: [[key, quote]] } }));
    const changed = layered.lines.find((l) => l.id === line.id)!;
    expect(changed.unitPrice).toBe(1);
    expect(changed.provenance.kind === 'price' && changed.provenance.source.kind).toBe('cache');
  });
});

describe('report formatting (src/format/format.ts)', () => {
  it.each([
    [0, '0%'],
    [1, '100%'],
    [0.004, '<1%'],
    [0.996, '>99%'],
    [0.873, '87%'],
    [Number.NaN, 'n/a'],
  ])('probability %d → %s', (p, text) => expect(formatProbability(p)).toBe(text));

  it('shares, fixed decimals, dates and quantities', async () => {
    const { formatFixed, formatDate, formatQuantity } = await import('../../src/format/format');
    expect(formatShare(0.5584)).toBe('55.8%');
    expect(formatFixed(3.456, 1)).toBe('3.5');
    expect(formatDate('2026-11-26T23:59:00Z')).toBe('2026-11-26');
    expect(formatQuantity(25, '%')).toBe('25%');
    expect(formatQuantity(2, '%/month')).toBe('2%/month');
    expect(formatQuantity(71.4, 'USD/h')).toBe('71.4 USD/h');
    expect(confidenceWord(0.95)).toBe('high');
    expect(confidenceWord(0.7)).toBe('moderate');
    expect(confidenceWord(0.69)).toBe('low');
  });
});
