import type { ApiEvent, MenuCommand, MenuCommandDetail, RefreshProgress, Result, TcoApi, TcoApiCall } from '../../src/contract/host-api';
import { TOKEN_HEADER } from '../../src/contract/web-transport';

const TOKEN_STORAGE_KEY = 'tco-studio-token';

/** The EventSource constructor shape this module needs (the browser's, or a test's). */
export type EventSourceLike = {
  addEventListener(type: string, listener: (event: MessageEvent) => void): void;
  close(): void;
};

export interface HttpApiOptions {
  /** Default: the page's own origin. */
  readonly baseUrl?: string;
  /** Default: `?token=` of the page's URL (then kept in sessionStorage so a reload still works). */
  readonly token?: string;
  readonly fetch?: typeof fetch;
  readonly createEventSource?: (url: string) => EventSourceLike;
  /** Opens a validated link; default: a new browser tab without opener or referrer. */
  readonly openWindow?: (url: string) => void;
}

/**
 * The session token of the web host: from `?token=` on first load, then from sessionStorage. The
 * token is removed from the address bar so it does not end up in screenshots, bookmarks or
 * shared links.
 */
export function readToken(): string | undefined {
  if (typeof location === 'undefined') return undefined;
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token') ?? undefined;
  if (fromUrl) {
    try {
      sessionStorage.setItem(TOKEN_STORAGE_KEY, fromUrl);
      url.searchParams.delete('token');
      history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
    } catch {
      // Storage can be disabled; the token from the URL still works for this page view.
    }
    return fromUrl;
  }
  try {
    return sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * TcoApi over the local web host's protocol (src/host/web-host.ts): each call is
 * `POST /api/<call>` with a JSON body and the token header; events come from one shared
 * Server-Sent Events stream. Like the desktop preload it never throws: a refused request or a
 * host that has stopped is a `{ ok: false, reason }` the UI shows.
 */
export function createHttpApi(options: HttpApiOptions = {}): TcoApi {
  const base = options.baseUrl ?? (typeof location === 'undefined' ? '' : location.origin);
  const token = options.token ?? readToken() ?? '';
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const createEventSource = options.createEventSource ?? ((url: string) => new EventSource(url));
  const openWindow = options.openWindow ?? ((url: string) => void window.open(url, '_blank', 'noopener,noreferrer'));

  async function call<K extends TcoApiCall>(name: K, argument?: unknown): Promise<Result<never>> {
    let response: Response;
    try {
      response = await doFetch(`${base}/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: argument === undefined ? '' : JSON.stringify(argument),
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch {
      return { ok: false, reason: 'cannot reach the TCO Studio web host; is `npm run web` still running?' };
    }
    if (!response.ok) {
      const detail = await response.text().catch(() => '');
      const why = response.status === 401 ? 'the page’s session token is missing or out of date; open the address `npm run web` printed' : detail || response.statusText;
      return { ok: false, reason: `the web host refused ${name} (HTTP ${response.status}): ${why}` };
    }
    try {
      return (await response.json()) as Result<never>;
    } catch {
      return { ok: false, reason: `the web host sent an unreadable answer to ${name}` };
    }
  }

  // One event stream for all subscribers, opened on the first subscription and closed after the last.
  const listeners: { [E in ApiEvent]: Set<(payload: unknown) => void> } = { 'refresh-progress': new Set(), 'menu-command': new Set() };
  let source: EventSourceLike | undefined;
  const subscribe = (event: ApiEvent, deliver: (payload: unknown) => void): (() => void) => {
    if (!source) {
      source = createEventSource(`${base}/api/events?token=${encodeURIComponent(token)}`);
      for (const name of Object.keys(listeners) as ApiEvent[]) {
        source.addEventListener(name, (message) => {
          let payload: unknown;
          try {
            payload = JSON.parse(String(message.data));
          } catch {
            return;
          }
          for (const listener of [...listeners[name]]) listener(payload);
        });
      }
    }
    listeners[event].add(deliver);
    return () => {
      listeners[event].delete(deliver);
      if (source && Object.values(listeners).every((set) => set.size === 0)) {
        source.close();
        source = undefined;
      }
    };
  };

  return {
    appInfo: () => call('appInfo'),
    openScenario: (request) => call('openScenario', request),
    openExample: (request) => call('openExample', request),
    saveScenario: (request) => call('saveScenario', request),
    listRecent: () => call('listRecent'),
    autosave: (request) => call('autosave', request),
    getRecovery: () => call('getRecovery'),
    clearRecovery: () => call('clearRecovery'),
    setDocumentState: (request) => call('setDocumentState', request),
    pricesStatus: () => call('pricesStatus'),
    regionPrices: (request) => call('regionPrices', request),
    refreshPrices: (request) => call('refreshPrices', request),
    cancelRefresh: () => call('cancelRefresh'),
    planCostImport: (request) => call('planCostImport', request),
    importCosts: (request) => call('importCosts', request),
    exportReport: (request) => call('exportReport', request),
    revealExport: (request) => call('revealExport', request),
    getSettings: () => call('getSettings'),
    setSettings: (request) => call('setSettings', request),
    // The host checks the allow-list; the browser then opens the link itself (a web page cannot ask the OS).
    openExternal: async (request) => {
      const result = await call('openExternal', request);
      if (result.ok) openWindow(request.url);
      return result;
    },
    onRefreshProgress: (listener) => subscribe('refresh-progress', (payload) => listener(payload as RefreshProgress)),
    onMenuCommand: (listener) =>
      subscribe('menu-command', (payload) => {
        const { command, detail } = payload as { command: MenuCommand; detail?: MenuCommandDetail };
        listener(command, detail);
      }),
  };
}
