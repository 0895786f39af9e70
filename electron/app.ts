import { app, ipcMain, Menu, screen, session, shell } from 'electron';
import { join } from 'node:path';
import { createHostApi, type HostApi } from '../src/host/create-host-api';
import { checkExternalUrl } from '../src/host/external-links';
import type { Dispatch } from '../src/host/dispatcher';
import type { RevealAction } from '../src/host/export-reveal';
import { HostError } from '../src/host/host-error';
import type { ReportExporter } from '../src/host/host-options';
import { confirmClose, nativeDialogs } from './dialogs';
import { DocumentWindow } from './document-window';
import { scenarioPathFromArgv } from './file-association';
import { registerIpcHandlers } from './ipc';
import { electronReportExporter } from './report-exporter';
import { menuTemplate } from './menu';
import { hardenWebContents, installSessionSecurity } from './security';
import { WindowStateStore } from './window-state';

export interface StartOptions {
  /** dist-electron/preload.cjs, next to the main bundle. */
  readonly preload: string;
  /** Default: the report page printed by a hidden window (report-exporter.ts). */
  readonly exporter?: ReportExporter;
  readonly argv?: readonly string[];
  readonly cwd?: string;
}

export interface RunningApp {
  readonly ready: Promise<void>;
  host(): HostApi | undefined;
  window(): DocumentWindow | undefined;
}

/** Opens an allow-listed https URL in the system browser; the one place the app calls shell.openExternal. Throws (a HostError) for anything else. */
async function openExternalChecked(url: string): Promise<void> {
  await shell.openExternal(checkExternalUrl(url));
}

/**
 * Opens an exported report in its default app, or shows it in its folder: the one place the app
 * calls shell.openPath and shell.showItemInFolder. The host calls it only for a file it exported
 * this session and that still exists (src/host/export-reveal.ts); the path goes to the OS as a
 * path, never through a shell.
 */
async function openExportedFile(path: string, action: RevealAction): Promise<void> {
  if (action === 'folder') {
    shell.showItemInFolder(path);
    return;
  }
  const problem = await shell.openPath(path);
  if (problem) throw new HostError(`could not open ${path}: ${problem}`);
}

/** For links the page tries to open by itself (window.open, navigation): allowed ones open, anything else is ignored. */
function openAllowed(url: string): void {
  openExternalChecked(url).catch(() => {});
}

/**
 * The desktop app's lifecycle: one instance, one window, the host api behind validated IPC,
 * native menus, and files opened from the operating system (macOS 'open-file', a path in argv on
 * Windows and Linux, a second launch handing its argv to the running instance).
 */
export function startApp(options: StartOptions): RunningApp {
  let host: HostApi | undefined;
  let main: DocumentWindow | undefined;
  let quitting = false;
  const pendingOpen: string[] = [];

  const openFromSystem = (path: string) => {
    if (host && main) {
      host.requestOpen(path);
      if (main.window.isMinimized()) main.window.restore();
      main.window.focus();
    } else pendingOpen.push(path);
  };

  if (!app.requestSingleInstanceLock()) {
    // Another instance runs: it receives our argv through 'second-instance'.
    app.quit();
    return { ready: Promise.resolve(), host: () => undefined, window: () => undefined };
  }
  app.enableSandbox();
  app.on('open-file', (event: Electron.Event, path: string) => {
    event.preventDefault();
    openFromSystem(path);
  });
  app.on('second-instance', (_event: Electron.Event, argv: string[], cwd: string) => {
    const path = scenarioPathFromArgv(argv, cwd);
    if (path) openFromSystem(path);
    else main?.window.focus();
  });
  app.on('web-contents-created', (_event: Electron.Event, contents: Electron.WebContents) => hardenWebContents(contents, openAllowed));
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });

  const appRoot = app.getAppPath();
  const rendererIndex = join(appRoot, 'dist', 'renderer', 'index.html');
  const userDataDir = app.getPath('userData');
  const windowState = new WindowStateStore(userDataDir);

  const createWindow = (api: HostApi) =>
    new DocumentWindow({
      preload: options.preload,
      rendererIndex,
      windowState,
      workAreas: () => {
        const displays = screen.getAllDisplays();
        const primary = screen.getPrimaryDisplay();
        return [primary, ...displays.filter((d) => d.id !== primary.id)].map((d) => d.workArea);
      },
      platform: process.platform,
      confirmClose,
      sendMenuCommand: (command) => api.sendMenuCommand(command),
      openExternal: openAllowed,
      onDiscard: () => void api.clearRecovery(undefined),
      onClosed: () => {
        main = undefined;
      },
    });

  const ready = app.whenReady().then(() => {
    installSessionSecurity(session.defaultSession);
    const launchPath = pendingOpen.shift() ?? scenarioPathFromArgv(options.argv ?? process.argv, options.cwd ?? process.cwd());
    const api = createHostApi({
      host: 'electron',
      version: app.getVersion(),
      appRoot,
      userDataDir,
      dialogs: nativeDialogs(() => main?.window),
      openExternal: openExternalChecked,
      openFile: openExportedFile,
      onDocumentState: (state) => main?.setDocumentState(state),
      onRecentDocument: (path) => app.addRecentDocument(path),
      ...(launchPath ? { openPath: launchPath } : {}),
      exporter: options.exporter ?? electronReportExporter({ reportPage: join(appRoot, 'dist', 'renderer', 'report.html'), generator: `TCO Studio ${app.getVersion()}` }),
      log: (message, error) => console.error(`tco-studio: ${message}`, error ?? ''),
    });
    host = api;
    // Save outcomes also settle a pending "Save, then close" (document-window.ts).
    const dispatch: Dispatch = async (call, argument) => {
      const result = await api.dispatch(call, argument);
      if (call === 'saveScenario') main?.saveFinished(result.ok && result.value !== null);
      return result;
    };
    registerIpcHandlers(ipcMain, dispatch, rendererIndex);
    api.events.on('refresh-progress', (progress) => main?.send('refresh-progress', progress));
    api.events.on('menu-command', (message) => main?.send('menu-command', message));
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(menuTemplate({ platform: process.platform, appName: app.getName(), isPackaged: app.isPackaged, send: (c) => api.sendMenuCommand(c), openExternal: openAllowed })),
    );
    main = createWindow(api);
    // Files the OS handed over while starting, beyond the first (which appInfo reports).
    if (pendingOpen.length > 0) main.window.webContents.once('did-finish-load', () => pendingOpen.splice(0).forEach((p) => api.requestOpen(p)));
    app.on('activate', () => {
      if (!main) main = createWindow(api);
    });
  });

  return { ready, host: () => host, window: () => main };
}
