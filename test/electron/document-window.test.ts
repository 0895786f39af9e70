import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../src/contract/host-api';
import type { CloseChoice } from '../../electron/dialogs';
import { DocumentWindow, windowTitle } from '../../electron/document-window';
import { WindowStateStore } from '../../electron/window-state';
import { BrowserWindow, resetElectronStub } from '../support/electron-stub';

let dir: string;
beforeEach(() => {
  resetElectronStub();
  dir = mkdtempSync(join(tmpdir(), 'tco-window-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const SCREEN = { x: 0, y: 0, width: 1920, height: 1080 };

function open(choices: CloseChoice[] = [], platform: NodeJS.Platform = 'linux') {
  const sent: MenuCommand[] = [];
  const events: string[] = [];
  const state = new WindowStateStore(dir);
  const doc = new DocumentWindow({
    preload: '/app/dist-electron/preload.cjs',
    rendererIndex: '/app/dist/renderer/index.html',
    windowState: state,
    workAreas: () => [SCREEN],
    platform,
    confirmClose: async (_w, title) => {
      events.push(`asked about ${title}`);
      return choices.shift() ?? 'cancel';
    },
    sendMenuCommand: (c) => sent.push(c),
    openExternal: () => {},
    onDiscard: () => events.push('discarded'),
    onClosed: () => events.push('closed'),
  });
  const fake = doc.window as unknown as BrowserWindow;
  return { doc, fake, sent, events, state };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the document window', () => {
  it('loads the built renderer from disk with the hardened preferences, shown when ready', () => {
    const { fake } = open();
    expect(fake.loaded).toEqual(['/app/dist/renderer/index.html']);
    expect(fake.options.webPreferences).toMatchObject({ preload: '/app/dist-electron/preload.cjs', contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(fake.options).toMatchObject({ show: false, width: 1280, height: 840 });
    expect(fake.webContents.windowOpenHandler).toBeDefined();
    fake.emit('ready-to-show');
    expect(fake.shown).toBe(true);
  });

  it('titles the window after the document with a marker for unsaved changes', () => {
    const { doc, fake } = open([], 'darwin');
    doc.setDocumentState({ title: 'Orders', dirty: true });
    expect(fake.title).toBe('• Orders — TCO Studio');
    expect(fake.documentEdited).toBe(true);
    doc.setDocumentState({ title: 'Orders', dirty: false });
    expect(fake.title).toBe('Orders — TCO Studio');
    expect(windowTitle('', false)).toBe('Untitled — TCO Studio');
  });

  it('closes at once when there is nothing to save', () => {
    const { fake, events } = open();
    fake.close();
    expect(fake.destroyed).toBe(true);
    expect(events).toEqual(['closed']);
  });

  it('Cancel keeps the window and the changes', async () => {
    const { doc, fake, events } = open(['cancel']);
    doc.setDocumentState({ title: 'Orders', dirty: true });
    fake.close();
    await settle();
    expect(fake.destroyed).toBe(false);
    expect(events).toEqual(['asked about Orders']);
  });

  it('Don’t Save drops the recovery draft and closes', async () => {
    const { doc, fake, events } = open(['discard']);
    doc.setDocumentState({ title: 'Orders', dirty: true });
    fake.close();
    await settle();
    expect(events).toEqual(['asked about Orders', 'discarded', 'closed']);
  });

  it('Save asks the renderer to save, and closes once it reports the document clean', async () => {
    const { doc, fake, sent } = open(['save']);
    doc.setDocumentState({ title: 'Orders', dirty: true });
    fake.close();
    await settle();
    expect(sent).toEqual(['save-and-close']);
    expect(fake.destroyed).toBe(false);
    doc.setDocumentState({ title: 'Orders', dirty: false });
    expect(fake.destroyed).toBe(true);
  });

  it('Save then a cancelled save dialog keeps the window open, and a later save does not close it', async () => {
    const { doc, fake } = open(['save']);
    doc.setDocumentState({ title: 'Orders', dirty: true });
    fake.close();
    await settle();
    doc.setDocumentState({ title: 'Orders', dirty: true }); // the renderer: save cancelled
    expect(fake.destroyed).toBe(false);
    doc.setDocumentState({ title: 'Orders', dirty: false }); // saved later, by the user
    expect(fake.destroyed).toBe(false);
  });

  it('Save then a save that is cancelled (seen at the IPC edge) ends the pending close', async () => {
    const { doc, fake } = open(['save']);
    doc.setDocumentState({ title: 'Orders', dirty: true });
    fake.close();
    await settle();
    doc.saveFinished(false);
    doc.setDocumentState({ title: 'Orders', dirty: false });
    expect(fake.destroyed).toBe(false);
  });

  it('a second close while the question is open asks only once', async () => {
    const { doc, fake, events } = open(['cancel']);
    doc.setDocumentState({ title: 'Orders', dirty: true });
    fake.close();
    fake.close();
    await settle();
    expect(events.filter((e) => e.startsWith('asked'))).toHaveLength(1);
  });

  it('remembers size, position and maximised state across launches', () => {
    const first = open();
    first.fake.bounds = { x: 100, y: 50, width: 1400, height: 900 };
    first.fake.maximized = true;
    first.fake.close();
    expect(JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8'))).toMatchObject({ bounds: { x: 100, y: 50, width: 1400, height: 900 }, maximized: true });
    const second = open();
    expect(second.fake.options).toMatchObject({ x: 100, y: 50, width: 1400, height: 900 });
    expect(second.fake.maximized).toBe(true);
  });

  it('drops a saved position that is on no screen any more, keeping a size that fits', () => {
    new WindowStateStore(dir).save({ bounds: { x: 3000, y: 200, width: 2400, height: 900 }, maximized: false });
    expect(new WindowStateStore(dir).restore([SCREEN])).toEqual({ bounds: { width: 1920, height: 900 }, maximized: false });
    expect(new WindowStateStore(dir).restore([SCREEN, { x: 1920, y: 0, width: 2560, height: 1440 }])).toEqual({ bounds: { x: 3000, y: 200, width: 2400, height: 900 }, maximized: false });
  });
});
