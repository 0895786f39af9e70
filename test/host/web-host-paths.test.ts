import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../src/contract/host-api';
import { TOKEN_HEADER } from '../../src/contract/web-transport';
import type { HostOptions } from '../../src/host/host-options';
import { startWebHost, type WebHost } from '../../src/host/web-host';
import { EXAMPLES_DIR, PROJECT_ROOT } from '../support/paths';
import { rawRequest } from './support/http-client';
import { cleanupFixtures, exampleText, hostFixture, type HostFixture } from './support/host-fixture';

/**
 * The web host's path grants, attacked over HTTP with the token (a page that went wrong): a typed
 * path may name only the documents folder (open, save, export), the examples (open) and the
 * downloads folder (export), by real path, or a file the user named on the command line; scenarios
 * only as .tco.json, parsed before anything is returned or remembered.
 */

let host: WebHost | undefined;
const outsides: string[] = [];
afterEach(async () => {
  await host?.close();
  host = undefined;
  cleanupFixtures();
  for (const dir of outsides.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder outside every grant: stands for the home folder, /etc and the like. */
function outsideDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tco-outside-'));
  outsides.push(dir);
  return dir;
}

async function start(overrides: Partial<HostOptions> = {}): Promise<{ f: HostFixture; h: WebHost }> {
  const f = hostFixture({ host: 'web', withDialogs: false, ...overrides });
  host = await startWebHost({ api: f.api, staticDir: join(f.root, 'no-renderer') });
  return { f, h: host };
}

async function call<T = unknown>(h: WebHost, name: string, argument: unknown): Promise<Result<T>> {
  const res = await rawRequest(h.port, {
    method: 'POST',
    path: `/api/${name}`,
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: h.token },
    body: JSON.stringify(argument),
  });
  expect(res.status).toBe(200);
  return JSON.parse(res.body) as Result<T>;
}

function failure(result: Result<unknown>): string {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)?.slice(0, 300)}`);
  return result.reason;
}

const scenarioText = exampleText('postgres-oltp-ha');
const CREDENTIALS = '{"Credentials": {"AccessKeyId": "ASIAEXAMPLESECRET", "SecretAccessKey": "wJalrSECRET", "SessionToken": "TOKENSECRET"}}';

describe('web host: openScenario grants only the documents folder, the examples and files named at start', () => {
  it('refuses a cached AWS credentials file outside, unread and not remembered', async () => {
    const { h } = await start();
    const cache = join(outsideDir(), '.aws', 'cli', 'cache');
    mkdirSync(cache, { recursive: true });
    const creds = join(cache, '0123abcd.json');
    writeFileSync(creds, CREDENTIALS);
    const why = failure(await call(h, 'openScenario', { path: creds }));
    expect(why).toMatch(/is outside the folders the web host may open from: the documents folder \(.*\) or the examples/);
    expect(why).not.toMatch(/SECRET/);
    // Named like a scenario, it is still outside.
    const named = join(cache, 'x.tco.json');
    writeFileSync(named, CREDENTIALS);
    expect(failure(await call(h, 'openScenario', { path: named }))).toMatch(/is outside the folders/);
    expect(await call(h, 'listRecent', undefined)).toEqual({ ok: true, value: [] });
  });

  it('refuses any package.json, outside or inside the documents folder (only .tco.json files are scenarios)', async () => {
    const { f, h } = await start();
    expect(failure(await call(h, 'openScenario', { path: join(PROJECT_ROOT, 'package.json') }))).toMatch(/is outside the folders/);
    const inside = join(f.docsDir, 'package.json');
    writeFileSync(inside, '{"name": "x", "scripts": {"postinstall": "SECRET"}}');
    const why = failure(await call(h, 'openScenario', { path: inside }));
    expect(why).toMatch(/not a scenario file \(expected a \.tco\.json file\)/);
    expect(why).not.toMatch(/SECRET/);
    expect(await call(h, 'listRecent', undefined)).toEqual({ ok: true, value: [] });
  });

  it('refuses a link named x.tco.json in the documents folder that leads to /etc/passwd, or to a file outside', async () => {
    const { f, h } = await start();
    const link = join(f.docsDir, 'x.tco.json');
    symlinkSync('/etc/passwd', link);
    const why = failure(await call(h, 'openScenario', { path: link }));
    expect(why).toMatch(/is outside the folders/);
    expect(why).not.toMatch(/root:/);
    const secret = join(outsideDir(), 'secret.tco.json');
    writeFileSync(secret, scenarioText);
    const link2 = join(f.docsDir, 'y.tco.json');
    symlinkSync(secret, link2);
    expect(failure(await call(h, 'openScenario', { path: link2 }))).toMatch(/is outside the folders/);
    // A linked folder inside the documents folder does not lead out either.
    symlinkSync(join(secret, '..'), join(f.docsDir, 'away'));
    expect(failure(await call(h, 'openScenario', { path: join(f.docsDir, 'away', 'secret.tco.json') }))).toMatch(/is outside the folders/);
    expect(await call(h, 'listRecent', undefined)).toEqual({ ok: true, value: [] });
  });

  it('parses before returning: a .tco.json in the documents folder that is not a scenario is refused and not remembered', async () => {
    const { f, h } = await start();
    const notScenario = join(f.docsDir, 'creds.tco.json');
    writeFileSync(notScenario, CREDENTIALS);
    const why = failure(await call(h, 'openScenario', { path: notScenario }));
    expect(why).toMatch(/creds\.tco\.json is not a valid TCO Studio scenario/);
    expect(why).not.toMatch(/ASIA|wJalr|TOKENSECRET/);
    expect(await call(h, 'listRecent', undefined)).toEqual({ ok: true, value: [] });
  });
});

describe('web host: saveScenario writes only .tco.json files in the documents folder', () => {
  it('refuses to overwrite a non-.tco.json file, even in the documents folder, and says .tco.json', async () => {
    const { f, h } = await start();
    const notes = join(f.docsDir, 'notes.json');
    writeFileSync(notes, 'precious');
    expect(failure(await call(h, 'saveScenario', { text: scenarioText, path: notes }))).toBe(`${notes}: a scenario file's name must end in .tco.json`);
    expect(readFileSync(notes, 'utf8')).toBe('precious');
  });

  it('refuses a .tco.json path outside, and one reached through a link out of the documents folder', async () => {
    const { f, h } = await start();
    const outside = outsideDir();
    const victim = join(outside, 'victim.tco.json');
    writeFileSync(victim, 'precious');
    expect(failure(await call(h, 'saveScenario', { text: scenarioText, path: victim }))).toMatch(/is outside the folders the web host may save to: the documents folder/);
    symlinkSync(outside, join(f.docsDir, 'away'));
    expect(failure(await call(h, 'saveScenario', { text: scenarioText, path: join(f.docsDir, 'away', 'victim.tco.json') }))).toMatch(/is outside the folders/);
    expect(failure(await call(h, 'saveScenario', { text: scenarioText, path: join(f.docsDir, 'away', 'new.tco.json') }))).toMatch(/is outside the folders/);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(readdirSync(outside)).toEqual(['victim.tco.json']);
  });
});

