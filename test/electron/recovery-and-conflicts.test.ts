import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../src/contract/host-api';
import { startApp } from '../../electron/app';
import { exampleText } from '../host/support/host-fixture';
import { PROJECT_ROOT } from '../support/paths';
import { app, ipcMain, resetElectronStub } from '../support/electron-stub';

let dir: string;
beforeEach(() => {
  resetElectronStub();
  dir = mkdtempSync(join(tmpdir(), 'tco-app-recovery-'));
  app.paths.userData = join(dir, 'user-data');
  app.appPath = PROJECT_ROOT;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const page = { url: pathToFileURL(join(PROJECT_ROOT, 'dist', 'renderer', 'index.html')).href, parent: null };
function invoke(call: string, argument?: unknown): Promise<Result<any>> {
  return ipcMain.handlers.get(call)!({ senderFrame: page }, ...(argument === undefined ? [] : [argument])) as Promise<Result<any>>;
}

describe('the desktop app: the same recovery and save checks as the web host', () => {
  for (const [name, make] of [
    ['a symlink to /dev/zero', (d: string) => symlinkSync('/dev/zero', d)],
    ['a FIFO', (d: string) => execFileSync('mkfifo', [d])],
  ] as const) {
    it(`a recovery draft that is ${name} is set aside at start and reported, and the app runs on`, async () => {
      mkdirSync(join(app.paths.userData!, 'recovery'), { recursive: true });
      make(join(app.paths.userData!, 'recovery', 'draft.json'));
      await startApp({ preload: '/p.cjs', argv: [], cwd: dir }).ready;
      const recovery = await invoke('getRecovery');
      expect(recovery).toMatchObject({ ok: false, reason: expect.stringMatching(/^The recovery draft .*draft\.json is .*; it was set aside as .*recovery\.bad-.*\.json and not restored$/) });
      expect(readdirSync(join(app.paths.userData!, 'recovery'))).toEqual([expect.stringMatching(/^recovery\.bad-/)]);
      expect(await invoke('autosave', { text: '{}', path: '/dev/zero' })).toMatchObject({ ok: false, reason: expect.stringMatching(/^the document's path /) });
      expect(await invoke('autosave', { text: '{}' })).toMatchObject({ ok: true });
      expect(await invoke('getRecovery')).toMatchObject({ ok: true, value: { text: '{}' } });
    });
  }

  it('a save over a file changed on disk since it was opened is a conflict until forced', async () => {
    const path = join(dir, 'doc.tco.json');
    const valid = exampleText('postgres-oltp-ha');
    writeFileSync(path, valid);
    await startApp({ preload: '/p.cjs', argv: ['/opt/tco-studio', path], cwd: dir }).ready;
    const opened = await invoke('openScenario', { path });
    expect(opened).toMatchObject({ ok: true, value: { path, version: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    writeFileSync(path, `${valid}\n`);
    const mine = valid.replace('"horizonMonths": 36', '"horizonMonths": 48');
    expect(await invoke('saveScenario', { text: mine, path, expectedVersion: opened.ok && opened.value.version })).toEqual({ ok: true, value: { conflict: 'changed-on-disk', path } });
    expect(readFileSync(path, 'utf8')).toBe(`${valid}\n`);
    expect(await invoke('saveScenario', { text: mine, path, expectedVersion: opened.ok && opened.value.version, force: true })).toMatchObject({ ok: true, value: { path } });
    expect(readFileSync(path, 'utf8')).toBe(mine);
  });
});
