import type { ReactNode } from 'react';
import { formatHours, formatUsdWhole, type LineSource } from '../../src/index';
import type { ReportContext } from './report-context';

/** Reference numbers, e.g. "[3][12]", pointing into "Price provenance and sources". */
export function Refs({ refs }: { readonly refs: readonly number[] }) {
  if (refs.length === 0) return null;
  return <span className="refs">{refs.map((n) => `[${n}]`).join('')}</span>;
}

const FLAG_MARK: Readonly<Record<NonNullable<LineSource['flag']>, string>> = { missing: '!', fallback: '!', derived: '~' };
const FLAG_TITLE: Readonly<Record<NonNullable<LineSource['flag']>, string>> = {
  missing: 'price not found',
  fallback: 'fallback price',
  derived: 'derived price',
};

/** The mark in front of a flagged line: ! missing or fallback price, ~ derived price. */
export function Flag({ flag }: { readonly flag: LineSource['flag'] }) {
  if (!flag) return null;
  return (
    <span className={`flag ${flag}`} title={FLAG_TITLE[flag]}>
      {FLAG_MARK[flag]}
    </span>
  );
}

/** A numbered section that starts on a new page. */
export function Section({ id, number, title, children }: { readonly id: string; readonly number: number; readonly title: string; readonly children: ReactNode }) {
  return (
    <section className="page" id={id}>
      <h2>
        {number}. {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * A chart with its title and a caption saying where its numbers come from. `data-chart` lets the
 * page know a chart is expected here, so it reports ready only once every one has drawn.
 */
export function Figure({ name, title, caption, children }: { readonly name: string; readonly title: string; readonly caption: ReactNode; readonly children: ReactNode }) {
  return (
    <figure className="report-figure" data-chart={name}>
      <h4>{title}</h4>
      <div className="chart">{children}</div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

/** One card per option: its total over the horizon, run-rate and ops hours; the recommended option marked (the brief's page 1 and the summary). */
export function KeyFigures({ ctx }: { readonly ctx: ReportContext }) {
  const e = ctx.data.estimate;
  const best = ctx.data.recommendation?.option;
  return (
    <div className="key-figures">
      {e.options.map((o) => (
        <div key={o.option} className={`card${o.option === best ? ' best' : ''}`}>
          <div className="name">
            {o.label}
            {o.option === best ? ' (lowest cost)' : ''}
          </div>
          <div className="big num">{formatUsdWhole(o.horizonTotal)}</div>
          <div className="muted small">
            over {e.scenario.horizonMonths} months · {formatUsdWhole(o.monthlyRunRate)}/month · {formatHours(o.opsHoursPerMonth)} ops/month
          </div>
        </div>
      ))}
    </div>
  );
}
