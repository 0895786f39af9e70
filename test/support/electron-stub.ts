/**
 * Stands in for the `electron` package in tests (vitest.config.mts aliases `electron` here), so no
 * test loads the real package, which would try to download its binary. Each fake records what
 * the code under test did with it; `resetElectronStub()` clears the records between tests.
 * Tests import the records from this file; the code under test imports `electron` and gets the
 * same module instance.
 */

type Listener = (...args: any[]) => unknown;

/** A minimal EventEmitter with the `on`/`once`/`emit` shape Electron objects have. */
class Emitter {
  readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.removeListener(event, wrapped);
      return listener(...args);
    };
    return this.on(event, wrapped);
  }

  removeListener(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }

  off(event: string, listener: Listener): this {
    return this.removeListener(event, listener);
  }

  emit(event: string, ...args: unknown[]): boolean {
    const ls = this.listeners.get(event) ?? [];
    for (const l of ls) l(...args);
    return ls.length > 0;
  }

  listenerCount(event: string): number {
    return (this.listeners.get(event) ?? []).length;
  }
}

/** An Electron-like event whose default can be prevented. */
export function fakeEvent(extra: Record<string, unknown> = {}): { defaultPrevented: boolean; preventDefault(): void } & Record<string, unknown> {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
    ...extra,
  };
}

// ---- main process ----------------------------------------------------------------------------

export const ipcMain = new (class extends Emitter {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, handler: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
})();

class FakeWebRequest {
  onHeadersReceivedListener: Listener | undefined;
  onBeforeRequestListener: Listener | undefined;
  onHeadersReceived(filterOrListener: unknown, listener?: Listener): void {
    this.onHeadersReceivedListener = (listener ?? filterOrListener) as Listener;
  }
  onBeforeRequest(filterOrListener: unknown, listener?: Listener): void {
    this.onBeforeRequestListener = (listener ?? filterOrListener) as Listener;
  }
}

export class FakeSession {
  readonly webRequest = new FakeWebRequest();
  permissionRequestHandler: Listener | null | undefined;
  permissionCheckHandler: Listener | null | undefined;
  devicePermissionHandler: Listener | null | undefined;
  displayMediaRequestHandler: Listener | null | undefined;
  setPermissionRequestHandler(h: Listener | null): void {
    this.permissionRequestHandler = h;
  }
  setPermissionCheckHandler(h: Listener | null): void {
    this.permissionCheckHandler = h;
  }
  setDevicePermissionHandler(h: Listener | null): void {
    this.devicePermissionHandler = h;
  }
  setDisplayMediaRequestHandler(h: Listener | null): void {
    this.displayMediaRequestHandler = h;
  }
}

export const session = { defaultSession: new FakeSession() };

