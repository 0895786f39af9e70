import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupFixtures, exampleText, hostFixture, reason, value } from './support/host-fixture';

afterEach(cleanupFixtures);

const valid = exampleText('postgres-oltp-ha');

describe('saveScenario', () => {
  it('asks where with a dialog, suggests a name from the scenario, writes the text and remembers the file', async () => {
    const f = hostFixture();
    const target = join(f.docsDir, 'orders.tco.json');
    f.dialogs.saveAnswers.push(target);
    expect(value(await f.api.dispatch('saveScenario', { text: valid }))).toMatchObject({ path: target });
    expect(f.dialogs.asked).toEqual([{ kind: 'scenario', defaultName: 'Orders database (PostgreSQL OLTP with HA).tco.json' }]);
    expect(readFileSync(target, 'utf8')).toBe(valid);
    expect(readdirSync(f.docsDir)).toEqual(['orders.tco.json']);
    expect(value(await f.api.dispatch('listRecent', undefined))).toEqual([expect.objectContaining({ path: target, name: 'orders' })]);
  });

  it('adds .tco.json when the user types a name without it', async () => {
    const f = hostFixture();
    f.dialogs.saveAnswers.push(join(f.docsDir, 'plain'));
    expect(value(await f.api.dispatch('saveScenario', { text: valid }))).toMatchObject({ path: join(f.docsDir, 'plain.tco.json') });
  });

  it('answers null when the user cancels the dialog, and writes nothing', async () => {
    const f = hostFixture();
    expect(value(await f.api.dispatch('saveScenario', { text: valid }))).toBeNull();
    expect(readdirSync(f.docsDir)).toEqual([]);
  });

  it('refuses an invalid scenario with the field path, before any dialog, and leaves the previous file', async () => {
    const f = hostFixture();
    const target = join(f.docsDir, 'orders.tco.json');
    f.dialogs.saveAnswers.push(target);
    value(await f.api.dispatch('saveScenario', { text: valid }));
    const broken = JSON.parse(valid) as { workloads: { storage: { sizeGb: unknown } }[] };
    broken.workloads[0]!.storage.sizeGb = -5;
    const why = reason(await f.api.dispatch('saveScenario', { text: JSON.stringify(broken), path: target }));
    expect(why).toMatch(/^the scenario is invalid: workloads\[0\]\.storage\.sizeGb: must be/);
    expect(reason(await f.api.dispatch('saveScenario', { text: '{ "name": ', path: target }))).toMatch(/\(root\): is not valid JSON/);
    expect(readFileSync(target, 'utf8')).toBe(valid);
    expect(f.dialogs.asked).toHaveLength(1);
  });

  it('saves to a path chosen before without asking again; Save As asks', async () => {
    const f = hostFixture();
    const first = join(f.docsDir, 'a.tco.json');
    f.dialogs.saveAnswers.push(first);
    value(await f.api.dispatch('saveScenario', { text: valid }));
    const edited = valid.replace('"horizonMonths": 36', '"horizonMonths": 24');
    expect(value(await f.api.dispatch('saveScenario', { text: edited, path: first }))).toMatchObject({ path: first });
    expect(readFileSync(first, 'utf8')).toBe(edited);
    expect(f.dialogs.asked).toHaveLength(1);
    const second = join(f.docsDir, 'b.tco.json');
    f.dialogs.saveAnswers.push(second);
    expect(value(await f.api.dispatch('saveScenario', { text: edited, path: first, saveAs: true }))).toMatchObject({ path: second });
    expect(f.dialogs.asked).toHaveLength(2);
  });

  it('in the desktop app, refuses to write a path the user never chose (a compromised page cannot overwrite files)', async () => {
    const f = hostFixture();
    const victim = join(f.docsDir, 'victim.tco.json');
    writeFileSync(victim, 'precious');
    expect(reason(await f.api.dispatch('saveScenario', { text: valid, path: victim }))).toMatch(/was not chosen in a dialog/);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
  });

  it('in the web host, saves to a typed path in the documents folder, needs one, and only .tco.json files', async () => {
    const f = hostFixture({ host: 'web', withDialogs: false });
    const target = join(f.docsDir, 'web.tco.json');
    expect(value(await f.api.dispatch('saveScenario', { text: valid, path: target }))).toMatchObject({ path: target });
    expect(readFileSync(target, 'utf8')).toBe(valid);
    expect(reason(await f.api.dispatch('saveScenario', { text: valid }))).toMatch(/^give the path/);
    expect(reason(await f.api.dispatch('saveScenario', { text: valid, path: join(f.docsDir, 'x.txt') }))).toMatch(/must end in \.tco\.json/);
    expect(reason(await f.api.dispatch('saveScenario', { text: valid, path: 'relative.tco.json' }))).toBe('the path must be an absolute file path');
  });

  it('leaves no temporary files behind, and reports a missing folder plainly', async () => {
    const f = hostFixture({ host: 'web', withDialogs: false });
    expect(reason(await f.api.dispatch('saveScenario', { text: valid, path: join(f.docsDir, 'missing', 'x.tco.json') }))).toMatch(/file or folder not found$/);
    expect(readdirSync(f.docsDir)).toEqual([]);
  });
});

