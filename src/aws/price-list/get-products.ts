import { GetProductsCommand, type PricingClient } from '@aws-sdk/client-pricing';
import { AwsFailure } from '../aws-failure';
import { PagingGuard } from '../paging-guard';
import { withRetries, DEFAULT_RETRY_POLICY, type RetryNotice, type RetryPolicy } from '../retry';
import type { ProductQuery } from './price-queries';

export interface GetProductsOptions {
  readonly retry?: RetryPolicy;
  readonly profile?: string;
  readonly onRetry?: (notice: RetryNotice) => void;
  /** Called when an expired paging token makes the sequence start again. */
  readonly onRestart?: (restart: number) => void;
  /** How many times an expired NextToken may restart the sequence before giving up. */
  readonly maxRestarts?: number;
  /** Pages one query may take before it is stopped as endless. */
  readonly maxPages?: number;
}

export interface ProductPages {
  /** Raw PriceList entries of every page, in order. */
  readonly entries: readonly unknown[];
  readonly requests: number;
  readonly restarts: number;
}

/** AWS caps MaxResults at 100 (API_pricing_GetProducts). */
const PAGE_SIZE = 100;
/** 100,000 records for one query: far more than any query the model makes returns (a whole Region's EC2 catalogue is a few thousand per instance filter). */
export const DEFAULT_MAX_PRODUCT_PAGES = 1000;

/**
 * Every page of one GetProducts query, following NextToken. A token can expire between pages
 * (ExpiredNextTokenException); the sequence then starts again from the first page, dropping what
 * was collected, so a result is never a mix of two snapshots of the price list.
 */
export async function getAllProducts(client: PricingClient, query: ProductQuery, options: GetProductsOptions = {}): Promise<ProductPages> {
  const maxRestarts = options.maxRestarts ?? 3;
  let requests = 0;
  for (let restart = 0; ; restart++) {
    const entries: unknown[] = [];
    const guard = new PagingGuard('pricing:GetProducts', 'NextToken', options.maxPages ?? DEFAULT_MAX_PRODUCT_PAGES);
    let token: string | undefined;
    try {
      do {
        const page = await withRetries(
          'pricing:GetProducts',
          () => {
            requests++;
            return client.send(
              new GetProductsCommand({
                ServiceCode: query.serviceCode,
                Filters: query.filters.map((f) => ({ ...f })),
                FormatVersion: 'aws_v1',
                MaxResults: PAGE_SIZE,
                ...(token ? { NextToken: token } : {}),
              }),
            );
          },
          options.retry ?? DEFAULT_RETRY_POLICY,
          { ...(options.profile ? { profile: options.profile } : {}), ...(options.onRetry ? { onRetry: options.onRetry } : {}) },
        );
        entries.push(...((page.PriceList ?? []) as unknown[]));
        token = guard.next(page.NextToken || undefined);
      } while (token);
      return { entries, requests, restarts: restart };
    } catch (error) {
      if (error instanceof AwsFailure && error.kind === 'expired-token' && restart < maxRestarts) {
        options.onRestart?.(restart + 1);
        continue;
      }
      throw error;
    }
  }
}