export class FakeWebContents extends Emitter {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  /** Answers executeJavaScript; tests replace it to play the page. */
  static evaluate: (code: string) => unknown = () => undefined;
  static pdf: (options: Record<string, unknown>) => Uint8Array = () => Buffer.from('%PDF-1.4 stub');
  readonly scripts: string[] = [];
  readonly printed: Record<string, unknown>[] = [];
  async executeJavaScript(code: string): Promise<unknown> {
    this.scripts.push(code);
    return FakeWebContents.evaluate(code);
  }
  async printToPDF(options: Record<string, unknown>): Promise<Uint8Array> {
    this.printed.push(options);
    return FakeWebContents.pdf(options);
  }
  windowOpenHandler: Listener | undefined;
  destroyed = false;
  readonly session = session.defaultSession;
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class BrowserWindow extends Emitter {
  static readonly instances: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((w) => !w.destroyed);
  }
  readonly webContents = new FakeWebContents();
  readonly loaded: string[] = [];
  title = '';
  documentEdited = false;
  destroyed = false;
  maximized = false;
  shown = false;
  bounds: { x: number; y: number; width: number; height: number };
  constructor(readonly options: Record<string, any> = {}) {
    super();
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    BrowserWindow.instances.push(this);
  }
  async loadFile(path: string): Promise<void> {
    this.loaded.push(path);
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
  }
  setTitle(title: string): void {
    this.title = title;
  }
  getTitle(): string {
    return this.title;
  }
  setDocumentEdited(edited: boolean): void {
    this.documentEdited = edited;
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  getBounds() {
    return { ...this.bounds };
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {}
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Like Electron: emits 'close' (preventable); closes unless prevented. */
  close(): void {
    const event = fakeEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

export const dialog = {
  openAnswers: [] as { canceled: boolean; filePaths: string[] }[],
  saveAnswers: [] as { canceled: boolean; filePath?: string }[],
  messageBoxAnswers: [] as { response: number }[],
  calls: [] as { kind: 'open' | 'save' | 'message'; options: Record<string, any> }[],
  // Like Electron: (window, options) or (options).
  async showOpenDialog(windowOrOptions: unknown, maybeOptions?: Record<string, any>) {
    const options = maybeOptions ?? (windowOrOptions as Record<string, any>);
    this.calls.push({ kind: 'open', options });
    return this.openAnswers.shift() ?? { canceled: true, filePaths: [] };
  },
  async showSaveDialog(windowOrOptions: unknown, maybeOptions?: Record<string, any>) {
    const options = maybeOptions ?? (windowOrOptions as Record<string, any>);
    this.calls.push({ kind: 'save', options });
    return this.saveAnswers.shift() ?? { canceled: true };
  },
  async showMessageBox(_window: unknown, options: Record<string, any>) {
    this.calls.push({ kind: 'message', options });
    return this.messageBoxAnswers.shift() ?? { response: options.cancelId ?? 0 };
  },
};

export const shell = {
  opened: [] as string[],
  async openExternal(url: string): Promise<void> {
    this.opened.push(url);
  },
  /** Files opened (openPath) or shown in their folder (showItemInFolder). */
  revealed: [] as { action: 'open' | 'folder'; path: string }[],
  async openPath(path: string): Promise<string> {
    this.revealed.push({ action: 'open', path });
    return '';
  },
  showItemInFolder(path: string): void {
    this.revealed.push({ action: 'folder', path });
  },
};

export interface FakeMenuItem {
  id?: string;
  label?: string;
  role?: string;
  accelerator?: string;
  type?: string;
  submenu?: FakeMenuItem[];
  click?: (...args: unknown[]) => void;
}

export const Menu = {
  applicationMenu: undefined as FakeMenuItem[] | undefined,
  buildFromTemplate(template: FakeMenuItem[]): FakeMenuItem[] {
    return template;
  },
  setApplicationMenu(menu: FakeMenuItem[] | null): void {
    this.applicationMenu = menu ?? undefined;
  },
};

export const screen = {
  displays: [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 }, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }],
  getAllDisplays() {
    return this.displays;
  },
  getPrimaryDisplay() {
    return this.displays[0]!;
  },
};

export const app = new (class extends Emitter {
  isPackaged = false;
  readyPromise = Promise.resolve();
  paths: Record<string, string> = { userData: '/tmp/tco-studio-stub-user-data' };
  appPath = process.cwd();
  recentDocuments: string[] = [];
  quitCalls = 0;
  sandboxEnabled = false;
  singleInstance = true;
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  getPath(name: string): string {
    return this.paths[name] ?? `/tmp/tco-studio-stub-${name}`;
  }
  getAppPath(): string {
    return this.appPath;
  }
  getVersion(): string {
    return '0.0.0-stub';
  }
  getName(): string {
    return 'TCO Studio';
  }
  setName(): void {}
  addRecentDocument(path: string): void {
    this.recentDocuments.push(path);
  }
  enableSandbox(): void {
    this.sandboxEnabled = true;
  }
  requestSingleInstanceLock(): boolean {
    return this.singleInstance;
  }
  quit(): void {
    this.quitCalls++;
  }
  exit(): void {
    this.quitCalls++;
  }
})();

// ---- preload ---------------------------------------------------------------------------------

export const ipcRenderer = new (class extends Emitter {
  readonly invoked: { channel: string; args: unknown[] }[] = [];
  answer: (channel: string, ...args: unknown[]) => unknown = () => ({ ok: true, value: null });
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push({ channel, args });
    return this.answer(channel, ...args);
  }
  send(): void {
    throw new Error('the preload must not use ipcRenderer.send');
  }
})();

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    if (this.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
    this.exposed.set(key, api);
  },
};

/** Clears every record, so each test starts from a fresh Electron. */
export function resetElectronStub(): void {
  ipcMain.handlers.clear();
  ipcMain.listeners.clear();
  session.defaultSession = new FakeSession();
  BrowserWindow.instances.length = 0;
  dialog.openAnswers.length = 0;
  dialog.saveAnswers.length = 0;
  dialog.messageBoxAnswers.length = 0;
  dialog.calls.length = 0;
  shell.opened.length = 0;
  shell.revealed.length = 0;
  Menu.applicationMenu = undefined;
  app.listeners.clear();
  app.recentDocuments.length = 0;
  app.quitCalls = 0;
  app.isPackaged = false;
  app.singleInstance = true;
  FakeWebContents.evaluate = () => undefined;
  FakeWebContents.pdf = () => Buffer.from('%PDF-1.4 stub');
  ipcRenderer.listeners.clear();
  ipcRenderer.invoked.length = 0;
  contextBridge.exposed.clear();
}

export default { app, BrowserWindow, ipcMain, ipcRenderer, contextBridge, dialog, shell, Menu, screen, session };
