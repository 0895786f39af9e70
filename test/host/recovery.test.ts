import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RecoveryDraft } from '../../src/host/recovery-draft';
import { bundle, startCli, whenOutput } from '../aws/support/cli-harness';
import { cleanupFixtures, exampleText, hostFixture, reason, value } from './support/host-fixture';

afterEach(cleanupFixtures);

const valid = exampleText('postgres-oltp-ha');
const edited = valid.replace('"horizonMonths": 36', '"horizonMonths": 48');

describe('autosave and recovery', () => {
  it('offers an unsaved draft of a new document back, with when it was saved', async () => {
    const f = hostFixture({ now: () => new Date('2026-11-26T10:00:00Z') });
    expect(value(await f.api.dispatch('getRecovery', undefined))).toBeNull();
    expect(value(await f.api.dispatch('autosave', { text: edited }))).toEqual({ savedAt: '2026-11-26T10:00:00.000Z' });
    expect(value(await f.api.dispatch('getRecovery', undefined))).toEqual({ text: edited, path: undefined, savedAt: '2026-11-26T10:00:00.000Z' });
    expect(value(await f.api.dispatch('clearRecovery', undefined))).toBeNull();
    expect(value(await f.api.dispatch('getRecovery', undefined))).toBeNull();
  });

  it('offers a draft only when it differs from the saved file', async () => {
    const f = hostFixture({ host: 'web', withDialogs: false });
    const path = join(f.docsDir, 'doc.tco.json');
    writeFileSync(path, valid);
    value(await f.api.dispatch('autosave', { text: edited, path }));
    expect(value(await f.api.dispatch('getRecovery', undefined))).toMatchObject({ text: edited, path });
    value(await f.api.dispatch('saveScenario', { text: edited, path }));
    expect(value(await f.api.dispatch('getRecovery', undefined))).toBeNull();
  });

  it('autosave writes only the app\'s own draft file: a document path that is not a scenario file is refused', async () => {
    for (const host of ['web', 'electron'] as const) {
      const f = hostFixture({ host, withDialogs: false });
      for (const path of ['/dev/zero', '/etc/passwd', join(f.docsDir, 'notes.txt'), join(f.docsDir, 'x.tco.json', '..', '..', 'etc')]) {
        expect(reason(await f.api.dispatch('autosave', { text: edited, path }))).toMatch(/^the document's path must be the absolute path of the document's \.tco\.json file/);
      }
      expect(existsSync(join(f.userDataDir, 'recovery', 'draft.json'))).toBe(false);
      // A document elsewhere is recorded as metadata only: nothing is written next to it.
      const elsewhere = join(f.docsDir, 'never-saved.tco.json');
      value(await f.api.dispatch('autosave', { text: edited, path: elsewhere }));
      expect(existsSync(elsewhere)).toBe(false);
      expect(readdirSync(f.docsDir)).toEqual([]);
      expect(readdirSync(join(f.userDataDir, 'recovery'))).toEqual(['draft.json']);
      expect(value(await f.api.dispatch('getRecovery', undefined))).toMatchObject({ text: edited, path: elsewhere });
    }
  });

  /** Bad drafts a crash, a disk fault or another program can leave, each made at the draft's place. */
  const BAD_DRAFTS: readonly { name: string; make: (draft: string) => void; problem: RegExp; kind: 'symlink' | 'fifo' | 'file' | 'folder' }[] = [
    { name: 'a symlink to /dev/zero', make: (d) => symlinkSync('/dev/zero', d), problem: /is a symbolic link/, kind: 'symlink' },
    { name: 'a 50 MB file', make: (d) => (writeFileSync(d, ''), truncateSync(d, 50 * 1024 * 1024)), problem: /is 52428800 bytes, more than the \d+ a draft may have/, kind: 'file' },
    { name: 'a FIFO', make: (d) => execFileSync('mkfifo', [d]), problem: /is a named pipe \(FIFO\), not a regular file/, kind: 'fifo' },
    { name: 'a folder', make: (d) => mkdirSync(d), problem: /is a folder, not a file/, kind: 'folder' },
    { name: 'invalid JSON', make: (d) => writeFileSync(d, '{"format": "tco-studio-recovery/1", "te'), problem: /is not valid JSON/, kind: 'file' },
    {
      name: 'a draft whose document path is /dev/zero',
      make: (d) => writeFileSync(d, JSON.stringify({ format: 'tco-studio-recovery/1', text: edited, path: '/dev/zero', savedAt: '2026-01-01T00:00:00Z' })),
      problem: /is not a recovery draft \(path: must be the absolute path of a \.json scenario file\)/,
      kind: 'file',
    },
  ];

  for (const bad of BAD_DRAFTS) {
    it(`a recovery draft that is ${bad.name} is set aside at start, reported once, and never stops the host`, async () => {
      const first = hostFixture();
      const recoveryDir = join(first.userDataDir, 'recovery');
      mkdirSync(recoveryDir);
      bad.make(join(recoveryDir, 'draft.json'));
      const f = hostFixture({ userDataDir: first.userDataDir, now: () => new Date('2026-11-26T10:00:00.123Z') });
      // Set aside when the host starts, before anyone asks.
      const aside = join(recoveryDir, 'recovery.bad-2026-11-26T10-00-00-123Z.json');
      expect(readdirSync(recoveryDir)).toEqual(['recovery.bad-2026-11-26T10-00-00-123Z.json']);
      const stat = lstatSync(aside);
      expect({ symlink: stat.isSymbolicLink(), fifo: stat.isFIFO(), file: stat.isFile(), folder: stat.isDirectory() }[bad.kind]).toBe(true);
      const message = reason(await f.api.dispatch('getRecovery', undefined));
      expect(message).toMatch(bad.problem);
      expect(message).toContain(`it was set aside as ${aside} and not restored`);
      expect(f.logged.join('\n')).toContain(message);
      // Reported once; the host goes on: the next draft is written and offered as usual.
      expect(value(await f.api.dispatch('getRecovery', undefined))).toBeNull();
      expect(value(await f.api.dispatch('appInfo', undefined))).toMatchObject({ version: '9.9.9' });
      value(await f.api.dispatch('autosave', { text: edited }));
      expect(value(await f.api.dispatch('getRecovery', undefined))).toMatchObject({ text: edited });
    });
  }

  it('a draft whose saved document became a FIFO or an endless file is offered back, never read without end', async () => {
    const f = hostFixture();
    const fifo = join(f.docsDir, 'pipe.tco.json');
    execFileSync('mkfifo', [fifo]);
    value(await f.api.dispatch('autosave', { text: edited, path: fifo }));
    expect(value(await f.api.dispatch('getRecovery', undefined))).toMatchObject({ text: edited, path: fifo });
    const zero = join(f.docsDir, 'zero.tco.json');
    symlinkSync('/dev/zero', zero);
    value(await f.api.dispatch('autosave', { text: edited, path: zero }));
    expect(value(await f.api.dispatch('getRecovery', undefined))).toMatchObject({ text: edited, path: zero });
  });

  it('SIGKILL at any moment of an autosave leaves the previous whole draft', async () => {
    const f = hostFixture();
    const child = await bundle('test/host/support/autosave-child.ts');
    const run = startCli(child, [f.userDataDir], process.env);
    let stdout = '';
    run.child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    // Generation 4 (or later) is being written: killed somewhere inside a write, whichever step.
    await whenOutput(run.child, () => stdout, (text) => text.includes('writing 4\n'));
    run.child.kill('SIGKILL');
    await run.done;
    const draft = new RecoveryDraft(f.userDataDir).pending();
    expect(draft).not.toBeNull();
    const generations = new Set(draft!.text.split('\n').filter(Boolean));
    expect(generations.size).toBe(1);
    expect(Number([...generations][0]!.split(' ')[1])).toBeGreaterThanOrEqual(3);
    expect(draft!.text.split('\n').filter(Boolean)).toHaveLength(200_000);
    // Only the draft and perhaps the killed writer's temp file; the temp never replaces the draft.
    expect(readdirSync(join(f.userDataDir, 'recovery')).filter((n) => !n.endsWith('.tmp'))).toEqual(['draft.json']);
    expect(JSON.parse(readFileSync(join(f.userDataDir, 'recovery', 'draft.json'), 'utf8'))).toMatchObject({ format: 'tco-studio-recovery/1' });
    // The next autosave sweeps the dead writer's temp file.
    value(await f.api.dispatch('autosave', { text: edited }));
    expect(readdirSync(join(f.userDataDir, 'recovery'))).toEqual(['draft.json']);
  });
});

