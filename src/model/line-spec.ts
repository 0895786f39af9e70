import type { PriceKey } from '../pricing/price-key';
import type { CostCategory, CostLine, LineProvenance, LineSchedule, ServiceName } from './cost-line';
import type { DeploymentId } from './ops-tasks';
import type { Commitment, OptionId } from './scenario-schema';

/**
 * Stage 1 of the pipeline, "describe": what a builder says about a line before it is priced.
 * Types only, so the sink, the builders and the analyses can share them without import cycles.
 */

/** Where a line belongs: the same for every line a builder emits for one workload. */
export interface LineBase {
  readonly option: OptionId;
  readonly workloadId: string;
  readonly deployment: DeploymentId;
  readonly category: CostCategory;
}

/** A line's text, built only when a detailed estimate is asked for (never during what-if analysis). */
export interface LineText {
  readonly id: string;
  readonly label: string;
  readonly notes?: readonly string[] | undefined;
}
export type TextFn = () => LineText;

/** A multiplier on the catalogue price (e.g. 0.73 for a 27% Savings Plan discount) and its explanation. */
export interface PriceAdjustment {
  readonly factor: number;
  readonly note: string;
}

/**
 * Stage 1 of the pipeline, "describe": a line priced from the catalogue, as a builder states it
 * (what is used, how much, in which unit, under which price key, on which schedule).
 */
export interface CatalogueLineSpec {
  readonly base: LineBase;
  readonly service: ServiceName;
  readonly text: TextFn;
  readonly quantity: number;
  readonly unit: string;
  readonly key: PriceKey;
  readonly schedule: LineSchedule;
  /** The scenario field the quantity or key comes from, named in a missing-price message. */
  readonly path: string;
  /** What to do when the price is missing, in place of the default "check the instance type, or refresh prices". */
  readonly missingHint?: string | undefined;
  readonly adjustment?: PriceAdjustment | undefined;
  /**
   * The quantity is this many equal parts, each priced through the tiers on its own (io2 IOPS are
   * tiered per volume, not per account). Absent: one part.
   */
  readonly tieredParts?: number | undefined;
  /** Flags a line priced at a stand-in rate (on-demand in place of a reserved rate that was not found). */
  readonly fallbackMessage?: string | undefined;
  /** The scenario field whose choice could not be priced (the commitment), for the editor to say so beside it. */
  readonly fallbackPath?: string | undefined;
}

/** A described line whose unit price is not a catalogue price (engineer hours, rates typed into the scenario, downtime). */
export interface FixedPriceLineSpec {
  readonly base: LineBase;
  readonly service: ServiceName;
  readonly text: TextFn;
  readonly quantity: number;
  readonly unit: string;
  /** Null when no price is known (a flagged line, counted as $0). */
  readonly unitPrice: number | null;
  readonly schedule: LineSchedule;
  readonly provenance: () => LineProvenance;
  /** Engineer hours the line stands for (ops-effort lines). */
  readonly hours?: number | undefined;
  readonly flag?: (() => NonNullable<CostLine['flag']>) | undefined;
}

export type ReservedCommitment = Extract<Commitment, { model: 'reserved' }>;

/** Instance-hours of one kind, before a pricing choice is applied. */
export interface ComputeUsage {
  readonly base: LineBase;
  readonly service: ServiceName;
  /** Id, label and notes of the on-demand line; variants (reserved, spot, upfront) derive from it. */
  readonly text: TextFn;
  readonly count: number;
  readonly hoursPerInstance: number;
  readonly onDemandKey: PriceKey;
  /** Present where AWS sells reserved instances for this usage (EC2, RDS). */
  readonly reservedKey?: ((commitment: ReservedCommitment) => PriceKey) | undefined;
  /** Always-on capacity, which reserved instances can cover; bursty usage (notebooks, jobs) cannot. */
  readonly steady: boolean;
  readonly growsWithUsage: boolean;
  /** Scenario path of the instance type, for "price not found" messages. */
  readonly path: string;
  /** Scenario path of the pricing choice, for messages about it. */
  readonly commitmentPath: string;
  /** What to do when the on-demand rate is missing (e.g. "choose BYOL, or refresh prices from AWS"). */
  readonly missingHint?: string | undefined;
}
