/**
 * Report benchmark on the largest example (examples/startup-db-and-ml.tco.json): the two-page
 * brief (the default PDF) against a 1.5 s target and the full report (`--full`) against 3 s, each
 * as `tco-studio report` makes it — report data with its 10,000-run Monte Carlo, Chromium launch,
 * page render, print and atomic write — beside the time to render the full report page without
 * printing (and to serialise it as HTML). Prints one JSON line, each timing also as a ratio to its target.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPriceSnapshot } from '../src/aws/snapshot/price-snapshot';
import { ensureReportPage, exportPdf, ReportRenderer, reportData } from '../src/export';

const TARGET_MS = 3000;
const BRIEF_TARGET_MS = 1500;
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

    // Cold PDFs: a fresh Chromium each time, as one `tco-studio report` run does; the brief, then the full report.
    const cold = async (fullReport: boolean) => {
      const times: number[] = [];
      const parts: { dataMs: number; renderMs: number; printMs: number }[] = [];
      let size = 0;
      for (let i = 0; i < RUNS; i++) {
        const path = join(out, `report-${fullReport ? 'full' : 'brief'}-${i}.pdf`);
        const t0 = performance.now();
        const r = await exportPdf({ scenarioText, catalogue, generatedAt: '2026-11-26T12:00:00Z' }, { outPath: path, paper: 'a4', full: fullReport });
        times.push(performance.now() - t0);
        parts.push({ dataMs: r.timings!.dataMs, renderMs: r.timings!.renderMs, printMs: r.timings!.outputMs });
        size = readFileSync(path).length;
      }
      return { times, parts, size };
    };
    const briefRuns = await cold(false);
    const { times: full, parts: breakdown, size: bytes } = await cold(true);

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
      const p = await renderer.renderInput({ report: data, paper: 'a4', full: true });
      render.push(performance.now() - t2);
      await p.close();
      const t3 = performance.now();
      await renderer.html(data, 'a4', { full: true });
      html.push(performance.now() - t3);
      const t4 = performance.now();
      await renderer.pdf(data, 'a4', { full: true });
      warmPdf.push(performance.now() - t4);
    }
    await renderer.close();

    const fullMs = median(full);
    const mid = breakdown[full.indexOf(fullMs)]!;
    const briefMs = median(briefRuns.times);
    const briefMid = briefRuns.parts[briefRuns.times.indexOf(briefMs)]!;
    console.log(
      JSON.stringify({
        scenario: { file: FILE, lines: data.estimate.lines.length, options: data.estimate.options.length, monteCarloRuns: data.analysis.simulation?.runs ?? 0 },
        briefPdf: {
          ms: round(briefMs),
          targetMs: BRIEF_TARGET_MS,
          ratioToTarget: Math.round((briefMs / BRIEF_TARGET_MS) * 100) / 100,
          withinTarget: briefMs <= BRIEF_TARGET_MS,
          runsMs: briefRuns.times.map(round),
          breakdownMs: { reportData: round(briefMid.dataMs), renderPage: round(briefMid.renderMs), print: round(briefMid.printMs), launchAndRest: round(briefMs - briefMid.dataMs - briefMid.renderMs - briefMid.printMs) },
          bytes: briefRuns.size,
          note: 'the two-page brief (the default PDF): median of 3 cold runs of exportPdf, as for the full report below',
        },
        fullPdf: {
          ms: round(fullMs),
          targetMs: TARGET_MS,
          ratioToTarget: Math.round((fullMs / TARGET_MS) * 100) / 100,
          withinTarget: fullMs <= TARGET_MS,
          runsMs: full.map(round),
          breakdownMs: { reportData: round(mid.dataMs), renderPage: round(mid.renderMs), print: round(mid.printMs), launchAndRest: round(fullMs - mid.dataMs - mid.renderMs - mid.printMs) },
          bytes,
          note: 'the full report (--full): median of 3 cold runs of exportPdf: report data (10,000-run Monte Carlo), Chromium launch, page render, page.pdf, atomic write, close',
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
