import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OpenedDocument, SaveConflict, SavedScenario } from '../../src/contract/host-api';
import { TOKEN_HEADER } from '../../src/contract/web-transport';
import { startWebHost, type WebHost } from '../../src/host/web-host';
import { rawRequest } from './support/http-client';
import { cleanupFixtures, hostFixture, type HostFixture, namedScenarioText, value } from './support/host-fixture';

let host: WebHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
  cleanupFixtures();
});

const versionText = namedScenarioText;

type Saved = SavedScenario | SaveConflict | null;
const isConflict = (r: Saved): r is SaveConflict => r !== null && 'conflict' in r;

/** Two windows (two host APIs, as two app instances would be) over one saved document. */
function twoWindows(): { a: HostFixture; b: HostFixture; path: string } {
  const a = hostFixture({ host: 'web', withDialogs: false });
  // Both windows' web hosts use one documents folder, where the shared file lives (path grants, src/host/path-grants.ts).
  const b = hostFixture({ host: 'web', withDialogs: false, documentsDir: a.docsDir });
  const path = join(a.docsDir, 'shared.tco.json');
  writeFileSync(path, versionText('original'));
  return { a, b, path };
}

describe('a file changed on disk since it was opened is never overwritten silently', () => {
  it('open and save return the file version; a save with a stale version is a conflict that writes nothing; force writes', async () => {
    const { a, b, path } = twoWindows();
    const inA = value(await a.api.dispatch('openScenario', { path })) as OpenedDocument;
    const inB = value(await b.api.dispatch('openScenario', { path })) as OpenedDocument;
    expect(inA.version).toMatch(/^[0-9a-f]{64}$/);
    expect(inB.version).toBe(inA.version);
    const savedByB = value(await b.api.dispatch('saveScenario', { text: versionText('B'), path, expectedVersion: inB.version })) as SavedScenario;
    expect(savedByB).toEqual({ path, version: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(savedByB.version).not.toBe(inB.version);
    expect(value(await a.api.dispatch('saveScenario', { text: versionText('A'), path, expectedVersion: inA.version }))).toEqual({ conflict: 'changed-on-disk', path });
    expect(readFileSync(path, 'utf8')).toBe(versionText('B'));
    // The user chose to overwrite.
    const forced = value(await a.api.dispatch('saveScenario', { text: versionText('A'), path, expectedVersion: inA.version, force: true })) as SavedScenario;
    expect(readFileSync(path, 'utf8')).toBe(versionText('A'));
    // B's next save is now the stale one; reopened, it saves again.
    expect(isConflict(value(await b.api.dispatch('saveScenario', { text: versionText('B2'), path, expectedVersion: savedByB.version })))).toBe(true);
    expect(value(await b.api.dispatch('openScenario', { path }))).toMatchObject({ version: forced.version });
    expect(value(await b.api.dispatch('saveScenario', { text: versionText('B2'), path, expectedVersion: forced.version }))).toMatchObject({ path });
  });

  it('a file changed outside the app (same size, same second) is a conflict; a deleted file is saved again; no expected version saves as before', async () => {
    const { a, path } = twoWindows();
    const opened = value(await a.api.dispatch('openScenario', { path })) as OpenedDocument;
    writeFileSync(path, versionText('ORIGINAL'));
    expect(isConflict(value(await a.api.dispatch('saveScenario', { text: versionText('A'), path, expectedVersion: opened.version })))).toBe(true);
    rmSync(path);
    expect(value(await a.api.dispatch('saveScenario', { text: versionText('A'), path, expectedVersion: opened.version }))).toMatchObject({ path });
    expect(value(await a.api.dispatch('saveScenario', { text: versionText('A2'), path }))).toMatchObject({ path });
    expect(readFileSync(path, 'utf8')).toBe(versionText('A2'));
  });

  it('50 saves at once from two windows, all from the version they opened: one is written, 49 are conflicts, none lost silently', async () => {
    const { a, b, path } = twoWindows();
    const opened = value(await a.api.dispatch('openScenario', { path })) as OpenedDocument;
    value(await b.api.dispatch('openScenario', { path }));
    const saves = Array.from({ length: 50 }, (_, i) => {
      const w = i % 2 === 0 ? a : b;
      const text = versionText(`save ${i}`);
      return w.api.dispatch('saveScenario', { text, path, expectedVersion: opened.version }).then((r) => ({ text, result: value(r) }));
    });
    const outcomes = await Promise.all(saves);
    const written = outcomes.filter((o) => !isConflict(o.result));
    expect(written).toHaveLength(1);
    expect(outcomes.filter((o) => isConflict(o.result))).toHaveLength(49);
    expect(readFileSync(path, 'utf8')).toBe(written[0]!.text);
  });

  it('50 saves from two windows editing on: every written save was made from the version on disk (0 silent losses)', async () => {
    const { a, b, path } = twoWindows();
    const chain: { expected: string; written: string }[] = [];
    let conflicts = 0;
    const edit = async (name: string, w: HostFixture, saves: number) => {
      let version = (value(await w.api.dispatch('openScenario', { path })) as OpenedDocument).version!;
      for (let i = 0; i < saves; i++) {
        const result = value(await w.api.dispatch('saveScenario', { text: versionText(`${name} ${i}`), path, expectedVersion: version })) as Saved;
        if (isConflict(result)) {
          conflicts++;
          // The user keeps the other version and reloads it before editing on.
          version = (value(await w.api.dispatch('openScenario', { path })) as OpenedDocument).version!;
        } else {
          chain.push({ expected: version, written: result!.version });
          version = result!.version;
        }
      }
    };
    const first = (value(await a.api.dispatch('openScenario', { path })) as OpenedDocument).version!;
    await Promise.all([edit('A', a, 25), edit('B', b, 25)]);
    expect(chain.length + conflicts).toBe(50);
    expect(conflicts).toBeGreaterThan(0);
    // Each written save replaced exactly the version its window had: no write ever dropped another unseen.
    chain.forEach((link, i) => expect(link.expected).toBe(i === 0 ? first : chain[i - 1]!.written));
  });

  it('over HTTP against the web host: a stale save is answered with a conflict and the file on disk is kept', async () => {
    const { a, b, path } = twoWindows();
    host = await startWebHost({ api: a.api, staticDir: join(a.root, 'dist') });
    const h = host;
    const call = async (name: string, argument: unknown) =>
      JSON.parse(
        (await rawRequest(h.port, { method: 'POST', path: `/api/${name}`, headers: { 'content-type': 'application/json', [TOKEN_HEADER]: h.token }, body: JSON.stringify(argument) })).body,
      ) as { ok: boolean; value?: unknown; reason?: string };
    const opened = (await call('openScenario', { path })) as { ok: true; value: OpenedDocument };
    expect(opened.value.version).toMatch(/^[0-9a-f]{64}$/);
    value(await b.api.dispatch('saveScenario', { text: versionText('other window'), path }));
    expect(await call('saveScenario', { text: versionText('mine'), path, expectedVersion: opened.value.version })).toEqual({ ok: true, value: { conflict: 'changed-on-disk', path } });
    expect(readFileSync(path, 'utf8')).toBe(versionText('other window'));
    expect(await call('saveScenario', { text: versionText('mine'), path, expectedVersion: 'abc' })).toMatchObject({ ok: false, reason: 'expectedVersion: must be a version returned by openScenario or saveScenario (got "abc")' });
    expect(await call('saveScenario', { text: versionText('mine'), path, expectedVersion: opened.value.version, force: true })).toMatchObject({ ok: true, value: { path } });
    expect(readFileSync(path, 'utf8')).toBe(versionText('mine'));
  });
});
