/**
 * Entry of the report page (renderer/report.html), the print view both hosts load:
 * - desktop app: a hidden BrowserWindow loads dist/renderer/report.html, then webContents.printToPDF;
 * - command line and tests: headless Chromium (playwright-core) loads it, then page.pdf.
 *
 * Contract (types and constants in src/report/report-input.ts):
 * - input: `window.__TCO_REPORT_INPUT__ = { report | scenarioText (+ variant, prices, generatedAt), paper }`,
 *   set before this script runs; without it the page defines `window.__TCO_RENDER_REPORT__(input)`
 *   and waits for the host to call it;
 * - ready: `document.documentElement.dataset.reportReady = 'true'` once the document, every chart
 *   and the fonts are ready; `'error'` with `dataset.reportError` holding the message otherwise;
 * - paper: `input.paper` ('a4' | 'letter') sets `@page { size }`; print with preferCSSPageSize;
 * - length: the two-page brief alone, or with `input.full` the brief and the appendix, whose optional
 *   sections `input.sections` lists (absent: all); the brief names those left out;
 * - HTML export: `window.__TCO_REPORT_HTML__()` returns the rendered report as one self-contained file.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { formatDate, PAPER_FORMAT, parseReportPageInput, REPORT_FORMAT_VERSION, type ReportData, type ReportPageInput } from '../src/index';
import { ReportDocument } from './report/ReportDocument';
import reportCss from './report/report.css?inline';
import { waitForCharts } from './report/report-ready';
import { selfContainedHtml } from './report/self-contained-html';

declare global {
  interface Window {
    __TCO_REPORT_INPUT__?: unknown;
    __TCO_RENDER_REPORT__?: (input: unknown) => Promise<void>;
    __TCO_REPORT_HTML__?: () => string;
  }
}

/** A CSS string literal (for `content:` in the page margin boxes). */
function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

function applyStyle(data: ReportData, input: ReportPageInput): void {
  const style = document.createElement('style');
  style.id = 'report-style';
  style.textContent = `${reportCss}\n@page { size: ${PAPER_FORMAT[input.paper]}; }\n`;
  document.head.appendChild(style);
  const root = document.documentElement;
  const variant = data.source.variant ? ` (variant ${data.source.variant})` : '';
  root.style.setProperty('--report-header', cssString(`TCO Studio · ${data.source.scenarioName}${variant} · scenario ${data.source.shortHash}`));
  root.style.setProperty('--report-footer', cssString(`${formatDate(data.generatedAt)} · ${data.generator}`));
  document.title = `TCO report: ${data.source.scenarioName}${variant}`;
}

async function reportOf(input: ReportPageInput): Promise<ReportData> {
  if (input.report) {
    const version = (input.report as { reportFormatVersion?: unknown }).reportFormatVersion;
    if (version !== REPORT_FORMAT_VERSION) throw new Error(`report data has format version ${String(version)}; this page renders version ${REPORT_FORMAT_VERSION}`);
    return input.report;
  }
  const { buildInPage } = await import('./report/build-in-page');
  return buildInPage(input);
}

let started = false;

async function render(raw: unknown): Promise<void> {
  const flags = document.documentElement.dataset;
  if (started) throw new Error('the report page renders one report; load it again for another');
  started = true;
  try {
    const input = parseReportPageInput(raw);
    const data = await reportOf(input);
    applyStyle(data, input);
    const root = createRoot(document.getElementById('report')!);
    flushSync(() => root.render(<ReportDocument data={data} paper={input.paper} sections={input.sections} full={input.full} />));
    await waitForCharts(document);
    await document.fonts.ready;
    flags.reportReady = 'true';
  } catch (error) {
    flags.reportError = error instanceof Error ? error.message : String(error);
    flags.reportReady = 'error';
  }
}

window.__TCO_REPORT_HTML__ = () => selfContainedHtml(document);
if (window.__TCO_REPORT_INPUT__ !== undefined) void render(window.__TCO_REPORT_INPUT__);
else window.__TCO_RENDER_REPORT__ = render;
