import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ReportSection } from '../contract/report-sections';
import type { ReportData } from '../report/report-data';
import { PAPER_FORMAT, PRINT_OPTIONS, type ReportPageInput, type ReportPaper } from '../report/report-input';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { ReportExportError } from './errors';
import { ensureReportPage, projectRoot } from './report-page';

/**
 * The command line's adapter for the report page: headless Chromium through playwright-core. The
 * page's files are served from dist/renderer under a private origin by request interception (module
 * scripts do not load from file:// in Chromium), and every other request is refused, so printing
 * never touches the network. One renderer keeps one browser for many reports (tests, benchmarks).
 */
export const REPORT_ORIGIN = 'http://tco-studio-report.invalid';

/** What the page code below touches in the browser (this Node project has no DOM types). */
interface PageGlobals {
  __TCO_REPORT_INPUT__?: unknown;
  __TCO_REPORT_HTML__: () => string;
  document: { documentElement: { dataset: Record<string, string | undefined> } };
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
};

type Chromium = typeof import('playwright-core').chromium;

/** playwright-core, from wherever this code runs (a bundle outside the project resolves it from the project). */
async function loadPlaywright(): Promise<Chromium> {
  try {
    return (await import('playwright-core')).chromium;
  } catch (first) {
    try {
      return (createRequire(join(projectRoot(), 'package.json'))('playwright-core') as typeof import('playwright-core')).chromium;
    } catch {
      throw new ReportExportError('chromium-not-found', `playwright-core is not installed (${(first as Error).message.split('\n')[0]}); run npm install in the project folder`);
    }
  }
}

export interface ReportRendererOptions {
  /** A Chromium, Chrome or Edge executable; default: $CHROMIUM_PATH or the usual install locations. */
  readonly chromiumPath?: string | undefined;
  /** The built report page; default: dist/renderer/report.html, built when missing or stale. */
  readonly pagePath?: string | undefined;
  /** Milliseconds to wait for the page to render (default 60 s). */
  readonly timeoutMs?: number | undefined;
}

/** How much of the report to print: the brief alone (default), or with `full` the appendix too, with the sections given (default: all). */
export interface ReportLength {
  readonly full?: boolean | undefined;
  readonly sections?: readonly ReportSection[] | undefined;
}

function lengthInput(length: ReportLength): Pick<ReportPageInput, 'full' | 'sections'> {
  return { ...(length.full ? { full: true } : {}), ...(length.sections ? { sections: length.sections } : {}) };
}

export interface RenderTimings {
  /** Load the page and render the report until it reports ready. */
  readonly renderMs: number;
  /** Print (PDF) or serialise (HTML). */
  readonly outputMs: number;
}

export class ReportRenderer {
  private constructor(
    private readonly browser: Browser,
    private readonly context: BrowserContext,
    private readonly pageDir: string,
    private readonly timeoutMs: number,
  ) {}

