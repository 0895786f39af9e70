import { ROLE_DEFAULTS } from '../model/labour';
import type { Estimate, EstimatedLine, OptionResult } from '../model/estimate';
import { OPS_TASKS } from '../model/ops-tasks';
import { formatHours, formatMonth, formatNumber, formatPct, formatUnitPrice, formatUsd, formatUsdWhole } from '../format/format';
import { describePriceSource } from './provenance-text';
import { textTable } from './text-table';
import type { OptionId } from '../model/scenario-schema';
import type { Crossover } from '../model/crossover';

function optionLabelOf(estimate: Estimate, option: OptionId | null): string {
  if (option === null) return 'neither';
  return estimate.options.find((o) => o.option === option)?.label ?? option;
}

/** One sentence on a crossover: who is cheaper first and when that changes. */
export function describeCrossover(estimate: Estimate, c: Crossover): string {
  const a = optionLabelOf(estimate, c.a);
  const b = optionLabelOf(estimate, c.b);
  if (c.cheaperFirst === null) return `${a} and ${b} cost the same over the horizon.`;
  const first = optionLabelOf(estimate, c.cheaperFirst);
  const other = c.cheaperFirst === c.a ? b : a;
  if (c.month === null) return `${first} stays cheaper than ${other} through month ${estimate.scenario.horizonMonths}: no break-even within the horizon.`;
  return `${first} is cheaper at first; ${other} overtakes it in ${formatMonth(c.month, estimate.scenario.startMonth).toLowerCase()} (cumulative cost).`;
}

/** Per-option totals in whole dollars: built from estimated hours, cents would be false precision (the line table keeps them). */
function summaryTable(estimate: Estimate): string {
  const opts = estimate.options;
  const rows: string[][] = [];
  const row = (label: string, f: (o: OptionResult) => string) => rows.push([label, ...opts.map(f)]);
  row('Monthly run-rate (month 1)', (o) => formatUsdWhole(o.monthlyRunRate));
  row('  infrastructure', (o) => formatUsdWhole(o.runRateByCategory.infrastructure));
  row('  operations (engineer time)', (o) => formatUsdWhole(o.runRateByCategory.operations));
  row('  security & compliance', (o) => formatUsdWhole(o.runRateByCategory.security));
  // Priced only when the scenario puts a cost on downtime: a business cost, not engineer time.
  if (opts.some((o) => o.runRateByCategory.downtime !== 0)) row('  downtime (business cost)', (o) => formatUsdWhole(o.runRateByCategory.downtime));
  row('One-time costs (setup, upfront)', (o) => formatUsdWhole(o.oneTimeTotal));
  row(`Total over ${estimate.scenario.horizonMonths} months`, (o) => formatUsdWhole(o.horizonTotal));
  row(`NPV at ${formatPct(estimate.scenario.discountRateAnnualPct)}/year`, (o) => formatUsdWhole(o.npv));
  row('Ops hours per month', (o) => formatHours(o.opsHoursPerMonth));
  row('Setup hours (one-time)', (o) => formatHours(o.setupHours));
  row('Flagged lines', (o) => String(o.flaggedLines));
  return textTable(['', ...opts.map((o) => o.label)], rows, ['left', ...opts.map(() => 'right' as const)]);
}

function sourceIndex(estimate: Estimate): Map<string, number> {
  const index = new Map<string, number>();
  estimate.priceSources.forEach((s, i) => index.set(`${s.source.kind}|${s.source.title}|${s.source.asOf}`, i + 1));
  return index;
}

function lineSourceCell(line: EstimatedLine, sources: Map<string, number>): string {
  const p = line.provenance;
  switch (p.kind) {
    case 'price': {
      const n = sources.get(`${p.source.kind}|${p.source.title}|${p.source.asOf}`);
      return `[${n}] ${p.source.kind} ${p.source.asOf}${p.source.basis === 'derived' ? ' derived' : ''}${p.adjustment ? ' adj.' : ''}`;
    }
    case 'scenario-price':
      return 'scenario rate';
    case 'labour':
      return `${p.role} ${p.rateSource === 'scenario' ? 'scenario' : 'BLS'} rate; ${p.taskId ?? 'incidents'}${p.overridden ? '*' : ''}`;
    case 'input':
      return 'scenario input';
    case 'published-rate':
      return 'published list price';
    case 'missing':
      return 'NOT FOUND';
  }
}

function scheduleCell(line: EstimatedLine): string {
  const s = line.schedule;
  if (s.kind === 'monthly') return s.growth === 'usage' ? 'monthly, grows' : s.growth === 'above-base' ? 'growth only' : 'monthly';
  if (s.kind === 'once') return `once, month ${s.month}`;
  if (s.kind === 'window') return `monthly, months ${s.firstMonth}–${s.lastMonth}`;
  return `every ${s.everyMonths} mo`;
}

