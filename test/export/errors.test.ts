import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkOutputPath,
  chromiumCandidates,
  ensureReportPage,
  exportCsv,
  exportHtml,
  exportJson,
  exportPdf,
  exportXlsx,
  findChromium,
  formatFromPath,
  projectionCsvPath,
  ReportExportError,
  writeOutput,
  writeOutputs,
} from '../../src/export';
import { EXAMPLES_DIR } from '../support/paths';
import { tempDir, testReportPage } from './support/report-test-kit';
import { snapshotCatalogue } from '../support/snapshot';

/**
 * Failures are clear and leave nothing behind: a bad path, an unwritable folder, a missing
 * Chromium or a page that cannot be built each give one sentence naming the problem (and, for
 * Chromium, CHROMIUM_PATH), and no file, partial or otherwise, is written.
 */

const scenarioText = readFileSync(join(EXAMPLES_DIR, 'postgres-oltp-ha.tco.json'), 'utf8');
const input = { scenarioText, catalogue: snapshotCatalogue() };
const exporters = { pdf: exportPdf, html: exportHtml, csv: exportCsv, json: exportJson, xlsx: exportXlsx } as const;
const isRoot = process.getuid?.() === 0;

/** A folder nobody may write to: a read-only folder for ordinary users; sysfs for root, which ignores permissions. */
function unwritableFolder(): string {
  if (isRoot) return '/sys/kernel';
  const dir = tempDir();
  chmodSync(dir, 0o555);
  return dir;
}

async function failure(p: Promise<unknown>): Promise<ReportExportError> {
  try {
    await p;
  } catch (error) {
    expect(error).toBeInstanceOf(ReportExportError);
    return error as ReportExportError;
  }
  throw new Error('expected the export to fail');
}

