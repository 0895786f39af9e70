import type { PriceSource } from '../pricing/catalogue';
import type { Provenance } from './citation';
import type { RoleId } from './labour';
import type { DeploymentId } from './ops-tasks';
import type { OptionId } from './scenario-schema';

/**
 * What a cost is for: AWS infrastructure, engineer time for operations, security and compliance
 * work, and the business cost of downtime (only when the scenario prices it): not engineer time, so
 * not counted under operations.
 */
export type CostCategory = 'infrastructure' | 'operations' | 'security' | 'downtime';
export const COST_CATEGORIES: readonly CostCategory[] = ['infrastructure', 'operations', 'security', 'downtime'];

export type ServiceName =
  | 'Amazon EC2'
  | 'Amazon EBS'
  | 'Amazon RDS'
  | 'Amazon SageMaker'
  | 'Amazon S3'
  | 'Elastic Load Balancing'
  | 'Amazon EKS'
  | 'Data transfer'
  /** Commercial database licences the customer buys (BYOL), at published list prices or the scenario's. */
  | 'Software licences'
  | 'Engineering time'
  | 'Downtime'
  /** Benefit forgone while an option is not yet live (src/tradeoffs, time to value). */
  | 'Delayed value';

/**
 * How a recurring line follows the scenario's usage growth:
 * - none: the same every month (a fixed fleet, engineer hours)
 * - usage: × (1 + growth)^(month − 1) (storage, jobs, requests)
 * - above-base: × max(0, (1 + growth)^(month − 1) − 1): only usage above month 1, e.g. usage beyond a
 *   Savings Plan commitment that was sized to month 1, billed at on-demand rates
 */
export type GrowthRule = 'none' | 'usage' | 'above-base';

/**
 * When a line's amount is paid:
 * - monthly: every month, following `growth`
 * - once: one payment in `month` (1-based), e.g. setup effort
 * - every: a lump sum in `firstMonth` and every `everyMonths` after, e.g. a reserved-instance upfront fee per term
 * - window: the same amount every month from `firstMonth` to `lastMonth` (inclusive), nothing outside,
 *   e.g. an Extended Support year band that starts when a version leaves standard support
 */
export type LineSchedule =
  | { readonly kind: 'monthly'; readonly growth: GrowthRule }
  | { readonly kind: 'once'; readonly month: number }
  | { readonly kind: 'every'; readonly firstMonth: number; readonly everyMonths: number }
  | { readonly kind: 'window'; readonly firstMonth: number; readonly lastMonth: number };

/** Where a line's unit price comes from. */
export type LineProvenance =
  | { readonly kind: 'price'; readonly priceKey: string; readonly source: PriceSource; readonly adjustment?: string | undefined }
  | { readonly kind: 'scenario-price'; readonly note: string }
  | {
      readonly kind: 'labour';
      readonly role: RoleId;
      readonly rateSource: 'default' | 'scenario';
      readonly rateProvenance?: Provenance | undefined;
      readonly taskId?: string;
      readonly taskProvenance: Provenance;
      readonly overridden: boolean;
    }
  | { readonly kind: 'input'; readonly note: string; readonly provenance?: Provenance }
  /** A vendor's published rate that is not in AWS price data (e.g. a licence list price): cited, never presented as fetched. */
  | { readonly kind: 'published-rate'; readonly note: string; readonly provenance: Provenance }
  | { readonly kind: 'missing'; readonly priceKey: string };

/**
 * One cost line: the single source of every figure the app shows (DESIGN convention 1).
 * `monthly` is the recurring amount in month 1; `oneTime` the amount of each lump payment (for a
 * `window` line: the amount paid each month of its window).
 * Totals, charts, CSV and PDF all read lines; only projection.ts sums them.
 */
export interface CostLine {
  readonly id: string;
  readonly option: OptionId;
  /** The workload this line belongs to, or the shared platform id for ops lines (`database-platform`, `ml-platform`). */
  readonly workloadId: string;
  readonly deployment: DeploymentId;
  readonly service: ServiceName;
  readonly category: CostCategory;
  readonly label: string;
  readonly quantity: number;
  readonly unit: string;
  /** USD per unit; null when no price was found (the line is then flagged and counts as $0). */
  readonly unitPrice: number | null;
  readonly monthly: number;
  readonly oneTime: number;
  readonly schedule: LineSchedule;
  readonly provenance: LineProvenance;
  /** Engineer hours this line stands for (per month for recurring lines, per occurrence otherwise). */
  readonly hours?: number | undefined;
  /** Set when the price is missing or only approximated; the UI and reports flag the line. */
  readonly flag?:
    | {
        readonly kind: 'missing-price' | 'derived-price' | 'fallback-price';
        readonly message: string;
        /** Fallback prices: the scenario field whose choice could not be priced (e.g. a reserved commitment). */
        readonly path?: string | undefined;
      }
    | undefined;
  /** Plain-language notes on how the quantity was worked out. */
  readonly notes?: readonly string[] | undefined;
}

/** A cost line as an estimate returns it, with its total over the horizon. */
export interface EstimatedLine extends CostLine {
  /** This line's total over the horizon. */
  readonly horizonTotal: number;
}

/** Platform ids used as `workloadId` of lines shared by every workload of a kind (ops effort). */
export const PLATFORM_IDS = { database: 'database-platform', ml: 'ml-platform' } as const;
