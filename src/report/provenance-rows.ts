import type { EstimatedLine, Estimate } from '../model/estimate';
import type { PriceSource } from '../pricing/catalogue';
import { formatAge, priceAge, type PriceAgePolicy } from '../pricing/price-age';
import { describeLineSource } from './provenance-text';
import type { ReferenceIndex } from './reference-index';
import type { LineSource, ReportProvenance } from './report-document';

/** What the report flags about a line's price: not found, a fallback rate, or derived from other prices. */
export function lineFlag(l: EstimatedLine): LineSource['flag'] {
  if (l.provenance.kind === 'missing' || l.flag?.kind === 'missing-price') return 'missing';
  if (l.flag?.kind === 'fallback-price') return 'fallback';
  if (l.flag?.kind === 'derived-price' || (l.provenance.kind === 'price' && l.provenance.source.basis === 'derived')) return 'derived';
  return null;
}

/** Where a line's figure comes from, with its reference numbers, for the line tables and the JSON. */
export function lineSource(l: EstimatedLine, refs: ReferenceIndex, age: PriceAgePolicy): LineSource {
  const p = l.provenance;
  const text = describeLineSource(l);
  const flag = lineFlag(l);
  switch (p.kind) {
    case 'price': {
      const n = refs.priceRef(p.source) ?? refs.addPrice(p.source, 1);
      const derived = p.source.basis === 'derived' ? ', derived' : '';
      const { days, stale } = priceAge(p.source, age.today, age.staleAfterDays);
      const old = stale ? `, stale (${formatAge(days)})` : '';
      return { refs: [n], short: `${p.source.kind} ${p.source.asOf}${derived}${p.adjustment ? ', adjusted' : ''}${old}`, text, flag, stale };
    }
    case 'labour': {
      const rate = p.rateSource === 'default' ? refs.addCitations(p.rateProvenance?.citations) : [];
      const task = refs.addCitations(p.taskProvenance.citations);
      return {
        refs: [...new Set([...task, ...rate])],
        short: `${p.role} ${p.rateSource === 'scenario' ? 'scenario' : 'BLS'} rate; ${p.taskId ?? 'incidents'}${p.overridden ? ' (overridden)' : ''}`,
        text,
        flag,
      };
    }
    case 'input':
      return { refs: refs.addCitations(p.provenance?.citations), short: 'scenario input', text, flag };
    case 'scenario-price':
      return { refs: [], short: 'scenario rate', text, flag };
    case 'published-rate':
      return { refs: refs.addCitations(p.provenance.citations), short: 'published list price', text, flag };
    case 'missing':
      return { refs: [], short: 'PRICE NOT FOUND', text, flag: 'missing' };
  }
}

/** Where the prices came from overall: the catalogue, the as-of range, counts by source and by flag, the references. */
export function provenanceOf(est: Estimate, refs: ReferenceIndex, age: PriceAgePolicy): ReportProvenance {
  const kinds: Record<PriceSource['kind'], number> = { snapshot: 0, cache: 0, live: 0, scenario: 0 };
  let oldest: string | null = null;
  let newest: string | null = null;
  for (const l of est.lines) {
    if (l.provenance.kind !== 'price') continue;
    const src = l.provenance.source;
    kinds[src.kind]++;
    if (oldest === null || src.asOf < oldest) oldest = src.asOf;
    if (newest === null || src.asOf > newest) newest = src.asOf;
  }
  const count = (f: LineSource['flag']) => est.lines.filter((l) => lineFlag(l) === f).length;
  const ageOf = (asOf: string | null) => (asOf === null ? null : priceAge({ asOf, kind: 'snapshot' }, age.today, age.staleAfterDays).days);
  const staleLines = est.lines.filter((l) => l.provenance.kind === 'price' && priceAge(l.provenance.source, age.today, age.staleAfterDays).stale).length;
  return {
    catalogue: est.catalogue,
    asOfRange: oldest !== null && newest !== null ? { oldest, newest } : null,
    linesBySourceKind: kinds,
    derivedLines: count('derived'),
    missingLines: count('missing'),
    fallbackLines: count('fallback'),
    priceAge: { today: age.today.slice(0, 10), staleAfterDays: age.staleAfterDays, oldestDays: ageOf(oldest), newestDays: ageOf(newest), staleLines },
    references: refs.list,
  };
}