describe.each(Object.keys(exporters) as (keyof typeof exporters)[])('%s export', (format) => {
  const exportIt = exporters[format];

  it('refuses a path in a folder that does not exist, and writes nothing', async () => {
    const dir = tempDir();
    const target = join(dir, 'missing', `report.${format}`);
    const e = await failure(exportIt(input, { outPath: target }));
    expect(e.code).toBe('bad-output');
    expect(e.message).toBe(`${target}: the folder ${join(dir, 'missing')} does not exist`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a folder as the output path', async () => {
    const dir = tempDir();
    const e = await failure(exportIt(input, { outPath: dir }));
    expect(e.message).toMatch(/is a folder; give a file name/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses an unwritable folder, and writes nothing', async () => {
    const dir = unwritableFolder();
    const before = readdirSync(dir);
    const e = await failure(exportIt(input, { outPath: join(dir, `report.${format}`) }));
    expect(e.code).toBe('bad-output');
    expect(e.message).toMatch(/^.*: the folder .* is not writable \((permission denied|the file system is read-only)\)$/);
    expect(readdirSync(dir)).toEqual(before);
  });
});

describe('missing Chromium', () => {
  it.each(['pdf', 'html'] as const)('%s: says so, names CHROMIUM_PATH, and writes nothing', async (format) => {
    const dir = tempDir();
    const target = join(dir, `report.${format}`);
    const e = await failure(exporters[format](input, { outPath: target, chromiumPath: '/nonexistent/chromium' }));
    expect(e.code).toBe('chromium-not-found');
    expect(e.message).toMatch(/^Chromium not found at \/nonexistent\/chromium .*CHROMIUM_PATH/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reads CHROMIUM_PATH, and without it looks in the usual places, else explains what to install', () => {
    expect(() => findChromium(undefined, { CHROMIUM_PATH: '/nope/chrome' })).toThrow(/Chromium not found at \/nope\/chrome \(CHROMIUM_PATH\)/);
    expect(findChromium(undefined, { CHROMIUM_PATH: '/usr/bin/chromium' })).toBe('/usr/bin/chromium');
    expect(() => findChromium(undefined, {}, 'aix' as NodeJS.Platform)).not.toThrow(); // Linux-like list; /usr/bin/chromium exists here
    expect(() => findChromium(undefined, { LOCALAPPDATA: '/nowhere' }, 'win32')).toThrow(/^Chromium not found: .*set CHROMIUM_PATH/);
    expect(chromiumCandidates({}, 'darwin')[0]).toBe('/Applications/Chromium.app/Contents/MacOS/Chromium');
    expect(chromiumCandidates({ PROGRAMFILES: 'C:\\Program Files' }, 'win32').some((p) => p.endsWith('chrome.exe'))).toBe(true);
  });

  it('a path that is not an executable (a folder) is refused too', () => {
    expect(() => findChromium(tempDir())).toThrow(/Chromium not found at/);
  });
});

describe('atomic writes', () => {
  it('a failed write keeps the previous file and leaves no temporary file', () => {
    const dir = tempDir();
    const target = join(dir, 'report.json');
    writeFileSync(target, 'previous');
    if (!isRoot) chmodSync(dir, 0o555);
    const failing = isRoot ? join('/sys/kernel', 'report.json') : target;
    expect(() => writeOutput(failing, 'new')).toThrow(/could not write the report \((permission denied|the file system is read-only)\); nothing was written/);
    if (!isRoot) chmodSync(dir, 0o755);
    expect(readFileSync(target, 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('a multi-file export that fails half-way removes the files it created', () => {
    const dir = tempDir();
    const first = join(dir, 'a.csv');
    expect(() => writeOutputs([{ path: first, data: 'x' }, { path: join(dir, 'gone', 'b.csv'), data: 'y' }])).toThrow(ReportExportError);
    expect(existsSync(first)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('checks the output path without creating anything', () => {
    const dir = tempDir();
    expect(checkOutputPath(join(dir, 'r.pdf'))).toBe(join(dir, 'r.pdf'));
    expect(() => checkOutputPath('')).toThrow(/no output path/);
    const file = join(dir, 'file');
    writeFileSync(file, '');
    expect(() => checkOutputPath(join(file, 'r.pdf'))).toThrow(/is not a folder/);
    expect(readdirSync(dir)).toEqual(['file']);
  });
});

describe('the report page build', () => {
  function fakeProject(script: string): string {
    const root = tempDir('tco-fake-project-');
    mkdirSync(join(root, 'scripts'));
    writeFileSync(join(root, 'package.json'), '{"name":"tco-studio"}');
    writeFileSync(join(root, 'scripts', 'build-report-page.mjs'), script);
    return root;
  }

  it('builds the page when it is missing, and says why when the build fails', () => {
    const root = fakeProject("console.error('vite: something broke'); process.exit(1);\n");
    expect(() => ensureReportPage(root, {})).toThrow(/^building the report page failed: vite: something broke; run node scripts\/build-report-page.mjs/);
    const ok = fakeProject(
      "import { mkdirSync, writeFileSync } from 'node:fs';\nmkdirSync('dist/renderer', { recursive: true });\nwriteFileSync('dist/renderer/report.html', '<!doctype html>');\n",
    );
    expect(ensureReportPage(ok, {})).toBe(join(ok, 'dist', 'renderer', 'report.html'));
  });

  it('uses TCO_REPORT_PAGE as it is, and says when it does not exist', () => {
    expect(ensureReportPage('/nowhere', { TCO_REPORT_PAGE: testReportPage() })).toBe(testReportPage());
    expect(() => ensureReportPage('/nowhere', { TCO_REPORT_PAGE: '/nope/report.html' })).toThrow(/\/nope\/report.html \(TCO_REPORT_PAGE\) does not exist/);
  });

  it('the build script writes only report.html and its own assets folder', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'index.html'), 'the app');
    const r = spawnSync(process.execPath, ['scripts/build-report-page.mjs', dir], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['index.html', 'report-assets', 'report.html']);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('the app');
  });
});

describe('file names', () => {
  it('infers the format from the extension', () => {
    expect(['a.pdf', 'b.HTML', 'c.htm', 'd.csv', 'e.json', 'f.txt', 'g'].map(formatFromPath)).toEqual(['pdf', 'html', 'html', 'csv', 'json', undefined, undefined]);
  });

  it('puts the projection CSV beside the cost-line CSV', () => {
    expect(projectionCsvPath('/x/costs.csv')).toBe('/x/costs.projection.csv');
    expect(projectionCsvPath('/x/costs.CSV')).toBe('/x/costs.projection.csv');
    expect(projectionCsvPath('/x/costs')).toBe('/x/costs.projection.csv');
  });
});