describe('web host: exportReport writes only into the documents and downloads folders', () => {
  it('refuses a cron.d-like folder outside (and its sidecar), directly or through a link', async () => {
    const { f, h } = await start();
    const cron = join(outsideDir(), 'cron.d');
    mkdirSync(cron);
    for (const [format, name] of [['csv', 'job.csv'], ['json', 'job.json']] as const) {
      expect(failure(await call(h, 'exportReport', { format, scenarioText, path: join(cron, name) }))).toMatch(/is outside the folders the web host may write reports to: the documents folder/);
    }
    symlinkSync(cron, join(f.docsDir, 'cron'));
    expect(failure(await call(h, 'exportReport', { format: 'csv', scenarioText, path: join(f.docsDir, 'cron', 'job.csv') }))).toMatch(/is outside the folders/);
    expect(readdirSync(cron)).toEqual([]);
  });
});

describe('web host: the legitimate paths still work', () => {
  it('saves and opens in the documents folder and its subfolders, as typed in the path prompt, and remembers them', async () => {
    const { f, h } = await start();
    // appInfo names the folder, so the path prompt starts there.
    expect(await call(h, 'appInfo', undefined)).toMatchObject({ ok: true, value: { host: 'web', documentsDir: f.docsDir } });
    const path = join(f.docsDir, 'team', 'orders.tco.json');
    mkdirSync(join(f.docsDir, 'team'));
    expect(await call(h, 'saveScenario', { text: scenarioText, path })).toMatchObject({ ok: true, value: { path } });
    expect(readFileSync(path, 'utf8')).toBe(scenarioText);
    expect(await call(h, 'openScenario', { path })).toMatchObject({ ok: true, value: { text: scenarioText, path, name: 'orders' } });
    const recent = await call<{ path: string }[]>(h, 'listRecent', undefined);
    expect(recent.ok && recent.value.map((r) => r.path)).toEqual([path]);
  });

  it('opens an example by its path (read only: saving over it is refused)', async () => {
    const { h } = await start();
    const example = join(EXAMPLES_DIR, 'postgres-oltp-ha.tco.json');
    expect(await call(h, 'openScenario', { path: example })).toMatchObject({ ok: true, value: { text: scenarioText, path: example } });
    const before = readFileSync(example, 'utf8');
    const added = join(EXAMPLES_DIR, 'not-an-example.tco.json');
    try {
      expect(failure(await call(h, 'saveScenario', { text: otherScenario(), path: added }))).toMatch(/is outside the folders the web host may save to/);
      expect(failure(await call(h, 'saveScenario', { text: otherScenario(), path: example }))).toMatch(/is outside the folders the web host may save to/);
      expect(readFileSync(example, 'utf8')).toBe(before);
      expect(existsSync(added)).toBe(false);
    } finally {
      rmSync(added, { force: true });
      if (readFileSync(example, 'utf8') !== before) writeFileSync(example, before);
    }
  });

  it('opens and saves a file outside the folders that the user named on the command line', async () => {
    const outside = outsideDir();
    const path = join(outside, 'mine.tco.json');
    writeFileSync(path, scenarioText);
    const { h } = await start({ openPath: path });
    expect(await call(h, 'openScenario', { path })).toMatchObject({ ok: true, value: { text: scenarioText, path, name: 'mine' } });
    expect(await call(h, 'saveScenario', { text: scenarioText, path })).toMatchObject({ ok: true, value: { path } });
  });

  it('exports into the documents folder, the downloads folder, and with no path to a new file in the downloads folder', async () => {
    const downloads = outsideDir();
    const { f, h } = await start({ downloadsDir: downloads });
    const inDocs = join(f.docsDir, 'costs.csv');
    expect(await call(h, 'exportReport', { format: 'csv', scenarioText, path: inDocs })).toEqual({ ok: true, value: { path: inDocs } });
    expect(readFileSync(inDocs, 'utf8')).toContain('option,option_label');
    const inDownloads = join(downloads, 'estimate.json');
    expect(await call(h, 'exportReport', { format: 'json', scenarioText, path: inDownloads })).toEqual({ ok: true, value: { path: inDownloads } });
    expect(await call(h, 'exportReport', { format: 'csv', scenarioText })).toEqual({ ok: true, value: { path: join(downloads, 'Orders database (PostgreSQL OLTP with HA).csv') } });
  });
});

/** A valid scenario other than the example, for a save that must not land. */
function otherScenario(): string {
  const json = JSON.parse(scenarioText) as { name: string };
  json.name = 'Not an example';
  return JSON.stringify(json);
}
