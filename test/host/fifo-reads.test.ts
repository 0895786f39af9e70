import { spawn, type ChildProcess, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../src/contract/host-api';
import { TOKEN_HEADER } from '../../src/contract/web-transport';
import { PriceCache } from '../../src/aws/cache/price-cache';
import { startWebHost, type WebHost } from '../../src/host/web-host';
import { readJsonFile } from '../../src/storage/json-file';
import { readRegularFileCapped } from '../../src/storage/read-capped';
import { readScenarioText, ScenarioFileError } from '../../src/storage/scenario-file';
import * as z from 'zod';
import { rawRequest } from './support/http-client';
import { cleanupFixtures, exampleText, hostFixture, type HostFixture } from './support/host-fixture';

/**
 * A FIFO (or a device) where the app expects a JSON file must not freeze the host: every read
 * checks for a regular file on the open descriptor and reads with a size cap
 * (src/storage/read-capped.ts). Each FIFO gets a writer that opens it after WRITER_DELAY_MS: a read
 * that waits for a writer (the bug) then returns only after that delay, so "answers within
 * QUICK_MS" is what separates a refusal from a hang, without hanging the test run itself.
 */
const WRITER_DELAY_MS = 2500;
const QUICK_MS = 1000;
vi.setConfig({ testTimeout: 30_000 });

const writers: ChildProcess[] = [];
let host: WebHost | undefined;
afterEach(async () => {
  for (const child of writers.splice(0)) child.kill('SIGKILL');
  await host?.close();
  host = undefined;
  cleanupFixtures();
});

/** A FIFO at `path`, and a process that opens it for writing (and closes it) every WRITER_DELAY_MS, so a blocked read ends. */
function fifo(path: string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  execFileSync('mkfifo', [path]);
  writers.push(spawn('sh', ['-c', `while :; do sleep ${WRITER_DELAY_MS / 1000}; : > "$1"; done`, 'sh', path], { stdio: 'ignore' }));
  return path;
}

async function quickly<T>(work: () => Promise<T> | T): Promise<T> {
  const started = Date.now();
  const result = await work();
  expect(Date.now() - started, 'answered without waiting for a writer').toBeLessThan(QUICK_MS);
  return result;
}

async function start(): Promise<{ f: HostFixture; h: WebHost }> {
  const f = hostFixture({ host: 'web', withDialogs: false });
  host = await startWebHost({ api: f.api, staticDir: join(f.root, 'no-renderer') });
  return { f, h: host };
}

async function call(h: WebHost, name: string, argument?: unknown): Promise<Result<unknown>> {
  const res = await rawRequest(h.port, {
    method: 'POST',
    path: `/api/${name}`,
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: h.token },
    body: argument === undefined ? '' : JSON.stringify(argument),
  });
  return JSON.parse(res.body) as Result<unknown>;
}

describe.skipIf(process.platform === 'win32')('a FIFO named like a JSON file does not freeze the web host', () => {
  it('openScenario on a FIFO named x.tco.json in the documents folder answers at once that it is not a regular file', async () => {
    const { f, h } = await start();
    const path = fifo(join(f.docsDir, 'x.tco.json'));
    const result = await quickly(() => call(h, 'openScenario', { path }));
    expect(result).toEqual({ ok: false, reason: `${path}: is a named pipe (FIFO), not a regular file` });
    expect(await call(h, 'listRecent')).toEqual({ ok: true, value: [] });
  });

  it('settings and recent files that are FIFOs read as absent, with a log line, and are replaced by the next write', async () => {
    const { f, h } = await start();
    fifo(join(f.userDataDir, 'settings.json'));
    fifo(join(f.userDataDir, 'recent-files.json'));
    expect(await quickly(() => call(h, 'getSettings'))).toEqual({ ok: true, value: { theme: 'system', paper: 'a4', staleAfterDays: 90 } });
    expect(await quickly(() => call(h, 'listRecent'))).toEqual({ ok: true, value: [] });
    expect(f.logged.join('\n')).toMatch(/settings\.json: is a named pipe \(FIFO\), not a regular file; ignored/);
    expect(await quickly(() => call(h, 'setSettings', { theme: 'dark' }))).toMatchObject({ ok: true, value: { theme: 'dark' } });
    expect(await quickly(() => call(h, 'getSettings'))).toMatchObject({ ok: true, value: { theme: 'dark' } });
  });

  it('recovery: a FIFO as the draft, or as the file the draft belongs to, is no hang at start', async () => {
    const { f, h } = await start();
    fifo(join(f.userDataDir, 'recovery', 'draft.json'));
    // The bad draft is set aside and reported once (src/host/recovery-draft.ts); the host keeps answering.
    expect(await quickly(() => call(h, 'getRecovery', {}))).toMatchObject({ ok: false, reason: expect.stringMatching(/draft\.json is a named pipe \(FIFO\), not a regular file; it was set aside/) });
    expect(await quickly(() => call(h, 'getRecovery', {}))).toEqual({ ok: true, value: null });
    expect(f.logged.join('\n')).toMatch(/named pipe/);

    const g = hostFixture({ host: 'web', withDialogs: false });
    const text = exampleText('postgres-oltp-ha');
    const document = fifo(join(g.docsDir, 'doc.tco.json'));
    mkdirSync(join(g.userDataDir, 'recovery'), { recursive: true });
    writeFileSync(join(g.userDataDir, 'recovery', 'draft.json'), JSON.stringify({ format: 'tco-studio-recovery/1', text, path: document, savedAt: '2026-11-26T10:00:00.000Z' }));
    expect(await quickly(() => g.api.dispatch('getRecovery', {}))).toEqual({ ok: true, value: { text, path: document, savedAt: '2026-11-26T10:00:00.000Z' } });
  });
});

describe.skipIf(process.platform === 'win32')('every reader refuses files that are not regular, at once', () => {
  it('scenario files (the CLI and the hosts), JSON stores and the price cache', async () => {
    const f = hostFixture();
    const scenario = fifo(join(f.docsDir, 'p.tco.json'));
    const err = await quickly(() => {
      try {
        readScenarioText(scenario);
      } catch (error) {
        return error;
      }
      return undefined;
    });
    expect(err).toBeInstanceOf(ScenarioFileError);
    expect((err as Error).message).toBe(`${scenario}: is a named pipe (FIFO), not a regular file`);

    const store = fifo(join(f.root, 'store.json'));
    expect(await quickly(() => readJsonFile(store, z.object({})))).toEqual({ problem: `${store}: is a named pipe (FIFO), not a regular file`, badContent: true });

    fifo(join(f.cacheDir, 'prices', 'us-east-1', 'ec2.json'));
    expect((await quickly(() => new PriceCache(f.cacheDir).read('us-east-1', 'ec2'))).problem).toMatch(/ec2\.json: is a named pipe/);
  });

  it('a device is refused before reading, and a file over the cap is refused (no endless read of /dev/zero)', () => {
    expect(() => readRegularFileCapped('/dev/zero', { maxBytes: 1024 })).toThrow('/dev/zero: is a device, not a regular file');
    const f = hostFixture();
    const big = join(f.root, 'big.json');
    writeFileSync(big, 'x'.repeat(2048));
    expect(() => readRegularFileCapped(big, { maxBytes: 1024 })).toThrow(`${big}: is 2048 bytes; the limit for this file is 1024 bytes`);
    expect(readRegularFileCapped(big, { maxBytes: 2048 }).length).toBe(2048);
    expect(() => readRegularFileCapped(f.root, { maxBytes: 1024 })).toThrow(`${f.root}: is a folder, not a file`);
  });
});
