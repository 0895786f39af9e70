import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_CALLS, type Result } from '../../src/contract/host-api';
import { isTrustedSender, registerIpcHandlers } from '../../electron/ipc';
import { cleanupFixtures, hostFixture } from '../host/support/host-fixture';
import { ipcMain, resetElectronStub } from '../support/electron-stub';

const RENDERER = join('/opt', 'TCO Studio', 'resources', 'app.asar', 'dist', 'renderer', 'index.html');
const trustedFrame = { url: pathToFileURL(RENDERER).href, parent: null };

beforeEach(resetElectronStub);
afterEach(cleanupFixtures);

function handler(call: string) {
  const h = ipcMain.handlers.get(call);
  if (!h) throw new Error(`no handler for ${call}`);
  return (frame: unknown, ...args: unknown[]) => h({ senderFrame: frame }, ...args) as Promise<Result<unknown>>;
}

describe('IPC handlers', () => {
  it('registers exactly one handler per call of the contract, and nothing else', () => {
    registerIpcHandlers(ipcMain, hostFixture().api.dispatch, RENDERER);
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...API_CALLS].sort());
  });

  it('answers our own page through the host api', async () => {
    registerIpcHandlers(ipcMain, hostFixture().api.dispatch, RENDERER);
    expect(await handler('appInfo')(trustedFrame)).toMatchObject({ ok: true, value: { host: 'electron' } });
    expect(await handler('getSettings')({ ...trustedFrame, url: `${trustedFrame.url}#/prices?tab=cache` })).toMatchObject({ ok: true });
  });

  it.each([
    ['no frame', null],
    ['a subframe', { url: trustedFrame.url, parent: {} }],
    ['a remote page', { url: 'https://evil.example/index.html', parent: null }],
    ['another local file', { url: pathToFileURL('/tmp/evil/index.html').href, parent: null }],
    ['a sibling file of the renderer', { url: pathToFileURL(join(RENDERER, '..', 'other.html')).href, parent: null }],
    ['a file URL with a host', { url: 'file://evil.example/opt/TCO%20Studio/resources/app.asar/dist/renderer/index.html', parent: null }],
    ['devtools', { url: 'devtools://devtools/bundled/inspector.html', parent: null }],
    ['garbage', { url: 'not a url', parent: null }],
  ])('refuses %s as a sender, before looking at the argument', async (_name, frame) => {
    const f = hostFixture();
    registerIpcHandlers(ipcMain, f.api.dispatch, RENDERER);
    const result = await handler('setSettings')(frame, { theme: 'dark' });
    expect(result).toEqual({ ok: false, reason: 'setSettings: refused: the request did not come from the TCO Studio window' });
    expect((await f.api.dispatch('getSettings', undefined)) as Result<{ theme: string }>).toMatchObject({ value: { theme: 'system' } });
  });

  it('validates the argument and refuses extra arguments', async () => {
    registerIpcHandlers(ipcMain, hostFixture().api.dispatch, RENDERER);
    expect(await handler('openExternal')(trustedFrame, { url: 'https://evil.example/' })).toMatchObject({ ok: false, reason: expect.stringMatching(/is not a link the app shows/) });
    expect(await handler('setSettings')(trustedFrame, { theme: 'neon' })).toMatchObject({ ok: false, reason: expect.stringMatching(/^theme: must be one of/) });
    expect(await handler('appInfo')(trustedFrame, {}, {})).toEqual({ ok: false, reason: 'appInfo: takes at most one argument' });
  });

  it('isTrustedSender compares paths, not strings', () => {
    expect(isTrustedSender({ url: `${pathToFileURL(RENDERER).href}?x=1`, parent: null }, RENDERER)).toBe(true);
    expect(isTrustedSender({ url: pathToFileURL(RENDERER.replace('index.html', 'x/../index.html')).href, parent: null }, RENDERER)).toBe(true);
  });
});
