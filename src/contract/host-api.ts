/**
 * The whole contract between the renderer and its host: everything the UI may ask of the Electron
 * main process (or, identically, of the local web host). Types only. The preload exposes exactly
 * these methods (`satisfies TcoApi`), main registers one validated handler per method, and the web
 * host serves the same methods over HTTP. Channel name = method name.
 *
 * Every call resolves to a Result: the host never throws across the boundary; the renderer shows
 * every `{ ok: false, reason }` to the user.
 */
import type { ImportedSpend } from '../analysis/imported-spend';
import type { PriceSource } from '../pricing/catalogue';
import type { SpecsRow } from '../pricing/price-rows';
import type { QuoteEntries } from '../pricing/quotes-over-catalogue';
import type { ReportSection } from './report-sections';

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

export interface AppInfo {
  readonly version: string;
  /** 'electron' in the desktop app, 'web' in the local web host (npm run web). */
  readonly host: 'electron' | 'web';
  readonly platform: string;
  readonly examples: readonly ExampleInfo[];
  /**
   * A scenario file the operating system asked the app to open at launch (file association,
   * `tco-studio file.tco.json`); the renderer opens it with `openScenario({ path })`. Files opened
   * while the app runs arrive as the menu command 'open-file' with the path in its detail.
   */
  readonly openPath?: string | undefined;
  /** The web host's documents folder: typed scenario and export paths may lie inside it, so the path prompt starts there. */
  readonly documentsDir?: string | undefined;
}

export interface ExampleInfo {
  readonly id: string;
  readonly name: string;
  readonly question: string;
}

/** A scenario document as read from disk: its text (parsed and validated in the renderer) and where it lives. */
export interface OpenedDocument {
  readonly text: string;
  /** Absolute path, or undefined for an example or a recovered draft never saved. */
  readonly path?: string | undefined;
  readonly name: string;
  /**
   * The file's version as read (an opaque fingerprint of its bytes): sent back as a save's
   * `expectedVersion`, so a file changed on disk since is not overwritten without asking.
   * Absent for examples and drafts never saved.
   */
  readonly version?: string | undefined;
}

export interface SaveScenarioRequest {
  readonly text: string;
  readonly path?: string | undefined;
  readonly saveAs?: boolean | undefined;
  /** The version the document was opened or last saved at; absent: no check (a new file, an older renderer). */
  readonly expectedVersion?: string | undefined;
  /** Write even though the file changed on disk (the user chose to overwrite the other version). */
  readonly force?: boolean | undefined;
}

/** A save that was written: where, and the file's new version for the next save's check. */
export interface SavedScenario {
  readonly path: string;
  readonly version: string;
}

/**
 * A save that was not written because the file changed on disk since `expectedVersion` (another
 * window, program or person saved it): nothing was written; ask the user, then save again with
 * `force`, or keep the document (still unsaved) and the other version.
 */
export interface SaveConflict {
  readonly conflict: 'changed-on-disk';
  readonly path: string;
}

export interface RecentFile {
  readonly path: string;
  readonly name: string;
  readonly openedAt: string;
}

/** The unsaved draft left by a previous session that ended without saving (crash, kill, power loss). */
export interface RecoveryInfo {
  readonly text: string;
  readonly path?: string | undefined;
  readonly savedAt: string;
}

export interface PriceSourceStatus {
  readonly region: string;
  readonly service: string;
  readonly source: PriceSource['kind'];
  readonly asOf: string;
  readonly fetchedAt?: string | undefined;
  readonly stale: boolean;
  readonly items: number;
}

/** What the offline snapshot's index says of one Region: its price count, source dates and coverage. */
export interface SnapshotRegionStatus {
  readonly region: string;
  readonly prices: number;
  readonly oldestAsOf: string;
  readonly newestAsOf: string;
  /** "<service>/<kind>" (e.g. "rds/instance") → [published rows, derived rows]. */
  readonly coverage: Readonly<Record<string, readonly [number, number]>>;
}

export interface PricesStatus {
  readonly snapshot: {
    readonly name: string;
    readonly builtOn: string;
    readonly regions: readonly string[];
    readonly coverage: readonly SnapshotRegionStatus[];
    /** Why the snapshot cannot be read (its index is missing or damaged); then it holds no Regions. */
    readonly problem?: string | undefined;
  };
  readonly cache: readonly PriceSourceStatus[];
  readonly ttlDays: number;
  readonly cacheDir: string;
}

/** One source's prices of one Region, keyed by price-key id, with the specs of the instance types it holds. */
export interface RegionQuotes {
  readonly name: string;
  readonly quotes: QuoteEntries;
  readonly instanceTypes: readonly SpecsRow[];
}

