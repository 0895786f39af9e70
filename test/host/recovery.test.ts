import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RecoveryDraft } from '../../src/host/recovery-draft';
import { bundle, startCli, whenOutput } from '../aws/support/cli-harness';
import { cleanupFixtures, exampleText, hostFixture, value } from './support/host-fixture';

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

  it('ignores a damaged recovery file instead of failing', async () => {
    const f = hostFixture();
    value(await f.api.dispatch('autosave', { text: edited }));
    writeFileSync(join(f.userDataDir, 'recovery', 'draft.json'), '{"format": "tco-studio-recovery/1", "te');
    expect(value(await f.api.dispatch('getRecovery', undefined))).toBeNull();
    expect(f.logged.join('\n')).toMatch(/draft\.json: not valid JSON; ignored/);
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
    expect(value(await f.api.dispatch('getSettings', undefined))).toEqual({ theme: 'system', paper: 'a4' });
    expect(value(await f.api.dispatch('setSettings', { awsProfile: 'finops', awsRegion: 'eu-west-1', theme: 'dark' }))).toEqual({
      theme: 'dark',
      paper: 'a4',
      awsProfile: 'finops',
      awsRegion: 'eu-west-1',
    });
    const again = hostFixture({ userDataDir: f.userDataDir });
    expect(value(await again.api.dispatch('getSettings', undefined))).toMatchObject({ awsProfile: 'finops', theme: 'dark' });
    expect(value(await f.api.dispatch('setSettings', { awsProfile: '' }))).toEqual({ theme: 'dark', paper: 'a4', awsRegion: 'eu-west-1' });
  });

  it('a damaged settings file reads as the defaults', async () => {
    const f = hostFixture();
    writeFileSync(join(f.userDataDir, 'settings.json'), '{"format":"tco-studio-settings/1","theme":"neon"}');
    expect(value(await f.api.dispatch('getSettings', undefined))).toEqual({ theme: 'system', paper: 'a4' });
    expect(f.logged.join('\n')).toMatch(/settings\.json: theme: /);
  });

  it('passes the document state to the shell', async () => {
    const f = hostFixture();
    value(await f.api.dispatch('setDocumentState', { title: 'Orders', dirty: true }));
    expect(f.documentStates).toEqual([{ title: 'Orders', dirty: true }]);
  });
});
