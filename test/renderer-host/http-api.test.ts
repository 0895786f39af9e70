import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { API_CALLS, type MenuCommand, type RefreshProgress } from '../../src/contract/host-api';
import { createHttpApi, type EventSourceLike } from '../../renderer/host/http-api';
import { startWebHost, type WebHost } from '../../src/host/web-host';
import { cleanupFixtures, exampleText, hostFixture, type HostFixture } from '../host/support/host-fixture';

/** A minimal EventSource over fetch (Node 20 has none): enough to read the web host's stream. */
class FetchEventSource implements EventSourceLike {
  private readonly controller = new AbortController();
  private readonly listeners = new Map<string, ((event: MessageEvent) => void)[]>();
  readonly opened: Promise<void>;

  constructor(url: string) {
    this.opened = fetch(url, { signal: this.controller.signal }).then((response) => {
      if (!response.body) return;
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      const pump = (): Promise<void> =>
        reader.read().then(({ done, value }) => {
          if (done) return;
          buffer += decoder.decode(value, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const type = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (type && data !== undefined) for (const l of this.listeners.get(type) ?? []) l({ data } as MessageEvent);
          }
          return pump();
        });
      void pump().catch(() => {});
    });
    this.opened.catch(() => {});
  }

  addEventListener(type: string, listener: (event: MessageEvent) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close(): void {
    this.controller.abort();
  }
}

let host: WebHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
  cleanupFixtures();
});

async function start(): Promise<{ f: HostFixture; host: WebHost }> {
  const f = hostFixture({ host: 'web', withDialogs: false });
  mkdirSync(join(f.root, 'dist'));
  host = await startWebHost({ api: f.api, staticDir: join(f.root, 'dist') });
  return { f, host };
}

describe('renderer/host/http-api: TcoApi over the web host', () => {
  it('implements every call of the contract, with the same answers as the host', async () => {
    const { f, host: h } = await start();
    const opened: string[] = [];
    const api = createHttpApi({ baseUrl: h.origin, token: h.token, openWindow: (u) => opened.push(u) });
    for (const call of API_CALLS) expect(typeof api[call]).toBe('function');
    expect(await api.appInfo()).toMatchObject({ ok: true, value: { host: 'web' } });
    const path = join(f.docsDir, 'a.tco.json');
    const text = exampleText('postgres-oltp-ha');
    expect(await api.saveScenario({ text, path })).toMatchObject({ ok: true, value: { path } });
    expect(await api.openScenario({ path })).toMatchObject({ ok: true, value: { text, path } });
    expect(await api.setSettings({ theme: 'light' })).toMatchObject({ ok: true, value: { theme: 'light' } });
    expect(await api.regionPrices({ region: 'mars-1' as 'us-east-1' })).toMatchObject({ ok: false, reason: expect.stringMatching(/^region:/) });
    expect(await api.openExternal({ url: 'https://evil.example/' })).toMatchObject({ ok: false });
    expect(await api.openExternal({ url: 'https://aws.amazon.com/pricing/' })).toEqual({ ok: true, value: null });
    expect(opened).toEqual(['https://aws.amazon.com/pricing/']);
  });

  it('never throws: a wrong token or a stopped host is a reason to show', async () => {
    const { host: h } = await start();
    expect(await createHttpApi({ baseUrl: h.origin, token: 'wrong' }).appInfo()).toEqual({ ok: false, reason: expect.stringMatching(/HTTP 401\): the page’s session token is missing or out of date/) });
    await h.close();
    host = undefined;
    expect(await createHttpApi({ baseUrl: h.origin, token: h.token }).appInfo()).toEqual({ ok: false, reason: expect.stringMatching(/cannot reach the TCO Studio web host/) });
  });

  it('delivers events through one shared stream, closed after the last unsubscribe', async () => {
    const { f, host: h } = await start();
    const sources: FetchEventSource[] = [];
    const api = createHttpApi({
      baseUrl: h.origin,
      token: h.token,
      createEventSource: (url) => {
        const s = new FetchEventSource(url);
        sources.push(s);
        return s;
      },
    });
    const commands: MenuCommand[] = [];
    const progress: RefreshProgress[] = [];
    const offMenu = api.onMenuCommand((c) => commands.push(c));
    const offProgress = api.onRefreshProgress((p) => progress.push(p));
    expect(sources).toHaveLength(1);
    await sources[0]!.opened;
    // The stream is open once the host has a listener; then push.
    await expect.poll(() => f.api.events['listeners']['menu-command'].size).toBe(1);
    f.api.sendMenuCommand('undo');
    f.api.events.emit('refresh-progress', { phase: 'query', items: 1, totalItems: 3 });
    await expect.poll(() => commands.length + progress.length).toBe(2);
    expect(commands).toEqual(['undo']);
    expect(progress).toEqual([{ phase: 'query', items: 1, totalItems: 3 }]);
    offMenu();
    offProgress();
    await expect.poll(() => f.api.events['listeners']['menu-command'].size).toBe(0);
  });
});

describe('renderer/host stays DOM-only', () => {
  it('imports nothing from Node, Electron or src/ at run time but the contract (src/contract: pure names and types)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = join(__dirname, '..', '..', 'renderer', 'host');
    for (const file of readdirSync(dir)) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const m of text.matchAll(/^import\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)) {
        const [, typeOnly, spec] = m;
        if (spec!.startsWith('./')) continue;
        if (!spec!.includes('/src/contract/')) expect(typeOnly, `${file} imports ${spec} at run time`).toBeDefined();
        expect(spec, file).not.toMatch(/^(node:|electron$|fs$|path$)/);
      }
    }
  });
});
