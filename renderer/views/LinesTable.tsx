import { Fragment, useState } from 'react';
import {
  describeLineSource,
  formatAge,
  formatHours,
  formatNumber,
  formatUnitPrice,
  formatUsd,
  type Estimate,
  type EstimatedLine,
  priceAge,
  type OptionId,
  type PriceAge,
} from '../../src/index';

function Provenance({ line, age }: { line: EstimatedLine; age: PriceAge | undefined }) {
  const p = line.provenance;
  if (p.kind === 'price') {
    return (
      <div>
        <div>
          <strong>{p.source.title}</strong>
        </div>
        <div>
          {p.source.kind}, as of {p.source.asOf}
          {p.source.dateNote ? ` (${p.source.dateNote})` : ''}
          {age ? `, ${formatAge(age.days)} old${age.stale ? ' (stale: refresh prices)' : ''}` : ''} · {p.source.basis}
          {p.source.sku ? ` · ${p.source.sku}` : ''}
        </div>
        {p.source.url ? <div className="muted">{p.source.url}</div> : null}
        {p.source.note ? <div>{p.source.note}</div> : null}
        {p.adjustment ? <div>Adjusted: {p.adjustment}</div> : null}
        <div className="muted">Price key {p.priceKey}</div>
      </div>
    );
  }
  if (p.kind === 'labour') {
    return (
      <div>
        <div>
          <strong>{p.role}</strong> at the {p.rateSource === 'scenario' ? 'rate set in this scenario' : 'default loaded rate'}
          {p.rateProvenance ? `: ${p.rateProvenance.rationale}` : ''}
        </div>
        <div style={{ marginTop: 4 }}>{p.taskProvenance.rationale}</div>
        <ul style={{ margin: '4px 0 0', paddingLeft: 16 }}>
          {p.taskProvenance.citations.map((c) => (
            <li key={c.title}>
              {c.title} ({c.date}) <span className="muted">{c.url}</span>
            </li>
          ))}
        </ul>
        {p.overridden ? <div className="badge warn">hours overridden in this scenario</div> : null}
      </div>
    );
  }
  return <div>{describeLineSource(line)}</div>;
}

/** Every cost line of one option with quantity, unit price, amounts and where each number comes from. */
export function LinesTable({ estimate, option, staleAfterDays }: { estimate: Estimate; option: OptionId; staleAfterDays: number }) {
  const [open, setOpen] = useState<string | null>(null);
  // Ages are judged on today's date (the renderer's clock), against the user's threshold.
  const today = new Date().toISOString().slice(0, 10);
  const ageOf = (l: EstimatedLine): PriceAge | undefined => (l.provenance.kind === 'price' ? priceAge(l.provenance.source, today, staleAfterDays) : undefined);
  const lines = estimate.lines.filter((l) => l.option === option);
  return (
    <table className="data" aria-label={`Cost lines: ${estimate.options.find((o) => o.option === option)?.label ?? option}`}>
      <thead>
        <tr>
          <th>Line</th>
          <th>Service</th>
          <th className="num">Quantity</th>
          <th>Unit</th>
          <th className="num">Unit price</th>
          <th className="num">Amount</th>
          <th>When</th>
          <th className="num">Over horizon</th>
          <th>Source</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => {
          const flag = l.flag?.kind;
          const cls = flag === 'missing-price' || flag === 'fallback-price' ? 'flag-missing' : flag === 'derived-price' ? 'flag-derived' : undefined;
          const s = l.schedule;
          const age = ageOf(l);
          const when = s.kind === 'monthly' ? (s.growth === 'usage' ? 'monthly, grows' : s.growth === 'above-base' ? 'growth only' : 'monthly') : s.kind === 'once' ? `once, month ${s.month}` : s.kind === 'window' ? `monthly, months ${s.firstMonth}–${s.lastMonth}` : `every ${s.everyMonths} months`;
          return (
            <Fragment key={l.id}>
              <tr className={cls}>
                <td>
                  {l.label}
                  {age?.stale ? (
                    <div className="badge warn" title={`The price is ${formatAge(age.days)} old, beyond the ${staleAfterDays}-day stale threshold: refresh prices`}>
                      stale price
                    </div>
                  ) : null}
                  {l.flag ? (
                    <div className={flag === 'derived-price' ? 'badge warn' : 'badge danger'} title={l.flag.message}>
                      {flag === 'missing-price' ? 'price not found' : flag === 'fallback-price' ? 'on-demand fallback' : 'derived price'}
                    </div>
                  ) : null}
                </td>
                <td>{l.service}</td>
                <td className="num">{formatNumber(l.quantity)}</td>
                <td>{l.unit}</td>
                <td className="num">{formatUnitPrice(l.unitPrice)}</td>
                <td className="num">{formatUsd(s.kind === 'monthly' ? l.monthly : l.oneTime)}</td>
                <td>{when}</td>
                <td className="num">{formatUsd(l.horizonTotal)}</td>
                <td>
                  <button type="button" className="btn" aria-expanded={open === l.id} onClick={() => setOpen(open === l.id ? null : l.id)}>
                    {l.provenance.kind === 'price' ? `${l.provenance.source.kind} ${l.provenance.source.asOf}` : l.provenance.kind === 'labour' ? `${l.provenance.role}${l.hours !== undefined ? `, ${formatHours(l.hours)}` : ''}` : l.provenance.kind}
                  </button>
                </td>
              </tr>
              {open === l.id ? (
                <tr>
                  <td colSpan={9}>
                    {l.flag ? <div className={flag === 'derived-price' ? 'banner warn' : 'banner error'}>{l.flag.message}</div> : null}
                    <Provenance line={l} age={age} />
                    {l.notes?.map((n) => (
                      <div key={n} className="muted">
                        {n}
                      </div>
                    ))}
                  </td>
                </tr>
              ) : null}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
