import type { ReportSection } from '../contract/report-sections';
import { estimate, type Estimate } from '../model/estimate';
import { parseScenario, parseScenarioJson } from '../model/parse-scenario';
import type { Scenario } from '../model/scenario-schema';
import { variantScenario } from '../model/variants';
import type { PriceCatalogue } from '../pricing/catalogue';
import { estimateLinesCsv, estimateProjectionCsv } from '../report/estimate-csv';
import { buildReportData, reportToJson, type ReportData, type ReportRequest } from '../report/report-data';
import { scenarioFingerprint } from '../storage/scenario-file';
import type { ReportPaper } from '../report/report-input';
import { checkOutputPath, projectionCsvPath, writeOutput, writeOutputs } from './output';
import { ReportRenderer, type RenderTimings } from './report-renderer';
import { workbookBytes } from './xlsx-workbook';

/**
 * Report exports for the command line and the app's hosts (Node only; never imported by the pure
 * core): PDF and HTML through the report page in Chromium, CSV, JSON and the XLSX workbook (exceljs)
 * straight from the report data. Every export checks its output path first and writes atomically,
 * so a failure (bad path, unwritable folder, no Chromium) leaves no partial file.
 */

export type ReportFormat = 'pdf' | 'html' | 'csv' | 'json' | 'xlsx';
export const REPORT_FORMATS: readonly ReportFormat[] = ['pdf', 'html', 'csv', 'json', 'xlsx'];

export interface ReportExportInput {
  /** The scenario file's text, as on disk. */
  readonly scenarioText: string;
  readonly variant?: string | undefined;
  /** ISO 8601 time shown on the first page; default now. */
  readonly generatedAt?: string | undefined;
  /**
   * The prices to report with, loaded by the caller (the CLI and the hosts: cached AWS prices, then
   * the embedded snapshot, the same catalogue as `tco-studio estimate`). Exports never load prices.
   */
  readonly catalogue: PriceCatalogue;
  /** e.g. "TCO Studio 0.1.0". */
  readonly generator?: string | undefined;
  /** Prices older than this many days are flagged stale in the report (default DEFAULT_STALE_AFTER_DAYS). */
  readonly staleAfterDays?: number | undefined;
  /** Progress of the report's long steps: simulation and sensitivity, then printing the page (PDF, HTML). */
  readonly onProgress?: ((step: ReportProgressStep, done: number, total: number) => void) | undefined;
}

export interface ReportExportOptions {
  readonly outPath: string;
  readonly paper?: ReportPaper | undefined;
  /** PDF and HTML: the appendix after the two-page brief (the full report); default false, the brief alone. */
  readonly full?: boolean | undefined;
  /** PDF and HTML with `full`: the optional appendix sections to print (default: all); CSV, JSON and XLSX always hold everything. */
  readonly sections?: readonly ReportSection[] | undefined;
  /** PDF and HTML: the browser to print with; default $CHROMIUM_PATH or the usual install locations. */
  readonly chromiumPath?: string | undefined;
  /** PDF and HTML: reuse an open renderer (one Chromium for many reports); it is left open. */
  readonly renderer?: ReportRenderer | undefined;
}

export interface ReportExportResult {
  readonly format: ReportFormat;
  /** Absolute paths of the files written. */
  readonly files: readonly string[];
  /** The estimate of the scenario (or variant) reported on: what CSV writes, and part of every other format. */
  readonly estimate: Estimate;
  /** The whole report: built for PDF, HTML and JSON; CSV writes only the estimate's lines and projection, so it builds none. */
  readonly report?: ReportData;
  readonly timings?: RenderTimings & { readonly dataMs: number };
}

/** A PDF, HTML or JSON export: the whole report was built. */
export type FullReportExportResult = ReportExportResult & { readonly report: ReportData };

/** The scenario a report is about: the file's, or its named variant ("base" is the scenario itself). Throws ScenarioError. */
export function reportedScenario(scenarioText: string, variant?: string | undefined): Scenario {
  const base = parseScenarioJson(scenarioText);
  return variant === undefined ? base : variantScenario(base, variant, parseScenario);
}

/** The long steps of a report export, in order. */
export type ReportProgressStep = 'simulation' | 'sensitivity' | 'render';

/** Runs the page print with a progress step around it (0 of 1 before, 1 of 1 after). */
async function rendered<T>(input: ReportExportInput, work: () => Promise<T>): Promise<T> {
  input.onProgress?.('render', 0, 1);
  const result = await work();
  input.onProgress?.('render', 1, 1);
  return result;
}

/** Builds the report data the exports share; throws ScenarioError for an invalid scenario or variant. */
export function reportData(input: ReportExportInput): ReportData {
  return buildReportData(
    {
      scenarioText: input.scenarioText,
      fingerprint: scenarioFingerprint(input.scenarioText),
      variant: input.variant,
      generatedAt: input.generatedAt ?? new Date().toISOString(),
      generator: input.generator,
      staleAfterDays: input.staleAfterDays,
      onProgress: input.onProgress,
    },
    input.catalogue,
  );
}