describe('settings', () => {
  it('starts from defaults, merges validated changes, keeps them on disk, and clears with ""', async () => {
    const f = hostFixture();
    expect(value(await f.api.dispatch('getSettings', undefined))).toEqual({ theme: 'system', paper: 'a4', staleAfterDays: 90 });
    expect(value(await f.api.dispatch('setSettings', { awsProfile: 'finops', awsRegion: 'eu-west-1', theme: 'dark' }))).toEqual({
      theme: 'dark',
      paper: 'a4',
      staleAfterDays: 90,
      awsProfile: 'finops',
      awsRegion: 'eu-west-1',
    });
    const again = hostFixture({ userDataDir: f.userDataDir });
    expect(value(await again.api.dispatch('getSettings', undefined))).toMatchObject({ awsProfile: 'finops', theme: 'dark' });
    expect(value(await f.api.dispatch('setSettings', { awsProfile: '' }))).toEqual({ theme: 'dark', paper: 'a4', staleAfterDays: 90, awsRegion: 'eu-west-1' });
  });

  it('a damaged settings file reads as the defaults', async () => {
    const f = hostFixture();
    writeFileSync(join(f.userDataDir, 'settings.json'), '{"format":"tco-studio-settings/1","theme":"neon"}');
    expect(value(await f.api.dispatch('getSettings', undefined))).toEqual({ theme: 'system', paper: 'a4', staleAfterDays: 90 });
    expect(f.logged.join('\n')).toMatch(/settings\.json: theme: /);
  });

  it('passes the document state to the shell', async () => {
    const f = hostFixture();
    value(await f.api.dispatch('setDocumentState', { title: 'Orders', dirty: true }));
    expect(f.documentStates).toEqual([{ title: 'Orders', dirty: true }]);
  });
});
