import type { Citation } from '../model/citation';
import type { TradeoffsReport } from '../tradeoffs/report';
import { toCsv } from './csv';
import { formatMachineNumber } from '../format/format';

/**
 * Columns of the trade-offs CSV: one "long" table with a `section` column, so a spreadsheet can
 * filter each part (responsibility, lever, exit-step, exit-total, time-to-value, score,
 * weighted-total, recommendation). Empty cells where a column does not apply.
 */
export const TRADEOFFS_CSV_COLUMNS = [
  'section',
  'option',
  'deployment',
  'item_id',
  'item',
  'value',
  'hours',
  'usd',
  'weight',
  'ops_tasks',
  'note',
  'sources',
] as const;

const urls = (cs: readonly Citation[]) => cs.map((c) => c.url).join(' ; ');
const num = (x: number | undefined) => (x === undefined ? '' : formatMachineNumber(x));

export function tradeoffsCsv(report: TradeoffsReport): string {
  const rows: string[][] = [];
  for (const m of report.responsibility) {
    for (const r of m.rows) {
      rows.push(['responsibility', '', m.deployment, r.duty, r.label, r.owner, '', '', '', r.customerTaskIds.join(' '), r.note, urls(r.provenance.citations)]);
    }
  }
  for (const g of report.levers) {
    for (const l of g.levers) rows.push(['lever', '', g.deployment, l.lever, l.label, l.level, '', '', '', '', l.note, urls(l.provenance.citations)]);
  }
  for (const e of report.exitEffort) {
    for (const s of e.steps) {
      rows.push([
        'exit-step',
        e.option,
        s.deployment,
        s.step.id,
        s.step.label,
        s.role,
        num(s.hours),
        num(s.costUsd),
        '',
        '',
        `${s.overridden ? 'overridden in scenario; ' : ''}${s.step.provenance.rationale}`,
        urls(s.step.provenance.citations),
      ]);
    }
    rows.push(['exit-total', e.option, '', '', 'Exit effort', e.includedInTco ? 'included in TCO' : 'not in TCO', num(e.totalHours), num(e.totalUsd), '', '', '', '']);
  }
  const t = report.timeToValue;
  for (const o of t.options) {
    rows.push([
      'time-to-value',
      o.option,
      '',
      'weeks',
      'Weeks to production',
      num(o.weeks),
      num(o.setupHours),
      t.monthlyBenefitUsd === undefined ? '' : num(o.delayCostUsd),
      '',
      '',
      `${num(o.delayWeeks)} weeks after the fastest option; team ${t.setupTeamSize} × ${t.hoursPerPersonPerWeek} h/week`,
      urls(t.provenance.citations),
    ]);
  }
  const sc = report.scorecard;
  for (const o of sc.options) {
    for (const s of o.scores) {
      const w = sc.weights.find((x) => x.criterion === s.criterion)!;
      rows.push([
        'score',
        o.option,
        '',
        s.criterion,
        w.label,
        num(s.score),
        '',
        '',
        num(w.normalized),
        '',
        s.overridden ? `override (default ${num(s.defaultScore)})${s.overrideReason ? `: ${s.overrideReason}` : ''}` : s.reasoning,
        '',
      ]);
    }
    rows.push(['weighted-total', o.option, '', '', 'Weighted total', num(o.weightedTotal), '', '', '', '', '', '']);
  }
  rows.push(['recommendation', sc.recommendation.option, '', '', sc.recommendation.label, num(sc.recommendation.weightedTotal), '', '', '', '', sc.recommendation.summary, '']);
  return toCsv(TRADEOFFS_CSV_COLUMNS, rows);
}
