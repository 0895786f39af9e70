import { PricingClient } from '@aws-sdk/client-pricing';
import { sdkClientOptions, type AwsConnection } from '../aws-client-options';

/**
 * The Price List API is served only from us-east-1, eu-central-1 and ap-south-1
 * (https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/using-ppslong.html), and the SDK
 * builds api.pricing.<region>.amazonaws.com for any region, so the client's region is pinned to
 * one of those whatever Region is being priced; the priced Region is a regionCode filter.
 */
export const PRICING_API_REGIONS = ['us-east-1', 'eu-central-1', 'ap-south-1'] as const;
export type PricingApiRegion = (typeof PRICING_API_REGIONS)[number];

export function createPricingClient(connection: AwsConnection, apiRegion: PricingApiRegion = 'us-east-1'): PricingClient {
  return new PricingClient({ region: apiRegion, ...sdkClientOptions(connection) });
}
