import { CostExplorerClient } from '@aws-sdk/client-cost-explorer';
import { sdkClientOptions, type AwsConnection } from '../aws-client-options';

/**
 * Cost Explorer has one endpoint, ce.us-east-1.amazonaws.com, whatever Region a client names
 * (aws-api.md §1.1); the client is created there so requests are signed for us-east-1.
 */
export function createCostExplorerClient(connection: AwsConnection): CostExplorerClient {
  return new CostExplorerClient({ region: 'us-east-1', ...sdkClientOptions(connection) });
}
