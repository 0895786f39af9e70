import type { CostLine } from '../model/cost-line';
import type { PriceSource } from '../pricing/catalogue';

/** "snapshot, as of 2026-07-20" / "live, as of 2026-11-26 (derived)". */
export function describePriceSource(source: PriceSource): string {
  const kind = source.kind === 'scenario' ? 'entered in scenario' : source.kind;
  const derived = source.basis === 'derived' ? ', derived' : '';
  const recorded = source.dateNote ? ' (recorded)' : '';
  return `${kind}, as of ${source.asOf}${recorded}${derived}`;
}

/** One short phrase saying where a line's unit price comes from. */
export function describeLineSource(line: CostLine): string {
  const p = line.provenance;
  switch (p.kind) {
    case 'price':
      return `${describePriceSource(p.source)}${p.adjustment ? `; ${p.adjustment}` : ''}`;
    case 'scenario-price':
      return p.note;
    case 'labour':
      return `${p.role} rate (${p.rateSource === 'scenario' ? 'scenario' : 'BLS default'}); task ${p.taskId ?? 'incidents'}${p.overridden ? ' (overridden)' : ''}`;
    case 'input':
    case 'published-rate':
      return p.note;
    case 'missing':
      return `PRICE NOT FOUND (${p.priceKey})`;
  }
}
