import { BrowserWindow, type BrowserWindowConstructorOptions, type Session, type WebContents } from 'electron';
import { contentSecurityPolicyFor } from '../src/host/content-security-policy';

/**
 * Window hardening in one place (Electron security checklist,
 * https://www.electronjs.org/docs/latest/tutorial/security). The renderer is our own bundle from
 * disk and talks to main only through the preload's named methods; it gets no Node, no remote
 * content, no navigation, no new windows, no permissions. Every BrowserWindow of the app is made
 * here, with the preferences written out literally so that static checks (electronegativity)
 * see them.
 */
export function createSecureWindow(options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>, preload: string | undefined): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click would otherwise ask for a new window (denied anyway below).
      disableBlinkFeatures: 'Auxclick',
      // Chromium's spellchecker downloads dictionaries from Google on Linux and Windows: no remote calls.
      spellcheck: false,
    },
  });
}

/** Schemes the renderer may load: its own files, inline data, object URLs, and DevTools. */
const LOCAL_SCHEMES = new Set(['file:', 'data:', 'blob:', 'devtools:', 'chrome-extension:']);

export function isLocalUrl(url: string): boolean {
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * No navigation away from the app, no new windows, no <webview>. A link the page tries to open
 * is offered to `openExternal`, which opens it in the system browser only if it is on the
 * allow-list (src/host/external-links.ts).
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    if (!isLocalUrl(url)) openExternal(url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Session-wide rules: every permission request and check is denied (the app needs no camera,
 * notifications, geolocation, USB, ...); any request that is not local is cancelled (no remote
 * content: AWS calls are made by the main process, never by the page); and local pages get the
 * Content-Security-Policy of their page as a response header too (each built page also carries it
 * in a <meta> tag, written from the same definition, which is the one Chromium always applies to
 * file://).
 */
export function installSessionSecurity(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocalUrl(details.url) }));
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!details.url.startsWith('file:')) return callback({});
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicyFor(details.url)] } });
  });
}
