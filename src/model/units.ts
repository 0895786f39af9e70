/**
 * Units and calendar conventions shared by every cost builder.
 *
 * Field names across the model carry their unit (`hourlyUsd`, `storageGb`, `hoursPerMonth`);
 * the constants below are the only place the conversions are defined.
 */

/**
 * Hours in a billing month. AWS Pricing Calculator convention: "730 hours in a month"
 * (https://aws.amazon.com/calculator/calculator-assumptions, read 2026-11). 24 × 365 / 12 = 730.
 */
export const HOURS_PER_MONTH = 730;

/** Average days in a month implied by HOURS_PER_MONTH (730 / 24 ≈ 30.42). */
export const DAYS_PER_MONTH = HOURS_PER_MONTH / 24;

/**
 * Working hours in a full-time-equivalent month. BLS converts annual pay to hourly pay with
 * 2,080 hours a year (40 h × 52 weeks); 2,080 / 12 ≈ 173.3 h.
 */
export const FTE_HOURS_PER_MONTH = 2080 / 12;

/** Weeks in a month: 52 weeks a year (BLS's 2,080-hour year is 40 h × 52 weeks) over 12 months. */
export const WEEKS_PER_MONTH = 52 / 12;

/** Seconds in a 730-hour month, for per-second prices (SageMaker Serverless Inference). */
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

/** Months in a year, named so that term arithmetic reads plainly. */
export const MONTHS_PER_YEAR = 12;
