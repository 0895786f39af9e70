import { beforeEach, describe, expect, it } from 'vitest';
import type { Session, WebContents } from 'electron';
import { createSecureWindow, hardenWebContents, installSessionSecurity, isLocalUrl } from '../../electron/security';
import { CONTENT_SECURITY_POLICY } from '../../src/host/content-security-policy';
import { BrowserWindow, FakeWebContents, fakeEvent, resetElectronStub, session } from '../support/electron-stub';

beforeEach(resetElectronStub);

describe('window hardening', () => {
  it('every window: context isolation, sandbox, no Node, web security, no webview, no middle-click windows', () => {
    createSecureWindow({ width: 900, show: false }, '/app/preload.cjs');
    const options = BrowserWindow.instances[0]!.options;
    expect(options).toMatchObject({ width: 900, show: false });
    expect(options.webPreferences).toEqual({
      preload: '/app/preload.cjs',
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
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    });
  });

  it('denies every new window, offering the URL to the allow-listed opener', () => {
    const contents = new FakeWebContents();
    const offered: string[] = [];
    hardenWebContents(contents as unknown as WebContents, (url) => offered.push(url));
    expect(contents.windowOpenHandler!({ url: 'https://aws.amazon.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(offered).toEqual(['https://aws.amazon.com/', 'https://evil.example/']);
  });

  it('blocks navigation, redirects and <webview>', () => {
    const contents = new FakeWebContents();
    const offered: string[] = [];
    hardenWebContents(contents as unknown as WebContents, (url) => offered.push(url));
    for (const [event, url] of [
      ['will-navigate', 'https://evil.example/'],
      ['will-navigate', 'file:///etc/passwd'],
      ['will-redirect', 'https://evil.example/'],
      ['will-attach-webview', undefined],
    ] as const) {
      const e = fakeEvent();
      contents.emit(event, e, url);
      expect(e.defaultPrevented, `${event} ${url}`).toBe(true);
    }
    const sub = fakeEvent({ isMainFrame: false });
    contents.emit('will-frame-navigate', sub);
    expect(sub.defaultPrevented).toBe(true);
    // A remote link the page navigates to goes to the opener (which applies the allow-list); local files never do.
    expect(offered).toEqual(['https://evil.example/']);
  });

  it('the session denies every permission, cancels remote requests and sends the CSP with local pages', () => {
    installSessionSecurity(session.defaultSession as unknown as Session);
    const s = session.defaultSession;
    let granted: boolean | undefined;
    s.permissionRequestHandler!({}, 'media', (g: boolean) => (granted = g), {});
    expect(granted).toBe(false);
    for (const permission of ['notifications', 'geolocation', 'clipboard-read', 'openExternal']) expect(s.permissionCheckHandler!(null, permission, 'file://', {})).toBe(false);
    expect(s.devicePermissionHandler!({})).toBe(false);
    let stream: unknown = 'unset';
    s.displayMediaRequestHandler!({}, (streams: unknown) => (stream = streams));
    expect(stream).toBeNull();

    const decide = (url: string) => {
      let cancel: boolean | undefined;
      s.webRequest.onBeforeRequestListener!({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('file:///app/dist/renderer/assets/index.js')).toBe(false);
    expect(decide('data:image/png;base64,AAAA')).toBe(false);
    expect(decide('https://cdn.example/lib.js')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(decide('ws://evil.example/')).toBe(true);

    const headers = (url: string) => {
      let response: { responseHeaders?: Record<string, string[]> } | undefined;
      s.webRequest.onHeadersReceivedListener!({ url, responseHeaders: { a: ['1'] } }, (r: typeof response) => (response = r));
      return response;
    };
    expect(headers('file:///app/dist/renderer/index.html')).toEqual({ responseHeaders: { a: ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    expect(headers('devtools://devtools/x')).toEqual({});
  });

  it('the CSP allows only the app itself', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval|https?:|\*)/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('isLocalUrl', () => {
    expect(isLocalUrl('file:///x')).toBe(true);
    expect(isLocalUrl('https://x')).toBe(false);
    expect(isLocalUrl('::')).toBe(false);
  });
});
