import { loadCatalogue } from '../src/aws/load-catalogue';
import type { ReportExporter } from '../src/host/host-options';
import { exportReport, reportData } from '../src/export/export-report';
import { ReportExportError } from '../src/export/errors';
import { checkOutputPath, writeOutput } from '../src/export/output';
import { PAPER_FORMAT, REPORT_HTML_GLOBAL, REPORT_RENDER_GLOBAL, type ReportPageInput } from '../src/report/report-input';
import { createSecureWindow } from './security';

export interface ElectronReportExporterOptions {
  /** dist/renderer/report.html inside the app. */
  readonly reportPage: string;
  readonly cacheDir?: string | undefined;
  /** e.g. "TCO Studio 0.1.0", on the report's first page. */
  readonly generator: string;
  /** How long the page may take to render (default 60 s). */
  readonly timeoutMs?: number;
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReportExportError('render-failed', `the report page did not ${what} within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The desktop app's adapter for the report page (src/report/report-input.ts): a hidden, hardened
 * window loads dist/renderer/report.html, gets the report built here in main (with the app's
 * price catalogue) through `__TCO_RENDER_REPORT__`, and is printed by Chromium's own printToPDF —
 * the same engine and print CSS as the command line's headless Chromium. HTML is the page's
 * self-contained serialisation; CSV, JSON and XLSX need no page. Output is written atomically.
 */
export function electronReportExporter(options: ElectronReportExporterOptions): ReportExporter {
  const timeoutMs = options.timeoutMs ?? 60_000;
  return async (request, path, settings) => {
    const input = {
      scenarioText: request.scenarioText,
      variant: request.variant,
      generator: options.generator,
      staleAfterDays: settings.staleAfterDays,
      catalogue: loadCatalogue(options.cacheDir ? { cacheDir: options.cacheDir } : {}).catalogue,
    };
    if (request.format === 'csv' || request.format === 'json' || request.format === 'xlsx') {
      await exportReport(request.format, input, { outPath: path });
      return;
    }
    const out = checkOutputPath(path);
    const paper = request.paper ?? 'a4';
    const page: ReportPageInput = { report: reportData(input), paper, ...(request.full ? { full: true } : {}), ...(request.sections ? { sections: request.sections } : {}) };
    const window = createSecureWindow({ show: false, width: 900, height: 1200 }, undefined);
    try {
      await withTimeout(window.loadFile(options.reportPage), timeoutMs, 'load');
      const contents = window.webContents;
      if ((await contents.executeJavaScript(`typeof window.${REPORT_RENDER_GLOBAL}`)) !== 'function') {
        throw new ReportExportError('render-failed', `the report page's script did not run (is ${options.reportPage} a complete build?)`);
      }
      // The page's render() resolves once every chart has drawn and the fonts are loaded.
      await withTimeout(contents.executeJavaScript(`window.${REPORT_RENDER_GLOBAL}(${JSON.stringify(page)})`) as Promise<unknown>, timeoutMs, 'render');
      const state = (await contents.executeJavaScript('({ ready: document.documentElement.dataset.reportReady ?? null, error: document.documentElement.dataset.reportError ?? null })')) as {
        ready: string | null;
        error: string | null;
      };
      if (state.ready !== 'true') throw new ReportExportError('render-failed', `the report page could not render the report: ${state.error ?? 'unknown error'}`);
      if (request.format === 'pdf') {
        // As PRINT_OPTIONS: paper and margins from the page's @page rule, header/footer as CSS margin boxes, bookmarks from headings.
        const bytes = await contents.printToPDF({ printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false, generateDocumentOutline: true, pageSize: PAPER_FORMAT[paper] });
        writeOutput(out, bytes);
      } else {
        writeOutput(out, String(await contents.executeJavaScript(`window.${REPORT_HTML_GLOBAL}()`)));
      }
    } finally {
      if (!window.isDestroyed()) window.destroy();
    }
  };
}
