import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API_CALLS, type RefreshProgress, type RegionPrices, type Result, type TcoApiCall } from '../../src/contract/host-api';
import { CONTENT_SECURITY_POLICY } from '../../src/host/content-security-policy';
import { MAX_SCENARIO_BYTES } from '../../src/contract/limits';
import { TOKEN_HEADER } from '../../src/contract/web-transport';
import { MAX_BODY_BYTES, startWebHost, type WebHost } from '../../src/host/web-host';
import { startFakeAws, type FakeAws } from '../fake-aws/fake-aws-server';
import { recordingRetryPolicy, useFakeCredentials } from '../fake-aws/fake-credentials';
import { feedDerivedItems } from '../fake-aws/feed-derived-records';
import { rawRequest } from './support/http-client';
import { cleanupFixtures, exampleText, hostFixture, type HostFixture } from './support/host-fixture';

beforeAll(useFakeCredentials);

let host: WebHost | undefined;
let fake: FakeAws | undefined;
afterEach(async () => {
  await host?.close();
  await fake?.close();
  host = undefined;
  fake = undefined;
  cleanupFixtures();
});

/** A web host over a small built "renderer" folder, with a secret file beside it and a link pointing out. */
async function start(): Promise<{ f: HostFixture; host: WebHost }> {
  fake = await startFakeAws({ products: feedDerivedItems() });
  const f = hostFixture({ host: 'web', withDialogs: false, downloadsDir: undefined, awsConnection: { endpoint: fake.endpoint }, awsRetry: recordingRetryPolicy() });
  const dist = join(f.root, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>TCO Studio</title>');
  writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(f.root, 'secret.txt'), 'SECRET');
  symlinkSync(join(f.root, 'secret.txt'), join(dist, 'assets', 'link.txt'));
  host = await startWebHost({ api: f.api, staticDir: dist });
  return { f, host };
}

function call(h: WebHost, name: string, argument?: unknown, headers: Record<string, string> = {}) {
  return rawRequest(h.port, {
    method: 'POST',
    path: `/api/${name}`,
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: h.token, ...headers },
    body: argument === undefined ? '' : JSON.stringify(argument),
  });
}

describe('web host: access control', () => {
  it('listens on 127.0.0.1 only, on a random port, with a random token in the URL', async () => {
    const { host: h } = await start();
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
    expect(h.port).toBeGreaterThan(0);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) await expect(rawRequest(h.port, { path: '/', host: external.address })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    const other = await startWebHost({ api: hostFixture({ host: 'web' }).api, staticDir: '/nonexistent' });
    expect(other.token).not.toBe(h.token);
    await other.close();
  });

  it('requires the token on every API call', async () => {
    const { host: h } = await start();
    expect((await call(h, 'appInfo', undefined, { [TOKEN_HEADER]: '' })).status).toBe(401);
    expect((await call(h, 'appInfo', undefined, { [TOKEN_HEADER]: `${h.token.slice(0, -1)}x` })).status).toBe(401);
    expect((await rawRequest(h.port, { method: 'POST', path: '/api/appInfo', headers: { 'content-type': 'application/json' } })).status).toBe(401);
    // The token in the query string is for the event stream only.
    expect((await rawRequest(h.port, { method: 'POST', path: `/api/appInfo?token=${h.token}`, headers: { 'content-type': 'application/json' } })).status).toBe(401);
    const ok = await call(h, 'appInfo');
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { host: 'web', version: '9.9.9' } });
  });

  it('refuses the wrong method, origin, Host, content type, size, JSON, and calls outside the contract', async () => {
    const { host: h } = await start();
    const get = await rawRequest(h.port, { path: '/api/appInfo', headers: { [TOKEN_HEADER]: h.token } });
    expect([get.status, get.headers.allow]).toEqual([405, 'POST']);
    expect((await call(h, 'appInfo', undefined, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await call(h, 'appInfo', undefined, { origin: 'null' })).status).toBe(403);
    expect((await call(h, 'appInfo', undefined, { origin: h.origin })).status).toBe(200);
    expect((await call(h, 'appInfo', undefined, { host: `evil.example:${h.port}` })).status).toBe(403);
    expect((await call(h, 'appInfo', undefined, { 'content-type': 'text/plain' })).status).toBe(415);
    const tooLarge = await rawRequest(h.port, { method: 'POST', path: '/api/saveScenario', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: h.token }, body: 'x'.repeat(MAX_BODY_BYTES + 1) });
    expect(tooLarge.status).toBe(413);
    expect((await rawRequest(h.port, { method: 'POST', path: '/api/appInfo', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: h.token }, body: '{nope' })).status).toBe(400);
    for (const name of ['nope', 'onMenuCommand', 'constructor', '__proto__', '']) expect((await call(h, name)).status).toBe(404);
  });

  it('answers an invalid argument with a Result naming the field, not an HTTP error', async () => {
    const { host: h } = await start();
    const res = await call(h, 'regionPrices', { region: 'mars-1' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: false, reason: expect.stringMatching(/^region: must be one of/) });
  });

  it('serves regionPrices for a valid Region: that Region’s snapshot quotes and instance specs, and its cached quotes', async () => {
    const { host: h } = await start();
    const res = await call(h, 'regionPrices', { region: 'us-east-1' });
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body) as { ok: true; value: RegionPrices };
    expect(body.ok).toBe(true);
    const quotes = new Map(body.value.snapshot.quotes);
    expect(quotes.size).toBeGreaterThan(2000);
    expect([...quotes.keys()].every((id) => id.split('/')[2] === 'us-east-1')).toBe(true);
    expect(quotes.get('ec2/instance/us-east-1/m5.large')).toMatchObject({ usdPerUnit: 0.096, unit: 'Hrs', source: { kind: 'snapshot', asOf: '2026-07-20' } });
    expect(body.value.snapshot.instanceTypes.find((t) => t.instanceType === 'm5.large')).toEqual({ instanceType: 'm5.large', vcpu: 2, memoryGib: 8 });
    expect(body.value.cache).toMatchObject({ quotes: [], instanceTypes: [] });
  });
});

