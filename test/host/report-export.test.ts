import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportRequest } from '../../src/contract/host-api';
import type { ReportSettings } from '../../src/host/host-options';
import { COST_LINE_CSV_COLUMNS } from '../../src/report/estimate-csv';
import { cleanupFixtures, exampleText, hostFixture, reason, value } from './support/host-fixture';

afterEach(cleanupFixtures);

const scenarioText = exampleText('startup-db-and-ml');

describe('exportReport', () => {
  it('writes the cost-line CSV where the save dialog says, suggesting a name from the scenario', async () => {
    const f = hostFixture();
    const target = join(f.docsDir, 'costs.csv');
    f.dialogs.saveAnswers.push(target);
    expect(value(await f.api.dispatch('exportReport', { format: 'csv', scenarioText }))).toEqual({ path: target });
    expect(f.dialogs.asked).toEqual([{ kind: 'csv', defaultName: 'Small company two databases and an ML team.csv' }]);
    // The byte-order mark tells Excel the file is UTF-8 (src/report/csv.ts).
    const csv = readFileSync(target, 'utf8').replace(/^\uFEFF/, '');
    expect(csv.split('\r\n')[0]).toBe(COST_LINE_CSV_COLUMNS.join(','));
    expect(csv.split('\r\n').length).toBeGreaterThan(10);
  });

  it('writes the estimate JSON of a named variant, and adds the extension the user left out', async () => {
    const f = hostFixture();
    f.dialogs.saveAnswers.push(join(f.docsDir, 'estimate'));
    const variant = (JSON.parse(scenarioText) as { variants: { name: string }[] }).variants[0]!.name;
    const { path } = value(await f.api.dispatch('exportReport', { format: 'json', scenarioText, variant }))!;
    expect(path).toBe(join(f.docsDir, 'estimate.json'));
    const json = JSON.parse(readFileSync(path, 'utf8')) as { options: unknown[]; lines: unknown[] };
    expect(json.options.length).toBeGreaterThan(0);
    expect(json.lines.length).toBeGreaterThan(0);
  });

  it('says PDF and HTML are not available until the report exporter is injected, before any dialog', async () => {
    const f = hostFixture();
    expect(reason(await f.api.dispatch('exportReport', { format: 'pdf', scenarioText }))).toBe('PDF export is not available yet');
    expect(reason(await f.api.dispatch('exportReport', { format: 'html', scenarioText }))).toBe('HTML export is not available yet');
    expect(f.dialogs.asked).toEqual([]);
  });

  it('calls the injected exporter with the request, the chosen path and the user\'s stale-price threshold', async () => {
    const calls: [ExportRequest, string, ReportSettings][] = [];
    const f = hostFixture({ exporter: async (request, path, settings) => void calls.push([request, path, settings]) });
    f.dialogs.saveAnswers.push(join(f.docsDir, 'report.pdf'));
    value(await f.api.dispatch('exportReport', { format: 'pdf', scenarioText, paper: 'letter' }));
    expect(calls).toEqual([[{ format: 'pdf', scenarioText, paper: 'letter' }, join(f.docsDir, 'report.pdf'), { staleAfterDays: 90 }]]);
    value(await f.api.dispatch('setSettings', { staleAfterDays: 30 }));
    f.dialogs.saveAnswers.push(join(f.docsDir, 'report2.pdf'));
    value(await f.api.dispatch('exportReport', { format: 'pdf', scenarioText }));
    expect(calls[1]![2]).toEqual({ staleAfterDays: 30 });
    expect(reason(await f.api.dispatch('setSettings', { staleAfterDays: 0 }))).toMatch(/staleAfterDays/);
  });

  it('answers null when the dialog is cancelled; refuses an invalid scenario or an unknown variant', async () => {
    const f = hostFixture();
    expect(value(await f.api.dispatch('exportReport', { format: 'csv', scenarioText }))).toBeNull();
    expect(reason(await f.api.dispatch('exportReport', { format: 'csv', scenarioText: '{}' }))).toMatch(/^the scenario is invalid: /);
    expect(reason(await f.api.dispatch('exportReport', { format: 'csv', scenarioText, variant: 'nope' }))).toMatch(/no variant named "nope"/);
  });

  it('in the web host, writes into the downloads folder without overwriting, or to a typed path', async () => {
    const f = hostFixture({ host: 'web', withDialogs: false, downloadsDir: join(hostFixture().root, 'dl') });
    const first = value(await f.api.dispatch('exportReport', { format: 'csv', scenarioText }))!.path;
    const second = value(await f.api.dispatch('exportReport', { format: 'csv', scenarioText }))!.path;
    expect(first).not.toBe(second);
    expect(second).toMatch(/ \(2\)\.csv$/);
    const typed = join(f.docsDir, 'mine.json');
    expect(value(await f.api.dispatch('exportReport', { format: 'json', scenarioText, path: typed }))).toEqual({ path: typed });
    expect(reason(await f.api.dispatch('exportReport', { format: 'json', scenarioText, path: join(f.docsDir, 'mine.csv') }))).toMatch(/must end in \.json/);
    expect(readdirSync(f.docsDir)).toEqual(['mine.json']);
  });

  it('in the desktop app, refuses a path the user never chose', async () => {
    const f = hostFixture();
    expect(reason(await f.api.dispatch('exportReport', { format: 'csv', scenarioText, path: join(f.docsDir, 'x.csv') }))).toMatch(/was not chosen in a dialog/);
  });
});

describe('the report module as the web host’s exporter', () => {
  it('writes CSV (lines and projection) and JSON through src/export', async () => {
    const { reportModuleExporter } = await import('../../src/host/report-module-exporter');
    const f = hostFixture({ host: 'web', withDialogs: false });
    const exporter = reportModuleExporter({ appRoot: f.root, cacheDir: f.cacheDir, generator: 'TCO Studio test' });
    const g = hostFixture({ host: 'web', withDialogs: false, exporter });
    value(await g.api.dispatch('exportReport', { format: 'csv', scenarioText, path: join(g.docsDir, 'lines.csv') }));
    value(await g.api.dispatch('exportReport', { format: 'json', scenarioText, path: join(g.docsDir, 'report.json') }));
    expect(readdirSync(g.docsDir).sort()).toEqual(['lines.csv', 'lines.projection.csv', 'report.json']);
    expect(JSON.parse(readFileSync(join(g.docsDir, 'report.json'), 'utf8'))).toHaveProperty('reportFormatVersion');
  });

  it('a PDF without a built report page is a clear reason, not a crash', async () => {
    const { reportModuleExporter } = await import('../../src/host/report-module-exporter');
    const f = hostFixture({ host: 'web', withDialogs: false });
    const g = hostFixture({ host: 'web', withDialogs: false, exporter: reportModuleExporter({ appRoot: f.root, cacheDir: f.cacheDir, generator: 't', chromiumPath: '/nonexistent/chromium' }) });
    const why = reason(await g.api.dispatch('exportReport', { format: 'pdf', scenarioText, path: join(g.docsDir, 'r.pdf') }));
    expect(why).not.toMatch(/^unexpected error/);
    expect(why).toMatch(/chromium|Chromium|CHROMIUM_PATH/);
    expect(readdirSync(g.docsDir)).toEqual([]);
  });
});
