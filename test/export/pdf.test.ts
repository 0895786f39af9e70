import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/aws/load-catalogue';
import type { Estimate } from '../../src/model/estimate';
import { exportHtml, exportPdf, ReportRenderer, reportData, scenarioPageInput, type ReportExportInput } from '../../src/export';
import { formatDate, formatHours, formatShare, formatUsd, formatUsdWhole } from '../../src/format/format';
import { BRIEF_LIMITS } from '../../src/report/brief';
import { priceAgeText } from '../../src/report/price-age-text';
import type { ReportPaper } from '../../src/report/report-input';
import type { ReportData } from '../../src/report/report-data';
import { EXAMPLES_DIR } from '../support/paths';
import { runCli } from '../support/run-cli';
import { blankShare, colourShare, findPhrase, fortyDatabaseScenarioText, inkShare, pdfFonts, pdfInfo, pdfWords, poppler, rasterize, rasterizeGrey, tempDir, testReportPage, type PageDom } from './support/report-test-kit';

/**
 * The PDF comparison, printed by the real Chromium through the report page. The full report
 * (brief and appendix) of every example: pdftotext shows the totals and every priced line exactly
 * as `tco-studio estimate --format json` gives them, formatted to the cent; pdfinfo gives A4 or
 * Letter and a page count that matches the page footers; pdffonts shows every font embedded;
 * pdftoppm renders every page, each chart's area holds coloured marks, and no page but the last
 * is more than 40% blank. The brief (the default): exactly two pages for every example and for a
 * forty-database fleet, on A4 and Letter, with each page's facts. One Chromium serves the whole file.
 */

const EXAMPLES = ['postgres-oltp-ha', 'ml-team-of-eight', 'startup-db-and-ml'] as const;
const ALL_EXAMPLES = [...EXAMPLES, 'postgres-fleet-ec2-rds-aurora', 'sqlserver-standard'] as const;
/** The page margins of report.css (@page), in mm, and the paper heights. */
const MARGINS = { topMm: 18, bottomMm: 16 };
const PAGE_HEIGHT_MM = { a4: 297, letter: 279.4 } as const;
/** The most of a page's printable area that may be blank (the measure). */
const MAX_BLANK = 0.4;
const GENERATED_AT = '2026-11-26T09:30:00.000Z';
const A4 = { width: 595.28, height: 841.89 };
const LETTER = { width: 612, height: 792 };
/** pixels per point at pdftoppm -r 50 */
const PX = 50 / 72;

let renderer: ReportRenderer;
let out: string;
let cacheDir: string;

beforeAll(async () => {
  renderer = await ReportRenderer.open({ pagePath: testReportPage() });
  out = tempDir();
  cacheDir = tempDir('tco-empty-cache-');
}, 120_000);

afterAll(async () => {
  await renderer?.close();
});

/**
 * The pages of an A4 PDF, but the last, that are more than MAX_BLANK blank, as "page n: x% blank".
 * The last page holds whatever the final section has left: forcing it full would mean padding or cutting text.
 */
function pagesTooEmpty(pdf: string): string[] {
  const pages = rasterizeGrey(pdf, 20);
  expect(pages).toHaveLength(pdfInfo(pdf).pages);
  return pages
    .slice(0, -1)
    .map((p) => blankShare(p, { ...MARGINS, pageHeightMm: PAGE_HEIGHT_MM.a4 }))
    .flatMap((b, i) => (b > MAX_BLANK ? [`page ${i + 1}: ${Math.round(b * 100)}% blank`] : []));
}

/** The chart titles the report prints for this data, i.e. where the test expects a drawn chart. */
function chartTitles(d: ReportData): string[] {
  return [
    'Cumulative cost by option',
    'Monthly run-rate by service (month 1)',
    ...d.estimate.options.map((o) => `${o.label}: cost per month by category`),
    'Engineer hours per month by task',
    ...(d.analysis.simulation ? ['Monte Carlo: distribution of the saving'] : []),
    ...(d.analysis.tornado ? ['Sensitivity: what moves the saving most'] : []),
    ...(d.charts.breakEven ? [`Break-even: cost by ${d.charts.breakEven.inputLabel}`] : []),
  ];
}