/**
 * Everything the renderer prices one Region with: the offline snapshot's quotes (loaded by the host
 * from the Region's snapshot file) and the cached AWS quotes, which take precedence.
 */
export interface RegionPrices {
  readonly region: string;
  readonly snapshot: RegionQuotes & {
    readonly builtOn: string;
    /** Why the snapshot has no prices for this Region although it should (a missing or damaged file). */
    readonly problem?: string | undefined;
  };
  readonly cache: RegionQuotes;
}

export interface RefreshRequest {
  readonly region: string;
  readonly profile?: string | undefined;
  /** Whole regional offer files instead of the prices the scenario uses. */
  readonly full?: boolean | undefined;
  /** The open scenario's text, whose prices a targeted refresh fetches. */
  readonly scenarioText?: string | undefined;
}

export interface RefreshSummary {
  readonly region: string;
  /** Prices fetched and written to the cache. */
  readonly prices: number;
  /** Prices asked for but not found live (targeted), or records that could not be used (full); they stay on the cache or the snapshot. */
  readonly skipped: number;
  readonly warnings: readonly string[];
  readonly cancelled: boolean;
}

export interface RefreshProgress {
  readonly phase: string;
  readonly items: number;
  readonly totalItems?: number | undefined;
  readonly bytes?: number | undefined;
  readonly totalBytes?: number | undefined;
  readonly etaSeconds?: number | undefined;
  readonly message?: string | undefined;
}

export interface CostImportRequest {
  readonly months: number;
  readonly profile?: string | undefined;
  /** The user has seen the API cost (requests × $0.01) and agreed. */
  readonly confirmed: boolean;
}

export interface CostImportPlan {
  /** The requests the import makes when AWS splits nothing into pages, and what they cost ($0.01 each). */
  readonly requests: number;
  readonly costUsd: number;
  /** The most it may make (pages), and the most it may cost: the cap the import stops at. */
  readonly maxRequests: number;
  readonly maxCostUsd: number;
  /** The same in one sentence. */
  readonly description: string;
}

/** Imported monthly spend by service (the JSON of `tco-studio costs import --format json`). */
export type ImportedCosts = ImportedSpend;

export interface ExportRequest {
  readonly format: 'pdf' | 'html' | 'csv' | 'json' | 'xlsx';
  readonly scenarioText: string;
  readonly variant?: string | undefined;
  readonly paper?: 'a4' | 'letter' | undefined;
  /**
   * The optional sections a PDF or HTML report prints (src/contract/report-sections.ts), in any
   * order; absent: every section. They apply to the appendix (`full`); the two-page brief and the
   * appendix's summary are always there, and a report that leaves sections out names them on its
   * first page. CSV, JSON and XLSX always hold everything.
   */
  readonly sections?: readonly ReportSection[] | undefined;
  /** PDF and HTML: print the appendix after the two-page brief (the full report); absent or false: the brief alone. `sections` apply to the appendix. */
  readonly full?: boolean | undefined;
  /** Where to write; absent: ask with a save dialog (desktop) or use the default downloads folder (web). */
  readonly path?: string | undefined;
}

export interface Settings {
  readonly awsProfile?: string | undefined;
  readonly awsRegion?: string | undefined;
  readonly theme: 'system' | 'light' | 'dark';
  readonly paper: 'a4' | 'letter';
  /** Prices older than this many days are flagged stale (Prices screen, report); default DEFAULT_STALE_AFTER_DAYS. */
  readonly staleAfterDays: number;
  /** The report sections last chosen for exports; absent: every section. */
  readonly sections?: readonly ReportSection[] | undefined;
  /** "Include the full appendix" last chosen for PDF and HTML exports; absent: the two-page brief alone. */
  readonly fullReport?: boolean | undefined;
}

/** What to do with an exported file: open it in its default app, or show it in its folder. */
export interface RevealExportRequest {
  /** A path exportReport answered in this session; anything else is refused. */
  readonly path: string;
  readonly action: 'open' | 'folder';
}

export type MenuCommand =
  | 'new'
  | 'open'
  | 'save'
  | 'save-as'
  | 'export-pdf'
  | 'export-csv'
  | 'export-xlsx'
  | 'undo'
  | 'redo'
  | 'refresh-prices'
  /**
   * The user closes the window with unsaved changes and chose "Save": save, then report the outcome
   * with setDocumentState — dirty: false closes the window; dirty: true (save cancelled or failed)
   * keeps it open.
   */
  | 'save-and-close'
  /** The operating system asked to open a file while the app runs (macOS open-file, a second launch); the path is in the detail. */
  | 'open-file';

/** Extra data of a menu command: the file of 'open-file'. */
export interface MenuCommandDetail {
  readonly path?: string | undefined;
}

