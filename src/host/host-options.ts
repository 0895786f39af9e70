import type { ExportRequest } from '../contract/host-api';
import type { AwsConnection } from '../aws/aws-client-options';
import type { RetryPolicy } from '../aws/retry';
import type { FileOpener } from './export-reveal';

/** The formats a report can be saved in, for the save dialog's filter and default name. */
export type SaveKind = 'scenario' | ExportRequest['format'];

/**
 * Native dialogs, injected by the Electron main process (electron/dialogs.ts). Each resolves to
 * the chosen absolute path, or null when the user cancels. The web host has none.
 */
export interface HostDialogs {
  chooseScenarioToOpen(): Promise<string | null>;
  chooseSavePath(kind: SaveKind, defaultName: string): Promise<string | null>;
}

/** The user's settings a report depends on, read by the host at export time. */
export interface ReportSettings {
  /** Prices older than this many days are flagged stale in the report. */
  readonly staleAfterDays: number;
}

/** Writes a report (PDF, HTML, CSV, JSON) for a request to a path: the report module's exporter. */
export type ReportExporter = (request: ExportRequest, path: string, settings: ReportSettings) => Promise<void>;

export interface HostOptions {
  readonly host: 'electron' | 'web';
  readonly version: string;
  /** The folder holding `examples/` (the app's root, or app.asar in a packaged app). */
  readonly appRoot: string;
  /** Where settings, recent files and the recovery draft live (Electron's userData). */
  readonly userDataDir: string;
  /** The price and cost cache; default: the CLI's (src/aws/cache/cache-dir.ts), so both share it. */
  readonly cacheDir?: string;
  /** The offline price snapshot's folder; default: findSnapshotDir() (src/aws/snapshot/snapshot-dir.ts). */
  readonly snapshotDir?: string;
  readonly platform?: string;
  readonly dialogs?: HostDialogs;
  /** Where exports without a path go (web host); typed export paths may lie inside it. */
  readonly downloadsDir?: string;
  /**
   * The web host's documents folder: the renderer may open, save and export to typed paths inside
   * it (its real path: no link leads out). With the examples and the downloads folder, the only
   * places a typed path may name; the desktop app grants only files chosen in its dialogs.
   */
  readonly documentsDir?: string;
  readonly exporter?: ReportExporter;
  /** Opens an allow-listed URL in the system browser (Electron: shell.openExternal). Absent: validate only. */
  readonly openExternal?: (url: string) => Promise<void>;
  /**
   * Opens an exported report or shows it in its folder (revealExport), after the host has checked
   * it wrote that file this session. Electron: shell.openPath / showItemInFolder; the web host: the
   * platform's opener (export-reveal.ts). Absent: revealExport refuses.
   */
  readonly openFile?: FileOpener;
  /** The renderer reported its title and dirty state (window title, confirm-before-close). */
  readonly onDocumentState?: (state: { readonly title: string; readonly dirty: boolean }) => void;
  /** A document was opened or saved (Electron adds it to the OS recent-documents list). */
  readonly onRecentDocument?: (path: string) => void;
  /** A file the OS asked to open at launch, reported by appInfo (granted). */
  readonly openPath?: string;
  /** AWS endpoint and timeouts; tests point it at the local fake. Credentials never come from here. */
  readonly awsConnection?: Omit<AwsConnection, 'profile'>;
  readonly awsRetry?: RetryPolicy;
  readonly now?: () => Date;
  /** Problems worth a log line but not a failure (a damaged settings file, an exception caught at the edge). */
  readonly log?: (message: string, error?: unknown) => void;
}
