import { isDatabaseDeployment, type DeploymentId } from '../model/ops-tasks';
import type { LeverLevel } from '../tradeoffs/control-levers';
import type { Owner } from '../tradeoffs/responsibility-matrix';
import type { DeploymentLevers, DeploymentMatrix, TradeoffsReport } from '../tradeoffs/report';
import { formatHours, formatNumber, formatPct, formatUsd } from '../format/format';
import { textTable } from './text-table';

/** How owners and lever levels read in the text report and the PDF's trade-offs section. */
export const OWNER_TEXT: Readonly<Record<Owner, string>> = { aws: 'AWS', you: 'You', shared: 'Shared' };
export const LEVEL_TEXT: Readonly<Record<LeverLevel, string>> = { full: 'full', partial: 'partial', none: 'none', 'not-applicable': 'n/a' };

const isDatabase = isDatabaseDeployment;

/** Splits per-deployment blocks into the database and the ML comparisons, so each table compares like with like. */
export function byKind<T extends { deployment: DeploymentId }>(items: readonly T[]): T[][] {
  return [items.filter((i) => isDatabase(i.deployment)), items.filter((i) => !isDatabase(i.deployment))].filter((g) => g.length > 0);
}

function matrixTable(group: readonly DeploymentMatrix[]): string {
  const first = group[0]!;
  const rows = first.rows.map((row, i) => [
    `${row.inAwsTable ? '*' : ' '} ${row.label}`,
    ...group.map((m) => {
      const r = m.rows[i]!;
      return `${OWNER_TEXT[r.owner]}${r.customerTaskIds.length > 0 && r.owner === 'aws' ? ' (+you)' : ''}`;
    }),
  ]);
  rows.push(['  Duties you own / share', ...group.map((m) => `${m.counts.you} / ${m.counts.shared}`)]);
  return textTable(['Duty', ...group.map((m) => m.label)], rows, ['left', ...group.map(() => 'left' as const)]);
}

function leversTable(group: readonly DeploymentLevers[]): string {
  const first = group[0]!;
  const rows = first.levers.map((lever, i) => [lever.label, ...group.map((g) => LEVEL_TEXT[g.levers[i]!.level])]);
  rows.push(['Control points (full 5, partial 3, none 1)', ...group.map((g) => formatNumber(Math.round(g.controlPoints * 100) / 100))]);
  return textTable(['Lever', ...group.map((g) => g.label)], rows, ['left', ...group.map(() => 'left' as const)]);
}

