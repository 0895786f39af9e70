import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_CALLS, type Result } from '../../src/contract/host-api';
import { startApp } from '../../electron/app';
import { scenarioPathFromArgv } from '../../electron/file-association';
import { EXAMPLES_DIR, PROJECT_ROOT } from '../support/paths';
import { app, BrowserWindow, dialog, fakeEvent, FakeWebContents, ipcMain, Menu, resetElectronStub, session, shell, type FakeMenuItem } from '../support/electron-stub';

let dir: string;
beforeEach(() => {
  resetElectronStub();
  dir = mkdtempSync(join(tmpdir(), 'tco-app-'));
  app.paths.userData = join(dir, 'user-data');
  app.appPath = PROJECT_ROOT;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const RENDERER = join(PROJECT_ROOT, 'dist', 'renderer', 'index.html');
const page = { url: pathToFileURL(RENDERER).href, parent: null };

function invoke(call: string, argument?: unknown): Promise<any> {
  return ipcMain.handlers.get(call)!({ senderFrame: page }, ...(argument === undefined ? [] : [argument])) as Promise<Result<unknown>>;
}

function scenarioFile(name: string): string {
  const path = join(dir, name);
  // A valid scenario: the host parses a file before it opens it.
  writeFileSync(path, readFileSync(join(EXAMPLES_DIR, 'postgres-oltp-ha.tco.json')));
  return path;
}

function menuItem(id: string): FakeMenuItem {
  const walk = (items: FakeMenuItem[]): FakeMenuItem | undefined => {
    for (const item of items) {
      if (item.id === id) return item;
      const inner = item.submenu ? walk(item.submenu) : undefined;
      if (inner) return inner;
    }
    return undefined;
  };
  return walk(Menu.applicationMenu ?? [])!;
}

describe('the desktop app', () => {
  it('starts one hardened window on the built renderer, with one IPC handler per call and the menus', async () => {
    const running = startApp({ preload: '/app/preload.cjs', argv: ['/opt/tco-studio'], cwd: dir });
    await running.ready;
    expect(app.sandboxEnabled).toBe(true);
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...API_CALLS].sort());
    expect(BrowserWindow.instances).toHaveLength(1);
    expect(BrowserWindow.instances[0]!.loaded).toEqual([RENDERER]);
    expect(BrowserWindow.instances[0]!.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, preload: '/app/preload.cjs' });
    expect(session.defaultSession.permissionRequestHandler).toBeTypeOf('function');
    expect(session.defaultSession.webRequest.onHeadersReceivedListener).toBeTypeOf('function');
    expect(Menu.applicationMenu).toBeDefined();
    expect(await invoke('appInfo')).toMatchObject({ ok: true, value: { host: 'electron', version: '0.0.0-stub', examples: expect.any(Array) } });
  });

  it('routes menu commands, refresh progress and document state between the window and the host', async () => {
    const running = startApp({ preload: '/p.cjs', argv: [], cwd: dir });
    await running.ready;
    const win = BrowserWindow.instances[0]!;
    (menuItem('save').click as () => void)();
    (menuItem('refresh-prices').click as () => void)();
    running.host()!.events.emit('refresh-progress', { phase: 'query', items: 2, totalItems: 5 });
    expect(win.webContents.sent).toEqual([
      { channel: 'menu-command', args: [{ command: 'save' }] },
      { channel: 'menu-command', args: [{ command: 'refresh-prices' }] },
      { channel: 'refresh-progress', args: [{ phase: 'query', items: 2, totalItems: 5 }] },
    ]);
    expect(await invoke('setDocumentState', { title: 'Orders', dirty: true })).toEqual({ ok: true, value: null });
    expect(win.title).toBe('• Orders — TCO Studio');
  });

  it('Save on close: a cancelled save dialog keeps the window, and a later save does not close it', async () => {
    const { dialog } = await import('../support/electron-stub');
    await startApp({ preload: '/p.cjs', argv: [], cwd: dir }).ready;
    const win = BrowserWindow.instances[0]!;
    await invoke('setDocumentState', { title: 'Orders', dirty: true });
    dialog.messageBoxAnswers.push({ response: 0 }); // Save
    win.close();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(win.webContents.sent.at(-1)).toEqual({ channel: 'menu-command', args: [{ command: 'save-and-close' }] });
    const text = readFileSync(join(PROJECT_ROOT, 'examples', 'postgres-oltp-ha.tco.json'), 'utf8');
    expect(await invoke('saveScenario', { text })).toEqual({ ok: true, value: null }); // the save dialog was cancelled
    dialog.saveAnswers.push({ canceled: false, filePath: join(dir, 'saved.tco.json') });
    expect((await invoke('saveScenario', { text })).ok).toBe(true);
    await invoke('setDocumentState', { title: 'saved', dirty: false });
    expect(win.destroyed).toBe(false);
  });

  it('a file given on the command line (Windows, Linux) is reported by appInfo and may be opened', async () => {
    const path = scenarioFile('launch.tco.json');
    await startApp({ preload: '/p.cjs', argv: ['/opt/tco-studio', '--no-sandbox', 'launch.tco.json'], cwd: dir }).ready;
    expect((await invoke('appInfo')).value.openPath).toBe(path);
    expect(await invoke('openScenario', { path })).toMatchObject({ ok: true, value: { path, name: 'launch' } });
    expect(app.recentDocuments).toEqual([path]);
  });

  it('macOS open-file before the app is ready becomes the launch file; after, an "open-file" command', async () => {
    const first = scenarioFile('first.tco.json');
    const later = scenarioFile('later.tco.json');
    const running = startApp({ preload: '/p.cjs', argv: [], cwd: dir });
    const early = fakeEvent();
    app.emit('open-file', early, first);
    expect(early.defaultPrevented).toBe(true);
    await running.ready;
    expect((await invoke('appInfo')).value.openPath).toBe(first);
    app.emit('open-file', fakeEvent(), later);
    expect(BrowserWindow.instances[0]!.webContents.sent).toContainEqual({ channel: 'menu-command', args: [{ command: 'open-file', detail: { path: later } }] });
    expect((await invoke('openScenario', { path: later })).ok).toBe(true);
  });

  it('a second launch with a file hands it to the running window', async () => {
    const path = scenarioFile('second.tco.json');
    await startApp({ preload: '/p.cjs', argv: [], cwd: dir }).ready;
    app.emit('second-instance', fakeEvent(), ['/opt/tco-studio', 'second.tco.json'], dir);
    expect(BrowserWindow.instances[0]!.webContents.sent).toContainEqual({ channel: 'menu-command', args: [{ command: 'open-file', detail: { path } }] });
  });

  it('refuses a path the user never chose', async () => {
    await startApp({ preload: '/p.cjs', argv: [], cwd: dir }).ready;
    expect(await invoke('openScenario', { path: scenarioFile('never.tco.json') })).toMatchObject({ ok: false, reason: expect.stringMatching(/was not chosen/) });
  });

  it('opens an exported report with shell.openPath and shows it with shell.showItemInFolder; nothing else', async () => {
    await startApp({ preload: '/p.cjs', argv: [], cwd: dir, exporter: async (_request, path) => writeFileSync(path, '%PDF-') }).ready;
    const report = join(dir, 'report.pdf');
    dialog.saveAnswers.push({ canceled: false, filePath: report });
    const scenarioText = readFileSync(join(EXAMPLES_DIR, 'postgres-oltp-ha.tco.json'), 'utf8');
    expect(await invoke('exportReport', { format: 'pdf', scenarioText })).toEqual({ ok: true, value: { path: report } });
    expect(await invoke('revealExport', { path: report, action: 'folder' })).toEqual({ ok: true, value: null });
    expect(await invoke('revealExport', { path: report, action: 'open' })).toEqual({ ok: true, value: null });
    expect(await invoke('revealExport', { path: scenarioFile('other.tco.json'), action: 'open' })).toEqual({ ok: false, reason: 'only a file this app exported can be opened' });
    expect(shell.revealed).toEqual([
      { action: 'folder', path: report },
      { action: 'open', path: report },
    ]);
  });

  it('hardens every web contents created later, opening only allow-listed links', async () => {
    await startApp({ preload: '/p.cjs', argv: [], cwd: dir }).ready;
    const contents = new FakeWebContents();
    app.emit('web-contents-created', fakeEvent(), contents);
    expect(contents.windowOpenHandler!({ url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Welcome.html' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'http://aws.amazon.com/' })).toEqual({ action: 'deny' });
    expect(shell.opened).toEqual(['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Welcome.html']);
  });

  it('quits when the window closes (not on macOS), and a second instance quits at once', async () => {
    await startApp({ preload: '/p.cjs', argv: [], cwd: dir }).ready;
    app.emit('window-all-closed');
    expect(app.quitCalls).toBe(process.platform === 'darwin' ? 0 : 1);
    resetElectronStub();
    app.singleInstance = false;
    await startApp({ preload: '/p.cjs', argv: [], cwd: dir }).ready;
    expect(app.quitCalls).toBe(1);
    expect(ipcMain.handlers.size).toBe(0);
  });
});

describe('file association: the scenario in a command line', () => {
  it('skips flags, the executable and non-scenario arguments; resolves relative paths', () => {
    const path = scenarioFile('a.tco.json');
    expect(scenarioPathFromArgv(['/opt/tco-studio', '--flag', '.', 'a.tco.json'], dir)).toBe(path);
    expect(scenarioPathFromArgv([path], dir)).toBeUndefined();
    expect(scenarioPathFromArgv(['/opt/tco-studio', 'missing.tco.json', 'notes.txt'], dir)).toBeUndefined();
  });
});