describe('web host: scenario size', () => {
  it('saves and reopens a 2 MiB scenario: the body limit admits every scenario the app accepts', async () => {
    const { f, host: h } = await start();
    // Valid JSON padded with newlines, each escaped to two bytes in the request body: about 4 MiB on the wire.
    const text = `${exampleText('postgres-oltp-ha')}${'\n'.repeat(2 * 1024 * 1024)}`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 * 1024 * 1024);
    expect(MAX_BODY_BYTES).toBeGreaterThan(6 * MAX_SCENARIO_BYTES);
    const path = join(f.docsDir, 'large.tco.json');
    const saved = await call(h, 'saveScenario', { text, path });
    expect([saved.status, JSON.parse(saved.body)]).toMatchObject([200, { ok: true, value: { path } }]);
    expect(readFileSync(path, 'utf8')).toBe(text);
    const opened = JSON.parse((await call(h, 'openScenario', { path })).body) as Result<{ text: string }>;
    expect(opened.ok && opened.value.text === text).toBe(true);
  });

  it('refuses a scenario over the limit by its size, not by the body limit', async () => {
    const { f, host: h } = await start();
    const res = await call(h, 'saveScenario', { text: '\u00e9'.repeat(MAX_SCENARIO_BYTES / 2 + 1), path: join(f.docsDir, 'big.tco.json') });
    expect([res.status, JSON.parse(res.body)]).toEqual([200, { ok: false, reason: `text: must be at most ${MAX_SCENARIO_BYTES} bytes of UTF-8` }]);
  });
});

