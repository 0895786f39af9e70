/**
 * Report benchmark: the full PDF of the largest example (examples/startup-db-and-ml.tco.json) —
 * report data with its 10,000-run Monte Carlo, Chromium launch, page render, print and atomic
 * write, as `tco-studio report` does it — against a 3 s target, beside the time to render the
 * same report page without printing (and to serialise it as HTML). Prints one JSON line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPriceSnapshot } from '../src/aws/snapshot/price-snapshot';
import { ensureReportPage, exportPdf, ReportRenderer, reportData } from '../src/export';

const TARGET_MS = 3000;
const FILE = 'examples/startup-db-and-ml.tco.json';
const RUNS = 3;

const round = (v: number) => Math.round(v);
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const scenarioText = readFileSync(FILE, 'utf8');
  const catalogue = defaultPriceSnapshot().catalogue();
  const out = mkdtempSync(join(tmpdir(), 'tco-report-bench-'));
  try {
    // Built once, into a private folder (a concurrent `vite build` of the app empties dist/renderer);
    // building is not part of printing a report. TCO_REPORT_PAGE points the exporter at it.
    const t = performance.now();
    const build = spawnSync(process.execPath, ['scripts/build-report-page.mjs', out], { encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`building the report page failed: ${build.stderr}`);
    process.env.TCO_REPORT_PAGE = join(out, 'report.html');
    const page = ensureReportPage();
    const pageBuildMs = performance.now() - t;

    // Full PDF, cold: a fresh Chromium each time, as one `tco-studio report` run does.
    const full: number[] = [];
    const breakdown: { dataMs: number; renderMs: number; printMs: number }[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const path = join(out, `report-${i}.pdf`);
      const t0 = performance.now();
      const r = await exportPdf({ scenarioText, catalogue, generatedAt: '2026-11-26T12:00:00Z' }, { outPath: path, paper: 'a4' });
      full.push(performance.now() - t0);
      breakdown.push({ dataMs: r.timings!.dataMs, renderMs: r.timings!.renderMs, printMs: r.timings!.outputMs });
      bytes = readFileSync(path).length;
    }

    // Beside it: with Chromium already running, render the same page without printing, and serialise it as HTML.
    const t1 = performance.now();
    const renderer = await ReportRenderer.open({ pagePath: page });
    const launchMs = performance.now() - t1;
    const data = reportData({ scenarioText, generatedAt: '2026-11-26T12:00:00Z', catalogue });
    const render: number[] = [];
    const html: number[] = [];
    const warmPdf: number[] = [];
    await (await renderer.renderInput({ report: data, paper: 'a4' })).close(); // warm-up: first page load compiles the bundle
    for (let i = 0; i < RUNS; i++) {
      const t2 = performance.now();
      const p = await renderer.renderInput({ report: data, paper: 'a4' });
      render.push(performance.now() - t2);
      await p.close();
      const t3 = performance.now();
      await renderer.html(data, 'a4');
      html.push(performance.now() - t3);
      const t4 = performance.now();
      await renderer.pdf(data, 'a4');
      warmPdf.push(performance.now() - t4);
    }
    await renderer.close();

    const fullMs = median(full);
    const mid = breakdown[full.indexOf(fullMs)]!;
    console.log(
      JSON.stringify({
        scenario: { file: FILE, lines: data.estimate.lines.length, options: data.estimate.options.length, monteCarloRuns: data.analysis.simulation?.runs ?? 0 },
        fullPdf: {
          ms: round(fullMs),
          targetMs: TARGET_MS,
          ratioToTarget: Math.round((fullMs / TARGET_MS) * 100) / 100,
          withinTarget: fullMs <= TARGET_MS,
          runsMs: full.map(round),
          breakdownMs: { reportData: round(mid.dataMs), renderPage: round(mid.renderMs), print: round(mid.printMs), launchAndRest: round(fullMs - mid.dataMs - mid.renderMs - mid.printMs) },
          bytes,
          note: 'median of 3 cold runs of exportPdf: report data (10,000-run Monte Carlo), Chromium launch, page render, page.pdf, atomic write, close',
        },
        renderHtmlWithoutPrint: {
          ms: round(median(render)),
          runsMs: render.map(round),
          note: 'Chromium already running (after one warm-up page): load the report page with the report data until it reports ready, charts drawn; no printing',
        },
        htmlExport: { ms: round(median(html)), note: 'the same render, then serialised as one self-contained HTML file (no data build)' },
        warmPdf: { ms: round(median(warmPdf)), note: 'render + print with Chromium already running (no data build)' },
        chromiumLaunchMs: round(launchMs),
        reportPageBuildMs: round(pageBuildMs),
      }),
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
