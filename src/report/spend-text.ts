import type { ImportedSpend } from '../analysis/imported-spend';
import { formatUsd } from '../format/format';
import { textTable } from './text-table';

const NEGLIGIBLE_USD = 0.005;

/** Services by average monthly spend, largest first, with their per-month amounts. */
export function spendByServiceRows(spend: ImportedSpend): { service: string; perMonth: number[]; average: number }[] {
  const services = new Set(spend.months.flatMap((m) => Object.keys(m.byService)));
  return [...services]
    .map((service) => {
      const perMonth = spend.months.map((m) => m.byService[service] ?? 0);
      return { service, perMonth, average: perMonth.reduce((a, b) => a + b, 0) / Math.max(1, perMonth.length) };
    })
    .sort((a, b) => b.average - a.average || (a.service < b.service ? -1 : 1));
}

/** The imported spend as a table: one row per service, one column per month, and the forecast. */
export function spendToText(spend: ImportedSpend): string {
  const all = spendByServiceRows(spend);
  const shown = all.filter((r) => r.perMonth.some((v) => Math.abs(v) >= NEGLIGIBLE_USD));
  const hidden = all.length - shown.length;
  const months = spend.months.map((m) => `${m.month}${m.estimated ? ' (e)' : ''}${m.partial ? ' (p)' : ''}`);
  const totals = spend.months.map((m) => Object.values(m.byService).reduce((a, b) => a + b, 0));
  const rows = [
    ...shown.map((r) => [r.service, ...r.perMonth.map(formatUsd), formatUsd(r.average)]),
    ['Total', ...totals.map(formatUsd), formatUsd(totals.reduce((a, b) => a + b, 0) / Math.max(1, totals.length))],
  ];
  const s = spend.source;
  const when = s.importedAt.slice(0, 16).replace('T', ' ');
  const lines = [
    s.kind === 'cost-explorer-csv'
      ? `AWS spend by service in USD (Cost Explorer console CSV ${s.fileName}, read ${when} UTC)`
      : `AWS spend by service, unblended cost in USD (Cost Explorer, imported ${when} UTC, ${s.profile ? `profile ${s.profile}` : 'default profile'})`,
    '',
    textTable(['Service', ...months, 'Average'], rows, ['left', ...months.map(() => 'right' as const), 'right']),
  ];
  if (hidden > 0) lines.push(`(${hidden} service${hidden === 1 ? '' : 's'} under half a cent a month not shown)`);
  if (spend.months.some((m) => m.estimated)) lines.push('(e) estimated by AWS: the bill for that month is not final');
  for (const m of spend.months) if (m.partial) lines.push(`(p) ${m.month}: ${m.partial.days} of ${m.partial.daysInMonth} days only`);
  const f = spend.forecast;
  if (f) {
    const interval = f.lowUsd !== undefined && f.highUsd !== undefined ? ` (80% interval ${formatUsd(f.lowUsd)} to ${formatUsd(f.highUsd)})` : '';
    lines.push(`Forecast ${f.start} to ${f.end}: ${formatUsd(f.meanUsd)}${interval}`);
  } else if (s.kind === 'cost-explorer') lines.push('Forecast: not available for this account yet');
  lines.push(s.kind === 'cost-explorer-csv' ? 'Cost Explorer requests made: none (read from a downloaded file, $0.00)' : `Cost Explorer requests made: ${spend.requests} (${formatUsd(spend.requests * 0.01)})`);
  return `${lines.join('\n')}\n`;
}
