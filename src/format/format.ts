/**
 * Number formatting for tables, reports and the UI. Model arithmetic never rounds; this module is
 * the only place numbers are rounded, and only for display. Locale is fixed to en-US so exports
 * never depend on the machine's settings.
 */

const usd2 = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const usd0 = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 0, maximumFractionDigits: 0 });
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** Rounds half away from zero to cents, avoiding binary artefacts such as 1.005 → 1.00. */
export function roundCents(value: number): number {
  const scaled = Math.round(Math.abs(value) * 100 + 1e-7) / 100;
  return value < 0 ? -scaled : scaled;
}

/** "$1,234.56"; negative amounts as "−$1,234.56". */
export function formatUsd(value: number): string {
  const rounded = roundCents(value);
  const text = usd2.format(Math.abs(rounded));
  return rounded < 0 ? `−${text}` : text;
}

/** A change in dollars with its sign: "+$1,234.56", "−$1,234.56", "$0.00". */
export function formatSignedUsd(value: number): string {
  return value > 0 ? `+${formatUsd(value)}` : formatUsd(value);
}

/** Whole dollars, for chart axes and headline figures: "$12,346". */
export function formatUsdWhole(value: number): string {
  const text = usd0.format(Math.abs(Math.round(value)));
  return value < -0.5 ? `−${text}` : text;
}

/** Compact dollars for chart ticks: "$950", "$12.3k", "$1.2M". */
export function formatUsdCompact(value: number): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  if (abs >= 1e6) return `${sign}$${(abs / 1e6).toFixed(abs >= 1e7 ? 0 : 1)}M`;
  if (abs >= 1e3) return `${sign}$${(abs / 1e3).toFixed(abs >= 1e4 ? 0 : 1)}k`;
  return `${sign}$${abs.toFixed(0)}`;
}

/**
 * Unit prices keep their precision: AWS publishes sub-cent rates ($0.0116/h, $0.0000002 per request).
 * Shows up to 6 decimals (at least 2), trimming trailing zeros.
 */
export function formatUnitPrice(value: number | null): string {
  if (value === null) return 'not found';
  if (value === 0) return '$0.00';
  if (Math.abs(value) >= 1) return formatUsd(value);
  let text = value.toFixed(value < 0.0001 ? 8 : 6).replace(/0+$/, '');
  const decimals = text.split('.')[1] ?? '';
  if (decimals.length < 2) text = value.toFixed(2);
  return `$${text}`;
}

export function formatNumber(value: number): string {
  return plain.format(value);
}

export function formatHours(value: number): string {
  return `${plain.format(value)} h`;
}

export function formatPct(value: number): string {
  return `${plain.format(value)}%`;
}

/** Label of month m of a horizon: "2027-03" when the scenario has a start month, else "Month 3". */
export function formatMonth(month: number, startMonth?: string): string {
  if (!startMonth) return `Month ${month}`;
  const [y, mo] = startMonth.split('-').map(Number) as [number, number];
  const index = y * 12 + (mo - 1) + (month - 1);
  const year = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${year}-${String(m).padStart(2, '0')}`;
}

/** Plain decimal for machine-readable exports: no grouping, dot decimal, at most 6 decimals. */
export function formatMachineNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const rounded = Math.round(value * 1e6) / 1e6;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/**
 * A probability as a whole percent for prose: "87%". Never says 0% or 100% for a share that is not
 * exactly that ("<1%", ">99%"), so a simulated certainty is not overstated.
 */
export function formatProbability(share: number): string {
  if (!Number.isFinite(share)) return 'n/a';
  if (share <= 0) return '0%';
  if (share >= 1) return '100%';
  const pct = share * 100;
  if (pct < 1) return '<1%';
  if (pct > 99) return '>99%';
  return `${Math.round(pct)}%`;
}

/** A figure with a fixed number of decimals, e.g. scores "3.4" or weights "0.25". */
export function formatFixed(value: number, decimals: number): string {
  return Number.isFinite(value) ? value.toFixed(decimals) : 'n/a';
}

/** A share as a percent with one decimal: 0.1234 → "12.3%". */
export function formatShare(share: number): string {
  return `${plain.format(Math.round(share * 1000) / 10)}%`;
}

/** The calendar date (UTC) of an ISO timestamp: "2026-11-26"; the text itself when it is not a date. */
export function formatDate(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(iso);
  return m ? m[1]! : iso;
}

/** An input value with its unit for prose and tables: "80 USD/h", "25 %" → "25%". */
export function formatQuantity(value: number, unit: string): string {
  const text = plain.format(value);
  if (unit === '%' || unit.startsWith('%/')) return `${text}${unit}`;
  return unit ? `${text} ${unit}` : text;
}
