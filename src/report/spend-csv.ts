import type { ImportedSpend } from '../analysis/imported-spend';
import { toCsv } from './csv';
import { formatMachineNumber } from '../format/format';

/** One row per month and service (usage_type empty), then one per month, service and usage type. */
export function spendToCsv(spend: ImportedSpend): string {
  const rows: string[][] = [];
  for (const m of spend.months) {
    for (const [service, usd] of Object.entries(m.byService)) rows.push([m.month, String(m.estimated), service, '', formatMachineNumber(usd)]);
  }
  for (const m of spend.months) {
    for (const u of m.byUsageType) rows.push([m.month, String(m.estimated), u.service, u.usageType, formatMachineNumber(u.usd)]);
  }
  return toCsv(['month', 'estimated', 'service', 'usage_type', 'unblended_cost_usd'], rows);
}
