import type { ReactNode } from 'react';
import { formatDate, formatNumber, type ReportBrief } from '../../src/index';
import { KeyFigures } from './parts';
import type { ReportContext } from './report-context';

/**
 * Page 1 of the brief: the question; the answer in one sentence (or why none is given); the
 * difference; how sure; the break-even; the three inputs that move the answer most; the trade-offs
 * beyond dollars; and what the report was made from. All text comes from briefOf (src/report/brief.ts).
 */
export function BriefSection({ ctx, brief, appendixNote, leftOut }: { readonly ctx: ReportContext; readonly brief: ReportBrief; readonly appendixNote: ReactNode; readonly leftOut: string | null }) {
  const d = ctx.data;
  const s = d.estimate.scenario;
  return (
    <section className={`brief-page brief-answer${d.estimate.options.length <= 2 ? ' roomy' : ''}`} id="brief">
      <div className="kicker">Decision brief · AWS bill plus operations effort</div>
      <h1>{d.source.scenarioName}</h1>
      <div className="question">{s.question}</div>
      <div className={`verdict${brief.answerKind === 'refusal' ? ' refused' : ''}`} data-testid={brief.answerKind === 'refusal' ? 'brief-refusal' : 'brief-answer'}>
        <div className="label">{brief.answerKind === 'refusal' ? 'No recommendation (prices missing)' : 'Answer (lowest total cost over the horizon)'}</div>
        <div className="headline">{brief.answer}</div>
        {brief.answerNotes.map((n) => (
          <p key={n.text} className={n.caveat ? 'caveat' : 'note'}>
            {n.caveat ? '! ' : ''}
            {n.text}
          </p>
        ))}
      </div>
      <KeyFigures ctx={ctx} />
      <dl className="brief-facts">
        <dt>Difference</dt>
        <dd>{brief.difference}</dd>
        <dt>How sure</dt>
        <dd>{brief.confidence}</dd>
        <dt>Break-even</dt>
        <dd>{brief.breakEven}</dd>
        <dt>What moves the answer most</dt>
        <dd>
          {brief.drivers.length > 0 ? (
            <ol className="drivers">
              {brief.drivers.map((x) => (
                <li key={x.label}>
                  <strong>{x.label}</strong> from {x.range}: {x.effect}
                </li>
              ))}
            </ol>
          ) : (
            brief.driversNote
          )}
        </dd>
        <dt>Beyond dollars</dt>
        <dd>
          <ul className="tradeoff-lines">
            {brief.tradeoffs.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </dd>
      </dl>
      <div className="meta small">
        <div>
          Scenario file SHA-256 {d.source.shortHash} ({formatNumber(d.source.bytes)} bytes)
          {d.source.variant ? `, variant "${d.source.variant}"${d.source.variantDescription ? `: ${d.source.variantDescription}` : ''}` : ''} · {s.region}, {s.horizonMonths} months
          {s.startMonth ? ` from ${s.startMonth}` : ''} · {d.estimate.options.length} options compared
        </div>
        <div>
          {brief.prices} Made {formatDate(d.generatedAt)} with {d.generator}.
        </div>
        <div className="appendix-note">{appendixNote}</div>
        {leftOut ? (
          <div className="sections-left-out" data-testid="sections-left-out">
            {leftOut}
          </div>
        ) : null}
      </div>
    </section>
  );
}
