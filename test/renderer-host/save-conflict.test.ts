import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SaveScenarioRequest, TcoApi } from '../../src/contract/host-api';
import { createHttpApi } from '../../renderer/host/http-api';
import { documentReducer, emptyDocument, isDirty } from '../../renderer/state/document';
import { changedOnDiskQuestion, saveWithConflictCheck } from '../../renderer/state/save-document';
import { startWebHost, type WebHost } from '../../src/host/web-host';
import { cleanupFixtures, hostFixture, namedScenarioText, value } from '../host/support/host-fixture';

let host: WebHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
  cleanupFixtures();
});

const named = namedScenarioText;

/** The renderer's TcoApi over a real web host, and a second window saving the same file behind its back. */
async function rendererAndOtherWindow() {
  const f = hostFixture({ host: 'web', withDialogs: false });
  const other = hostFixture({ host: 'web', withDialogs: false, documentsDir: f.docsDir });
  mkdirSync(join(f.root, 'dist'));
  host = await startWebHost({ api: f.api, staticDir: join(f.root, 'dist') });
  const api = createHttpApi({ baseUrl: host.origin, token: host.token, openWindow: () => {} });
  const path = join(f.docsDir, 'shared.tco.json');
  writeFileSync(path, named('original'));
  return { api, other, path };
}

describe('renderer: saving a file that changed on disk asks before overwriting', () => {
  it('asks; Cancel writes nothing, keeps the other version and leaves the document unsaved', async () => {
    const { api, other, path } = await rendererAndOtherWindow();
    const opened = value(await api.openScenario({ path }))!;
    value(await other.api.dispatch('saveScenario', { text: named('other window'), path }));
    const asked: string[] = [];
    const attempt = await saveWithConflictCheck(api, { text: named('mine'), path, expectedVersion: opened.version }, (q) => (asked.push(q), false));
    expect(attempt).toEqual({ kind: 'kept-other', path });
    expect(asked).toEqual([changedOnDiskQuestion(path)]);
    expect(asked[0]).toMatch(/^The file changed on disk since you opened it:/);
    expect(readFileSync(path, 'utf8')).toBe(named('other window'));
    // Not saved: the document stays dirty, so nothing of the user's is lost.
    let doc = documentReducer(emptyDocument(), { type: 'load', draft: JSON.parse(opened.text), path, name: 'shared', fileVersion: opened.version });
    doc = documentReducer(doc, { type: 'set', path: ['name'], value: 'mine', at: 0 });
    expect(isDirty(doc)).toBe(true);
    expect(doc.fileVersion).toBe(opened.version);
  });

  it('asks; OK overwrites with force, and the new version is the one the next save checks against', async () => {
    const { api, other, path } = await rendererAndOtherWindow();
    const opened = value(await api.openScenario({ path }))!;
    value(await other.api.dispatch('saveScenario', { text: named('other window'), path }));
    const asked: string[] = [];
    const attempt = await saveWithConflictCheck(api, { text: named('mine'), path, expectedVersion: opened.version }, (q) => (asked.push(q), true));
    expect(asked).toEqual([changedOnDiskQuestion(path)]);
    expect(attempt).toMatchObject({ kind: 'saved', saved: { path } });
    expect(readFileSync(path, 'utf8')).toBe(named('mine'));
    if (attempt.kind !== 'saved') throw new Error('not saved');
    let doc = documentReducer(emptyDocument(), { type: 'load', draft: {}, path, name: 'shared', fileVersion: opened.version });
    doc = documentReducer(doc, { type: 'saved', path, name: 'shared', version: doc.version, fileVersion: attempt.saved.version });
    expect(doc.fileVersion).toBe(attempt.saved.version);
    // No change on disk since: the next save goes through without a question.
    const again = await saveWithConflictCheck(api, { text: named('mine 2'), path, expectedVersion: doc.fileVersion }, () => {
      throw new Error('should not ask');
    });
    expect(again).toMatchObject({ kind: 'saved' });
  });

  it('does not ask when nothing changed, and passes failures and a cancelled dialog through', async () => {
    const requests: SaveScenarioRequest[] = [];
    const answers = [{ ok: false as const, reason: 'disk full' }, { ok: true as const, value: null }];
    const api: Pick<TcoApi, 'saveScenario'> = { saveScenario: async (r) => (requests.push(r), answers.shift()!) };
    const never = () => {
      throw new Error('should not ask');
    };
    expect(await saveWithConflictCheck(api, { text: '{}', path: '/a.tco.json', expectedVersion: 'v' }, never)).toEqual({ kind: 'failed', reason: 'disk full' });
    expect(await saveWithConflictCheck(api, { text: '{}' }, never)).toEqual({ kind: 'cancelled' });
    expect(requests.every((r) => r.force === undefined)).toBe(true);
  });
});
