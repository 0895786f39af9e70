import type { Citation } from './citation';

/**
 * One row of the evidence calibration table: a published aggregate figure (databases per DBA,
 * servers per administrator, the SageMaker TCO whitepaper's direction by team size …), its source
 * and scope, and the model's own figure for a stated fleet, computed from the model's defaults.
 * Rows are generated from the code, so the table in docs/methodology.md, the app and the report
 * cannot drift from what the model does.
 */
export interface CalibrationRow {
  /** Stable id, e.g. "db.per-dba.self-managed.50-ha-postgres". */
  readonly id: string;
  /** What is measured, e.g. "Databases per DBA, self-managed on EC2". */
  readonly measure: string;
  /** The fleet the model's figure is computed for, e.g. "50 highly available PostgreSQL databases". */
  readonly fleet: string;
  readonly unit: string;
  readonly published: {
    /** The figure as published, e.g. "40 on average (8–275)". */
    readonly figure: string;
    /** The band a default must land in (inclusive); a direction is a band such as [0, 1) or (1, ∞). */
    readonly low: number;
    readonly high: number;
    readonly citation: Citation;
    /** Whose environments the figure describes and how it transfers (e.g. "prior environments, largely on premises"). */
    readonly scope: string;
  };
  /** The model's figure for `fleet` at default inputs. */
  readonly model: number;
  readonly inBand: boolean;
  /** Where the model deliberately differs from the published figure, or how the band was derived, the reason. */
  readonly note?: string | undefined;
}

/** Whether a model figure lies within a published band (inclusive). */
export function inBand(model: number, low: number, high: number): boolean {
  return model >= low && model <= high;
}
