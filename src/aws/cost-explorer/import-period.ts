/** Calendar arithmetic for Cost Explorer periods, in UTC (Cost Explorer days are UTC days). */

const pad = (n: number) => String(n).padStart(2, '0');
const day = (y: number, m0: number, d = 1) => {
  const date = new Date(Date.UTC(y, m0, d));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};

export interface MonthPeriod {
  /** First day of the first month, YYYY-MM-DD. */
  readonly start: string;
  /** First day of the current month: Cost Explorer's End is exclusive (API_GetCostAndUsage). */
  readonly end: string;
  readonly months: readonly string[];
}

/** The last `count` complete calendar months before `now`. */
export function lastCompleteMonths(count: number, now: Date): MonthPeriod {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const months: string[] = [];
  for (let k = count; k >= 1; k--) months.push(day(y, m - k).slice(0, 7));
  return { start: day(y, m - count), end: day(y, m), months };
}

/**
 * The forecast window: from today to the end of next month. GetCostForecast requires a start of
 * today or later (API_GetCostForecast).
 */
export function forecastPeriod(now: Date): { readonly start: string; readonly end: string } {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  return { start: day(y, m, now.getUTCDate()), end: day(y, m + 2) };
}
