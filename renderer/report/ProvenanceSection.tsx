import { formatAge, formatNumber, priceAgeText } from '../../src/index';
import { Section } from './parts';
import type { ReportContext } from './report-context';

const KIND_TEXT = { snapshot: 'embedded snapshot', cache: 'cached AWS prices', live: 'live AWS Price List', scenario: 'entered in the scenario' } as const;

/** Where every number comes from: each price source with its as-of date (live or snapshot, derived flagged) and every citation. */
export function ProvenanceSection({ ctx, number }: { readonly ctx: ReportContext; readonly number: number }) {
  const d = ctx.data;
  const p = d.provenance;
  const kinds = (Object.keys(p.linesBySourceKind) as (keyof typeof KIND_TEXT)[]).filter((k) => p.linesBySourceKind[k] > 0);
  const live = (p.linesBySourceKind.live ?? 0) + (p.linesBySourceKind.cache ?? 0);
  return (
    <Section id="provenance" number={number} title="Price provenance and sources">
      <p>
        Prices: {p.catalogue.name}.{' '}
        {kinds.length > 0 ? `Priced lines by source: ${kinds.map((k) => `${formatNumber(p.linesBySourceKind[k])} from the ${KIND_TEXT[k]}`).join(', ')}. ` : ''}
        {live === 0 ? 'No price was fetched live from AWS for this report: every AWS price is from the snapshot embedded in TCO Studio, dated below. ' : ''}
        {p.asOfRange ? `Price dates range from ${p.asOfRange.oldest} to ${p.asOfRange.newest}.` : ''}
      </p>
      <p>{priceAgeText(p.priceAge, d.scenario.region)}</p>
      <p>
        {p.derivedLines > 0 ? `${p.derivedLines} line${p.derivedLines > 1 ? 's use' : ' uses'} a derived price (marked ~; how it was derived is noted below). ` : 'No derived prices. '}
        {p.missingLines > 0 ? `${p.missingLines} line${p.missingLines > 1 ? 's have' : ' has'} no price (marked !) and count as nothing. ` : 'Every price was found. '}
        {p.fallbackLines > 0 ? `${p.fallbackLines} line${p.fallbackLines > 1 ? 's use' : ' uses'} a fallback price (marked !).` : ''}
      </p>
      <p className="small">
        Scenario file SHA-256: <span className="nowrap">{d.source.sha256}</span>
      </p>
      <h3>References</h3>
      {p.references.map((r) => (
        <div key={r.n} className="reference small">
          <span className="n">[{r.n}]</span>
          {r.kind === 'price' ? (
            <>
              <strong>{r.title}</strong>. Price source: {KIND_TEXT[r.sourceKind ?? 'snapshot']}, as of {r.date}
              {r.dateNote ? ` (${r.dateNote})` : ''}
              {r.ageDays !== undefined ? `, ${formatAge(r.ageDays)} old${r.stale ? ' (STALE)' : ''}` : ''}; {r.basis === 'derived' ? 'DERIVED (~), not published for this exact item' : 'published by AWS'}; used by {formatNumber(r.lineCount ?? 0)} line
              {r.lineCount === 1 ? '' : 's'}. {r.note ? `${r.note} ` : ''}
              {r.url ? <a href={r.url}>{r.url}</a> : null}
            </>
          ) : (
            <>
              {r.title} ({r.date}
              {r.grade ? `, ${r.grade}` : ''}). {r.url ? <a href={r.url}>{r.url}</a> : null}
            </>
          )}
        </div>
      ))}
      <p className="muted small">
        Citation grades: P the publisher's own text, S a third party quoting it, D arithmetic from cited inputs, A a stated assumption.
      </p>
    </Section>
  );
}