/** The CLI's human-readable trade-offs report: matrix, levers, exit effort, time to value, scorecard, sources. */
export function tradeoffsToText(report: TradeoffsReport): string {
  const out: string[] = [];
  const labelOf = new Map(report.options.map((o) => [o.option, o.label]));
  const sourceNumber = new Map(report.sources.map((c, i) => [`${c.title}|${c.url}`, i + 1]));
  const refs = (cs: readonly { title: string; url: string }[]) => cs.map((c) => `[${sourceNumber.get(`${c.title}|${c.url}`)}]`).join('');

  out.push(`TCO Studio trade-offs: ${report.scenario.name}`);
  out.push(`Question: ${report.scenario.question}`);
  out.push(`Options: ${report.options.map((o) => `${o.label} (${o.option})`).join('; ')}`);

  out.push('');
  out.push('WHO DOES WHAT (* = a row of AWS\'s RDS responsibility table; "(+you)" = AWS owns it, you keep residual work)');
  for (const group of byKind(report.responsibility)) {
    out.push('');
    out.push(matrixTable(group));
  }
  out.push('');
  out.push('Why, and which ops-effort tasks price your part:');
  for (const m of report.responsibility) {
    out.push(`  ${m.label}:`);
    for (const r of m.rows) {
      const tasks = r.customerTaskIds.length > 0 ? ` Priced by: ${r.customerTaskIds.join(', ')}.` : '';
      out.push(`    ${r.label}: ${OWNER_TEXT[r.owner]}. ${r.note}${tasks} ${refs(r.provenance.citations)}`);
      for (const c of r.components ?? []) out.push(`      ${c.component}: ${OWNER_TEXT[c.owner]}. ${c.note}`);
    }
  }

  out.push('');
  out.push('CONTROL YOU KEEP (levers)');
  for (const group of byKind(report.levers)) {
    out.push('');
    out.push(leversTable(group));
  }
  out.push('');
  for (const g of report.levers) {
    out.push(`  ${g.label}:`);
    for (const l of g.levers) out.push(`    ${l.label}: ${LEVEL_TEXT[l.level]}. ${l.note} ${refs(l.provenance.citations)}`);
  }

  out.push('');
  out.push(`LOCK-IN AND EXIT (one-time effort to leave; ${report.inTco.exitEffort ? 'included in the TCO in the last month' : 'not in the TCO: set tradeoffs.exitEffort.includeInTco to add it'})`);
  out.push(
    textTable(
      ['Option', 'Exit effort', 'Cost at loaded rates'],
      report.exitEffort.map((e) => [labelOf.get(e.option) ?? e.option, formatHours(e.totalHours), formatUsd(e.totalUsd)]),
      ['left', 'right', 'right'],
    ),
  );
  for (const e of report.exitEffort) {
    out.push(`  ${labelOf.get(e.option) ?? e.option}:`);
    for (const s of e.steps) {
      out.push(
        `    ${s.step.id}${s.overridden ? '*' : ''}: ${s.step.label}: ${formatHours(s.hours)} (${formatNumber(s.step.fixedHours)} h + ${formatNumber(s.step.perUnitHours)} h × ${formatNumber(s.units)} ${s.unit}), ${s.role}, ${formatUsd(s.costUsd)}. ${s.step.provenance.rationale} ${refs(s.step.provenance.citations)}`,
      );
    }
  }

  const t = report.timeToValue;
  out.push('');
  out.push(
    `TIME TO VALUE (setup hours ÷ ${t.setupTeamSize} ${t.setupTeamSize === 1 ? 'person' : 'people'} × ${formatNumber(t.hoursPerPersonPerWeek)} h/week${
      t.monthlyBenefitUsd !== undefined ? `; benefit ${formatUsd(t.monthlyBenefitUsd)}/month once live` : ''
    }; delay ${t.includeDelayCostInTco ? 'included in the TCO' : 'not in the TCO'})`,
  );
  out.push(
    textTable(
      ['Option', 'Setup hours', 'Weeks to production', 'Later than fastest', 'Value of delay'],
      t.options.map((o) => [
        labelOf.get(o.option) ?? o.option,
        formatHours(o.setupHours),
        formatNumber(Math.round(o.weeks * 10) / 10),
        o.delayWeeks > 0 ? `${formatNumber(Math.round(o.delayWeeks * 10) / 10)} weeks` : 'fastest',
        t.monthlyBenefitUsd !== undefined ? formatUsd(o.delayCostUsd) : 'no benefit entered',
      ]),
      ['left', 'right', 'right', 'right', 'right'],
    ),
  );
  out.push(`  ${t.provenance.rationale} ${refs(t.provenance.citations)}`);

  const sc = report.scorecard;
  out.push('');
  out.push('WEIGHTED SCORECARD (1–5, 5 best; * = your override)');
  const scoreRows = sc.weights.map((w, i) => [
    `${w.label} (${formatPct(Math.round(w.normalized * 1000) / 10)}${w.source === 'scenario' ? ', yours' : ''})`,
    ...sc.options.map((o) => `${(Math.round(o.scores[i]!.score * 10) / 10).toFixed(1)}${o.scores[i]!.overridden ? '*' : ''}`),
  ]);
  scoreRows.push(['Weighted total', ...sc.options.map((o) => o.weightedTotal.toFixed(2))]);
  out.push(textTable(['Criterion (weight)', ...sc.options.map((o) => o.label)], scoreRows, ['left', ...sc.options.map(() => 'right' as const)]));
  out.push('');
  out.push(sc.recommendation.summary);
  for (const n of sc.notes) out.push(`Note: ${n}`);
  out.push('');
  out.push('How each score was worked out:');
  for (const o of sc.options) {
    out.push(`  ${o.label}:`);
    for (const s of o.scores) {
      const w = sc.weights.find((x) => x.criterion === s.criterion)!;
      const own = s.overridden ? ` Your score ${formatNumber(s.score)} replaces ${(Math.round(s.defaultScore * 10) / 10).toFixed(1)}${s.overrideReason ? `: ${s.overrideReason}` : ''}.` : '';
      out.push(`    ${w.label}: ${s.reasoning}${own}`);
    }
  }
  out.push(`  Weights and scoring rules: ${sc.provenance.rationale}`);

  out.push('');
  out.push('Sources:');
  report.sources.forEach((c, i) => out.push(`  [${i + 1}] ${c.title} (${c.date}) ${c.url}`));
  return out.join('\n');
}
