/**
 * Report exports (Node only): the command line and the app's hosts call these. Never imported by
 * the pure core; scripts/check-core-purity.mjs treats this folder as Node-side.
 */
export { exportCsv, exportHtml, exportJson, exportPdf, exportReport, formatFromPath, reportData, REPORT_FORMATS, type ReportExportInput, type ReportExportOptions, type ReportExportResult, type ReportFormat } from './export-report';
export { ReportRenderer, REPORT_ORIGIN, type ReportRendererOptions, type RenderTimings } from './report-renderer';
export { findChromium, chromiumCandidates, CHROMIUM_ARGS } from './chromium';
export { ensureReportPage, reportPageStale, projectRoot } from './report-page';
export { checkOutputPath, projectionCsvPath, writeOutput, writeOutputs } from './output';
export { ReportExportError, type ReportExportErrorCode } from './errors';
export { hostReportExporter, type HostExporterOptions } from './host-exporter';
