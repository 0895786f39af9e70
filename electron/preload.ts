/**
 * The preload: the only bridge between the page and the main process. It exposes `window.tcoApi`,
 * an object of named methods that `satisfies TcoApi` (src/contract/host-api.ts) — never `ipcRenderer`
 * itself, never a generic `invoke(channel)`. Runs sandboxed: it may import only `electron`
 * (bundled by esbuild into dist-electron/preload.cjs), and type-only imports from the contract.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiEvent, MenuCommand, MenuCommandDetail, RefreshProgress, TcoApi, TcoApiCall } from '../src/contract/host-api';

function invoke<K extends TcoApiCall>(call: K, ...args: Parameters<TcoApi[K]>): ReturnType<TcoApi[K]> {
  return ipcRenderer.invoke(call, ...args) as ReturnType<TcoApi[K]>;
}

/** Subscribes to one event channel; the page gets the payload only, never the IPC event (whose `sender` is ipcRenderer). */
function subscribe(channel: ApiEvent, deliver: (payload: unknown) => void): () => void {
  const listener = (_event: IpcRendererEvent, payload: unknown) => deliver(payload);
  ipcRenderer.on(channel, listener);
  return () => {
    ipcRenderer.removeListener(channel, listener);
  };
}

const api = {
  appInfo: () => invoke('appInfo'),
  openScenario: (request) => invoke('openScenario', request),
  openExample: (request) => invoke('openExample', request),
  saveScenario: (request) => invoke('saveScenario', request),
  listRecent: () => invoke('listRecent'),
  autosave: (request) => invoke('autosave', request),
  getRecovery: () => invoke('getRecovery'),
  clearRecovery: () => invoke('clearRecovery'),
  setDocumentState: (request) => invoke('setDocumentState', request),
  pricesStatus: () => invoke('pricesStatus'),
  regionPrices: (request) => invoke('regionPrices', request),
  refreshPrices: (request) => invoke('refreshPrices', request),
  cancelRefresh: () => invoke('cancelRefresh'),
  planCostImport: (request) => invoke('planCostImport', request),
  importCosts: (request) => invoke('importCosts', request),
  exportReport: (request) => invoke('exportReport', request),
  revealExport: (request) => invoke('revealExport', request),
  getSettings: () => invoke('getSettings'),
  setSettings: (request) => invoke('setSettings', request),
  openExternal: (request) => invoke('openExternal', request),
  onRefreshProgress: (listener) => subscribe('refresh-progress', (payload) => listener(payload as RefreshProgress)),
  onMenuCommand: (listener) =>
    subscribe('menu-command', (payload) => {
      const { command, detail } = payload as { command: MenuCommand; detail?: MenuCommandDetail };
      listener(command, detail);
    }),
} satisfies TcoApi;

contextBridge.exposeInMainWorld('tcoApi', api);