async function withRenderer<T>(options: ReportExportOptions, work: (r: ReportRenderer) => Promise<T>): Promise<T> {
  if (options.renderer) return work(options.renderer);
  const renderer = await ReportRenderer.open({ chromiumPath: options.chromiumPath });
  try {
    return await work(renderer);
  } finally {
    await renderer.close();
  }
}

/** The PDF comparison: the report page printed by Chromium on A4 (default) or US Letter. */
export async function exportPdf(input: ReportExportInput, options: ReportExportOptions): Promise<FullReportExportResult> {
  const out = checkOutputPath(options.outPath);
  const t0 = performance.now();
  const report = reportData(input);
  const dataMs = performance.now() - t0;
  const { bytes, timings } = await rendered(input, () => withRenderer(options, (r) => r.pdf(report, options.paper ?? 'a4', { full: options.full, sections: options.sections })));
  writeOutput(out, bytes);
  return { format: 'pdf', files: [out], estimate: report.estimate, report, timings: { ...timings, dataMs } };
}

/** The same report as one self-contained HTML file: inline CSS, inline SVG charts, no scripts. */
export async function exportHtml(input: ReportExportInput, options: ReportExportOptions): Promise<FullReportExportResult> {
  const out = checkOutputPath(options.outPath);
  const t0 = performance.now();
  const report = reportData(input);
  const dataMs = performance.now() - t0;
  const { text, timings } = await rendered(input, () => withRenderer(options, (r) => r.html(report, options.paper ?? 'a4', { full: options.full, sections: options.sections })));
  writeOutput(out, text);
  return { format: 'html', files: [out], estimate: report.estimate, report, timings: { ...timings, dataMs } };
}

/**
 * Two CSV files: one row per cost line per option (COST_LINE_CSV_COLUMNS) at the path given, and
 * the month-by-month projection beside it (<name>.projection.csv). UTF-8 with BOM, CRLF, RFC 4180
 * quoting, dot decimals without grouping, whatever the machine's locale. Only the estimate is
 * computed (the same one the report holds): no analyses, trade-offs or Monte Carlo runs.
 */
export async function exportCsv(input: ReportExportInput, options: ReportExportOptions): Promise<ReportExportResult> {
  const out = checkOutputPath(options.outPath);
  const est = estimate(reportedScenario(input.scenarioText, input.variant), input.catalogue);
  const projection = projectionCsvPath(out);
  writeOutputs([
    { path: out, data: estimateLinesCsv(est) },
    { path: projection, data: estimateProjectionCsv(est) },
  ]);
  return { format: 'csv', files: [out, projection], estimate: est };
}

/**
 * The full result as versioned JSON (`reportFormatVersion`), with the inputs and the provenance of
 * every number: the whole report (docs/reports.md lists its fields, Monte Carlo and sensitivity
 * included) less the chart series, which derive from it.
 */
export async function exportJson(input: ReportExportInput, options: ReportExportOptions): Promise<FullReportExportResult> {
  const out = checkOutputPath(options.outPath);
  const report = reportData(input);
  writeOutput(out, reportToJson(report));
  return { format: 'json', files: [out], estimate: report.estimate, report };
}

/**
 * The analyst's workbook (.xlsx): Summary, Lines (each amount a live quantity × unit price formula
 * with its result cached), Months, Ops tasks, Assumptions, Sources (xlsx-workbook.ts). Built from
 * the whole report, like JSON, so its figures are the report's.
 */
export async function exportXlsx(input: ReportExportInput, options: ReportExportOptions): Promise<FullReportExportResult> {
  const out = checkOutputPath(options.outPath);
  const report = reportData(input);
  writeOutput(out, await workbookBytes(report));
  return { format: 'xlsx', files: [out], estimate: report.estimate, report };
}

export function exportReport(format: ReportFormat, input: ReportExportInput, options: ReportExportOptions): Promise<ReportExportResult> {
  switch (format) {
    case 'pdf':
      return exportPdf(input, options);
    case 'html':
      return exportHtml(input, options);
    case 'csv':
      return exportCsv(input, options);
    case 'json':
      return exportJson(input, options);
    case 'xlsx':
      return exportXlsx(input, options);
  }
}

/** The format a file name implies: report.pdf → pdf; undefined for other extensions. */
export function formatFromPath(path: string): ReportFormat | undefined {
  const m = /\.([a-z]+)$/i.exec(path);
  const ext = m?.[1]?.toLowerCase();
  if (ext === 'htm') return 'html';
  return REPORT_FORMATS.find((f) => f === ext);
}
