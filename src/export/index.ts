/**
 * Report exports (Node only): the command line and the app's hosts call these with the scenario
 * text and the price catalogue they loaded. An adapter like src/aws: the pure core and the renderer
 * never import it (.dependency-cruiser.cjs).
 */
export {
  exportCsv,
  exportHtml,
  exportJson,
  exportPdf,
  exportXlsx,
  exportReport,
  formatFromPath,
  reportData,
  reportedScenario,
  REPORT_FORMATS,
  type FullReportExportResult,
  type ReportExportInput,
  type ReportExportOptions,
  type ReportExportResult,
  type ReportFormat,
} from './export-report';
export { ReportRenderer, REPORT_ORIGIN, type ReportRendererOptions, type RenderTimings } from './report-renderer';
export { findChromium, chromiumCandidates, CHROMIUM_ARGS } from './chromium';
export { ensureReportPage, reportPageStale, projectRoot } from './report-page';
export { checkOutputPath, projectionCsvPath, writeOutput, writeOutputs } from './output';
export { buildWorkbook, workbookBytes, linesColumn, NOT_PRICED, WORKBOOK_SHEETS, XLSX_FORMATS } from './xlsx-workbook';
export { ReportExportError, type ReportExportErrorCode } from './errors';
export { scenarioPageInput, type ScenarioPageInputOptions } from './scenario-page-input';
