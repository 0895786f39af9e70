import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/aws/load-catalogue';
import { estimate, parseScenario, parseScenarioJson, variantScenario, type Estimate } from '../../src/index';
import { exportCsv, exportJson, reportData } from '../../src/export';
import { COST_LINE_CSV_COLUMNS, estimateLinesCsv, estimateProjectionCsv } from '../../src/report/estimate-csv';
import { roundCents } from '../../src/format/format';
import { REPORT_FORMAT_VERSION, type ReportData } from '../../src/report/report-data';
import { EXAMPLES_DIR } from '../support/paths';
import { runCli } from '../support/run-cli';
import { parseCsv, tempDir } from './support/report-test-kit';

/**
 * CSV and JSON exports read back: the cost-line CSV sums, per option, to the horizon totals of
 * `estimate --format json`, and the projection's last cumulative month equals them too; the files
 * are UTF-8 with a BOM, CRLF and RFC 4180 quoting. The JSON is the versioned full result.
 */

const EXAMPLES = ['postgres-oltp-ha', 'ml-team-of-eight', 'startup-db-and-ml'] as const;
const PROJECTION_COLUMNS = ['option', 'month', 'infrastructure_usd', 'operations_usd', 'security_usd', 'downtime_usd', 'one_time_usd', 'total_usd', 'cumulative_usd', 'discounted_usd', 'cumulative_discounted_usd'];
const cacheDir = tempDir('tco-empty-cache-');

function cliEstimate(file: string): Estimate {
  const run = runCli(['estimate', file, '--format', 'json'], { env: { TCO_STUDIO_CACHE_DIR: cacheDir } });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Estimate;
}

describe.each(EXAMPLES)('CSV and JSON of %s', (name) => {
  const file = join(EXAMPLES_DIR, `${name}.tco.json`);
  const scenarioText = readFileSync(file, 'utf8');
  const catalogue = loadCatalogue({ cacheDir }).catalogue;

  it('cost-line CSV parsed back sums to the JSON totals per option; the projection ends on them', async () => {
    const dir = tempDir();
    const { files } = await exportCsv({ scenarioText, catalogue }, { outPath: join(dir, 'costs.csv') });
    expect(files).toEqual([join(dir, 'costs.csv'), join(dir, 'costs.projection.csv')]);
    const cli = cliEstimate(file);

    const raw = readFileSync(files[0]!, 'utf8');
    const lines = parseCsv(raw);
    expect(lines.bom).toBe(true);
    expect(raw).not.toMatch(/[^\r]\n/);
    expect(lines.header).toEqual([...COST_LINE_CSV_COLUMNS]);
    expect(lines.rows).toHaveLength(cli.lines.length);
    const col = (n: string) => lines.header.indexOf(n);
    for (const o of cli.options) {
      const rows = lines.rows.filter((r) => r[col('option')] === o.option);
      const sum = rows.reduce((s, r) => s + Number(r[col('horizon_usd')]), 0);
      expect(roundCents(sum)).toBe(roundCents(o.horizonTotal));
      expect(rows.every((r) => r[col('option_label')] === o.label)).toBe(true);
    }
    // Every number is a plain machine number: no currency sign, no grouping, dot decimals.
    for (const r of lines.rows) for (const c of ['quantity', 'monthly_usd', 'horizon_usd']) expect(r[col(c)]).toMatch(/^-?\d+(\.\d+)?$/);

    const projection = parseCsv(readFileSync(files[1]!, 'utf8'));
    expect(projection.bom).toBe(true);
    expect(projection.header).toEqual(PROJECTION_COLUMNS);
    expect(projection.rows).toHaveLength(cli.options.length * cli.scenario.horizonMonths);
    for (const o of cli.options) {
      const last = projection.rows.filter((r) => r[0] === o.option).at(-1)!;
      expect(Number(last[1])).toBe(cli.scenario.horizonMonths);
      expect(roundCents(Number(last[PROJECTION_COLUMNS.indexOf('cumulative_usd')]))).toBe(roundCents(o.horizonTotal));
    }
  });

  it('JSON is the versioned full result, with inputs and provenance, equal to estimate --format json', async () => {
    const dir = tempDir();
    const generatedAt = '2026-11-26T09:30:00.000Z';
    await exportJson({ scenarioText, catalogue, generatedAt }, { outPath: join(dir, 'report.json') });
    const json = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as ReportData;
    const cli = cliEstimate(file);
    expect(json.reportFormatVersion).toBe(REPORT_FORMAT_VERSION);
    expect(json.generatedAt).toBe(generatedAt);
    expect(json.estimate.formatVersion).toBe(cli.formatVersion);
    expect(json.estimate.options).toEqual(cli.options);
    expect(json.estimate.lines).toEqual(cli.lines);
    expect(json.scenario.name).toBe(cli.scenario.name);
    expect(json.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(json.provenance.references.filter((r) => r.kind === 'price')).toHaveLength(cli.priceSources.length);
    expect(Object.keys(json.lineSources)).toHaveLength(cli.lines.length);
    expect(json).not.toHaveProperty('charts');
  });
});

describe('CSV computes only what it writes', () => {
  it('writes the report estimate\'s lines and projection byte for byte, without building the report', async () => {
    const scenarioText = readFileSync(join(EXAMPLES_DIR, 'startup-db-and-ml.tco.json'), 'utf8');
    const catalogue = loadCatalogue({ cacheDir }).catalogue;
    const variant = parseScenarioJson(scenarioText).variants[0]!.name;
    const dir = tempDir();
    const t0 = performance.now();
    const result = await exportCsv({ scenarioText, variant, catalogue }, { outPath: join(dir, 'c.csv') });
    const csvMs = performance.now() - t0;
    expect(result.report).toBeUndefined();
    // The report's estimate is what CSV exports wrote before they stopped building the report.
    const full = reportData({ scenarioText, variant, catalogue });
    expect(readFileSync(join(dir, 'c.csv'), 'utf8')).toBe(estimateLinesCsv(full.estimate));
    expect(readFileSync(join(dir, 'c.projection.csv'), 'utf8')).toBe(estimateProjectionCsv(full.estimate));
    // The estimate alone takes milliseconds; the report runs 10,000 Monte Carlo runs. Generous bound for a busy machine.
    expect(csvMs).toBeLessThan(1000);
  });
});

describe('variants', () => {
  it('exports the named variant: its totals are the variant scenario\'s', async () => {
    const text = readFileSync(join(EXAMPLES_DIR, 'startup-db-and-ml.tco.json'), 'utf8');
    const base = parseScenarioJson(text);
    const name = base.variants[0]!.name;
    const catalogue = loadCatalogue({ cacheDir }).catalogue;
    const expected = estimate(variantScenario(base, name, parseScenario), catalogue);
    const dir = tempDir();
    const result = await exportCsv({ scenarioText: text, variant: name, catalogue }, { outPath: join(dir, 'v.csv') });
    expect(result.report).toBeUndefined();
    expect(result.estimate.options.map((o) => o.horizonTotal)).toEqual(expected.options.map((o) => o.horizonTotal));
    const rows = parseCsv(readFileSync(join(dir, 'v.csv'), 'utf8')).rows;
    expect(roundCents(rows.reduce((s, r) => s + Number(r[14]), 0))).toBe(roundCents(expected.options.reduce((s, o) => s + o.horizonTotal, 0)));
  });
});
