import { join } from 'node:path';
import { loadCatalogue } from '../aws/load-catalogue';
import { exportReport, ReportRenderer } from '../export';
import type { ReportExporter } from './host-options';

export interface ReportModuleExporterOptions {
  /** The app folder whose dist/renderer/report.html is printed (the page the host serves, never rebuilt mid-session). */
  readonly appRoot: string;
  readonly cacheDir: string;
  /** e.g. "TCO Studio 0.1.0", shown on the report's first page. */
  readonly generator: string;
  /** Default: $CHROMIUM_PATH or the usual install locations (src/export/chromium.ts). */
  readonly chromiumPath?: string | undefined;
}

/**
 * The report module's exports (src/export) as the host's exporter, for hosts that run in
 * plain Node (the web host): PDF and HTML through the report page in a system Chromium driven by
 * playwright-core, CSV, JSON and the XLSX workbook from the report data. Prices as the app shows them: cached AWS
 * prices, then the embedded snapshot.
 */
export function reportModuleExporter(options: ReportModuleExporterOptions): ReportExporter {
  return async (request, path, settings) => {
    const input = {
      scenarioText: request.scenarioText,
      variant: request.variant,
      generator: options.generator,
      staleAfterDays: settings.staleAfterDays,
      catalogue: loadCatalogue({ cacheDir: options.cacheDir }).catalogue,
    };
    if (request.format === 'csv' || request.format === 'json' || request.format === 'xlsx') {
      await exportReport(request.format, input, { outPath: path });
      return;
    }
    const renderer = await ReportRenderer.open({ chromiumPath: options.chromiumPath, pagePath: join(options.appRoot, 'dist', 'renderer', 'report.html') });
    try {
      await exportReport(request.format, input, { outPath: path, paper: request.paper ?? 'a4', sections: request.sections, full: request.full, renderer });
    } finally {
      await renderer.close();
    }
  };
}
