import { formatDate, formatNumber, refusalMissingText } from '../../src/index';
import type { ReportContext } from './report-context';

/**
 * Page 1: the question, the answer with its confidence, and what the report was made from; and,
 * when sections were left out, which (`leftOut`), so a reader is never misled by what is missing.
 */
export function CoverSection({ ctx, leftOut = null }: { readonly ctx: ReportContext; readonly leftOut?: string | null }) {
  const tradeoffsShown = ctx.shown('tradeoffs');
  const scorecardSection = tradeoffsShown ? 'section "Trade-offs"' : 'left out of this report';
  const d = ctx.data;
  const rec = d.recommendation;
  const s = d.estimate.scenario;
  return (
    <section className="page cover" id="cover">
      <div className="kicker">TCO comparison · AWS bill plus operations effort</div>
      <h1>{d.source.scenarioName}</h1>
      <div className="question">{s.question}</div>
      {rec ? (
        <div className="verdict">
          <div className="label">Recommendation (lowest total cost over the horizon)</div>
          <div className="headline">{rec.headline}</div>
          <div className="confidence">{d.confidence.statement}</div>
          {rec.caveats.map((c) => (
            <p key={c} className="caveat">
              ! {c}
            </p>
          ))}
          {rec.scorecard ? (
            <p className="scorecard-note">
              {rec.scorecard.agrees
                ? `The weighted scorecard of trade-offs beyond dollars (${scorecardSection}) also ranks ${rec.scorecard.label} first.`
                : `The weighted scorecard of trade-offs beyond dollars (${scorecardSection}) ranks ${rec.scorecard.label} first instead${tradeoffsShown ? '; see why there' : ''}.`}
            </p>
          ) : null}
        </div>
      ) : null}
      {d.refusal ? (
        <div className="verdict refused" data-testid="cover-refusal">
          <div className="label">No recommendation (prices missing)</div>
          <div className="headline">{d.refusal.headline}</div>
          <p className="caveat">! {refusalMissingText(d.refusal)}</p>
          <p className="caveat">! {d.refusal.fix}</p>
          <p className="caveat">! This report was made anyway: every total that includes a line marked ! (price not found) is too low.</p>
          <div className="confidence">{d.confidence.statement}</div>
        </div>
      ) : null}
      <div className="meta">
        <table>
          <tbody>
            <tr>
              <td className="muted">Scenario</td>
              <td>
                {d.source.scenarioName}
                {d.source.variant ? ` (variant "${d.source.variant}"${d.source.variantDescription ? `: ${d.source.variantDescription}` : ''})` : ''}
              </td>
            </tr>
            <tr>
              <td className="muted">Scenario file</td>
              <td>
                SHA-256 {d.source.shortHash} ({formatNumber(d.source.bytes)} bytes)
              </td>
            </tr>
            <tr>
              <td className="muted">Date</td>
              <td>{formatDate(d.generatedAt)}</td>
            </tr>
            <tr>
              <td className="muted">Scope</td>
              <td>
                {s.region}, {s.horizonMonths} months{s.startMonth ? ` from ${s.startMonth}` : ''}; {d.estimate.options.length} options compared
              </td>
            </tr>
            <tr>
              <td className="muted">Prices</td>
              <td>
                {d.estimate.catalogue.name}
                {ctx.pricesAsOf}
              </td>
            </tr>
            <tr>
              <td className="muted">Made with</td>
              <td>{d.generator}</td>
            </tr>
          </tbody>
        </table>
      </div>
      {leftOut ? (
        <p className="sections-left-out" data-testid="sections-left-out">
          {leftOut}
        </p>
      ) : null}
    </section>
  );
}