function linesTable(estimate: Estimate, option: OptionResult, sources: Map<string, number>): string {
  const lines = estimate.lines.filter((l) => l.option === option.option);
  const rows = lines.map((l) => [
    `${l.flag && l.flag.kind !== 'derived-price' ? '! ' : l.flag ? '~ ' : ''}${l.label}`,
    l.service,
    formatNumber(l.quantity),
    l.unit,
    formatUnitPrice(l.unitPrice),
    l.schedule.kind === 'monthly' ? formatUsd(l.monthly) : formatUsd(l.oneTime),
    scheduleCell(l),
    formatUsd(l.horizonTotal),
    lineSourceCell(l, sources),
  ]);
  return textTable(
    ['Line', 'Service', 'Quantity', 'Unit', 'Unit price', 'Amount', 'When', 'Horizon', 'Source'],
    rows,
    ['left', 'left', 'right', 'left', 'right', 'right', 'left', 'right', 'left'],
  );
}

/** The CLI's human-readable estimate: summary, break-even, every line per option, warnings and sources. */
export function estimateToText(estimate: Estimate): string {
  const s = estimate.scenario;
  const out: string[] = [];
  out.push(`TCO Studio estimate: ${s.name}`);
  out.push(`Question: ${s.question}`);
  out.push(
    `Region ${s.region}; horizon ${s.horizonMonths} months; usage growth ${formatPct(s.usageGrowthPctPerMonth)}/month; discount rate ${formatPct(s.discountRateAnnualPct)}/year`,
  );
  out.push(`Prices: ${estimate.catalogue.name}`);
  out.push('');
  out.push(summaryTable(estimate));
  out.push('');
  const cheapest = estimate.options.find((o) => o.option === estimate.ranking[0]);
  const next = estimate.options.find((o) => o.option === estimate.ranking[1]);
  if (cheapest && next) {
    out.push(
      `Lowest total over ${s.horizonMonths} months: ${cheapest.label}, ${formatUsd(next.horizonTotal - cheapest.horizonTotal)} less than ${next.label}.`,
    );
  }
  out.push('Break-even:');
  for (const c of estimate.crossovers) out.push(`  ${describeCrossover(estimate, c)}`);

  const sources = sourceIndex(estimate);
  for (const option of estimate.options) {
    out.push('');
    out.push(`Cost lines: ${option.label}`);
    out.push(linesTable(estimate, option, sources));
  }

  if (estimate.warnings.length > 0) {
    out.push('');
    out.push('Warnings (! missing or fallback price, ~ derived price):');
    for (const w of estimate.warnings) {
      const count = w.lineIds && w.lineIds.length > 1 ? ` [${w.lineIds.length} lines]` : '';
      out.push(`  ${w.kind}: ${w.message}${count}`);
    }
  }

  out.push('');
  out.push('Price sources:');
  estimate.priceSources.forEach((u, i) => {
    out.push(`  [${i + 1}] ${u.source.title}; ${describePriceSource(u.source)}; ${u.source.url ?? ''} (${u.lineCount} lines)`);
    if (u.source.note) out.push(`      ${u.source.note}`);
  });

  const roles = new Set<string>();
  const tasks = new Set<string>();
  for (const l of estimate.lines) {
    if (l.provenance.kind === 'labour') {
      if (l.provenance.rateSource === 'default') roles.add(l.provenance.role);
      if (l.provenance.taskId) tasks.add(l.provenance.taskId);
    }
  }
  if (roles.size > 0) {
    out.push('');
    out.push('Labour rates (defaults; override in the scenario\'s "labour" block):');
    for (const id of roles) {
      const r = ROLE_DEFAULTS[id as keyof typeof ROLE_DEFAULTS];
      out.push(`  ${id}: ${formatUsd(r.hourlyUsd)}/h. ${r.provenance.rationale}`);
      for (const c of r.provenance.citations) out.push(`      ${c.title} (${c.date}) ${c.url}`);
    }
  }
  if (tasks.size > 0) {
    out.push('');
    out.push('Ops-effort tasks (hours are defaults unless marked *; override in "opsEffort.tasks"):');
    for (const id of tasks) {
      const t = OPS_TASKS.find((x) => x.id === id);
      if (!t) continue;
      out.push(`  ${t.id}: ${t.provenance.rationale}`);
      out.push(`      Sources: ${t.provenance.citations.map((c) => `${c.title} (${c.date})`).join('; ')}`);
    }
  }
  return out.join('\n');
}