describe.each(EXAMPLES)('full PDF report of %s', (name) => {
  const file = join(EXAMPLES_DIR, `${name}.tco.json`);
  let pdf: string;
  let report: ReportData;
  let text: string;
  let cli: Estimate;

  beforeAll(async () => {
    pdf = join(out, `${name}.pdf`);
    const result = await exportPdf(
      { scenarioText: readFileSync(file, 'utf8'), generatedAt: GENERATED_AT, catalogue: loadCatalogue({ cacheDir }).catalogue },
      { outPath: pdf, paper: 'a4', full: true, renderer },
    );
    report = result.report;
    text = poppler('pdftotext', ['-layout', pdf, '-']);
    const run = runCli(['estimate', file, '--format', 'json'], { env: { TCO_STUDIO_CACHE_DIR: cacheDir } });
    expect(run.code, run.stderr).toBe(0);
    cli = JSON.parse(run.stdout) as Estimate;
  }, 120_000);

  it('shows every option total and every priced line equal to estimate --format json, to the cent', () => {
    expect(report.estimate.options.map((o) => o.horizonTotal)).toEqual(cli.options.map((o) => o.horizonTotal));
    const flat = text.replace(/\s+/g, ' ');
    for (const o of cli.options) {
      expect(flat).toContain(o.label);
      // The summary states totals in whole dollars (cents of estimated hours are false precision); the line tables keep cents.
      for (const v of [o.horizonTotal, o.monthlyRunRate, o.npv, o.oneTimeTotal]) expect(text).toContain(formatUsdWhole(v));
    }
    const priced = cli.lines.filter((l) => l.unitPrice !== null);
    expect(priced.length).toBeGreaterThan(20);
    const absent = priced.filter((l) => !text.includes(formatUsd(l.horizonTotal)));
    expect(absent.map((l) => `${l.id} ${formatUsd(l.horizonTotal)}`)).toEqual([]);
  });

  it('says what it recommends, how sure it is, when and from which file', () => {
    const flat = text.replace(/\s+/g, ' ');
    const best = cli.options.find((o) => o.option === cli.ranking[0])!;
    const next = cli.options.find((o) => o.option === cli.ranking[1])!;
    expect(flat).toContain(`${best.label} costs ${formatUsd(next.horizonTotal - best.horizonTotal)}`);
    expect(flat).toMatch(
      report.analysis.simulation ? /confidence: .* cheapest option in \S+ of 10,000 simulated runs/ : /No uncertainty was modelled: the default ranges are off and no input has a distribution/,
    );
    expect(flat).toContain(report.source.shortHash);
    expect(flat).toContain(formatDate(GENERATED_AT));
    expect(flat).toContain(cli.scenario.question.slice(0, 60));
    for (const heading of ['The figures behind the answer', 'Executive summary', 'How sure is the answer', 'Trade-offs beyond dollars', 'Assumptions and inputs', 'Price provenance and sources', 'Methodology and limitations']) {
      expect(flat).toContain(heading);
    }
  });

  it('is A4, with a page count that matches its "Page n of N" footers', () => {
    const info = pdfInfo(pdf);
    expect(info.widthPt).toBeCloseTo(A4.width, -0.5);
    expect(info.heightPt).toBeCloseTo(A4.height, -0.5);
    expect(info.pages).toBeGreaterThanOrEqual(10);
    const footers = [...text.matchAll(/Page (\d+) of (\d+)/g)];
    expect(footers.map((m) => Number(m[1]))).toEqual(Array.from({ length: info.pages }, (_, i) => i + 1));
    expect(new Set(footers.map((m) => Number(m[2])))).toEqual(new Set([info.pages]));
    // The running header (scenario name and hash) is on every page but the cover.
    expect(text.split('\f').filter((p) => p.includes(`scenario ${report.source.shortHash}`)).length).toBe(info.pages - 1);
  });

  it('leaves no page more than 40% blank (a chart or a reference alone), but the last, which ends where the methodology ends', () => {
    expect(pagesTooEmpty(pdf)).toEqual([]);
    // The measure sees blank space: the last page of a report is never full to the bottom margin.
    expect(blankShare(rasterizeGrey(pdf, 20).at(-1)!, { ...MARGINS, pageHeightMm: PAGE_HEIGHT_MM.a4 })).toBeGreaterThan(0);
  });

  it('embeds every font it uses', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
  });

  it('renders every page with pdftoppm, and every chart area holds coloured marks', () => {
    const pages = rasterize(pdf, 50);
    expect(pages).toHaveLength(pdfInfo(pdf).pages);
    for (const [i, p] of pages.entries()) expect(inkShare(p), `page ${i + 1} is blank`).toBeGreaterThan(0.002);
    const { words } = pdfWords(pdf);
    const titles = chartTitles(report);
    expect(titles.length).toBeGreaterThanOrEqual(6);
    for (const title of titles) {
      const at = findPhrase(words, title);
      expect(at, `chart "${title}" is not in the PDF`).toBeDefined();
      const page = pages[at!.page - 1]!;
      // The band under the title, 100 pt tall: every chart is taller than that.
      const share = colourShare(page, (at!.yMax + 4) * PX, (at!.yMax + 104) * PX);
      // Coloured pixels: bars and curves (text-only bands measure about 0.001).
      expect(share, `chart "${title}" on page ${at!.page} looks blank`).toBeGreaterThan(0.005);
    }
  });
});

