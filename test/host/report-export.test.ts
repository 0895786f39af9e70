import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportRequest } from '../../src/contract/host-api';
import { openerCommand, recordingOpener } from '../../src/host/export-reveal';
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
  it('writes CSV (lines and projection), JSON and the XLSX workbook through src/export, without a browser', async () => {
    const { reportModuleExporter } = await import('../../src/host/report-module-exporter');
    const f = hostFixture({ host: 'web', withDialogs: false });
    const exporter = reportModuleExporter({ appRoot: f.root, cacheDir: f.cacheDir, generator: 'TCO Studio test', chromiumPath: '/nonexistent/chromium' });
    const g = hostFixture({ host: 'web', withDialogs: false, exporter });
    value(await g.api.dispatch('exportReport', { format: 'csv', scenarioText, path: join(g.docsDir, 'lines.csv') }));
    value(await g.api.dispatch('exportReport', { format: 'json', scenarioText, path: join(g.docsDir, 'report.json') }));
    value(await g.api.dispatch('exportReport', { format: 'xlsx', scenarioText, path: join(g.docsDir, 'book.xlsx') }));
    expect(reason(await g.api.dispatch('exportReport', { format: 'xlsx', scenarioText, path: join(g.docsDir, 'book.xls') }))).toMatch(/must end in \.xlsx/);
    expect(readdirSync(g.docsDir).sort()).toEqual(['book.xlsx', 'lines.csv', 'lines.projection.csv', 'report.json']);
    expect(JSON.parse(readFileSync(join(g.docsDir, 'report.json'), 'utf8'))).toHaveProperty('reportFormatVersion');
    // An .xlsx file is a zip archive.
    expect(readFileSync(join(g.docsDir, 'book.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('without the report module, XLSX is refused with a reason and nothing is written', async () => {
    const f = hostFixture({ host: 'web', withDialogs: false });
    expect(reason(await f.api.dispatch('exportReport', { format: 'xlsx', scenarioText, path: join(f.docsDir, 'book.xlsx') }))).toBe('XLSX export is not available yet');
    expect(readdirSync(f.docsDir)).toEqual([]);
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

describe('exportReport: report sections', () => {
  it('passes the chosen sections to the exporter; refuses an unknown id with the valid ones, and a repeated one', async () => {
    const calls: ExportRequest[] = [];
    const f = hostFixture({ exporter: async (request) => void calls.push(request) });
    f.dialogs.saveAnswers.push(join(f.docsDir, 'brief.pdf'));
    value(await f.api.dispatch('exportReport', { format: 'pdf', scenarioText, sections: ['lines', 'cost-over-time'] }));
    expect(calls).toEqual([{ format: 'pdf', scenarioText, sections: ['lines', 'cost-over-time'] }]);
    expect(reason(await f.api.dispatch('exportReport', { format: 'pdf', scenarioText, sections: ['lines', 'appendix'] }))).toBe(
      'sections[1]: must be one of "cost-over-time", "uncertainty", "lines", "variants", "tradeoffs", "assumptions", "provenance", "methodology" (got "appendix")',
    );
    expect(reason(await f.api.dispatch('exportReport', { format: 'pdf', scenarioText, sections: ['lines', 'lines'] }))).toMatch(/sections.*must name each section at most once/);
    expect(reason(await f.api.dispatch('exportReport', { format: 'pdf', scenarioText, sections: 'lines' }))).toMatch(/^sections: /);
    expect(calls).toHaveLength(1);
    expect(f.dialogs.asked).toHaveLength(1);
  });

  it('keeps the chosen sections as a setting, and forgets ids a later version no longer has', async () => {
    const f = hostFixture();
    expect(value(await f.api.dispatch('getSettings', undefined)).sections).toBeUndefined();
    expect(value(await f.api.dispatch('setSettings', { sections: ['methodology', 'lines'] })).sections).toEqual(['methodology', 'lines']);
    expect(value(await f.api.dispatch('getSettings', undefined))).toMatchObject({ sections: ['methodology', 'lines'], paper: 'a4' });
    expect(reason(await f.api.dispatch('setSettings', { sections: ['glossary'] }))).toMatch(/^sections\[0\]: must be one of /);
    const file = join(f.userDataDir, 'settings.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"methodology"', '"glossary"'));
    expect(value(await f.api.dispatch('getSettings', undefined))).toMatchObject({ sections: ['lines'], paper: 'a4' });
  });
});

describe('exportReport: the brief or the full report', () => {
  it('passes "full" to the exporter with the appendix sections, refuses a non-boolean naming the field, and keeps the choice as a setting', async () => {
    const calls: ExportRequest[] = [];
    const f = hostFixture({ exporter: async (request) => void calls.push(request) });
    f.dialogs.saveAnswers.push(join(f.docsDir, 'full.pdf'));
    value(await f.api.dispatch('exportReport', { format: 'pdf', scenarioText, full: true, sections: ['lines'] }));
    expect(calls).toEqual([{ format: 'pdf', scenarioText, full: true, sections: ['lines'] }]);
    expect(reason(await f.api.dispatch('exportReport', { format: 'pdf', scenarioText, full: 'yes' }))).toMatch(/^full: /);
    expect(calls).toHaveLength(1);
    expect(value(await f.api.dispatch('getSettings', undefined)).fullReport).toBeUndefined();
    expect(value(await f.api.dispatch('setSettings', { fullReport: true })).fullReport).toBe(true);
    expect(value(await f.api.dispatch('getSettings', undefined))).toMatchObject({ fullReport: true, paper: 'a4' });
    expect(reason(await f.api.dispatch('setSettings', { fullReport: 1 }))).toMatch(/^fullReport: /);
  });
});

describe('revealExport: open a report, or show it in its folder', () => {
  it('opens or shows a report this session exported, through the injected opener', async () => {
    const f = hostFixture();
    const target = join(f.docsDir, 'costs.csv');
    f.dialogs.saveAnswers.push(target);
    value(await f.api.dispatch('exportReport', { format: 'csv', scenarioText }));
    expect(value(await f.api.dispatch('revealExport', { path: target, action: 'folder' }))).toBeNull();
    expect(value(await f.api.dispatch('revealExport', { path: target, action: 'open' }))).toBeNull();
    expect(f.revealed).toEqual([
      { path: target, action: 'folder' },
      { path: target, action: 'open' },
    ]);
  });

  it('refuses a file it did not export in this session, even one that exists, and a report deleted since', async () => {
    const f = hostFixture({ host: 'web', withDialogs: false });
    const other = join(f.docsDir, 'notes.pdf');
    writeFileSync(other, '%PDF-');
    expect(reason(await f.api.dispatch('revealExport', { path: other, action: 'open' }))).toBe('only a file this app exported can be opened');
    // Exported by another session of the host: not this one's.
    const g = hostFixture({ host: 'web', withDialogs: false });
    const elsewhere = join(g.docsDir, 'mine.json');
    value(await g.api.dispatch('exportReport', { format: 'json', scenarioText, path: elsewhere }));
    expect(reason(await f.api.dispatch('revealExport', { path: elsewhere, action: 'folder' }))).toBe('only a file this app exported can be opened');

    const typed = join(f.docsDir, 'mine.json');
    value(await f.api.dispatch('exportReport', { format: 'json', scenarioText, path: typed }));
    rmSync(typed);
    expect(reason(await f.api.dispatch('revealExport', { path: typed, action: 'open' }))).toBe(`${typed} is no longer there (moved or deleted since it was exported)`);
    expect(reason(await f.api.dispatch('revealExport', { path: 'mine.json', action: 'open' }))).toBe('the path must be an absolute file path');
    expect(reason(await f.api.dispatch('revealExport', { path: typed, action: 'run' }))).toMatch(/^action: must be one of "open", "folder"/);
    expect(f.revealed).toEqual([]);
  });
});

describe('the platform opener', () => {
  it('names the opener and its arguments per platform, never a shell command line', () => {
    const file = '/home/me/Downloads/Orders; rm -rf ~.pdf';
    expect(openerCommand(file, 'open', 'linux')).toEqual({ command: 'xdg-open', args: [file] });
    expect(openerCommand(file, 'folder', 'linux')).toEqual({ command: 'xdg-open', args: ['/home/me/Downloads'] });
    expect(openerCommand(file, 'open', 'darwin')).toEqual({ command: 'open', args: [file] });
    expect(openerCommand(file, 'folder', 'darwin')).toEqual({ command: 'open', args: ['-R', file] });
    expect(openerCommand('C:\\Users\\me\\r.pdf', 'folder', 'win32')).toEqual({ command: 'explorer.exe', args: ['/select,C:\\Users\\me\\r.pdf'] });
    expect(openerCommand('C:\\Users\\me\\r.pdf', 'open', 'win32')).toEqual({ command: 'explorer.exe', args: ['C:\\Users\\me\\r.pdf'] });
  });

  it('as the test seam, records each request as a JSON line instead of opening anything', async () => {
    const log = join(hostFixture().root, 'opened.log');
    const open = recordingOpener(log, 'linux');
    await open('/tmp/r/a.pdf', 'folder');
    await open('/tmp/r/a.pdf', 'open');
    expect(readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual([
      { action: 'folder', path: '/tmp/r/a.pdf', opener: { command: 'xdg-open', args: ['/tmp/r'] } },
      { action: 'open', path: '/tmp/r/a.pdf', opener: { command: 'xdg-open', args: ['/tmp/r/a.pdf'] } },
    ]);
  });
});
