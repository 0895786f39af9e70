import { GetPriceListFileUrlCommand, ListPriceListsCommand, type PricingClient } from '@aws-sdk/client-pricing';
import { AwsFailure } from '../aws-failure';
import { PagingGuard } from '../paging-guard';
import type { FetchedPrice } from '../price-list/fetched-price';
import type { RefreshStats, ServiceInstanceSpecs } from '../price-list/price-collector';
import type { RefreshResult } from '../price-list/refresh-result';
import type { RefreshObserver } from '../progress';
import { DEFAULT_RETRY_POLICY, describeRetry, withRetries, type RetryNotice, type RetryPolicy } from '../retry';
import { JsonScanError } from './json-record-scanner';
import { ingestOfferFile, OfferFileLayoutError } from './offer-file-ingest';
import { openOfferDownload } from './offer-file-download';

/** Price List service codes the model draws prices from (aws-api.md §2; ELB is "AWSELB"). */
export const FULL_REFRESH_SERVICE_CODES = ['AmazonEC2', 'AmazonRDS', 'AmazonSageMaker', 'AmazonS3', 'AWSELB', 'AmazonEKS', 'AWSDataTransfer'] as const;

export interface FullRefreshOptions {
  readonly serviceCodes?: readonly string[];
  readonly observer?: RefreshObserver;
  readonly retry?: RetryPolicy;
  readonly profile?: string;
  readonly now?: () => number;
  readonly downloadIdleTimeoutMs?: number;
  /** ListPriceLists pages per service before the search is stopped as endless. */
  readonly maxListPages?: number;
}

/** A Region has one current price list per service and currency; 100 pages of 100 is far beyond any real answer. */
export const DEFAULT_MAX_LIST_PAGES = 100;

export interface OfferFileRead {
  readonly serviceCode: string;
  readonly priceListArn: string;
  readonly bytes: number;
  readonly publishedOn: string;
  readonly version?: string;
}

export interface FullRefreshResult extends RefreshResult {
  readonly files: readonly OfferFileRead[];
}

function addStats(total: RefreshStats, part: RefreshStats): void {
  total.records += part.records;
  total.accepted += part.accepted;
  total.malformed += part.malformed;
  total.unusable += part.unusable;
  total.conflicts += part.conflicts;
  for (const [code, n] of Object.entries(part.rejected)) {
    const k = code as keyof RefreshStats['rejected'];
    total.rejected[k] = (total.rejected[k] ?? 0) + (n ?? 0);
  }
}

/**
 * The full regional catalogue: for each service, ListPriceLists finds the Region's current price
 * list, GetPriceListFileUrl gives its download URL, and the offer file is streamed through the
 * ingester (https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/using-the-aws-price-list-bulk-api-fetching-price-list-files-manually.html).
 * Any failure fails the whole refresh, before anything is written.
 */
export async function refreshFull(client: PricingClient, region: string, options: FullRefreshOptions = {}): Promise<FullRefreshResult> {
  const now = options.now ?? Date.now;
  const started = now();
  const retry = options.retry ?? DEFAULT_RETRY_POLICY;
  const warn = (message: string) => options.observer?.onWarning?.(message);
  const retryOptions = {
    ...(options.profile ? { profile: options.profile } : {}),
    onRetry: (n: RetryNotice) => warn(`${describeRetry(n)} (attempt ${n.attempt + 1})`),
  };
  const codes = options.serviceCodes ?? FULL_REFRESH_SERVICE_CODES;
  const prices: FetchedPrice[] = [];
  const specs: ServiceInstanceSpecs[] = [];
  const warnings: string[] = [];
  const files: OfferFileRead[] = [];
  const stats: RefreshStats = { records: 0, accepted: 0, rejected: {}, malformed: 0, unusable: 0, conflicts: 0 };
  let requests = 0;

  for (const [index, serviceCode] of codes.entries()) {
    options.observer?.onProgress?.({
      phase: 'list',
      label: `${serviceCode} ${region}: finding the price list (${index + 1} of ${codes.length})`,
      itemsDone: index,
      itemsTotal: codes.length,
      bytesDone: 0,
      elapsedMs: now() - started,
    });
    let arn: string | undefined;
    let token: string | undefined;
    const guard = new PagingGuard('pricing:ListPriceLists', 'NextToken', options.maxListPages ?? DEFAULT_MAX_LIST_PAGES);
    do {
      const page = await withRetries(
        'pricing:ListPriceLists',
        () => {
          requests++;
          return client.send(
            new ListPriceListsCommand({
              ServiceCode: serviceCode,
              EffectiveDate: new Date(now()),
              CurrencyCode: 'USD',
              RegionCode: region,
              MaxResults: 100,
              ...(token ? { NextToken: token } : {}),
            }),
          );
        },
        retry,
        retryOptions,
      );
      arn = page.PriceLists?.find((p) => p.RegionCode === region && (p.FileFormats ?? []).some((f) => f.toLowerCase() === 'json'))?.PriceListArn;
      token = arn ? undefined : guard.next(page.NextToken || undefined);
    } while (!arn && token);
    if (!arn) {
      warn(`AWS lists no ${serviceCode} price list for ${region}; those prices stay on the cache or the snapshot`);
      continue;
    }
    const priceListArn = arn;
    const { Url: url } = await withRetries(
      'pricing:GetPriceListFileUrl',
      () => {
        requests++;
        return client.send(new GetPriceListFileUrlCommand({ PriceListArn: priceListArn, FileFormat: 'json' }));
      },
      retry,
      retryOptions,
    );
    if (!url) throw new AwsFailure('malformed-response', 'pricing:GetPriceListFileUrl', `GetPriceListFileUrl returned no URL for ${serviceCode} ${region}`);

    const download = await openOfferDownload(url, options.downloadIdleTimeoutMs ? { idleTimeoutMs: options.downloadIdleTimeoutMs } : {});
    let result;
    try {
      result = await ingestOfferFile(download.chunks, {
        serviceCode,
        region,
        ...(download.bytesTotal !== undefined ? { bytesTotal: download.bytesTotal } : {}),
        label: `${serviceCode} ${region} offer file (${index + 1} of ${codes.length})`,
        ...(options.observer ? { observer: options.observer } : {}),
        now,
      });
    } catch (error) {
      download.abort();
      if (error instanceof JsonScanError || error instanceof OfferFileLayoutError) {
        throw new AwsFailure('malformed-response', 'offer-file download', `${serviceCode} ${region}: ${error.message}`);
      }
      throw error;
    }
    prices.push(...result.prices);
    specs.push(...result.specs);
    addStats(stats, result.stats);
    warnings.push(...result.warnings.map((w) => `${serviceCode}: ${w}`));
    files.push({
      serviceCode,
      priceListArn,
      bytes: result.bytes,
      publishedOn: result.publishedOn,
      ...(result.version ? { version: result.version } : {}),
    });
  }
  return { prices, specs, notFound: [], unqueryable: [], stats, warnings, requests, files };
}
