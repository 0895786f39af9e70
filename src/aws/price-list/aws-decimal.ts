/**
 * AWS publishes every price as a decimal string ("0.0960000000", "294"). It is parsed once, here,
 * and only when it is a plain non-negative decimal: anything else is a malformed record, never a
 * silent NaN or $0 (DESIGN convention 5).
 */
const PLAIN_DECIMAL = /^\d+(\.\d+)?$/;

export function parseAwsUsd(text: string): number | undefined {
  if (!PLAIN_DECIMAL.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** Tier bounds: "0", "51200", "Inf". Returns null for "Inf" (open-ended), undefined when malformed. */
export function parseRangeBound(text: string | undefined): number | null | undefined {
  if (text === undefined || text === 'Inf') return text === 'Inf' ? null : undefined;
  return parseAwsUsd(text);
}
