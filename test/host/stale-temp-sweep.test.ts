import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STALE_TEMP_AGE_MS } from '../../src/storage/stale-temp-files';
import { cliEnv, runCli } from '../aws/support/cli-harness';
import { cleanupFixtures, hostFixture } from './support/host-fixture';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
  cleanupFixtures();
});

/**
 * Leftovers of killed writes in every folder the app writes atomically, beside files the sweep
 * must keep: a live writer's fresh temp file, the real files, and old files that only look alike.
 */
function seed(cacheDir: string, dataDir: string) {
  const folders = [cacheDir, join(cacheDir, 'prices'), join(cacheDir, 'prices', 'us-east-1'), join(cacheDir, 'prices', 'eu-west-1'), join(cacheDir, 'costs'), dataDir, join(dataDir, 'recovery')];
  const old = (Date.now() - STALE_TEMP_AGE_MS - 60_000) / 1000;
  const stale: string[] = [];
  const kept: string[] = [];
  for (const [i, dir] of folders.entries()) {
    mkdirSync(dir, { recursive: true });
    const write = (name: string, age: 'old' | 'fresh', list: string[]) => {
      const path = join(dir, name);
      writeFileSync(path, 'partial');
      if (age === 'old') utimesSync(path, old, old);
      list.push(path);
    };
    // The killed writer's pid may even be alive again (reused): age alone decides.
    write(`.file${i}.json.${process.pid}.0badc0de.tmp`, 'old', stale);
    write(`.settings.json.999999.12345678.tmp`, 'old', stale);
    write(`.file${i}.json.${process.pid}.abcdef01.tmp`, 'fresh', kept);
    write(`file${i}.json`, 'old', kept);
    write(`.notes.tmp`, 'old', kept);
    write(`.file${i}.json.1.NOTHEX00.tmp`, 'old', kept);
  }
  mkdirSync(join(folders[0]!, '.dir.json.1.deadbeef.tmp'));
  utimesSync(join(folders[0]!, '.dir.json.1.deadbeef.tmp'), old, old);
  kept.push(join(folders[0]!, '.dir.json.1.deadbeef.tmp'));
  return { stale, kept };
}

describe('temp files of killed writes are swept at every start, in every folder the app writes atomically', () => {
  it(`at the start of any CLI command: temp files older than ${STALE_TEMP_AGE_MS / 60_000} minutes go, fresh ones and other files stay`, async () => {
    const root = mkdtempSync(join(tmpdir(), 'tco-sweep-cli-'));
    roots.push(root);
    const cacheDir = join(root, 'cache');
    const dataDir = join(root, 'web-data');
    const { stale, kept } = seed(cacheDir, dataDir);
    const run = await runCli(['--version'], cliEnv('http://127.0.0.1:9', cacheDir, { TCO_STUDIO_DATA_DIR: dataDir }));
    expect(run.code).toBe(0);
    expect(stale.filter((p) => existsSync(p))).toEqual([]);
    expect(kept.filter((p) => !existsSync(p))).toEqual([]);
  });

  it('at host start (desktop app and web host alike): the cache, the data folder and the recovery folder', async () => {
    const first = hostFixture();
    const { stale, kept } = seed(first.cacheDir, first.userDataDir);
    const f = hostFixture({ cacheDir: first.cacheDir, userDataDir: first.userDataDir });
    expect(stale.filter((p) => existsSync(p))).toEqual([]);
    expect(kept.filter((p) => !existsSync(p))).toEqual([]);
    expect(f.logged).toContain(`removed ${stale.length} temp file(s) left by interrupted writes`);
  });
});