describe('web host: static files', () => {
  it('serves the built renderer with the CSP, no-referrer and nosniff headers', async () => {
    const { host: h } = await start();
    const index = await rawRequest(h.port, { path: `/?token=${h.token}` });
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>TCO Studio</title>');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['referrer-policy']).toBe('no-referrer');
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    const js = await rawRequest(h.port, { path: '/assets/app.js' });
    expect([js.status, js.headers['content-type']]).toEqual([200, 'text/javascript; charset=utf-8']);
    expect((await rawRequest(h.port, { method: 'HEAD', path: '/assets/app.js' })).status).toBe(200);
    expect((await rawRequest(h.port, { method: 'POST', path: '/assets/app.js' })).status).toBe(405);
    expect((await rawRequest(h.port, { path: '/missing.js' })).status).toBe(404);
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/assets%00/app.js', '/assets/link.txt', '/%E0%A4%A'])(
    'blocks path traversal: %s',
    async (path) => {
      const { host: h } = await start();
      const res = await rawRequest(h.port, { path });
      expect([400, 404]).toContain(res.status);
      expect(res.body).not.toContain('SECRET');
    },
  );
});

describe('web host: every call of the contract is reachable', () => {
  it('answers each call with a Result', async () => {
    const { f, host: h } = await start();
    const doc = join(f.docsDir, 'w.tco.json');
    writeFileSync(doc, exampleText('postgres-oltp-ha'));
    const scenarioText = exampleText('postgres-oltp-ha');
    const args: Record<TcoApiCall, unknown> = {
      appInfo: undefined,
      openScenario: { path: doc },
      openExample: { id: 'postgres-oltp-ha' },
      saveScenario: { text: scenarioText, path: doc },
      listRecent: undefined,
      autosave: { text: scenarioText },
      getRecovery: {},
      clearRecovery: null,
      setDocumentState: { title: 'w', dirty: false },
      pricesStatus: undefined,
      regionPrices: { region: 'us-east-1' },
      refreshPrices: { region: 'us-east-1', scenarioText },
      cancelRefresh: undefined,
      planCostImport: { months: 1 },
      importCosts: { months: 1, confirmed: false },
      exportReport: { format: 'json', scenarioText, path: join(f.docsDir, 'e.json') },
      revealExport: { path: join(f.docsDir, 'e.json'), action: 'folder' },
      getSettings: undefined,
      setSettings: { theme: 'dark' },
      openExternal: { url: 'https://aws.amazon.com/rds/pricing/' },
    };
    const expectFailure = new Set<TcoApiCall>(['importCosts']);
    for (const name of API_CALLS) {
      const res = await call(h, name, args[name]);
      expect(res.status, name).toBe(200);
      const result = JSON.parse(res.body) as Result<unknown>;
      expect(result.ok, `${name}: ${result.ok ? '' : result.reason}`).toBe(!expectFailure.has(name));
    }
  });
});

/** Reads Server-Sent Events until `until` says stop. */
function readEvents(h: WebHost, token: string, until: (events: { event: string; data: unknown }[]) => boolean, onOpen: () => void) {
  return new Promise<{ status: number; events: { event: string; data: unknown }[] }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: h.port, path: `/api/events?token=${encodeURIComponent(token)}` }, (res) => {
      const events: { event: string; data: unknown }[] = [];
      if (res.statusCode !== 200) {
        res.resume();
        resolve({ status: res.statusCode ?? 0, events });
        return;
      }
      let buffer = '';
      res.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (block.includes(': connected')) onOpen();
          if (event && data) events.push({ event, data: JSON.parse(data) });
        }
        if (until(events)) {
          req.destroy();
          resolve({ status: 200, events });
        }
      });
    });
    req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(e)));
    req.end();
  });
}

describe('web host: events', () => {
  it('refuses the event stream without the token', async () => {
    const { host: h } = await start();
    expect((await readEvents(h, 'wrong', () => true, () => {})).status).toBe(401);
  });

  it('delivers refresh progress and menu commands as Server-Sent Events', async () => {
    const { f, host: h } = await start();
    let refresh: Promise<unknown> | undefined;
    const { events } = await readEvents(
      h,
      h.token,
      (evs) => evs.some((e) => e.event === 'refresh-progress' && (e.data as RefreshProgress).phase === 'done') && evs.some((e) => e.event === 'menu-command'),
      () => {
        f.api.sendMenuCommand('save');
        refresh = call(h, 'refreshPrices', { region: 'us-east-1', scenarioText: exampleText('postgres-oltp-ha') });
      },
    );
    await refresh;
    expect(events.find((e) => e.event === 'menu-command')).toEqual({ event: 'menu-command', data: { command: 'save' } });
    const progress = events.filter((e) => e.event === 'refresh-progress').map((e) => e.data as RefreshProgress);
    expect(progress.some((p) => p.phase === 'query')).toBe(true);
    expect(progress.at(-1)).toMatchObject({ phase: 'done' });
  });
});
