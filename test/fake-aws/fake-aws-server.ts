import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { FakePriceItem } from './recorded-samples';
import { costAndUsageResponse, costForecastResponse, type FakeCostData } from './fake-cost-explorer';

/**
 * A local fake of the AWS Price List and Cost Explorer endpoints: node:http on 127.0.0.1, AWS JSON
 * 1.1 (`POST /`, routed on X-Amz-Target, aws-api.md §1.1 and §1.5), plus plain-HTTP offer files
 * for GetPriceListFileUrl. The real SDK clients talk to it through their endpoint option; the
 * SigV4 Authorization header is ignored. Faults are injected per operation, one-shot or repeated,
 * and never depend on timing: a "slow" reply waits far longer than any client timeout, and a
 * "hold" waits until the test releases it.
 */

export type FakeOperation = 'GetProducts' | 'ListPriceLists' | 'GetPriceListFileUrl' | 'GetCostAndUsage' | 'GetCostForecast' | 'offer-file';

export type FaultKind =
  | 'throttle'
  | 'server-error'
  | 'slow'
  | 'malformed-json'
  | 'malformed-record'
  | 'expired-token'
  | 'access-denied'
  | 'hold'
  | 'truncate'
  | 'hold-midway'
  | 'invalid-parameter'
  /** ExpiredTokenException, as AWS sends it for expired session credentials. */
  | 'expired-credentials'
  /** UnrecognizedClientException: the access key is unknown (deleted, or from another partition). */
  | 'unrecognized-client'
  /** Status and headers, then half the body, then nothing until the test closes the server. */
  | 'stall-after-headers'
  /** A normal page whose NextToken (NextPageToken) is the token of the request, or a fixed one: paging never ends. */
  | 'looping-token'
  /** A normal page with a new NextToken every time: paging never ends, no token repeats. */
  | 'endless-token';

export interface FakeFault {
  readonly operation: FakeOperation;
  readonly kind: FaultKind;
  /** How many matching requests it applies to (default 1). */
  readonly times?: number;
  /** Matching requests to let through untouched first (default 0). */
  readonly skip?: number;
}

export interface FakePriceList {
  readonly serviceCode: string;
  readonly region: string;
  /** Absolute path of the offer file to serve. */
  readonly file: string;
}

export interface FakeAwsOptions {
  /** Records GetProducts filters and pages over, like the real API. */
  readonly products?: readonly FakePriceItem[];
  /**
   * Recorded GetProducts responses served verbatim instead of filtering: request NextToken
   * ("" for the first page) → absolute path of a response file.
   */
  readonly recordedGetProducts?: Readonly<Record<string, string>>;
  readonly priceLists?: readonly FakePriceList[];
  readonly costs?: FakeCostData;
  /** Caps MaxResults, to force paging. */
  readonly pageSize?: number;
}

export interface FakeRequest {
  readonly operation: FakeOperation | string;
  readonly body: Record<string, unknown>;
  readonly authorization?: string;
}

export interface FakeAws {
  readonly endpoint: string;
  readonly requests: FakeRequest[];
  inject(fault: FakeFault): void;
  /** Lets every held response go on. */
  release(): void;
  /** Resolves once `count` requests of an operation have arrived. */
  waitFor(operation: FakeOperation, count?: number): Promise<void>;
  close(): Promise<void>;
}

const JSON_11 = 'application/x-amz-json-1.1';
const TARGET_PREFIX = /^(AWSPriceListService|AWSInsightsIndexService)\./;

function matches(item: FakePriceItem, filter: { Field?: string; Value?: string; Type?: string }): boolean {
  const field = filter.Field ?? '';
  const value = field === 'ServiceCode' ? item.serviceCode : field === 'productFamily' ? item.product.productFamily : item.product.attributes[field];
  return value === filter.Value;
}