/**
 * Text as one line for comparing pdftotext's output with the report's sentences: whitespace
 * collapsed and hyphens dropped, on both sides, since pdftotext joins a word broken at its hyphen
 * at a line end without the hyphen ("I/O-Optimized" comes out "I/OOptimized").
 */
const oneLine = (text: string) => text.replace(/-\s*/g, '').replace(/\s+/g, ' ');

describe.each([...ALL_EXAMPLES, 'forty databases'])('the two-page brief of %s', (name) => {
  let report: ReportData;
  let cli: Estimate;
  const pdfs: Record<ReportPaper, string> = { a4: '', letter: '' };

  beforeAll(async () => {
    const scenarioText = name === 'forty databases' ? fortyDatabaseScenarioText(EXAMPLES_DIR) : readFileSync(join(EXAMPLES_DIR, `${name}.tco.json`), 'utf8');
    const file = join(out, `${name.replace(/\s/g, '-')}.tco.json`);
    writeFileSync(file, scenarioText);
    report = reportData({ scenarioText, generatedAt: GENERATED_AT, catalogue: loadCatalogue({ cacheDir }).catalogue });
    for (const paper of ['a4', 'letter'] as const) {
      pdfs[paper] = join(out, `brief-${name.replace(/\s/g, '-')}-${paper}.pdf`);
      writeFileSync(pdfs[paper], (await renderer.pdf(report, paper)).bytes);
    }
    const run = runCli(['estimate', file, '--format', 'json'], { env: { TCO_STUDIO_CACHE_DIR: cacheDir } });
    expect(run.code, run.stderr).toBe(0);
    cli = JSON.parse(run.stdout) as Estimate;
  }, 240_000);

  it('is exactly two pages on A4 and on Letter', () => {
    expect(pdfInfo(pdfs.a4)).toMatchObject({ pages: 2 });
    expect(pdfInfo(pdfs.a4).heightPt).toBeCloseTo(A4.height, -0.5);
    expect(pdfInfo(pdfs.letter)).toMatchObject({ pages: 2 });
    expect(pdfInfo(pdfs.letter).heightPt).toBeCloseTo(LETTER.height, -0.5);
  });

  it('page 1: the question, the answer, the difference, how sure, the break-even, the three inputs that move it most and the trade-offs', () => {
    for (const paper of ['a4', 'letter'] as const) {
      const page1 = oneLine(poppler('pdftotext', ['-f', '1', '-l', '1', pdfs[paper], '-']));
      const best = cli.options.find((o) => o.option === cli.ranking[0])!;
      const next = cli.options.find((o) => o.option === cli.ranking[1])!;
      const saving = next.horizonTotal - best.horizonTotal;
      expect(page1).toContain(oneLine(cli.scenario.question));
      expect(page1).toContain(oneLine(`${best.label} costs ${formatUsd(saving)} (${formatShare(saving / next.horizonTotal)}) less than ${next.label} over ${cli.scenario.horizonMonths} months: ${formatUsd(best.horizonTotal)} against ${formatUsd(next.horizonTotal)}`));
      expect(page1).toContain(oneLine(`${formatUsdWhole(saving)} (${formatShare(saving / next.horizonTotal)}) over ${cli.scenario.horizonMonths} months in favour of ${best.label}`));
      expect(page1).toContain(`${formatUsdWhole(Math.abs(next.monthlyRunRate - best.monthlyRunRate))} a month`);
      expect(page1).toContain(oneLine(report.confidence.statement));
      if (report.analysis.simulation) expect(page1).toMatch(/cheapest option in \S+ of 10,000 simulated runs.* at P10, .* at P90/);
      expect(page1).toContain(oneLine(report.analysis.breakEven!.message));
      const drivers = report.analysis.tornado!.bars.filter((b) => b.swing > 0).slice(0, 3);
      expect(drivers).toHaveLength(3);
      for (const b of drivers) expect(page1).toContain(oneLine(`${b.label} from`));
      for (const phrase of ['Who does what:', 'Control kept', 'Exit effort:', 'Time to production:']) expect(page1).toContain(phrase);
      expect(page1).toContain(report.source.shortHash);
      expect(page1).toContain(oneLine('tco-studio report --full'));
    }
  });

  it('page 2: cumulative cost, run-rate by category with ops hours, every option total equal to estimate --format json (the totals themselves to the cent), the assumptions, the age of the prices, the variants', () => {
    expect(report.estimate.options.map((o) => o.horizonTotal)).toEqual(cli.options.map((o) => o.horizonTotal));
    for (const paper of ['a4', 'letter'] as const) {
      const page2 = oneLine(poppler('pdftotext', ['-f', '2', '-l', '2', pdfs[paper], '-']));
      for (const title of ['Cumulative cost by option', 'Run-rate by category and ops hours (month 1)', 'Assumptions that matter most', 'Age of the prices', 'Variants compared']) {
        expect(page2).toContain(oneLine(title));
      }
      for (const o of cli.options) {
        expect(page2).toContain(oneLine(o.label));
        // Whole dollars, as the app's dashboard shows them; page 1 gives the two leading totals to the cent.
        expect(page2).toContain(formatUsdWhole(o.horizonTotal));
        expect(page2).toContain(formatUsdWhole(o.monthlyRunRate));
        expect(page2).toContain(formatHours(o.opsHoursPerMonth));
      }
      expect(page2).toContain(oneLine(priceAgeText(report.provenance.priceAge, cli.scenario.region)));
      const shown = report.variants.slice(0, BRIEF_LIMITS.variants);
      for (const v of shown) expect(page2).toContain(oneLine(v.name));
      if (report.variants.length > shown.length) expect(page2).toContain(oneLine(`and ${report.variants.length - shown.length} more in the full report`));
      else expect(page2).not.toContain('more in the full report');
    }
    if (name === 'forty databases') expect(report.variants.length).toBeGreaterThan(BRIEF_LIMITS.variants);
  });
});

