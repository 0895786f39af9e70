import type { Estimate } from '../model/estimate';
import { toCsv } from './csv';
import { formatMachineNumber } from '../format/format';
import { describeLineSource } from './provenance-text';

/**
 * Columns of the cost-line CSV (one row per line per option), documented in the README:
 * option, option_label, workload, deployment, service, category, line_id, label, quantity, unit,
 * unit_price_usd, monthly_usd, one_time_usd, schedule, horizon_usd, engineer_hours, source,
 * source_as_of, source_basis, flag.
 */
export const COST_LINE_CSV_COLUMNS = [
  'option',
  'option_label',
  'workload',
  'deployment',
  'service',
  'category',
  'line_id',
  'label',
  'quantity',
  'unit',
  'unit_price_usd',
  'monthly_usd',
  'one_time_usd',
  'schedule',
  'horizon_usd',
  'engineer_hours',
  'source',
  'source_as_of',
  'source_basis',
  'flag',
] as const;

export function estimateLinesCsv(estimate: Estimate): string {
  const labels = new Map(estimate.options.map((o) => [o.option, o.label]));
  const rows = estimate.lines.map((l) => {
    const s = l.schedule;
    const schedule =
      s.kind === 'monthly' ? `monthly:${s.growth}` : s.kind === 'once'
          ? `once:${s.month}`
          : s.kind === 'window'
            ? `window:${s.firstMonth}-${s.lastMonth}`
            : `every:${s.firstMonth}+${s.everyMonths}`;
    const src = l.provenance.kind === 'price' ? l.provenance.source : undefined;
    return [
      l.option,
      labels.get(l.option) ?? l.option,
      l.workloadId,
      l.deployment,
      l.service,
      l.category,
      l.id,
      l.label,
      formatMachineNumber(l.quantity),
      l.unit,
      l.unitPrice === null ? '' : formatMachineNumber(l.unitPrice),
      formatMachineNumber(l.monthly),
      formatMachineNumber(l.oneTime),
      schedule,
      formatMachineNumber(l.horizonTotal),
      l.hours === undefined ? '' : formatMachineNumber(l.hours),
      describeLineSource(l),
      src?.asOf ?? '',
      src?.basis ?? '',
      l.flag ? `${l.flag.kind}: ${l.flag.message}` : '',
    ];
  });
  return toCsv(COST_LINE_CSV_COLUMNS, rows);
}

/** Month-by-month projection: one row per option per month. */
export function estimateProjectionCsv(estimate: Estimate): string {
  const rows: string[][] = [];
  for (const o of estimate.options) {
    for (const r of o.projection) {
      rows.push([
        o.option,
        String(r.month),
        formatMachineNumber(r.infrastructure),
        formatMachineNumber(r.operations),
        formatMachineNumber(r.security),
        formatMachineNumber(r.downtime),
        formatMachineNumber(r.oneTime),
        formatMachineNumber(r.total),
        formatMachineNumber(r.cumulative),
        formatMachineNumber(r.discounted),
        formatMachineNumber(r.cumulativeDiscounted),
      ]);
    }
  }
  return toCsv(
    ['option', 'month', 'infrastructure_usd', 'operations_usd', 'security_usd', 'downtime_usd', 'one_time_usd', 'total_usd', 'cumulative_usd', 'discounted_usd', 'cumulative_discounted_usd'],
    rows,
  );
}
