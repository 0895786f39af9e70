import { awsFixturePath } from '../support/paths';
import { readSampleJson } from '../support/samples';

export { readSampleJson };

/**
 * The real recorded AWS data in test/fixtures/aws (trimmed copies; its README names each source
 * and date), as the fake endpoint serves it. A "price item" is one GetProducts PriceList entry, parsed.
 */
export interface FakePriceItem {
  readonly product: { readonly sku: string; readonly productFamily?: string; readonly attributes: Record<string, string> };
  readonly serviceCode: string;
  readonly terms: { readonly OnDemand?: Record<string, unknown>; readonly Reserved?: Record<string, unknown> };
  readonly version?: string;
  readonly publicationDate: string;
}

export const samplePath = awsFixturePath;

export const SAMPLE = {
  m5Large2021Item: 'api-responses/getproducts-priceitem-ec2-m5.large-us-east-1-2021.json',
  m5Large2021Envelope: 'api-responses/getproducts-response-SYNTHETIC-envelope-ec2-m5.large-us-east-1-2021.json',
  traps2026Items: 'api-responses/getproducts-priceitems-ec2-eu-west-2-2026-02-27.first6.json',
  traps2026Page1: 'api-responses/getproducts-response-SYNTHETIC-envelope-2026-items-page1-of-2.json',
  traps2026Page2: 'api-responses/getproducts-response-SYNTHETIC-envelope-2026-items-page2-of-2.json',
  awscliEbsPiops: 'api-responses/pricing-getproducts-response-awscli-example-ebs-piops-ap-southeast-1-2018.json',
  botocoreGetProducts: 'api-responses/pricing-getproducts-botocore-example.json',
  offerUsEast1: 'offer-file-extracts/opencost-testdata-pricing-us-east-1-2024-05-28.json',
  offerUsEast2: 'offer-file-extracts/opencost-testdata-pricing-us-east-2-2023-03-22.json',
  ceAwscli2017: 'api-responses/ce-getcostandusage-response-awscli-example-2017-09.json',
  ceDailyByService2024: 'api-responses/ce-getcostandusage-resultsbytime-daily-by-service-2024-04-01_2024-04-27.json',
} as const;

export function m5Large2021Item(): FakePriceItem {
  return readSampleJson<FakePriceItem>(SAMPLE.m5Large2021Item);
}

export function traps2026Items(): FakePriceItem[] {
  return readSampleJson<FakePriceItem[]>(SAMPLE.traps2026Items);
}

/** Items of a recorded GetProducts response, whose PriceList holds JSON strings. */
export function itemsOfResponse(relative: string): FakePriceItem[] {
  const body = readSampleJson<{ PriceList?: string[]; output?: { PriceList: string[] } }>(relative);
  const list = body.PriceList ?? body.output?.PriceList ?? [];
  return list.map((s) => JSON.parse(s) as FakePriceItem);
}

interface OfferFile {
  offerCode: string;
  version: string;
  publicationDate: string;
  products: Record<string, FakePriceItem['product']>;
  terms: Record<string, Record<string, Record<string, unknown>>>;
}

/**
 * The GetProducts items a real offer-file extract stands for: the offer file splits products and
 * terms by SKU; the API joins them per product (aws-api.md §1.2). Records are unchanged.
 */
export function offerExtractAsItems(relative: string): FakePriceItem[] {
  const offer = readSampleJson<OfferFile>(relative);
  return Object.entries(offer.products).map(([sku, product]) => {
    const onDemand = offer.terms.OnDemand?.[sku];
    const reserved = offer.terms.Reserved?.[sku];
    return {
      product,
      serviceCode: offer.offerCode,
      terms: { ...(onDemand ? { OnDemand: onDemand } : {}), ...(reserved ? { Reserved: reserved } : {}) },
      version: offer.version,
      publicationDate: offer.publicationDate,
    };
  });
}
