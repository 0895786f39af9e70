import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_EVENTS } from '../contract/host-api';
import { MAX_SCENARIO_JSON_BYTES } from '../contract/limits';
import { TOKEN_HEADER } from '../contract/web-transport';
import { contentSecurityPolicyFor } from './content-security-policy';
import type { HostApi } from './create-host-api';
import { isApiCall } from './dispatcher';
import { resolveStaticFile } from './static-files';

/** Largest request body the host reads: any scenario the app accepts, as a JSON string, with its envelope. */
export const MAX_BODY_BYTES = MAX_SCENARIO_JSON_BYTES;
/** A comment line this often keeps idle event streams open through proxies and sleep. */
const HEARTBEAT_MS = 25_000;

export interface WebHostOptions {
  readonly api: HostApi;
  /** The built renderer (dist/renderer). */
  readonly staticDir: string;
  /** 0 or absent: a random free port. */
  readonly port?: number;
  /** Absent: 32 random bytes. */
  readonly token?: string;
}

export interface WebHost {
  /** `http://127.0.0.1:PORT/?token=...`: the address to open. */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

/** Headers on every response: no sniffing, no framing, and no Referer, so the token in the page's URL never leaks to a linked site. */
const BASE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
} as const;

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...BASE_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), { 'content-type': 'application/json; charset=utf-8' });
}

/** Reads a request body up to `limit` bytes; null when it is larger (the caller answers 413). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      resolve(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * The local web host: the same renderer and the same contract as the desktop app, in a normal
 * browser. It listens on 127.0.0.1 only and every API request needs the random token printed in
 * the URL. Beyond the token, a request must come from a loopback address, name this server in its
 * Host header (no DNS rebinding) and, when a browser sends an Origin, come from this origin; API
 * calls are POST with a JSON body of at most 1 MB. Static files come only from the built renderer
 * folder. Events (refresh progress, menu commands) are Server-Sent Events.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const streams = new Set<ServerResponse>();
  let port = 0;
  const hosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  const handleCall = async (req: IncomingMessage, res: ServerResponse, call: string): Promise<void> => {
    if (req.method !== 'POST') return send(res, 405, 'API calls are POST', { allow: 'POST' });
    const header = req.headers[TOKEN_HEADER];
    if (!sameToken(typeof header === 'string' ? header : undefined, token)) return send(res, 401, 'missing or wrong token');
    if (!isApiCall(call)) return send(res, 404, 'no such call');
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return send(res, 415, 'the body must be application/json');
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === null) return send(res, 413, `the body is larger than ${MAX_BODY_BYTES} bytes`);
    let argument: unknown;
    if (body.length > 0) {
      try {
        argument = JSON.parse(body.toString('utf8'));
      } catch {
        return send(res, 400, 'the body is not valid JSON');
      }
    }
    sendJson(res, 200, await options.api.dispatch(call, argument));
  };

  const handleEvents = (req: IncomingMessage, res: ServerResponse, url: URL): void => {
    if (req.method !== 'GET') return send(res, 405, 'the event stream is GET', { allow: 'GET' });
    if (!sameToken(url.searchParams.get('token') ?? undefined, token)) return send(res, 401, 'missing or wrong token');
    res.writeHead(200, { ...BASE_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write('retry: 2000\n: connected\n\n');
    const write = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    const unsubscribe = API_EVENTS.map((event) => options.api.events.on(event, (payload) => write(event, payload)));
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    streams.add(res);
    res.on('close', () => {
      clearInterval(heartbeat);
      for (const off of unsubscribe) off();
      streams.delete(res);
    });
  };

  const handleStatic = (req: IncomingMessage, res: ServerResponse, url: URL): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'static files are GET', { allow: 'GET, HEAD' });
    const found = resolveStaticFile(options.staticDir, url.pathname);
    if (found.kind === 'bad-request') return send(res, 400, 'bad path');
    if (found.kind === 'not-found') {
      return url.pathname === '/' ? send(res, 503, 'the renderer is not built: run `npx vite build` (npm start and npm run web do it for you)') : send(res, 404, 'not found');
    }
    const html = found.contentType.startsWith('text/html');
    res.writeHead(200, {
      ...BASE_HEADERS,
      'content-type': found.contentType,
      'content-length': String(found.size),
      // The HTML carries no token but is re-read on every visit; hashed assets can be cached.
      'cache-control': html ? 'no-store' : 'no-cache',
      // Each page its own policy, the one its <meta> tag carries (src/host/content-security-policy.ts).
      ...(html ? { 'content-security-policy': contentSecurityPolicyFor(url.pathname) } : {}),
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(found.path).pipe(res);
  };

  const server: Server = createServer((req, res) => {
    const fail = (error: unknown) => {
      if (!res.headersSent) send(res, 500, 'internal error');
      else res.destroy(error instanceof Error ? error : undefined);
    };
    try {
      if (!isLoopback(req.socket.remoteAddress)) return send(res, 403, 'loopback only');
      if (!hosts().has(req.headers.host ?? '')) return send(res, 403, 'wrong Host');
      const origin = req.headers.origin;
      if (origin !== undefined && !origins().has(origin)) return send(res, 403, 'wrong origin');
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      if (url.pathname === '/api/events') return handleEvents(req, res, url);
      if (url.pathname.startsWith('/api/')) return void handleCall(req, res, url.pathname.slice('/api/'.length)).catch(fail);
      return handleStatic(req, res, url);
    } catch (error) {
      fail(error);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