describe('the full report of forty databases', () => {
  it('runs to many pages, none but the last more than 40% blank', async () => {
    const pdf = join(out, 'forty-full.pdf');
    await exportPdf({ scenarioText: fortyDatabaseScenarioText(EXAMPLES_DIR), generatedAt: GENERATED_AT, catalogue: loadCatalogue({ cacheDir }).catalogue }, { outPath: pdf, full: true, renderer });
    expect(pdfInfo(pdf).pages).toBeGreaterThan(30);
    expect(pagesTooEmpty(pdf)).toEqual([]);
  }, 120_000);
});

describe('paper and other outputs', () => {
  const scenarioText = readFileSync(join(EXAMPLES_DIR, 'postgres-oltp-ha.tco.json'), 'utf8');

  it('prints on US Letter when asked', async () => {
    const pdf = join(out, 'letter.pdf');
    await exportPdf({ scenarioText, generatedAt: GENERATED_AT, catalogue: loadCatalogue({ cacheDir }).catalogue }, { outPath: pdf, paper: 'letter', renderer });
    const info = pdfInfo(pdf);
    expect(info.widthPt).toBeCloseTo(LETTER.width, -0.5);
    expect(info.heightPt).toBeCloseTo(LETTER.height, -0.5);
    const text = poppler('pdftotext', ['-layout', pdf, '-']);
    expect(text).toContain(`Page ${info.pages} of ${info.pages}`);
  });

  it('shows a price it could not find as flagged and unpriced, never as $0, and the cover names no option but what is missing', async () => {
    const s = JSON.parse(scenarioText) as { region: string };
    s.region = 'ap-east-2'; // the offline price data has no EBS rates for Asia Pacific (Taipei)
    const pdf = join(out, 'missing.pdf');
    const { report } = await exportPdf({ scenarioText: JSON.stringify(s), catalogue: loadCatalogue({ cacheDir }).catalogue }, { outPath: pdf, full: true, renderer });
    const flat = poppler('pdftotext', ['-layout', pdf, '-']).replace(/\s+/g, ' ');
    expect(report.provenance.missingLines).toBeGreaterThan(0);
    expect(report.recommendation).toBeNull();
    expect(flat).toContain(report.refusal!.headline);
    expect(flat).toContain(`! Not found: ${report.refusal!.named[0]!}`);
    expect(flat).not.toMatch(/ costs \$[\d,.]+ \([\d.]+%\) less than /);
    expect((flat.match(/PRICE NOT FOUND/g) ?? []).length).toBe(report.provenance.missingLines);
    expect((flat.match(/not priced not priced/g) ?? []).length).toBe(report.provenance.missingLines);
  });

  it('writes the same report as one self-contained HTML file: inline CSS and SVG, no scripts', async () => {
    const path = join(out, 'report.html');
    const { report } = await exportHtml({ scenarioText, generatedAt: GENERATED_AT, catalogue: loadCatalogue({ cacheDir }).catalogue }, { outPath: path, full: true, renderer });
    const html = readFileSync(path, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link[^>]+rel="(stylesheet|modulepreload)"/i);
    expect(html).not.toMatch(/\ssrc="/i);
    expect(html).toMatch(/<style id="report-style">[^<]*@page/);
    expect(html).toContain("default-src 'none'");
    expect((html.match(/<svg[^>]*class="recharts-surface"/g) ?? []).length).toBeGreaterThanOrEqual(chartTitles(report).length);
    for (const o of report.estimate.options) expect(html).toContain(formatUsd(o.horizonTotal));
  });
});

describe('the report page contract', () => {
  const scenarioText = readFileSync(join(EXAMPLES_DIR, 'ml-team-of-eight.tco.json'), 'utf8');

  it('builds the report itself from scenario text (with the snapshot quotes of its Region the host put in the input) and flags ready', async () => {
    const input = { ...scenarioPageInput(scenarioText, { paper: 'a4', generatedAt: GENERATED_AT }), full: true };
    const { region } = JSON.parse(scenarioText) as { region: string };
    expect(input.snapshot?.region).toBe(region);
    expect(input.snapshot?.quotes.length).toBeGreaterThan(100);
    expect(input.snapshot?.quotes.every(([id]) => id.split('/')[2] === region)).toBe(true);
    const page = await renderer.renderInput(input);
    try {
      const state = await page.evaluate(() => {
        const { document } = globalThis as unknown as PageDom;
        return { ready: document.documentElement.dataset.reportReady, text: document.body.innerText };
      });
      expect(state.ready).toBe('true');
      const run = runCli(['estimate', join(EXAMPLES_DIR, 'ml-team-of-eight.tco.json'), '--format', 'json'], { env: { TCO_STUDIO_CACHE_DIR: cacheDir } });
      for (const o of (JSON.parse(run.stdout) as Estimate).options) expect(state.text).toContain(formatUsd(o.horizonTotal));
    } finally {
      await page.close();
    }
  });

  it('without a global input, waits for __TCO_RENDER_REPORT__(input); a simulation without spread draws no histogram', async () => {
    // Uncertainty that cannot move the difference: the page runs the simulation and must not wait for an empty histogram.
    const fixed = { ...(JSON.parse(scenarioText) as object), analysis: { defaultRanges: false, uncertainty: [{ path: 'opsEffort.effortScalePct', distribution: { kind: 'fixed', value: 100 } }] } };
    const page = await renderer.openBlank();
    try {
      expect(await page.evaluate(() => (globalThis as unknown as PageDom).document.documentElement.dataset.reportReady)).toBeUndefined();
      await page.evaluate((input) => (globalThis as unknown as PageDom).__TCO_RENDER_REPORT__(input), { ...scenarioPageInput(JSON.stringify(fixed), { paper: 'letter' }), full: true });
      expect(await page.evaluate(() => (globalThis as unknown as PageDom).document.body.innerText)).toMatch(/simulated runs gave the same saving/);
      expect(await page.evaluate(() => (globalThis as unknown as PageDom).document.documentElement.dataset.reportReady)).toBe('true');
      expect(await page.evaluate(() => (globalThis as unknown as PageDom).document.getElementById('report-style')?.textContent ?? '')).toContain('@page { size: Letter; }');
    } finally {
      await page.close();
    }
  });

  it('reports a bad input as an error flag with the message, never as a blank "ready" page', async () => {
    await expect(renderer.renderInput({ scenarioText: '{"schemaVersion": 1}', paper: 'a4' })).rejects.toThrow(/could not render the report: .*name/);
    await expect(renderer.renderInput({ scenarioText, variant: 'nope', paper: 'a4' })).rejects.toThrow(/no variant named "nope"/);
    await expect(renderer.renderInput({ paper: 'a4' } as never)).rejects.toThrow(/give either "report" or "scenarioText"/);
    expect(existsSync(join(out, 'nothing.pdf'))).toBe(false);
  });
});

describe('a report with sections left out', () => {
  let input: ReportExportInput;

  beforeAll(() => {
    input = { scenarioText: readFileSync(join(EXAMPLES_DIR, 'startup-db-and-ml.tco.json'), 'utf8'), generatedAt: GENERATED_AT, catalogue: loadCatalogue({ cacheDir }).catalogue };
  });

  /** The numbered headings of an HTML report, in order, and its "Sections left out" line. */
  function outline(html: string): { headings: string[]; leftOut: string | undefined } {
    const headings = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]!.replace(/<!-- -->/g, '').replace(/&amp;/g, '&'));
    const leftOut = /data-testid="sections-left-out">([^<]*)</.exec(html)?.[1];
    return { headings, leftOut };
  }

  it('prints every section without the option (and says nothing is left out); with a choice, only the chosen ones, numbered in order, and the cover names the rest', async () => {
    const all = outline((await exportHtml(input, { outPath: join(out, 'all.html'), full: true, renderer })).files.map((f) => readFileSync(f, 'utf8'))[0]!);
    expect(all.leftOut).toBeUndefined();
    expect(all.headings[0]).toBe('1. Executive summary');
    for (const title of ['Cost over time and operations effort', 'How sure is the answer', 'Variants compared', 'Trade-offs beyond dollars', 'Assumptions and inputs', 'Price provenance and sources', 'Methodology and limitations']) {
      expect(all.headings.some((h) => h.endsWith(title)), title).toBe(true);
    }

    const some = outline(readFileSync((await exportHtml(input, { outPath: join(out, 'some.html'), renderer, full: true, sections: ['lines', 'cost-over-time'] })).files[0]!, 'utf8'));
    expect(some.leftOut).toBe('Sections left out: Uncertainty, Variants, Trade-offs, Assumptions, Price sources, Methodology');
    expect(some.headings[0]).toBe('1. Executive summary');
    expect(some.headings[1]).toBe('2. Cost over time and operations effort');
    // Then one section per option (its cost lines), and nothing else.
    const optionHeadings = all.headings.filter((h) => !/(Executive summary|Cost over time|How sure|Variants compared|Trade-offs beyond dollars|Assumptions and inputs|Price provenance|Methodology)/.test(h));
    expect(some.headings.slice(2).map((h) => h.replace(/^\d+\. /, ''))).toEqual(optionHeadings.map((h) => h.replace(/^\d+\. /, '')));
    expect(some.headings.length).toBe(2 + optionHeadings.length);
  });

  it('prints a PDF whose text lacks the headings left out and states them on the brief\'s first page', async () => {
    const pdf = join(out, 'brief.pdf');
    await exportPdf(input, { outPath: pdf, renderer, full: true, sections: ['cost-over-time', 'uncertainty', 'lines', 'variants', 'assumptions', 'provenance'] });
    const text = poppler('pdftotext', [pdf, '-']);
    expect(poppler('pdftotext', ['-f', '1', '-l', '1', pdf, '-']).replace(/\s+/g, ' ')).toContain('Sections left out: Trade-offs, Methodology');
    expect(text).toContain('Price provenance and sources');
    expect(text).not.toContain('Methodology and limitations');
    expect(text).not.toContain('Trade-offs beyond dollars');
  });
});
