/**
 * Desktop UI speed (issue 6), measured in headless Chromium against the real web host serving the
 * production build (`vite build`):
 *   - slider input → what-if charts updated (DOM committed and laid out), 95th percentile, against
 *     one 60 Hz frame (16.7 ms);
 *   - dashboard first render of the largest example after navigation (start screen → click the
 *     example → totals and every deterministic chart drawn), against 1 s; cold, a fresh browser
 *     context each run;
 *   - initial JavaScript (the entry script and its modulepreloads, gzip), against 350 KB, and the
 *     JavaScript the browser actually fetched before the start screen was ready.
 * Prints one JSON object on its last line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { startWebApp } from '../src/host/web-app';
import { CHROMIUM_ARGS, findChromium } from '../src/export/chromium';

const ROOT = process.cwd();
const FRAME_MS = 1000 / 60;
const FIRST_RENDER_TARGET_MS = 1000;
const INITIAL_JS_TARGET_KB = 350;
const LARGEST_EXAMPLE = 'Small company: two databases and an ML team';
const RENDER_RUNS = 5;
const SLIDER_SAMPLES = 240;
const WARMUP = 20;

const round = (v: number, d = 2) => Math.round(v * 10 ** d) / 10 ** d;
function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

function build(): void {
  const vite = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], { cwd: ROOT, encoding: 'utf8' });
  if (vite.status !== 0) throw new Error(`vite build failed: ${vite.stderr}`);
}

/** The entry script and everything index.html preloads: what the browser must fetch before the first screen. */
function initialJs(): { files: string[]; gzipKb: number; rawKb: number } {
  const dir = join(ROOT, 'dist', 'renderer');
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.\/([^"]+\.js)"/g)].map((m) => m[1]!);
  let gz = 0;
  let raw = 0;
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, gzipKb: round(gz / 1024, 1), rawKb: round(raw / 1024, 1) };
}

/** In the page: clicks the example and resolves with ms until the totals and the dashboard's deterministic charts are in the DOM and laid out. */
async function clickToDashboard(page: Page): Promise<number> {
  return page.evaluate(async (name) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === name);
    if (!button) throw new Error(`no button ${name}`);
    const t0 = performance.now();
    button.click();
    for (;;) {
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const totals = document.querySelectorAll('[data-testid^="total-"]').length;
      const charts = document.querySelectorAll('main .recharts-surface').length;
      if (totals >= 2 && charts >= 4) {
        document.body.getBoundingClientRect();
        return performance.now() - t0;
      }
      if (performance.now() - t0 > 20_000) throw new Error(`dashboard not drawn after 20 s (${totals} totals, ${charts} charts)`);
    }
  }, LARGEST_EXAMPLE);
}

/** In the page: moves one slider and resolves with ms until the what-if charts' DOM changed and was laid out (-1: the charts did not change). */
async function moveSlider(page: Page, index: number, toMax: boolean): Promise<number> {
  return page.evaluate(
    async ({ index, toMax }) => {
      const sliders = [...document.querySelectorAll<HTMLInputElement>('input[type="range"]')].filter((s) => !/Discount rate/.test(s.labels?.[0]?.textContent ?? ''));
      const slider = sliders[index % sliders.length]!;
      const charts = document.querySelector('[data-testid="whatif-charts"]')!;
      const min = Number(slider.min);
      const max = Number(slider.max);
      const value = toMax ? min + (max - min) * 0.75 : min + (max - min) * 0.25;
      let changed!: () => void;
      const done = new Promise<void>((r) => (changed = r));
      const observer = new MutationObserver(() => changed());
      observer.observe(charts, { subtree: true, childList: true, attributes: true, characterData: true });
      const t0 = performance.now();
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(slider, String(value));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 1000));
      const result = await Promise.race([done.then(() => 'ok' as const), timeout]);
      observer.disconnect();
      if (result === 'timeout') return -1;
      charts.getBoundingClientRect();
      document.body.offsetHeight;
      return performance.now() - t0;
    },
    { index, toMax },
  );
}