  /** Finds Chromium (clear error naming CHROMIUM_PATH when there is none), makes sure the page is built, launches. */
  static async open(options: ReportRendererOptions = {}): Promise<ReportRenderer> {
    const executablePath = findChromium(options.chromiumPath);
    const page = options.pagePath ?? ensureReportPage();
    const chromium = await loadPlaywright();
    let browser: Browser;
    try {
      // A fresh temporary profile per launch, removed by playwright on close.
      // The private origin counts as secure, so the page has WebCrypto to hash a scenario it is given as text.
      browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, `--unsafely-treat-insecure-origin-as-secure=${REPORT_ORIGIN}`] });
    } catch (error) {
      const first = (error as Error).message.split('\n')[0] ?? '';
      throw new ReportExportError('chromium-not-found', `Chromium at ${executablePath} could not be started (${first}); set CHROMIUM_PATH to a working Chromium`);
    }
    const context = await browser.newContext({ viewport: { width: 900, height: 1200 }, javaScriptEnabled: true, offline: false });
    return new ReportRenderer(browser, context, resolve(dirname(page)), options.timeoutMs ?? 60_000);
  }

  /** Opens the page without input: it then waits for `__TCO_RENDER_REPORT__(input)` (the contract's second way in). */
  async openBlank(): Promise<Page> {
    const page = await this.context.newPage();
    await this.serve(page);
    await page.goto(`${REPORT_ORIGIN}/report.html`, { waitUntil: 'load', timeout: this.timeoutMs });
    return page;
  }

  /** Serves the page's files under REPORT_ORIGIN and refuses every other request. */
  private async serve(page: Page): Promise<void> {
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (!url.startsWith(`${REPORT_ORIGIN}/`)) return route.abort('blockedbyclient');
      const rel = normalize(decodeURIComponent(new URL(url).pathname)).replace(/^[/\\]+/, '');
      const file = join(this.pageDir, rel);
      if (!file.startsWith(this.pageDir + sep)) return route.fulfill({ status: 403, body: 'outside the report page' });
      try {
        return await route.fulfill({ status: 200, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
      } catch {
        return route.fulfill({ status: 404, body: 'not found' });
      }
    });
  }

  /** Loads the page with this input and waits until it has rendered the report (charts and fonts included). */
  private async load(input: ReportPageInput): Promise<Page> {
    const page = await this.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await this.serve(page);
    await page.addInitScript((value) => {
      (globalThis as unknown as PageGlobals).__TCO_REPORT_INPUT__ = value;
    }, input);
    try {
      await page.goto(`${REPORT_ORIGIN}/report.html`, { waitUntil: 'load', timeout: this.timeoutMs });
      // Module scripts run before the load event: no serializer now means the page's script never ran.
      const started = await page.evaluate(() => typeof (globalThis as unknown as Partial<PageGlobals>).__TCO_REPORT_HTML__ === 'function');
      if (!started) throw new Error(`the page's script did not run (is ${join(this.pageDir, 'report.html')} a complete build?)`);
      await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.documentElement.dataset.reportReady !== undefined, undefined, {
        timeout: this.timeoutMs,
      });
    } catch (error) {
      await page.close();
      throw new ReportExportError('render-failed', `the report page did not render: ${(error as Error).message.split('\n')[0]}${errors.length ? ` (page error: ${errors[0]})` : ''}`);
    }
    const state = await page.evaluate(() => {
      const flags = (globalThis as unknown as PageGlobals).document.documentElement.dataset;
      return { ready: flags.reportReady, error: flags.reportError };
    });
    if (state.ready !== 'true') {
      await page.close();
      throw new ReportExportError('render-failed', `the report page could not render the report: ${state.error ?? errors[0] ?? 'unknown error'}`);
    }
    return page;
  }

  /** The report as PDF bytes, on the paper given: the brief, or with `length.full` the brief and the appendix's sections given (default: all). */
  async pdf(report: ReportData, paper: ReportPaper, length: ReportLength = {}): Promise<{ bytes: Buffer; timings: RenderTimings }> {
    const t0 = performance.now();
    const page = await this.load({ report, paper, ...lengthInput(length) });
    const t1 = performance.now();
    try {
      const bytes = await page.pdf({ format: PAPER_FORMAT[paper], ...PRINT_OPTIONS });
      return { bytes, timings: { renderMs: t1 - t0, outputMs: performance.now() - t1 } };
    } finally {
      await page.close();
    }
  }

  /** The report as one self-contained HTML document (CSS inline, charts as inline SVG, no scripts). */
  async html(report: ReportData, paper: ReportPaper, length: ReportLength = {}): Promise<{ text: string; timings: RenderTimings }> {
    const t0 = performance.now();
    const page = await this.load({ report, paper, ...lengthInput(length) });
    const t1 = performance.now();
    try {
      const text = await page.evaluate(() => (globalThis as unknown as PageGlobals).__TCO_REPORT_HTML__());
      return { text, timings: { renderMs: t1 - t0, outputMs: performance.now() - t1 } };
    } finally {
      await page.close();
    }
  }

  /** Renders the page from raw page input (e.g. scenario text), to test the page's own contract. */
  async renderInput(input: ReportPageInput): Promise<Page> {
    return this.load(input);
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
    await this.browser.close();
  }
}
