import { parseSectionList, type ReportSection } from '../../contract/report-sections';
import { exportReport, formatFromPath, REPORT_FORMATS, ReportExportError, type ReportExportErrorCode } from '../../export';
import { lineFlag } from '../../report/provenance-rows';
import { REPORT_PAPERS } from '../../report/report-input';
import { STALE_AFTER_DAYS_RANGE } from '../../pricing/price-age';
import { intFlag, oneOf, parseFlags } from '../args';
import { analysisProgress } from '../analysis-progress';
import { cliCatalogue } from '../cli-catalogue';
import { fallbackCaveat, priceGaps } from '../price-gaps';
import { processIo } from '../command-io';
import { CliError, EXIT } from '../cli-error';
import type { CommandResult } from '../command';
import { readScenarioFile } from '../scenario-file';

declare const __TCO_VERSION__: string;
const VERSION = typeof __TCO_VERSION__ === 'string' ? __TCO_VERSION__ : 'dev';

export const REPORT_USAGE = 'tco-studio report <file> --out <path> [--format pdf|html|csv|json|xlsx] [--variant v] [--paper a4|letter] [--full] [--sections id,…] [--allow-missing] [--stale-after-days n] [--progress]';

/** Exit code per export failure: a bad output path is bad input; no Chromium (or no page to print) is a missing tool. */
const EXIT_FOR: Readonly<Record<ReportExportErrorCode, number>> = {
  'bad-output': EXIT.invalidInput,
  'write-failed': EXIT.invalidInput,
  'chromium-not-found': EXIT.unavailable,
  'page-build-failed': EXIT.unavailable,
  'render-failed': EXIT.internal,
};

/**
 * `--sections cost-over-time,lines`: the optional appendix sections a PDF or HTML report prints;
 * absent: all. Sections belong to the appendix, so naming them prints it (as `--full` does).
 */
function sectionsFlag(value: string | undefined, format: string): readonly ReportSection[] | undefined {
  if (value === undefined) return undefined;
  if (format !== 'pdf' && format !== 'html') throw new CliError(`--sections: applies to PDF and HTML reports; ${format === 'xlsx' ? 'an' : 'a'} ${format.toUpperCase()} export always holds everything`, EXIT.usage);
  try {
    return parseSectionList(value);
  } catch (error) {
    throw new CliError(`--sections: ${(error as Error).message}`, EXIT.usage);
  }
}

/**
 * `tco-studio report`: the PDF comparison (or the same report as one HTML file, the cost lines and
 * projection as CSV, the full result as JSON, or the analyst's workbook as XLSX) of a scenario or one of its variants. Prices come
 * from the cache first, then the embedded snapshot, exactly as for `tco-studio estimate`, so the
 * report's figures equal the estimate's to the cent.
 */
export async function reportCommand(argv: readonly string[]): Promise<CommandResult> {
  const { values, positionals } = parseFlags(
    argv,
    {
      out: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f' },
      variant: { type: 'string' },
      paper: { type: 'string' },
      sections: { type: 'string' },
      full: { type: 'boolean', default: false },
      'allow-missing': { type: 'boolean', default: false },
      'stale-after-days': { type: 'string' },
      progress: { type: 'boolean', default: false },
    },
    REPORT_USAGE,
  );
  if (positionals.length !== 1) throw new CliError(`report needs exactly one scenario file (usage: ${REPORT_USAGE})`, EXIT.usage);
  const out = values.out;
  if (!out) throw new CliError(`report needs --out <path>, e.g. --out report.pdf (usage: ${REPORT_USAGE})`, EXIT.usage);
  const format = values.format !== undefined ? oneOf('format', values.format, REPORT_FORMATS, 'pdf') : formatFromPath(out);
  if (!format) throw new CliError(`--out ${out}: cannot tell the format from the file name; end it in .pdf, .html, .csv, .json or .xlsx, or add --format`, EXIT.usage);
  const paper = oneOf('paper', values.paper, REPORT_PAPERS, 'a4');
  const sections = sectionsFlag(values.sections, format);
  if (values.full && format !== 'pdf' && format !== 'html') throw new CliError(`--full: applies to PDF and HTML reports; ${format === 'xlsx' ? 'an' : 'a'} ${format.toUpperCase()} export always holds everything`, EXIT.usage);
  const full = values.full === true || sections !== undefined;
  const staleAfterDays = intFlag('stale-after-days', values['stale-after-days'], STALE_AFTER_DAYS_RANGE.min, STALE_AFTER_DAYS_RANGE.max);

  const file = positionals[0]!;
  const scenarioText = readScenarioFile(file).text; // validated, with one-line errors, before any work
  const progress = analysisProgress(processIo(), 'report', values.progress === true);
  const steps = {
    simulation: progress.step('Monte Carlo runs'),
    sensitivity: progress.step('sensitivity inputs'),
    render: progress.step(format === 'pdf' ? 'printing the PDF' : 'rendering the page'),
  };
  let result;
  try {
    result = await exportReport(
      format,
      {
        scenarioText,
        variant: values.variant,
        catalogue: cliCatalogue().catalogue,
        generator: `TCO Studio ${VERSION}`,
        staleAfterDays,
        onProgress: (step, done, total) => steps[step](done, total),
      },
      { outPath: out, paper, full, sections },
    );
  } catch (error) {
    if (error instanceof ReportExportError) throw new CliError(error.message, EXIT_FOR[error.code]);
    throw error;
  } finally {
    progress.finish();
  }
  progress.elapsed(`${format.toUpperCase()} written`);

  const stdout = `${result.files.join('\n')}\n`;
  // The report's provenance counts these lines too (missingLines); CSV builds no report, so count them here.
  const unpriced = result.estimate.lines.filter((l) => lineFlag(l) === 'missing').length;
  const gaps = priceGaps(result.estimate);
  const caveat = fallbackCaveat(gaps);
  if (unpriced > 0 && !values['allow-missing']) {
    const first = gaps.missing[0];
    return {
      stdout,
      stderr: `${caveat}tco-studio: report written, but ${unpriced} line${unpriced > 1 ? 's have' : ' has'} no price (flagged ! in the report)${first ? `; first: ${first.message}` : ''} (use --allow-missing to accept)\n`,
      exitCode: EXIT.missingPrices,
    };
  }
  return { stdout, ...(caveat ? { stderr: caveat } : {}), exitCode: EXIT.ok };
}
