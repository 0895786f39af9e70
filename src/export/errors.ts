/**
 * Why an export failed, as one clear sentence for the CLI's stderr and the app's error banner.
 * - chromium-not-found: no Chromium to print with (names CHROMIUM_PATH)
 * - page-build-failed: the report page (dist/renderer/report.html) is missing and could not be built
 * - render-failed: the page could not render the report (its message is included)
 * - bad-output: the output path is not a writable file in an existing folder
 * - write-failed: writing the file failed; no partial file is left
 */
export type ReportExportErrorCode = 'chromium-not-found' | 'page-build-failed' | 'render-failed' | 'bad-output' | 'write-failed';

export class ReportExportError extends Error {
  override readonly name = 'ReportExportError';
  constructor(
    readonly code: ReportExportErrorCode,
    message: string,
  ) {
    super(message);
  }
}
