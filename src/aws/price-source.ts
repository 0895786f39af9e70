import type { PriceSource } from '../pricing/catalogue';

/** The AWS pricing page of each Price List service, where a reviewer can check a rate. */
export const PRICING_PAGES: Readonly<Record<string, string>> = {
  AmazonEC2: 'https://aws.amazon.com/ec2/pricing/on-demand/',
  AmazonRDS: 'https://aws.amazon.com/rds/pricing/',
  AmazonSageMaker: 'https://aws.amazon.com/sagemaker/pricing/',
  AmazonS3: 'https://aws.amazon.com/s3/pricing/',
  AWSELB: 'https://aws.amazon.com/elasticloadbalancing/pricing/',
  AmazonEKS: 'https://aws.amazon.com/eks/pricing/',
  AWSDataTransfer: 'https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer_within_the_same_AWS_Region',
};

export interface FetchedSourceFacts {
  readonly serviceCode: string;
  readonly method: 'targeted' | 'full';
  readonly publishedOn: string;
  readonly version?: string;
  readonly fetchedAt: string;
}

/**
 * The provenance of a price fetched from the Price List: "live" while it is the answer of this
 * session's refresh, "cache" when read back from disk. `asOf` is AWS's publication date of the
 * price list, not the day it was fetched; the title says both.
 */
export function fetchedPriceSource(
  facts: FetchedSourceFacts,
  region: string,
  kind: 'live' | 'cache',
  extra: { readonly sku?: string; readonly note?: string } = {},
): PriceSource {
  const how = facts.method === 'full' ? 'regional offer file' : 'GetProducts';
  const version = facts.version ? `, version ${facts.version}` : '';
  return {
    kind,
    title: `AWS Price List API (${how}), ${facts.serviceCode} ${region}${version}; fetched ${facts.fetchedAt.slice(0, 10)}`,
    url: PRICING_PAGES[facts.serviceCode] ?? 'https://aws.amazon.com/pricing/',
    asOf: facts.publishedOn,
    basis: 'published',
    ...(extra.note ? { note: extra.note } : {}),
    ...(extra.sku ? { sku: extra.sku } : {}),
  };
}