describe('openScenario', () => {
  it('opens the file chosen in the dialog, returns its text as on disk, and adds it to the recent list', async () => {
    const f = hostFixture();
    const path = join(f.docsDir, 'mine.tco.json');
    writeFileSync(path, valid);
    f.dialogs.openAnswers.push(path);
    expect(value(await f.api.dispatch('openScenario', {}))).toEqual({ text: valid, path, name: 'mine', version: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(value(await f.api.dispatch('listRecent', undefined)).map((r) => r.path)).toEqual([path]);
    // Granted now: reopening by path needs no dialog.
    expect(value(await f.api.dispatch('openScenario', { path }))).toMatchObject({ path });
    expect(f.dialogs.asked).toHaveLength(1);
  });

  it('answers null when the dialog is cancelled', async () => {
    const f = hostFixture();
    expect(value(await f.api.dispatch('openScenario', {}))).toBeNull();
  });

  it('parses before returning: an invalid scenario is refused with its problem and is not remembered', async () => {
    const f = hostFixture();
    const path = join(f.docsDir, 'broken.tco.json');
    writeFileSync(path, '{"schemaVersion": 1}');
    f.dialogs.openAnswers.push(path);
    expect(reason(await f.api.dispatch('openScenario', {}))).toMatch(/^\/.*broken\.tco\.json is not a valid TCO Studio scenario: name: is required/);
    expect(value(await f.api.dispatch('listRecent', undefined))).toEqual([]);
  });

  it('in the desktop app, refuses paths the user never chose, and anything but .tco.json files', async () => {
    const f = hostFixture();
    const secret = join(f.docsDir, 'secret.json');
    writeFileSync(secret, '{"password": "x"}');
    expect(reason(await f.api.dispatch('openScenario', { path: secret }))).toMatch(/was not chosen in a dialog or opened from the system/);
    const key = join(f.docsDir, 'id_rsa');
    writeFileSync(key, 'KEY');
    f.dialogs.openAnswers.push(key);
    expect(reason(await f.api.dispatch('openScenario', {}))).toMatch(/not a scenario file/);
  });

  it('opens a file the OS asked to open at launch (granted), and reports it in appInfo', async () => {
    const f0 = hostFixture();
    const path = join(f0.docsDir, 'from-os.tco.json');
    writeFileSync(path, valid);
    const f = hostFixture({ openPath: path });
    expect(value(await f.api.dispatch('appInfo', undefined)).openPath).toBe(path);
    expect(value(await f.api.dispatch('openScenario', { path }))).toMatchObject({ path, name: 'from-os' });
  });

  it('in the web host, opens a typed path and reports missing files and folders plainly', async () => {
    const f = hostFixture({ host: 'web', withDialogs: false });
    const path = join(f.docsDir, 'w.tco.json');
    writeFileSync(path, valid);
    expect(value(await f.api.dispatch('openScenario', { path }))).toMatchObject({ text: valid, name: 'w' });
    expect(reason(await f.api.dispatch('openScenario', {}))).toMatch(/^give the path/);
    expect(reason(await f.api.dispatch('openScenario', { path: join(f.docsDir, 'none.tco.json') }))).toBe(`${join(f.docsDir, 'none.tco.json')}: file or folder not found`);
  });

  it('drops files that no longer exist from the recent list', async () => {
    const f = hostFixture({ host: 'web', withDialogs: false });
    const path = join(f.docsDir, 'gone.tco.json');
    writeFileSync(path, valid);
    value(await f.api.dispatch('openScenario', { path }));
    expect(value(await f.api.dispatch('listRecent', undefined))).toHaveLength(1);
    rmSync(path);
    expect(value(await f.api.dispatch('listRecent', undefined))).toEqual([]);
    expect(existsSync(join(f.userDataDir, 'recent-files.json'))).toBe(true);
  });
});

describe('examples', () => {
  it('lists the repository examples in appInfo and opens each by id', async () => {
    const f = hostFixture();
    const info = value(await f.api.dispatch('appInfo', undefined));
    expect(info).toMatchObject({ version: '9.9.9', host: 'electron' });
    expect(info.examples.map((e) => e.id)).toEqual(['ml-team-of-eight', 'postgres-fleet-ec2-rds-aurora', 'postgres-oltp-ha', 'sqlserver-standard', 'startup-db-and-ml']);
    expect(info.examples.find((e) => e.id === 'postgres-oltp-ha')).toMatchObject({ name: 'Orders database (PostgreSQL OLTP with HA)', question: expect.stringMatching(/^Should we run/) });
    for (const e of info.examples) {
      const doc = value(await f.api.dispatch('openExample', { id: e.id }));
      expect(doc).toEqual({ text: exampleText(e.id), name: e.name });
    }
  });

  it('refuses ids that are not examples, including path tricks', async () => {
    const f = hostFixture();
    expect(reason(await f.api.dispatch('openExample', { id: 'nope' }))).toMatch(/no example "nope"; the examples are ml-team-of-eight/);
    expect(reason(await f.api.dispatch('openExample', { id: '../package' }))).toMatch(/^id: must be an example id/);
  });
});
