import { formatNumber } from '../format/format';
import { formatAge } from '../pricing/price-age';
import type { ReportProvenance } from './report-document';

/** The age of the prices on the report's date, against the stale threshold, with the fix when any are stale. */
export function priceAgeText(age: ReportProvenance['priceAge'], region: string): string {
  if (age.oldestDays === null || age.newestDays === null) return '';
  const range =
    age.oldestDays === age.newestDays ? `every price is ${formatAge(age.oldestDays)} old` : `prices are ${formatAge(age.newestDays)} to ${formatAge(age.oldestDays)} old`;
  const rule = `prices older than ${age.staleAfterDays} days are flagged stale`;
  if (age.staleLines === 0) return `On ${age.today} ${range}; ${rule}, and none is.`;
  const lines = `${formatNumber(age.staleLines)} priced line${age.staleLines > 1 ? 's use' : ' uses'} a stale price`;
  return `On ${age.today} ${range}; ${rule}: ${lines}. They are still used, unchanged; refresh prices before relying on these totals (tco-studio prices refresh --region ${region}).`;
}
