import type { Calibration } from '../analysis/calibration';
import { formatUsd } from '../format/format';
import { textTable } from './text-table';

const signed = (usd: number) => (usd > 0.004 ? `+${formatUsd(usd)}` : formatUsd(usd));

/** "Today you spend $X/month on this; the model says $Y", then the difference by service. */
export function calibrationToText(c: Calibration): string {
  const pct = c.modelMonthlyUsd > 0 ? ` (${c.differenceUsd >= 0 ? '+' : ''}${((c.differenceUsd / c.modelMonthlyUsd) * 100).toFixed(1)}%)` : '';
  const lines = [
    `Calibration of "${c.optionLabel}" against your AWS bill (average of ${c.months.join(', ')})`,
    '',
    `Today you spend ${formatUsd(c.actualMonthlyUsd)}/month on the services this scenario models; the model's current-state option says ${formatUsd(c.modelMonthlyUsd)}/month (difference ${signed(c.differenceUsd)}${pct}).`,
    '',
    textTable(
      ['Service', 'Actual/month', 'Model/month', 'Difference', 'From (Cost Explorer)'],
      [
        ...c.rows.map((r) => [r.service, formatUsd(r.actualMonthlyUsd), formatUsd(r.modelMonthlyUsd), signed(r.differenceUsd), r.awsServices.join(', ') || 'no spend found']),
        ['Total', formatUsd(c.actualMonthlyUsd), formatUsd(c.modelMonthlyUsd), signed(c.differenceUsd), ''],
      ],
      ['left', 'right', 'right', 'right', 'left'],
    ),
  ];
  if (c.outsideScope.length > 0) {
    const top = c.outsideScope.slice(0, 5).map((o) => `${o.awsService} ${formatUsd(o.monthlyUsd)}`);
    const more = c.outsideScope.length > 5 ? `, and ${c.outsideScope.length - 5} more` : '';
    lines.push('', `Not compared (services this option does not use): ${formatUsd(c.outsideScopeMonthlyUsd)}/month (${top.join(', ')}${more})`);
  }
  if (c.taxMonthlyUsd !== 0) lines.push(`Tax: ${formatUsd(c.taxMonthlyUsd)}/month, not in the comparison`);
  for (const note of c.notes) lines.push(`Note: ${note}`);
  return `${lines.join('\n')}\n`;
}