async function main(): Promise<void> {
  build();
  const js = initialJs();
  const dir = mkdtempSync(join(tmpdir(), 'tco-ui-bench-'));
  const { host } = await startWebApp({ appRoot: ROOT, dataDir: join(dir, 'data'), downloadsDir: join(dir, 'downloads'), cacheDir: join(dir, 'cache') });
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS] });
  try {
    // First render, cold: a fresh context (empty cache) each run.
    const startScreen: number[] = [];
    const dashboard: number[] = [];
    let fetchedBeforeStart: string[] = [];
    for (let run = 0; run < RENDER_RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      const fetched: string[] = [];
      page.on('response', (r) => {
        if (r.url().endsWith('.js')) fetched.push(r.url().replace(/^.*\/assets\//, ''));
      });
      const t0 = Date.now();
      await page.goto(host.url);
      await page.getByRole('button', { name: LARGEST_EXAMPLE }).waitFor();
      startScreen.push(Date.now() - t0);
      if (run === 0) fetchedBeforeStart = [...fetched];
      dashboard.push(await clickToDashboard(page));
      await context.close();
    }

    // Slider → charts, warm: one page on the What-if view of the largest example.
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByRole('button', { name: LARGEST_EXAMPLE }).click();
    await page.getByTestId('total-ec2').waitFor();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'What-if', exact: true }).click();
    await page.getByTestId('whatif-charts').locator('.recharts-surface').first().waitFor();
    const sliderCount = await page.locator('input[type="range"]').count();
    const samples: number[] = [];
    let unchanged = 0;
    for (let i = 0; i < SLIDER_SAMPLES + WARMUP; i++) {
      const ms = await moveSlider(page, Math.floor(i / 2), i % 2 === 0);
      await page.waitForTimeout(16);
      if (i < WARMUP) continue;
      if (ms < 0) unchanged++;
      else samples.push(ms);
    }
    await context.close();

    const p95 = percentile(samples, 95);
    const firstRender = startScreen.map((s, i) => s + dashboard[i]!);
    console.log(
      JSON.stringify({
        example: LARGEST_EXAMPLE,
        sliderToCharts: {
          sliders: sliderCount,
          samples: samples.length,
          chartsUnchanged: unchanged,
          p50Ms: round(percentile(samples, 50)),
          p95Ms: round(p95),
          maxMs: round(Math.max(...samples)),
          targetMs: round(FRAME_MS),
          ratioToTarget: round(p95 / FRAME_MS, 3),
          meetsTarget: p95 <= FRAME_MS && unchanged === 0,
        },
        dashboardFirstRender: {
          runs: RENDER_RUNS,
          navigationToStartScreenMs: startScreen,
          clickExampleToDashboardMs: dashboard.map((x) => round(x, 0)),
          navigationToDashboardMedianMs: round(percentile(firstRender, 50), 0),
          navigationToDashboardMaxMs: round(Math.max(...firstRender), 0),
          targetMs: FIRST_RENDER_TARGET_MS,
          ratioToTarget: round(Math.max(...firstRender) / FIRST_RENDER_TARGET_MS, 3),
          meetsTarget: Math.max(...firstRender) <= FIRST_RENDER_TARGET_MS,
        },
        initialJavaScript: {
          files: js.files,
          gzipKb: js.gzipKb,
          rawKb: js.rawKb,
          fetchedBeforeStartScreen: fetchedBeforeStart,
          targetKb: INITIAL_JS_TARGET_KB,
          ratioToTarget: round(js.gzipKb / INITIAL_JS_TARGET_KB, 3),
          meetsTarget: js.gzipKb <= INITIAL_JS_TARGET_KB,
        },
      }),
    );
  } finally {
    await browser.close();
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