export interface TcoApi {
  appInfo(): Promise<Result<AppInfo>>;

  /**
   * Reads a scenario file: without a path the desktop app asks with an open dialog (null when the
   * user cancels); the web host has no dialogs, so there the renderer asks for a path itself. The
   * desktop app opens a given path only if the user chose it before (dialog, recent list, the OS);
   * the web host only inside its documents folder or the examples (by real path), or the file named
   * on its command line (src/host/path-grants.ts). Only .tco.json files, parsed before returning.
   */
  openScenario(request: { readonly path?: string | undefined }): Promise<Result<OpenedDocument | null>>;
  openExample(request: { readonly id: string }): Promise<Result<OpenedDocument>>;
  /**
   * Writes a valid scenario atomically; without a path (or with saveAs) asks where. Null when the
   * user cancels; a SaveConflict, writing nothing, when the file is no longer at `expectedVersion`.
   */
  saveScenario(request: SaveScenarioRequest): Promise<Result<SavedScenario | SaveConflict | null>>;
  listRecent(): Promise<Result<readonly RecentFile[]>>;

  autosave(request: { readonly text: string; readonly path?: string | undefined }): Promise<Result<{ readonly savedAt: string }>>;
  getRecovery(): Promise<Result<RecoveryInfo | null>>;
  clearRecovery(): Promise<Result<null>>;
  /** Tells the host whether there are unsaved changes (title bar marker, confirm on close). */
  setDocumentState(request: { readonly title: string; readonly dirty: boolean }): Promise<Result<null>>;

  pricesStatus(): Promise<Result<PricesStatus>>;
  /** The snapshot and cached prices of one Region (the scenario's); the renderer asks once per Region, and again after a refresh. */
  regionPrices(request: { readonly region: string }): Promise<Result<RegionPrices>>;
  refreshPrices(request: RefreshRequest): Promise<Result<RefreshSummary>>;
  cancelRefresh(): Promise<Result<null>>;

  planCostImport(request: { readonly months: number }): Promise<Result<CostImportPlan>>;
  importCosts(request: CostImportRequest): Promise<Result<ImportedCosts>>;

  exportReport(request: ExportRequest): Promise<Result<{ readonly path: string } | null>>;
  /**
   * Opens a report this host session exported (its default app) or shows it in its folder (the
   * file manager). Only paths exportReport answered since the host started; a file deleted since
   * is refused with a clear reason.
   */
  revealExport(request: RevealExportRequest): Promise<Result<null>>;

  getSettings(): Promise<Result<Settings>>;
  setSettings(request: Partial<Settings>): Promise<Result<Settings>>;

  /** Opens an allow-listed https link (AWS documentation, BLS, sources cited in the app) in the system browser. */
  openExternal(request: { readonly url: string }): Promise<Result<null>>;

  /** Subscriptions; each returns a function that unsubscribes. */
  onRefreshProgress(listener: (progress: RefreshProgress) => void): () => void;
  onMenuCommand(listener: (command: MenuCommand, detail?: MenuCommandDetail) => void): () => void;
}

/** Method names that are request/response calls (everything but the subscriptions). */
export type TcoApiCall = Exclude<keyof TcoApi, 'onRefreshProgress' | 'onMenuCommand'>;

export const API_CALLS = [
  'appInfo',
  'openScenario',
  'openExample',
  'saveScenario',
  'listRecent',
  'autosave',
  'getRecovery',
  'clearRecovery',
  'setDocumentState',
  'pricesStatus',
  'regionPrices',
  'refreshPrices',
  'cancelRefresh',
  'planCostImport',
  'importCosts',
  'exportReport',
  'revealExport',
  'getSettings',
  'setSettings',
  'openExternal',
] as const satisfies readonly TcoApiCall[];

/** Event channels pushed from the host to the renderer. */
export const API_EVENTS = ['refresh-progress', 'menu-command'] as const;
export type ApiEvent = (typeof API_EVENTS)[number];

/** Every menu command, for validating what arrives over a channel. */
export const MENU_COMMANDS = [
  'new',
  'open',
  'save',
  'save-as',
  'export-pdf',
  'export-csv',
  'export-xlsx',
  'undo',
  'redo',
  'refresh-prices',
  'save-and-close',
  'open-file',
] as const satisfies readonly MenuCommand[];

/** Compile-time check that API_CALLS lists every call of the contract. */
type MissingCall = Exclude<TcoApiCall, (typeof API_CALLS)[number]>;
export const API_CALLS_COMPLETE: [MissingCall] extends [never] ? true : never = true;

type MissingCommand = Exclude<MenuCommand, (typeof MENU_COMMANDS)[number]>;
export const MENU_COMMANDS_COMPLETE: [MissingCommand] extends [never] ? true : never = true;
