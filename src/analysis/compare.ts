import type { CostCategory, ServiceName } from '../model/cost-line';
import { ModelError } from '../model/errors';
import type { Estimate, EstimatedLine } from '../model/estimate';
import { parseScenario } from '../model/parse-scenario';
import { getAtPath, parsePath } from '../model/scenario-path';
import type { OptionId, Scenario } from '../model/scenario-schema';
import { variantScenario } from '../model/variants';

export interface LineSide {
  readonly label: string;
  readonly quantity: number;
  readonly unit: string;
  readonly unitPrice: number | null;
  readonly horizonTotal: number;
}

export interface LineDifference {
  readonly key: string;
  readonly option: OptionId;
  readonly a: LineSide | null;
  readonly b: LineSide | null;
  /** b − a over the horizon. */
  readonly delta: number;
  readonly explanation: string;
}

export interface OptionDifference {
  readonly option: OptionId;
  readonly a: number;
  readonly b: number;
  readonly delta: number;
}

export interface VariantComparison {
  readonly a: string;
  readonly b: string;
  readonly overrides: readonly { readonly path: string; readonly from: unknown; readonly to: unknown }[];
  readonly options: readonly OptionDifference[];
  /** Lines that differ, largest change first. */
  readonly lines: readonly LineDifference[];
  readonly summary: string;
}

const money = (v: number) => `${v < 0 ? '−' : ''}$${Math.abs(v).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

function side(l: EstimatedLine): LineSide {
  return { label: l.label, quantity: l.quantity, unit: l.unit, unitPrice: l.unitPrice, horizonTotal: l.horizonTotal };
}

function explain(a: EstimatedLine | undefined, b: EstimatedLine | undefined): string {
  if (!a && b) return `new line: ${b.label}`;
  if (a && !b) return `no longer needed: ${a.label}`;
  if (!a || !b) return '';
  const parts: string[] = [];
  if (Math.abs(a.quantity - b.quantity) > 1e-9) parts.push(`quantity ${round(a.quantity)} → ${round(b.quantity)} ${b.unit}`);
  if ((a.unitPrice ?? NaN) !== (b.unitPrice ?? NaN) && !(a.unitPrice === null && b.unitPrice === null)) {
    parts.push(`unit price ${a.unitPrice === null ? 'not found' : `$${round(a.unitPrice, 6)}`} → ${b.unitPrice === null ? 'not found' : `$${round(b.unitPrice, 6)}`}`);
  }
  if (parts.length === 0 && Math.abs(a.horizonTotal - b.horizonTotal) > 0.005) parts.push('timing or growth over the horizon');
  if (a.label !== b.label && parts.length === 0) parts.push(`now "${b.label}"`);
  return parts.join('; ');
}

function round(v: number, digits = 2): string {
  const f = Math.pow(10, digits);
  return String(Math.round(v * f) / f);
}

/** Lines of two estimates matched by id (ids are stable: option, workload, line kind). */
function lineDiffs(a: Estimate, b: Estimate): LineDifference[] {
  const byId = (e: Estimate) => new Map(e.lines.map((l) => [l.id, l]));
  const la = byId(a);
  const lb = byId(b);
  const ids = [...new Set([...la.keys(), ...lb.keys()])];
  const out: LineDifference[] = [];
  for (const id of ids) {
    const x = la.get(id);
    const y = lb.get(id);
    const delta = (y?.horizonTotal ?? 0) - (x?.horizonTotal ?? 0);
    const changed = !x || !y || Math.abs(delta) > 0.005 || Math.abs(x.quantity - y.quantity) > 1e-9 || x.unitPrice !== y.unitPrice;
    if (!changed) continue;
    out.push({ key: id, option: (x ?? y)!.option, a: x ? side(x) : null, b: y ? side(y) : null, delta, explanation: explain(x, y) });
  }
  return out.sort((p, q) => Math.abs(q.delta) - Math.abs(p.delta));
}

/**
 * Compares two variants of a scenario ("base" is the scenario itself) line by line: what each
 * override changed, every line whose cost moved and why (quantity, unit price, new or gone), and
 * each option's total.
 */
export function compareVariants(
  base: Scenario,
  nameA: string,
  nameB: string,
  estimateOf: (s: Scenario) => Estimate,
): VariantComparison {
  const sa = variantScenario(base, nameA, parseScenario);
  const sb = variantScenario(base, nameB, parseScenario);
  const ea = estimateOf(sa);
  const eb = estimateOf(sb);
  const overrides: VariantComparison['overrides'][number][] = [];
  for (const name of [nameA, nameB]) {
    const v = base.variants.find((x) => x.name === name);
    for (const o of v?.overrides ?? []) {
      const keys = parsePath(o.path);
      if (!keys) continue;
      overrides.push({ path: o.path, from: getAtPath(sa, keys), to: getAtPath(sb, keys) });
    }
  }
  const options = ea.options.map((o) => {
    const other = eb.options.find((x) => x.option === o.option);
    const b = other?.horizonTotal ?? 0;
    return { option: o.option, a: o.horizonTotal, b, delta: b - o.horizonTotal };
  });
  const lines = lineDiffs(ea, eb);
  const summary =
    options.map((o) => `${o.option}: ${money(o.a)} → ${money(o.b)} (${o.delta >= 0 ? '+' : ''}${money(o.delta)})`).join('; ') +
    (lines.length === 0 ? '. No line changed.' : `. ${lines.length} line${lines.length > 1 ? 's' : ''} changed.`);
  return { a: nameA, b: nameB, overrides: dedupe(overrides), options, lines, summary };
}

function dedupe<T extends { path: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.path) ? false : (seen.add(i.path), true)));
}

export interface BreakdownRow {
  readonly category: CostCategory;
  readonly service: ServiceName;
  readonly a: number;
  readonly b: number;
  readonly delta: number;
}

export interface OptionComparison {
  readonly a: OptionId;
  readonly b: OptionId;
  readonly totalA: number;
  readonly totalB: number;
  readonly rows: readonly BreakdownRow[];
  readonly summary: string;
}

/** Compares two options of one estimate by category and service over the horizon: where the difference comes from. */
export function compareOptions(e: Estimate, a: OptionId, b: OptionId): OptionComparison {
  const has = (o: OptionId) => e.options.some((x) => x.option === o);
  if (!has(a) || !has(b)) throw new ModelError(`options ${a} and ${b} must both be compared in the scenario (it has ${e.options.map((o) => o.option).join(', ')})`);
  const sums = new Map<string, BreakdownRow>();
  const add = (l: EstimatedLine, which: 'a' | 'b') => {
    const key = `${l.category}|${l.service}`;
    const row = sums.get(key) ?? { category: l.category, service: l.service, a: 0, b: 0, delta: 0 };
    const next = { ...row, [which]: row[which] + l.horizonTotal };
    sums.set(key, { ...next, delta: next.b - next.a });
  };
  for (const l of e.lines) {
    if (l.option === a) add(l, 'a');
    else if (l.option === b) add(l, 'b');
  }
  const rows = [...sums.values()].sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta));
  const totalA = e.options.find((o) => o.option === a)!.horizonTotal;
  const totalB = e.options.find((o) => o.option === b)!.horizonTotal;
  const top = rows.slice(0, 3).map((r) => `${r.service} (${r.category}) ${r.delta >= 0 ? '+' : ''}${money(r.delta)}`);
  return {
    a,
    b,
    totalA,
    totalB,
    rows,
    summary: `${b} costs ${money(Math.abs(totalB - totalA))} ${totalB >= totalA ? 'more' : 'less'} than ${a} over the horizon; largest differences: ${top.join(', ')}.`,
  };
}
