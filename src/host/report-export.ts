import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportRequest } from '../contract/host-api';
import { loadCatalogue } from '../aws/load-catalogue';
import { reportedScenario } from '../export/export-report';
import { ScenarioError } from '../model/errors';
import { estimate } from '../model/estimate';
import type { Scenario } from '../model/scenario-schema';
import { estimateLinesCsv } from '../report/estimate-csv';
import { writeFileAtomic } from '../storage/atomic-write';
import { HostError } from './host-error';
import type { HostDialogs, ReportExporter, ReportSettings } from './host-options';
import type { PathGrants } from './path-grants';
import { safeFileName } from './scenario-documents';

export const EXPORT_EXTENSIONS: Readonly<Record<ExportRequest['format'], string>> = { pdf: '.pdf', html: '.html', csv: '.csv', json: '.json', xlsx: '.xlsx' };

/** The scenario (or named variant) a report is about, validated like a file. */
export function exportedScenario(request: ExportRequest): Scenario {
  try {
    return reportedScenario(request.scenarioText, request.variant);
  } catch (error) {
    if (error instanceof ScenarioError) throw new HostError(`the scenario is invalid: ${error.message}`);
    throw error;
  }
}

/**
 * The exporter used until the report module's PDF/HTML exporter is injected: the estimate as JSON
 * (the same document as `tco-studio estimate --format json`) or its cost lines as CSV (the README's
 * columns), priced from the cache, then the embedded snapshot, like the CLI.
 */
export function builtInExporter(cacheDir: string): ReportExporter {
  return async (request, path) => {
    if (request.format !== 'csv' && request.format !== 'json') throw new HostError(`${request.format.toUpperCase()} export is not available yet`);
    const result = estimate(exportedScenario(request), loadCatalogue({ cacheDir }).catalogue);
    writeFileAtomic(path, request.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : estimateLinesCsv(result));
  };
}

/** A file name in `dir` that does not exist yet: "name.csv", then "name (2).csv", ... */
export function freshPathIn(dir: string, stem: string, extension: string): string {
  for (let n = 1; ; n++) {
    const path = join(dir, n === 1 ? `${stem}${extension}` : `${stem} (${n})${extension}`);
    if (!existsSync(path)) return path;
  }
}

/** Formats the built-in exporter writes; PDF, HTML and XLSX need the report module's exporter. */
export const BUILT_IN_FORMATS: ReadonlySet<ExportRequest['format']> = new Set(['csv', 'json']);

export interface ReportExportDeps {
  readonly exporter: ReportExporter;
  /** Formats the exporter can write; checked before any dialog opens. */
  readonly formats: ReadonlySet<ExportRequest['format']>;
  readonly dialogs: HostDialogs | undefined;
  readonly downloadsDir: string | undefined;
  readonly grants: PathGrants;
  /** The user's settings at export time (the stale-price threshold). */
  readonly settings: () => ReportSettings;
}

/**
 * Where a report goes: the request's path (granted paths only: chosen in a dialog, or inside the
 * web host's documents or downloads folder), else a save dialog (desktop) or a new file in the
 * downloads folder (web host). Null when the user cancels.
 */
export async function exportReport(request: ExportRequest, deps: ReportExportDeps): Promise<{ readonly path: string } | null> {
  if (!deps.formats.has(request.format)) throw new HostError(`${request.format.toUpperCase()} export is not available yet`);
  const scenario = exportedScenario(request);
  const extension = EXPORT_EXTENSIONS[request.format];
  const stem = safeFileName(request.variant && request.variant !== 'base' ? `${scenario.name} - ${request.variant}` : scenario.name);
  let path = request.path;
  if (path !== undefined) {
    const target = deps.grants.resolve(path, 'export');
    if (target === null) {
      const where = deps.grants.describe('export');
      throw new HostError(
        where
          ? `${path} is outside the folders the web host may write reports to: ${where}; leave the path empty for the downloads folder`
          : `${path} was not chosen in a dialog; leave the path out to choose one`,
      );
    }
    if (!path.toLowerCase().endsWith(extension)) throw new HostError(`${path}: a ${request.format.toUpperCase()} report's file name must end in ${extension}`);
    // Written where the path really leads (inside a granted folder), its sidecar files beside it.
    await deps.exporter(request, target, deps.settings());
    return { path };
  } else if (deps.dialogs) {
    const chosen = await deps.dialogs.chooseSavePath(request.format, `${stem}${extension}`);
    if (chosen === null) return null;
    path = chosen.toLowerCase().endsWith(extension) ? chosen : `${chosen}${extension}`;
    deps.grants.grant(path);
  } else if (deps.downloadsDir) {
    mkdirSync(deps.downloadsDir, { recursive: true });
    path = freshPathIn(deps.downloadsDir, stem, extension);
  } else {
    throw new HostError('give the path to write the report to');
  }
  await deps.exporter(request, path, deps.settings());
  return { path };
}
