import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../support/paths';
import { runCli } from '../support/run-cli';
import { pdfInfo, poppler, tempDir, testReportPage } from './support/report-test-kit';

/** `tco-studio report`: formats from the extension or --format, paper, variants, exit codes and messages. */

const example = (name: string) => join(EXAMPLES_DIR, `${name}.tco.json`);
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  env = { TCO_REPORT_PAGE: testReportPage(), TCO_STUDIO_CACHE_DIR: tempDir('tco-empty-cache-') };
}, 120_000);

describe('tco-studio report', () => {
  it('writes a PDF (format from the extension), on Letter when asked, and prints the path', () => {
    const dir = tempDir();
    const out = join(dir, 'orders.pdf');
    const run = runCli(['report', example('postgres-oltp-ha'), '--out', out, '--paper', 'letter'], { env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${out}\n`);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfInfo(out).widthPt).toBeCloseTo(612, -0.5);
    expect(readdirSync(dir)).toEqual(['orders.pdf']);
  });

  it('with --progress, reports each long step on stderr, printing the PDF last, and states the time taken; stdout still holds only the path', () => {
    const dir = tempDir();
    const out = join(dir, 'progress.pdf');
    const run = runCli(['report', example('startup-db-and-ml'), '--out', out, '--progress'], { env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`${out}\n`);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toContain('report: Monte Carlo runs: 100%');
    expect(lines).toContain('report: sensitivity inputs: 100%');
    expect(lines.at(-2)).toBe('report: printing the PDF: 100%');
    expect(lines.at(-1)).toMatch(/^report: PDF written in \d+\.\d s$/);
  });

  it('prints the two-page brief by default, and the brief with the appendix with --full (PDF and HTML alike)', () => {
    const dir = tempDir();
    const brief = runCli(['report', example('postgres-oltp-ha'), '--out', join(dir, 'brief.pdf')], { env });
    expect(brief.code, brief.stderr).toBe(0);
    expect(pdfInfo(join(dir, 'brief.pdf')).pages).toBe(2);
    expect(poppler('pdftotext', [join(dir, 'brief.pdf'), '-'])).not.toContain('Executive summary');
    const full = runCli(['report', example('postgres-oltp-ha'), '--out', join(dir, 'full.pdf'), '--full'], { env });
    expect(full.code, full.stderr).toBe(0);
    expect(pdfInfo(join(dir, 'full.pdf')).pages).toBeGreaterThan(10);
    const text = poppler('pdftotext', [join(dir, 'full.pdf'), '-']);
    for (const heading of ['The figures behind the answer', '1. Executive summary', 'Methodology and limitations']) expect(text).toContain(heading);
    const html = runCli(['report', example('postgres-oltp-ha'), '--out', join(dir, 'brief.html')], { env });
    expect(html.code, html.stderr).toBe(0);
    expect(readFileSync(join(dir, 'brief.html'), 'utf8')).toContain('data-length="brief"');
    expect(runCli(['report', example('postgres-oltp-ha'), '--out', join(dir, 'full.html'), '--full'], { env }).code).toBe(0);
    expect(readFileSync(join(dir, 'full.html'), 'utf8')).toContain('data-length="full"');
  });

  it('writes CSV (two files) and JSON; --format wins over the extension', () => {
    const dir = tempDir();
    const csv = runCli(['report', example('ml-team-of-eight'), '--out', join(dir, 'ml.csv')], { env });
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout).toBe(`${join(dir, 'ml.csv')}\n${join(dir, 'ml.projection.csv')}\n`);
    const json = runCli(['report', example('ml-team-of-eight'), '--out', join(dir, 'ml.txt'), '--format', 'json'], { env });
    expect(json.code, json.stderr).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'ml.txt'), 'utf8')) as { reportFormatVersion: number }).reportFormatVersion).toBe(1);
  });

  it('flags prices older than --stale-after-days, and states the threshold in the report', () => {
    const dir = tempDir();
    const run = (days: string) => {
      const r = runCli(['report', example('postgres-oltp-ha'), '--out', join(dir, `a${days}.json`), '--stale-after-days', days], { env });
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(readFileSync(join(dir, `a${days}.json`), 'utf8')) as { provenance: { priceAge: { staleAfterDays: number; staleLines: number; oldestDays: number } } };
    };
    const strict = run('1');
    expect(strict.provenance.priceAge.staleAfterDays).toBe(1);
    expect(strict.provenance.priceAge.staleLines).toBeGreaterThan(0);
    expect(run('3650').provenance.priceAge).toMatchObject({ staleAfterDays: 3650, staleLines: 0 });
  });

  it('prints the appendix with only the sections given with --sections (they imply --full), and names those left out on the first page', () => {
    const dir = tempDir();
    const out = join(dir, 'brief.pdf');
    const run = runCli(['report', example('postgres-oltp-ha'), '--out', out, '--sections', 'lines, cost-over-time'], { env });
    expect(run.code, run.stderr).toBe(0);
    const text = poppler('pdftotext', [out, '-']);
    expect(text).toContain('Sections left out: Uncertainty, Variants, Trade-offs, Assumptions, Price sources, Methodology');
    expect(text).toContain('2. Cost over time and operations effort');
    expect(text).toContain('1. Executive summary');
    for (const heading of ['How sure is the answer', 'Assumptions and inputs', 'Price provenance and sources', 'Methodology and limitations']) expect(text).not.toContain(heading);
  });

  it('reports on a variant, and refuses an unknown one by name', () => {
    const dir = tempDir();
    const ok = runCli(['report', example('startup-db-and-ml'), '--out', join(dir, 'v.json'), '--variant', 'lean ops'], { env });
    expect(ok.code, ok.stderr).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'v.json'), 'utf8')) as { source: { variant: string } }).source.variant).toBe('lean ops');
    const bad = runCli(['report', example('startup-db-and-ml'), '--out', join(dir, 'w.json'), '--variant', 'nope'], { env });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^tco-studio: .*no variant named "nope"; this scenario has "base", "team of six", "lean ops"/);
    expect(existsSync(join(dir, 'w.json'))).toBe(false);
  });

  it.each([
    [['--out', 'x.pdf', '--paper', 'a3'], /--paper: must be one of a4, letter \(got "a3"\)/],
    [['--out', 'x.docx'], /cannot tell the format from the file name; end it in \.pdf, \.html, \.csv, \.json or \.xlsx, or add --format/],
    [[], /report needs --out <path>/],
    [['--out', 'x.pdf', '--format', 'xls'], /--format: must be one of pdf, html, csv, json, xlsx \(got \"xls\"\)/],
    [['--out', 'x.json', '--stale-after-days', '0'], /--stale-after-days: must be from 1 to 3650 \(got 0\)/],
    [['--out', 'x.json', '--stale-after-days', 'soon'], /--stale-after-days: must be a whole number from 1 to 3650/],
    [
      ['--out', 'x.pdf', '--sections', 'lines,charts'],
      /^tco-studio: --sections: unknown section "charts"; valid sections: cost-over-time, uncertainty, lines, variants, tradeoffs, assumptions, provenance, methodology\n$/,
    ],
    [['--out', 'x.csv', '--sections', 'lines'], /--sections: applies to PDF and HTML reports; a CSV export always holds everything/],
    [['--out', 'x.xlsx', '--full'], /--full: applies to PDF and HTML reports; an XLSX export always holds everything/],
  ])('usage error %j', (args, message) => {
    const run = runCli(['report', example('postgres-oltp-ha'), ...args], { env, cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('without Chromium: exit 5, a message naming CHROMIUM_PATH, no file', () => {
    const dir = tempDir();
    const run = runCli(['report', example('postgres-oltp-ha'), '--out', join(dir, 'r.pdf')], { env: { ...env, CHROMIUM_PATH: '/nonexistent/chromium' } });
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/^tco-studio: Chromium not found at \/nonexistent\/chromium \(CHROMIUM_PATH\); set CHROMIUM_PATH/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a bad output folder: exit 1 with the reason, no file', () => {
    const run = runCli(['report', example('postgres-oltp-ha'), '--out', '/nonexistent-folder/r.pdf'], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('tco-studio: /nonexistent-folder/r.pdf: the folder /nonexistent-folder does not exist\n');
  });

  it('prices not found: the report is written with the lines flagged, exit 3 unless --allow-missing', () => {
    const dir = tempDir();
    const scenario = JSON.parse(readFileSync(example('postgres-oltp-ha'), 'utf8')) as { region: string };
    scenario.region = 'ap-east-2'; // the offline price data has no EBS rates for Asia Pacific (Taipei)
    const file = join(dir, 'taipei.tco.json');
    writeFileSync(file, JSON.stringify(scenario));
    const run = runCli(['report', file, '--out', join(dir, 'r.json')], { env });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/report written, but \d+ lines have no price \(flagged ! in the report\).*--allow-missing/);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { recommendation: unknown; refusal: { kind: string; headline: string }; provenance: { missingLines: number } };
    expect(report.provenance.missingLines).toBeGreaterThan(0);
    // No recommendation on totals that count missing prices as nothing: the report says why instead, as the app does.
    expect(report.recommendation).toBeNull();
    expect(report.refusal.kind).toBe('missing-prices');
    expect(report.refusal.headline).toMatch(/^No recommendation: \d+ prices were not found, so \d+ cost lines count as \$0 and the totals are too low/);
    expect(runCli(['report', file, '--out', join(dir, 'r2.json'), '--allow-missing'], { env }).code).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'r2.json'), 'utf8')) as { recommendation: unknown }).recommendation).toBeNull();
  });

  it('is listed in --help', () => {
    expect(runCli(['--help']).stdout).toContain('report <file> --out <path> [--format pdf|html|csv|json|xlsx] [--variant v] [--paper a4|letter]');
  });
});
