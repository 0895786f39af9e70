import type { PriceSource } from './catalogue';

/**
 * How old a price may be before the app calls it stale: 90 days, one quarter. This is a judgment,
 * stated as one (docs/methodology.md, "How old may a price be?"):
 * - FinOps teams re-forecast monthly or quarterly (the FinOps Framework's Forecasting capability
 *   asks, from "Walk" maturity on, for forecast updates "on a regular cadence"); a rate older than
 *   one quarter has missed at least one such update.
 * - AWS changes list prices without a calendar and sometimes by a lot: in June 2025 it cut the
 *   on-demand prices of P4 and P5 instances by up to 45%; the price feeds of April 2025 and those
 *   of November 2025 disagree on those types by exactly that cut.
 * - A refresh costs the user nothing but a minute (`tco-studio prices refresh`), so a flag that
 *   asks for one is cheap; a silently old price is not.
 * The threshold is the user's to change (Settings, `--stale-after-days`); a stale price is still
 * used and totals do not change: it is flagged, with its age, wherever it is shown.
 */
export const DEFAULT_STALE_AFTER_DAYS = 90;
export const STALE_AFTER_DAYS_RANGE = { min: 1, max: 3650 } as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The first instant of an as-of date: YYYY-MM-DD, or YYYY-MM for a monthly bill (its first day, so its age is never understated). */
function asOfTime(asOf: string): number | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(asOf);
  if (!m) return undefined;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1);
  return Number.isNaN(t) ? undefined : t;
}

/**
 * Whole days from a price's as-of date to `today` (an ISO date or date-time; the caller's clock,
 * the pure core has none). Undefined for an as-of the app cannot read; never negative.
 */
export function priceAgeDays(asOf: string, today: string): number | undefined {
  const from = asOfTime(asOf);
  const to = Date.parse(today.length === 10 ? `${today}T00:00:00Z` : today);
  if (from === undefined || Number.isNaN(to)) return undefined;
  return Math.max(0, Math.floor((to - from) / DAY_MS));
}

/** The day prices are judged on and the threshold: what a view or report needs to state ages. */
export interface PriceAgePolicy {
  /** ISO date or date-time (the caller's clock). */
  readonly today: string;
  readonly staleAfterDays: number;
}

export interface PriceAge {
  /** Days since the source's as-of date. */
  readonly days: number;
  /** Older than the threshold. */
  readonly stale: boolean;
}

/**
 * The age of a price source on `today`. Prices typed into the scenario carry the user's own date
 * and are never called stale by the app (the user chose them); an unreadable date is treated as stale.
 */
export function priceAge(source: Pick<PriceSource, 'asOf' | 'kind'>, today: string, staleAfterDays: number = DEFAULT_STALE_AFTER_DAYS): PriceAge {
  const days = priceAgeDays(source.asOf, today);
  if (days === undefined) return { days: Number.NaN, stale: source.kind !== 'scenario' };
  return { days, stale: source.kind !== 'scenario' && days > staleAfterDays };
}

/** "545 days", "1 day", "today": an age for a table cell. */
export function formatAge(days: number): string {
  if (!Number.isFinite(days)) return 'unknown age';
  if (days === 0) return 'today';
  return days === 1 ? '1 day' : `${days} days`;
}
