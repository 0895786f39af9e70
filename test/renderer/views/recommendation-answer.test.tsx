// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RecommendationAnswer } from '../../../renderer/views/RecommendationAnswer';
import { estimate, NO_UNCERTAINTY_STATEMENT, parseScenarioJson, simulate } from '../../../src/index';
import { buildReportData } from '../../../src/report/report-data';
import mlFile from '../../../examples/ml-team-of-eight.tco.json';
import postgresFile from '../../../examples/postgres-oltp-ha.tco.json';
import startupFile from '../../../examples/startup-db-and-ml.tco.json';
import { snapshotCatalogueAnyEnv } from '../../support/snapshot-in-any-env';

/**
 * The dashboard's answer and the report's recommendation are one function's output: for every
 * example the dashboard prints the report's headline word for word, so the app and the PDF handed
 * to management can never disagree.
 */
const catalogue = await snapshotCatalogueAnyEnv();
// The renderer's tests run without Node types (tsconfig.web.json): the examples come in as JSON imports.
const EXAMPLES: Readonly<Record<string, unknown>> = { 'postgres-oltp-ha': postgresFile, 'ml-team-of-eight': mlFile, 'startup-db-and-ml': startupFile };
const text = (name: string) => `${JSON.stringify(EXAMPLES[name], null, 2)}\n`;
/** The cover's file fingerprint plays no part in the recommendation. */
const FINGERPRINT = { sha256: '0'.repeat(64), bytes: 0 };

afterEach(cleanup);

describe('the dashboard answer is the report recommendation', () => {
  it.each(['postgres-oltp-ha', 'ml-team-of-eight', 'startup-db-and-ml'])('%s', (name) => {
    const report = buildReportData({ scenarioText: text(name), fingerprint: FINGERPRINT, generatedAt: '2026-11-26T09:30:00.000Z', simulationRuns: 50 }, catalogue);
    const scenario = parseScenarioJson(text(name));
    const view = render(<RecommendationAnswer estimate={estimate(scenario, catalogue)} scenario={scenario} simulation={undefined} />);
    expect(report.recommendation).not.toBeNull();
    expect(view.getByTestId('recommendation').textContent).toBe(report.recommendation!.headline);
  });

  it('adds the share of Monte Carlo runs in which the recommended option is cheapest, when inputs vary', () => {
    const scenario = parseScenarioJson(text('startup-db-and-ml'));
    const est = estimate(scenario, catalogue);
    const sim = simulate(scenario, catalogue, { runs: 200, seed: 1 });
    const report = buildReportData({ scenarioText: text('startup-db-and-ml'), fingerprint: FINGERPRINT, generatedAt: '2026-11-26T09:30:00.000Z', simulationRuns: 50 }, catalogue);
    const view = render(<RecommendationAnswer estimate={est} scenario={scenario} simulation={sim} />);
    expect(view.getByTestId('recommendation').textContent).toBe(report.recommendation!.headline);
    const defaults = sim.inputs.filter((i) => i.source === 'default range').length;
    expect(defaults).toBeGreaterThan(0);
    expect(view.getByTestId('answer-confidence').textContent).toMatch(
      new RegExp(`^It is the cheapest option in (<1|>99|\\d+)% of 200 Monte Carlo runs \\(${sim.inputs.length} uncertain inputs, ${defaults} of them default ranges\\)\\.$`),
    );
  });

  it('states no probability when nothing varies (default ranges off), in the report\'s words, even given identical runs', () => {
    const fixedText = JSON.stringify({ ...(JSON.parse(text('postgres-oltp-ha')) as Record<string, unknown>), analysis: { defaultRanges: false } });
    const scenario = parseScenarioJson(fixedText);
    const sim = simulate(scenario, catalogue, { runs: 200, seed: 1 });
    const report = buildReportData({ scenarioText: fixedText, fingerprint: FINGERPRINT, generatedAt: '2026-11-26T09:30:00.000Z', simulationRuns: 50 }, catalogue);
    const view = render(<RecommendationAnswer estimate={estimate(scenario, catalogue)} scenario={scenario} simulation={sim} />);
    expect(view.getByTestId('answer-confidence').textContent).toBe(NO_UNCERTAINTY_STATEMENT);
    expect(report.confidence.statement.startsWith(NO_UNCERTAINTY_STATEMENT)).toBe(true);
    expect(view.container.textContent).not.toMatch(/Monte Carlo runs/);
  });

  it('with a price missing: no answer and no probability, a banner naming the prices and the fix, as the report refuses', () => {
    const file = JSON.parse(text('postgres-oltp-ha')) as Record<string, unknown>;
    const taipei = JSON.stringify({ ...file, region: 'ap-east-2' }); // no EBS prices offline
    const scenario = parseScenarioJson(taipei);
    const report = buildReportData({ scenarioText: taipei, fingerprint: FINGERPRINT, generatedAt: '2026-11-26T09:30:00.000Z', simulationRuns: 50 }, catalogue);
    const view = render(<RecommendationAnswer estimate={estimate(scenario, catalogue)} scenario={scenario} simulation={undefined} />);
    expect(view.queryByTestId('recommendation')).toBeNull();
    const banner = view.getByTestId('no-recommendation').textContent ?? '';
    expect(report.refusal).not.toBeNull();
    expect(banner).toContain(report.refusal!.headline);
    expect(banner).toContain(report.refusal!.named[0]!);
    expect(banner).toContain(report.refusal!.fix);
  });

  it('says so when the scenario compares one option only, as the report does', () => {
    const file = JSON.parse(text('postgres-oltp-ha')) as Record<string, unknown>;
    const one = JSON.stringify({ ...file, options: ['managed'], variants: [] });
    const report = buildReportData({ scenarioText: one, fingerprint: FINGERPRINT, generatedAt: '2026-11-26T09:30:00.000Z', simulationRuns: 50 }, catalogue);
    const view = render(<RecommendationAnswer estimate={estimate(parseScenarioJson(one), catalogue)} scenario={parseScenarioJson(one)} simulation={undefined} />);
    expect(view.getByTestId('recommendation').textContent).toBe(report.recommendation!.headline);
    expect(report.recommendation!.headline).toMatch(/compares one option only/);
  });
});
