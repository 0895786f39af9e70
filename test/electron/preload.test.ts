import { beforeAll, describe, expect, it } from 'vitest';
import { API_CALLS, type MenuCommandDetail, type RefreshProgress, type TcoApi } from '../../src/contract/host-api';
import { contextBridge, ipcRenderer, resetElectronStub } from '../support/electron-stub';

let api: TcoApi;
beforeAll(async () => {
  resetElectronStub();
  await import('../../electron/preload');
  api = contextBridge.exposed.get('tcoApi') as TcoApi;
});

describe('preload: the only bridge to the page', () => {
  it('exposes one object, window.tcoApi, and nothing else', () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['tcoApi']);
  });

  it('has exactly the named methods of the contract — no ipcRenderer, no generic invoke', () => {
    expect(Object.keys(api).sort()).toEqual([...API_CALLS, 'onRefreshProgress', 'onMenuCommand'].sort());
    for (const value of Object.values(api)) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(ipcRenderer);
      expect(value).not.toBe(ipcRenderer.invoke);
    }
    for (const forbidden of ['invoke', 'send', 'on', 'ipcRenderer', 'sendSync', 'postMessage']) expect(api).not.toHaveProperty(forbidden);
  });

  it('each method invokes its own channel with its one argument', async () => {
    ipcRenderer.invoked.length = 0;
    ipcRenderer.answer = (channel) => ({ ok: true, value: channel });
    expect(await api.openScenario({ path: '/x.tco.json' })).toEqual({ ok: true, value: 'openScenario' });
    await api.appInfo();
    await api.setSettings({ theme: 'dark' });
    expect(ipcRenderer.invoked).toEqual([
      { channel: 'openScenario', args: [{ path: '/x.tco.json' }] },
      { channel: 'appInfo', args: [] },
      { channel: 'setSettings', args: [{ theme: 'dark' }] },
    ]);
    for (const call of API_CALLS) {
      ipcRenderer.invoked.length = 0;
      await (api[call] as (a?: unknown) => Promise<unknown>)({});
      expect(ipcRenderer.invoked.map((i) => i.channel)).toEqual([call]);
    }
  });

  it('subscriptions pass the payload only (never the IPC event) and unsubscribe', () => {
    const progress: RefreshProgress[] = [];
    const commands: [string, MenuCommandDetail | undefined][] = [];
    const offProgress = api.onRefreshProgress((p) => progress.push(p));
    const offMenu = api.onMenuCommand((c, d) => commands.push([c, d]));
    const sender = { sender: ipcRenderer };
    ipcRenderer.emit('refresh-progress', sender, { phase: 'query', items: 1 });
    ipcRenderer.emit('menu-command', sender, { command: 'save' });
    ipcRenderer.emit('menu-command', sender, { command: 'open-file', detail: { path: '/a.tco.json' } });
    expect(progress).toEqual([{ phase: 'query', items: 1 }]);
    expect(commands).toEqual([
      ['save', undefined],
      ['open-file', { path: '/a.tco.json' }],
    ]);
    offProgress();
    offMenu();
    expect(ipcRenderer.listenerCount('refresh-progress')).toBe(0);
    expect(ipcRenderer.listenerCount('menu-command')).toBe(0);
  });
});
