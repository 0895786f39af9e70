import type { ExportRequest } from '../../../electron/api';
import { loadCatalogue } from '../../aws/load-catalogue';
import { exportReport } from './export-report';

export interface HostExporterOptions {
  /** The price cache the host prices with (default: the CLI's, so the app and the CLI agree). */
  readonly cacheDir?: string | undefined;
  /** e.g. "TCO Studio 0.1.0". */
  readonly generator?: string | undefined;
  readonly chromiumPath?: string | undefined;
}

/**
 * The exporter the hosts inject (src/host: `HostOptions.exporter`): writes the report a request asks
 * for to the path the host chose, PDF and HTML through headless Chromium (the web host), CSV and
 * JSON directly. The desktop app can use it as is, or print PDF itself in a hidden window (see
 * docs/reports.md) and use this for the other formats.
 */
export function hostReportExporter(options: HostExporterOptions = {}): (request: ExportRequest, path: string) => Promise<void> {
  return async (request, path) => {
    const catalogue = loadCatalogue(options.cacheDir ? { cacheDir: options.cacheDir } : {}).catalogue;
    await exportReport(
      request.format,
      { scenarioText: request.scenarioText, variant: request.variant, catalogue, generator: options.generator },
      { outPath: path, paper: request.paper ?? 'a4', chromiumPath: options.chromiumPath },
    );
  };
}
