/**
 * What the user spends today, as imported from AWS Cost Explorer: UnblendedCost per month by
 * SERVICE, by USAGE_TYPE for the services the model prices, and AWS's forecast; or, without API
 * access, the cost by service of a CSV downloaded from the Cost Explorer console. Plain data, so
 * the UI, the CLI and reports read the same thing.
 */
export interface ImportedSpend {
  readonly source: CostExplorerApiSource | CostExplorerCsvSource;
  /** First day included and first day excluded, YYYY-MM-DD. */
  readonly period: { readonly start: string; readonly end: string };
  readonly months: readonly MonthlySpend[];
  readonly forecast?: SpendForecast;
  /** Cost Explorer API requests the import made ($0.01 each). */
  readonly requests: number;
}

/** Imported through the Cost Explorer API (GetCostAndUsage, GetCostForecast). */
export interface CostExplorerApiSource {
  readonly kind: 'cost-explorer';
  /** ISO date-time of the import. */
  readonly importedAt: string;
  readonly profile?: string;
  readonly metric: 'UnblendedCost';
}

/**
 * Read from a CSV downloaded from the Cost Explorer console (grouped by Service). No request is
 * made; the file does not say which cost type the console showed (unblended by default).
 */
export interface CostExplorerCsvSource {
  readonly kind: 'cost-explorer-csv';
  /** ISO date-time of the import. */
  readonly importedAt: string;
  /** The file's name, without its folder. */
  readonly fileName: string;
}

export interface MonthlySpend {
  /** YYYY-MM */
  readonly month: string;
  /** Cost Explorer marks a month whose bill is not final yet as estimated. */
  readonly estimated: boolean;
  /**
   * Set when the import covers only some days of the month (a CSV of daily rows that starts or
   * ends inside it): its amounts are for those days only.
   */
  readonly partial?: { readonly days: number; readonly daysInMonth: number };
  /** Cost Explorer SERVICE dimension value → USD. */
  readonly byService: Readonly<Record<string, number>>;
  readonly byUsageType: readonly UsageTypeSpend[];
}

export interface UsageTypeSpend {
  readonly service: string;
  readonly usageType: string;
  readonly usd: number;
}

export interface SpendForecast {
  readonly start: string;
  readonly end: string;
  readonly meanUsd: number;
  readonly lowUsd?: number;
  readonly highUsd?: number;
}

/** Cost Explorer SERVICE values of the services whose spend is broken down by usage type. */
export const USAGE_TYPE_SERVICES = [
  'Amazon Elastic Compute Cloud - Compute',
  'EC2 - Other',
  'Amazon Relational Database Service',
  'Amazon SageMaker',
] as const;
