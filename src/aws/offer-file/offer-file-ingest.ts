import { describeSchemaError, productSchema, termsBySkuSchema } from '../price-list/price-item-schema';
import { pricesFromProduct, type FetchedPrice, type FetchOrigin } from '../price-list/fetched-price';
import { PriceCollector, type RefreshStats, type ServiceInstanceSpecs } from '../price-list/price-collector';
import { classifyProduct, type ProductClass } from '../price-list/product-classifier';
import { estimateRemainingMs, type RefreshObserver } from '../progress';
import { JsonRecordScanner, type MemberAction } from './json-record-scanner';

/**
 * Reads an AWS bulk offer file — `{ ..., publicationDate, products: {SKU: product}, terms:
 * {OnDemand: {SKU: {SKU.term: term}}, Reserved: {...}} }` (aws-api.md §1.2,
 * https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/reading-an-offer.html) — as a
 * stream, keeping only the products the model prices and the terms of those products. Memory is
 * bounded by the kept prices and one record at a time, whatever the file size.
 */

export interface OfferIngestOptions {
  readonly serviceCode: string;
  readonly region: string;
  /** Content length when known, for progress and ETA. */
  readonly bytesTotal?: number;
  readonly label?: string;
  readonly observer?: RefreshObserver;
  readonly now?: () => number;
  /** Report progress at most once per this many bytes. */
  readonly progressEveryBytes?: number;
}

export interface OfferIngestResult {
  readonly prices: readonly FetchedPrice[];
  readonly specs: readonly ServiceInstanceSpecs[];
  readonly stats: RefreshStats;
  readonly warnings: readonly string[];
  readonly publishedOn: string;
  readonly version?: string;
  readonly bytes: number;
}

export class OfferFileLayoutError extends Error {
  override readonly name = 'OfferFileLayoutError';
}

/**
 * Byte needles a product record must contain (all of one group) to be worth parsing. Each group
 * holds only values the classifier requires literally, so the pre-filter never drops a record the
 * classifier would accept; it spares JSON.parse on the ~99% of EC2 records (other operating
 * systems, tenancies, capacity reservations) that the model never prices.
 */
const CANDIDATE_NEEDLES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  AmazonEC2: [
    ['"Compute Instance"', '"Linux"', '"Shared"', 'BoxUsage:'],
    ['"Storage"', 'EBS:VolumeUsage'],
    ['"System Operation"', 'EBS:VolumeP-IOPS'],
    ['"Provisioned Throughput"', 'EBS:VolumeP-Throughput'],
    ['"Storage Snapshot"', 'EBS:SnapshotUsage'],
  ],
  AmazonRDS: [['"Database Instance"'], ['"Database Storage"'], ['"Provisioned IOPS"'], ['"Provisioned Throughput"'], ['"Storage Snapshot"', 'ChargedBackupUsage']],
};

const META_KEYS = new Set(['publicationDate', 'version', 'offerCode', 'formatVersion']);

export class OfferFileIngester {
  private readonly scanner: JsonRecordScanner;
  private readonly collector = new PriceCollector();
  private readonly relevant = new Map<string, Extract<ProductClass, { accepted: true }>>();
  /** Relevant SKUs whose on-demand terms have been read (usable or not). */
  private readonly withOnDemand = new Set<string>();
  private readonly needles: readonly (readonly Buffer[])[] | undefined;
  private readonly meta: Record<string, string> = {};
  private termsSeen = false;
  private productsSeen = false;
  private items = 0;
  private nextReportAt = 0;
  private readonly started: number;
  private readonly now: () => number;
  private readonly every: number;

  constructor(private readonly options: OfferIngestOptions) {
    this.now = options.now ?? Date.now;
    this.started = this.now();
    // About 200 updates per file: smooth for a bar, cheap for a multi-GB file.
    this.every = options.progressEveryBytes ?? Math.min(8 * 1024 * 1024, Math.max(256 * 1024, Math.floor((options.bytesTotal ?? 0) / 200)));
    const groups = CANDIDATE_NEEDLES[options.serviceCode];
    this.needles = groups?.map((g) => g.map((n) => Buffer.from(n, 'utf8')));
    this.scanner = new JsonRecordScanner({
      member: (path) => this.member(path),
      captured: (path, bytes, start, end) => this.captured(path, bytes, start, end),
    });
  }

  push(chunk: Uint8Array): void {
    this.scanner.push(chunk);
    if (this.scanner.bytesScanned >= this.nextReportAt) {
      this.report();
      this.nextReportAt = this.scanner.bytesScanned + this.every;
    }
  }

