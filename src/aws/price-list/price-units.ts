/**
 * The unit each kind of price is stored in (the same units as the embedded snapshot, which the
 * model's quantities are written against) and the AWS unit spellings accepted for it, with the
 * factor that converts an AWS rate into the stored unit. A rate in any other unit is skipped:
 * pricing a quantity in the wrong unit would be silently wrong by orders of magnitude.
 */
export interface UnitRule {
  readonly unit: string;
  /** Normalised AWS unit (lower case, no spaces) → multiplier from the AWS rate to the stored rate. */
  readonly accepts: Readonly<Record<string, number>>;
}

export const HOURS: UnitRule = { unit: 'Hrs', accepts: { hrs: 1, hours: 1, hour: 1, hr: 1 } };
export const GB_MONTH: UnitRule = { unit: 'GB-Mo', accepts: { 'gb-mo': 1, 'gb-month': 1 } };
export const IOPS_MONTH: UnitRule = { unit: 'IOPS-Mo', accepts: { 'iops-mo': 1, 'iops-month': 1 } };
/** EBS lists gp3 throughput per GiBps-month ("GiBps-mo"); 1 GiB/s = 1,024 MiB/s. */
export const EBS_THROUGHPUT: UnitRule = { unit: 'GiBps-Mo', accepts: { 'gibps-mo': 1, 'mibps-mo': 1024 } };
/** RDS lists gp3 throughput per MiBps-month (AWS RDS pricing page, "Provisioned Throughput"). */
export const RDS_THROUGHPUT: UnitRule = { unit: 'MiBps-Mo', accepts: { 'mibps-mo': 1, 'gibps-mo': 1 / 1024 } };
export const GB: UnitRule = { unit: 'GB', accepts: { gb: 1 } };
export const LCU_HOURS: UnitRule = { unit: 'LCU-Hrs', accepts: { 'lcu-hrs': 1, 'lcu-hours': 1, 'lcu-hr': 1 } };
/** SageMaker Serverless Inference is billed per second of compute at a memory size. */
export const SECONDS: UnitRule = { unit: 'seconds', accepts: { second: 1, seconds: 1, sec: 1, secs: 1, s: 1 } };

export function normaliseUnit(unit: string): string {
  return unit.toLowerCase().replace(/\s+/g, '');
}

/** The multiplier from an AWS unit to the rule's unit, or undefined when the unit does not fit. */
export function unitFactor(rule: UnitRule, awsUnit: string): number | undefined {
  return rule.accepts[normaliseUnit(awsUnit)];
}