export async function startFakeAws(options: FakeAwsOptions = {}): Promise<FakeAws> {
  const requests: FakeRequest[] = [];
  const faults: { operation: FakeOperation; kind: FaultKind; left: number; skip: number }[] = [];
  const held: (() => void)[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  const waiters: { operation: FakeOperation; count: number; resolve: () => void }[] = [];
  let endpoint = '';

  const takeFault = (operation: FakeOperation, applies: (kind: FaultKind) => boolean = () => true): FaultKind | undefined => {
    const f = faults.find((x) => x.operation === operation && x.left > 0 && applies(x.kind));
    if (!f) return undefined;
    if (f.skip > 0) {
      f.skip--;
      return undefined;
    }
    f.left--;
    return f.kind;
  };
  const notify = () => {
    for (const w of [...waiters]) {
      if (requests.filter((r) => r.operation === w.operation).length >= w.count) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };

  const sendJson = (res: ServerResponse, status: number, body: unknown) => {
    if (res.destroyed) return;
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': JSON_11, 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  const sendError = (res: ServerResponse, status: number, type: string, message: string) =>
    sendJson(res, status, { __type: `com.amazonaws.fake#${type}`, Message: message });

  /**
   * AWS's JSON protocol error for credentials it does not accept: HTTP 400, the error type also in
   * x-amzn-ErrorType, and a lower-case `message` (the coral service namespace, as AWS sends it).
   */
  const sendAuthError = (res: ServerResponse, type: string, message: string) => {
    if (res.destroyed) return;
    const text = JSON.stringify({ __type: `com.amazon.coral.service#${type}`, message });
    res.writeHead(400, { 'content-type': JSON_11, 'content-length': Buffer.byteLength(text), 'x-amzn-errortype': `${type}:http://internal.amazon.com/coral/com.amazon.coral.service/` });
    res.end(text);
  };

  /** A paging fault for this operation: the NextToken to send instead of the real one. */
  let endless = 0;
  const pagingFault = (operation: FakeOperation, requestToken: string): string | undefined => {
    const kind = takeFault(operation, (k) => k === 'looping-token' || k === 'endless-token');
    if (kind === 'looping-token') return requestToken || 'bG9vcGluZy10b2tlbg==';
    if (kind === 'endless-token') return Buffer.from(`endless:${++endless}`).toString('base64');
    return undefined;
  };

  /** Applies a generic fault; returns true when the response was handled (or deferred). */
  const applyFault = (kind: FaultKind | undefined, operation: string, res: ServerResponse, respond: () => void): boolean => {
    const action = operation.startsWith('GetCost') ? `ce:${operation}` : `pricing:${operation}`;
    switch (kind) {
      case 'throttle':
        sendError(res, 400, operation.startsWith('GetCost') ? 'LimitExceededException' : 'ThrottlingException', 'Rate exceeded');
        return true;
      case 'server-error':
        sendError(res, 500, 'InternalErrorException', 'We encountered an internal error. Please try again.');
        return true;
      case 'invalid-parameter':
        sendError(res, 400, 'InvalidParameterException', 'Input validation failed: Filters[1].Field is not a valid attribute');
        return true;
      case 'access-denied':
        sendError(res, 400, 'AccessDeniedException', `User: arn:aws:iam::123456789012:user/tester is not authorized to perform: ${action}`);
        return true;
      case 'malformed-json':
        sendJson(res, 200, '{"FormatVersion":"aws_v1","PriceList":["{\\"product');
        return true;
      case 'expired-credentials':
        sendAuthError(res, 'ExpiredTokenException', 'The security token included in the request is expired');
        return true;
      case 'unrecognized-client':
        sendAuthError(res, 'UnrecognizedClientException', 'The security token included in the request is invalid.');
        return true;
      case 'stall-after-headers': {
        const text = '{"FormatVersion":"aws_v1","PriceList":[],"ResultsByTime":[],"PriceLists":[]}';
        res.writeHead(200, { 'content-type': JSON_11, 'content-length': Buffer.byteLength(text) });
        res.write(text.slice(0, 20));
        return true;
      }
      case 'slow': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          respond();
        }, 60_000);
        timers.add(timer);
        return true;
      }
      case 'hold':
        held.push(respond);
        return true;
      default:
        return false;
    }
  };

  const getProducts = (body: Record<string, unknown>, res: ServerResponse) => {
    const token = typeof body.NextToken === 'string' ? body.NextToken : '';
    if (token && takeFault('GetProducts', (k) => k === 'expired-token')) {
      sendError(res, 400, 'ExpiredNextTokenException', 'The pagination token expired.');
      return;
    }
    if (options.recordedGetProducts) {
      const file = options.recordedGetProducts[token];
      if (!file) sendError(res, 400, 'InvalidNextTokenException', `unknown NextToken ${token}`);
      else sendJson(res, 200, readFileSync(file, 'utf8'));
      return;
    }
    if (typeof body.ServiceCode !== 'string') {
      sendError(res, 400, 'InvalidParameterException', 'ServiceCode is required');
      return;
    }
    const filters = (Array.isArray(body.Filters) ? body.Filters : []) as { Field?: string; Value?: string; Type?: string }[];
    if (filters.length > 50 || filters.some((f) => f.Type !== 'TERM_MATCH')) {
      sendError(res, 400, 'InvalidParameterException', 'Filters: at most 50 TERM_MATCH filters');
      return;
    }
    const all = (options.products ?? []).filter((i) => i.serviceCode === body.ServiceCode && filters.every((f) => matches(i, f)));
    const size = Math.min(Number(body.MaxResults ?? 100), options.pageSize ?? 100);
    const offset = token ? Number(Buffer.from(token, 'base64').toString('utf8').split(':')[1]) || 0 : 0;
    const page = all.slice(offset, offset + size).map((i) => JSON.stringify(i));
    if (takeFault('GetProducts', (k) => k === 'malformed-record') && page.length > 0) {
      page.splice(0, 0, '{"product": {"sku": ');
      page.splice(1, 0, JSON.stringify({ product: { sku: 'BROKEN' }, serviceCode: body.ServiceCode, terms: 'none' }));
    }
    const next = pagingFault('GetProducts', token) ?? (offset + size < all.length ? Buffer.from(`page:${offset + size}`).toString('base64') : undefined);
    sendJson(res, 200, { FormatVersion: 'aws_v1', PriceList: page, ...(next ? { NextToken: next } : {}) });
  };

  const arnOf = (p: FakePriceList) => `arn:aws:pricing:::price-list/aws/${p.serviceCode}/USD/20250617000000/${p.region}`;

  const listPriceLists = (body: Record<string, unknown>, res: ServerResponse) => {
    if (typeof body.EffectiveDate !== 'number' || body.CurrencyCode !== 'USD') {
      sendError(res, 400, 'InvalidParameterException', 'EffectiveDate (epoch seconds) and CurrencyCode USD are required');
      return;
    }
    const next = pagingFault('ListPriceLists', typeof body.NextToken === 'string' ? body.NextToken : '');
    if (next) {
      // The matching list never comes: every page is empty and points to another.
      sendJson(res, 200, { PriceLists: [], NextToken: next });
      return;
    }
    const lists = (options.priceLists ?? []).filter((p) => p.serviceCode === body.ServiceCode && (!body.RegionCode || p.region === body.RegionCode));
    sendJson(res, 200, { PriceLists: lists.map((p) => ({ PriceListArn: arnOf(p), RegionCode: p.region, CurrencyCode: 'USD', FileFormats: ['json', 'csv'] })) });
  };

  const priceListUrl = (body: Record<string, unknown>, res: ServerResponse) => {
    const index = (options.priceLists ?? []).findIndex((p) => arnOf(p) === body.PriceListArn);
    if (index < 0 || body.FileFormat !== 'json') {
      sendError(res, 400, 'ResourceNotFoundException', `no price list ${String(body.PriceListArn)}`);
      return;
    }
    sendJson(res, 200, { Url: `${endpoint}/offers/${index}.json` });
  };

  const offerFile = (index: number, res: ServerResponse) => {
    const list = options.priceLists?.[index];
    if (!list) {
      res.writeHead(404).end();
      return;
    }
    requests.push({ operation: 'offer-file', body: { index } });
    notify();
    const size = statSync(list.file).size;
    const fault = takeFault('offer-file');
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': size });
    if (fault === 'truncate' || fault === 'hold-midway') {
      const half = Math.floor(size / 2);
      const stream = createReadStream(list.file, { end: half - 1 });
      stream.on('end', () => {
        if (fault === 'truncate') res.destroy();
        else held.push(() => createReadStream(list.file, { start: half }).pipe(res));
      });
      stream.pipe(res, { end: false });
      return;
    }
    createReadStream(list.file).pipe(res);
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'GET' && req.url?.startsWith('/offers/')) {
      offerFile(Number(/\/offers\/(\d+)\.json/.exec(req.url)?.[1] ?? -1), res);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const target = String(req.headers['x-amz-target'] ?? '');
      const operation = target.replace(TARGET_PREFIX, '') as FakeOperation;
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      } catch {
        sendError(res, 400, 'SerializationException', 'body is not JSON');
        return;
      }
      requests.push({ operation, body, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
      notify();
      if (req.method !== 'POST' || !TARGET_PREFIX.test(target) || req.headers['content-type'] !== JSON_11) {
        sendError(res, 400, 'UnknownOperationException', `unexpected ${req.method} ${target}`);
        return;
      }
      const respond = () => {
        switch (operation) {
          case 'GetProducts':
            return getProducts(body, res);
          case 'ListPriceLists':
            return listPriceLists(body, res);
          case 'GetPriceListFileUrl':
            return priceListUrl(body, res);
          case 'GetCostAndUsage': {
            if (!options.costs) return sendError(res, 400, 'DataUnavailableException', 'no data');
            const page = costAndUsageResponse(options.costs, body) as Record<string, unknown>;
            const next = pagingFault('GetCostAndUsage', typeof body.NextPageToken === 'string' ? body.NextPageToken : '');
            return sendJson(res, 200, next ? { ...page, NextPageToken: next } : page);
          }
          case 'GetCostForecast': {
            const forecast = options.costs ? costForecastResponse(options.costs, body) : undefined;
            return forecast ? sendJson(res, 200, forecast) : sendError(res, 400, 'DataUnavailableException', 'Insufficient amount of historical data to generate forecast.');
          }
          default:
            return sendError(res, 400, 'UnknownOperationException', `unknown operation ${operation}`);
        }
      };
      const fault = takeFault(operation, (k) => k !== 'expired-token' && k !== 'malformed-record' && k !== 'looping-token' && k !== 'endless-token');
      if (!applyFault(fault, operation, res, respond)) respond();
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    endpoint,
    requests,
    inject(fault) {
      faults.push({ operation: fault.operation, kind: fault.kind, left: fault.times ?? 1, skip: fault.skip ?? 0 });
    },
    release() {
      for (const go of held.splice(0)) go();
    },
    waitFor(operation, count = 1) {
      return new Promise((resolve) => {
        waiters.push({ operation, count, resolve });
        notify();
      });
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      held.length = 0;
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
