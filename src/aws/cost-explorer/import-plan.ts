/**
 * What a Cost Explorer import will cost before it is made: Cost Explorer charges $0.01 for each
 * API request (https://aws.amazon.com/aws-cost-management/aws-cost-explorer/pricing/, "Cost
 * Explorer API: $0.01 per paginated API request"). The user sees this and agrees before any call.
 */
export const COST_EXPLORER_USD_PER_REQUEST = 0.01;

/** Requests an import always makes: cost by SERVICE, cost by USAGE_TYPE, and the forecast. */
export const MINIMUM_IMPORT_REQUESTS = 3;

/** A cap on paging so a surprising account cannot run up the bill; the import stops, writing nothing. */
export const DEFAULT_MAX_IMPORT_REQUESTS = 10;

export interface ImportPlan {
  readonly months: number;
  readonly minimumRequests: number;
  readonly maximumRequests: number;
  readonly minimumUsd: number;
  readonly maximumUsd: number;
}

export function planCostImport(months: number, maxRequests = DEFAULT_MAX_IMPORT_REQUESTS): ImportPlan {
  const max = Math.max(maxRequests, MINIMUM_IMPORT_REQUESTS);
  return {
    months,
    minimumRequests: MINIMUM_IMPORT_REQUESTS,
    maximumRequests: max,
    minimumUsd: MINIMUM_IMPORT_REQUESTS * COST_EXPLORER_USD_PER_REQUEST,
    maximumUsd: max * COST_EXPLORER_USD_PER_REQUEST,
  };
}

/** One line for the confirmation prompt. */
export function describeImportPlan(plan: ImportPlan): string {
  return (
    `Cost Explorer charges $0.01 per API request. Importing ${plan.months} month${plan.months > 1 ? 's' : ''} makes ` +
    `${plan.minimumRequests} requests ($${plan.minimumUsd.toFixed(2)}): cost by service, cost by usage type, and the forecast; ` +
    `more only if AWS splits a result into pages, never more than ${plan.maximumRequests} ($${plan.maximumUsd.toFixed(2)}).`
  );
}
