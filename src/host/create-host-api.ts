import { join } from 'node:path';
import type { MenuCommand, MenuCommandDetail } from '../contract/host-api';
import { defaultCacheDir } from '../aws/cache/cache-dir';
import { defaultPriceSnapshot, PriceSnapshot } from '../aws/snapshot/price-snapshot';
import { costImportPlan, importCostsForUi } from './cost-import';
import { sweepAppFolders } from './app-folders';
import { createDispatcher, type Dispatch } from './dispatcher';
import { Examples } from './examples';
import { ExportedFiles, revealExport } from './export-reveal';
import { checkExternalUrl } from './external-links';
import type { HostCalls } from './host-calls';
import { HostEvents } from './host-events';
import type { HostOptions } from './host-options';
import { PathGrants, type GrantedFolder } from './path-grants';
import { PriceRefresher } from './price-refresh';
import { pricesStatus, regionPrices } from './price-status';
import { RecentFiles } from './recent-files';
import { RecoveryDraft } from './recovery-draft';
import { BUILT_IN_FORMATS, builtInExporter, exportReport } from './report-export';
import { ok } from './result';
import { ScenarioDocuments } from './scenario-documents';
import { SettingsStore } from './settings-store';

export interface HostApi extends HostCalls {
  /** Validates a call's name and argument, runs it, and always answers with a Result. */
  readonly dispatch: Dispatch;
  /** Progress and menu commands for the renderer; the transport (IPC, Server-Sent Events) subscribes. */
  readonly events: HostEvents;
  /** The user pointed the app at this file (dialog, OS file association): the renderer may now open or save it. */
  grantPath(path: string): void;
  sendMenuCommand(command: MenuCommand, detail?: MenuCommandDetail): void;
  /** The operating system asked to open a file while the app runs. */
  requestOpen(path: string): void;
}

/**
 * Everything the renderer may ask of its host, in plain Node: the Electron main process and the
 * web host both wrap this with their transport and their dialogs. No Electron import here, so all
 * of it is unit-tested without a window.
 */
export function createHostApi(options: HostOptions): HostApi {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const snapshot = options.snapshotDir ? new PriceSnapshot({ dir: options.snapshotDir }) : defaultPriceSnapshot();
  // Temp files of writes killed in an earlier run (of the app or the CLI) go before anything is written.
  const swept = sweepAppFolders(cacheDir, [options.userDataDir], now().getTime());
  if (swept.length > 0) log(`removed ${swept.length} temp file(s) left by interrupted writes`);
  const events = new HostEvents();
  const examplesDir = join(options.appRoot, 'examples');
  const grants = new PathGrants(options.host === 'web' ? webGrantedFolders(options, examplesDir) : []);
  if (options.openPath) grants.grant(options.openPath);
  const recent = new RecentFiles(options.userDataDir, log);
  const recovery = new RecoveryDraft(options.userDataDir, log, now);
  // A bad draft left by an earlier run is set aside now, before the renderer asks for it.
  recovery.inspect();
  const settings = new SettingsStore(options.userDataDir, log);
  const examples = new Examples(examplesDir);
  const documents = new ScenarioDocuments({ dialogs: options.dialogs, grants, recent, now, onRecentDocument: options.onRecentDocument });
  const connection = options.awsConnection ?? {};
  // Cost Explorer imports paid for but not cached (a full or read-only cache folder).
  const unsavedImports: NonNullable<Parameters<typeof importCostsForUi>[2]['unsaved']> = new Map();
  const refresher = new PriceRefresher({ cacheDir, connection, retry: options.awsRetry, emit: (p) => events.emit('refresh-progress', p) });
  const exporter = options.exporter ?? builtInExporter(cacheDir);
  const formats = options.exporter ? new Set(['pdf', 'html', 'csv', 'json', 'xlsx'] as const) : BUILT_IN_FORMATS;
  const exported = new ExportedFiles();

  const calls: HostCalls = {
    appInfo: async () =>
      ok({
        version: options.version,
        host: options.host,
        platform: options.platform ?? process.platform,
        examples: examples.list(),
        ...(options.openPath ? { openPath: options.openPath } : {}),
        ...(options.host === 'web' && options.documentsDir ? { documentsDir: options.documentsDir } : {}),
      }),
    openScenario: async (request) => ok(await documents.open(request)),
    openExample: async (request) => ok(examples.open(request.id)),
    saveScenario: async (request) => ok(await documents.save(request)),
    listRecent: async () => ok(recent.list()),
    autosave: async (request) => ok(recovery.save(request.text, request.path, now())),
    getRecovery: async () => ok(recovery.pending()),
    clearRecovery: async () => {
      recovery.clear();
      return ok(null);
    },
    setDocumentState: async (request) => {
      options.onDocumentState?.(request);
      return ok(null);
    },
    pricesStatus: async () => ok(pricesStatus(cacheDir, snapshot, now())),
    regionPrices: async (request) => ok(regionPrices(cacheDir, snapshot, request.region, now(), undefined, log)),
    refreshPrices: async (request) => ok(await refresher.refresh(request, settings.get().awsProfile)),
    cancelRefresh: async () => {
      refresher.cancel();
      return ok(null);
    },
    planCostImport: async (request) => ok(costImportPlan(request.months)),
    importCosts: async (request) =>
      ok(await importCostsForUi(request, settings.get().awsProfile, { cacheDir, connection, retry: options.awsRetry, now, onWarning: log, unsaved: unsavedImports })),
    exportReport: async (request) => {
      const written = await exportReport(request, { exporter, formats, dialogs: options.dialogs, downloadsDir: options.downloadsDir, grants, settings: () => ({ staleAfterDays: settings.get().staleAfterDays }) });
      if (written) exported.add(written.path);
      return ok(written);
    },
    revealExport: async (request) => ok(await revealExport(request, exported, options.openFile)),
    getSettings: async () => ok(settings.get()),
    setSettings: async (request) => ok(settings.update(request)),
    openExternal: async (request) => {
      const url = checkExternalUrl(request.url);
      await options.openExternal?.(url);
      return ok(null);
    },
  };

  return {
    ...calls,
    dispatch: createDispatcher(calls, log),
    events,
    grantPath: (path) => grants.grant(path),
    sendMenuCommand: (command, detail) => events.emit('menu-command', { command, ...(detail ? { detail } : {}) }),
    requestOpen: (path) => {
      grants.grant(path);
      events.emit('menu-command', { command: 'open-file', detail: { path } });
    },
  };
}

/** The folders the web host's typed paths may name (it has no native dialog to grant single files). */
function webGrantedFolders(options: HostOptions, examplesDir: string): GrantedFolder[] {
  return [
    ...(options.documentsDir ? [{ dir: options.documentsDir, label: 'the documents folder', uses: ['open', 'save', 'export'] as const }] : []),
    { dir: examplesDir, label: 'the examples', uses: ['open'] as const },
    ...(options.downloadsDir ? [{ dir: options.downloadsDir, label: 'the downloads folder', uses: ['export'] as const }] : []),
  ];
}