  finish(): OfferIngestResult {
    this.scanner.finish();
    this.report();
    if (!this.productsSeen) throw new OfferFileLayoutError(`${this.options.serviceCode} offer file has no "products" section`);
    const publishedOn = this.meta.publicationDate?.slice(0, 10);
    if (!publishedOn || !/^\d{4}-\d{2}-\d{2}$/.test(publishedOn)) {
      throw new OfferFileLayoutError(`${this.options.serviceCode} offer file has no valid publicationDate`);
    }
    for (const sku of this.relevant.keys()) {
      if (!this.withOnDemand.has(sku)) this.collector.unusable(`${sku}: no on-demand term`);
    }
    const origin: FetchOrigin = {
      serviceCode: this.options.serviceCode,
      publishedOn,
      ...(this.meta.version ? { version: this.meta.version } : {}),
      method: 'full',
    };
    return {
      prices: this.collector.prices().map((p) => ({ ...p, origin })),
      specs: this.collector.specs(),
      stats: this.collector.stats,
      warnings: this.collector.warnings(),
      publishedOn,
      ...(this.meta.version ? { version: this.meta.version } : {}),
      bytes: this.scanner.bytesScanned,
    };
  }

  private member(path: readonly string[]): MemberAction {
    const top = path[0];
    switch (path.length) {
      case 1:
        if (top === 'products') {
          if (this.termsSeen) {
            // AWS writes products before terms; reading terms first would need every term kept.
            throw new OfferFileLayoutError(`${this.options.serviceCode} offer file lists terms before products, which TCO Studio cannot stream`);
          }
          this.productsSeen = true;
          return 'descend';
        }
        if (top === 'terms') {
          this.termsSeen = true;
          return 'descend';
        }
        return META_KEYS.has(top!) ? 'capture' : 'skip';
      case 2:
        if (top === 'products') return 'capture';
        return top === 'terms' && (path[1] === 'OnDemand' || path[1] === 'Reserved') ? 'descend' : 'skip';
      case 3:
        return this.relevant.has(path[2]!) ? 'capture' : 'skip';
      default:
        return 'skip';
    }
  }

  private captured(path: readonly string[], bytes: Uint8Array, start: number, end: number): void {
    const view = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start);
    if (path.length === 1) {
      const value: unknown = JSON.parse(view.toString('utf8'));
      if (typeof value === 'string') this.meta[path[0]!] = value;
      return;
    }
    this.items++;
    if (path.length === 2) this.product(path[1]!, view);
    else this.terms(path[1]!, path[2]!, view);
  }

  private product(sku: string, view: Buffer): void {
    this.collector.record();
    if (this.needles && !this.needles.some((group) => group.every((needle) => view.indexOf(needle) >= 0))) {
      this.collector.rejected('not-modelled');
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(view.toString('utf8'));
    } catch (error) {
      this.collector.malformed(`products.${sku}`, `not JSON (${(error as Error).message})`);
      return;
    }
    const parsed = productSchema.safeParse(json);
    if (!parsed.success) {
      this.collector.malformed(`products.${sku}`, describeSchemaError(parsed.error));
      return;
    }
    const cls = classifyProduct(this.options.serviceCode, parsed.data, this.options.region);
    if (!cls.accepted) {
      this.collector.rejected(cls.code);
      return;
    }
    this.relevant.set(sku, cls);
    this.collector.accepted([], []);
  }

  private terms(type: string, sku: string, view: Buffer): void {
    const cls = this.relevant.get(sku)!;
    let json: unknown;
    try {
      json = JSON.parse(view.toString('utf8'));
    } catch (error) {
      this.collector.malformed(`terms.${type}.${sku}`, `not JSON (${(error as Error).message})`);
      return;
    }
    const parsed = termsBySkuSchema.safeParse(json);
    if (!parsed.success) {
      this.collector.malformed(`terms.${type}.${sku}`, describeSchemaError(parsed.error));
      return;
    }
    const onDemand = type === 'OnDemand';
    const placeholder: FetchOrigin = { serviceCode: this.options.serviceCode, publishedOn: '', method: 'full' };
    const result = pricesFromProduct(cls, sku, onDemand ? parsed.data : undefined, onDemand ? undefined : parsed.data, placeholder);
    if (onDemand) this.withOnDemand.add(sku);
    for (const problem of result.problems) this.collector.unusable(problem);
    this.collector.add(result.prices);
    if (cls.specs && result.prices.some((p) => p.key === cls.key)) {
      this.collector.addSpecs({ service: cls.key.service, region: this.options.region, specs: cls.specs });
    }
  }

  private report(): void {
    const elapsedMs = this.now() - this.started;
    const bytesDone = this.scanner.bytesScanned;
    const etaMs = estimateRemainingMs(bytesDone, this.options.bytesTotal, elapsedMs);
    this.options.observer?.onProgress?.({
      phase: 'download',
      label: this.options.label ?? `${this.options.serviceCode} ${this.options.region} offer file`,
      itemsDone: this.items,
      bytesDone,
      ...(this.options.bytesTotal !== undefined ? { bytesTotal: this.options.bytesTotal } : {}),
      elapsedMs,
      ...(etaMs !== undefined ? { etaMs } : {}),
    });
  }
}

/** Ingests a whole offer file from a byte stream (an HTTP response or a file). */
export async function ingestOfferFile(chunks: AsyncIterable<Uint8Array>, options: OfferIngestOptions): Promise<OfferIngestResult> {
  const ingester = new OfferFileIngester(options);
  for await (const chunk of chunks) ingester.push(chunk);
  return ingester.finish();
}
