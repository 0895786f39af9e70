import { BRIEF_CATEGORIES, BRIEF_LIMITS, formatHours, formatUsd, formatUsdWhole, type ReportBrief } from '../../src/index';
import { CumulativeCostChart } from '../charts/CumulativeCostChart';
import { Figure } from './parts';
import type { ReportContext } from './report-context';

/**
 * Page 2 of the brief: cumulative cost with the break-even marked; run-rate by category and ops
 * hours per option; the assumptions that matter most and the age of the prices; the variants in
 * one small table (capped, the rest in the full report).
 */
/**
 * The cumulative chart's height in px: 200, plus the room the capped lists leave on the page (a
 * variant row or option row not printed is about 24 px; no variants table, about 60 px more), so
 * a small scenario's page 2 is not half empty and a large one still fits Letter.
 */
export function cumulativeChartHeight(brief: Pick<ReportBrief, 'variants' | 'runRate'>): number {
  const variantRowsFree = BRIEF_LIMITS.variants - brief.variants.length;
  const optionRowsFree = Math.max(0, 4 - brief.runRate.length);
  return 200 + 24 * (variantRowsFree + optionRowsFree) + (brief.variants.length === 0 ? 60 : 0);
}

export function BriefCharts({ ctx, brief }: { readonly ctx: ReportContext; readonly brief: ReportBrief }) {
  const d = ctx.data;
  const cumulative = d.charts.cumulative;
  const categories = BRIEF_CATEGORIES.filter((c) => c.id !== 'downtime' || brief.hasDowntime);
  return (
    <section className="brief-page brief-figures" id="brief-figures">
      <h2 className="brief-h">The figures behind the answer</h2>
      <Figure
        name="cumulative"
        title="Cumulative cost by option"
        caption={`Running total of each option's monthly costs, one-time payments in the month they are paid${cumulative.markers.length > 0 ? `; dashed lines mark break-even months. ${d.breakEvenText.join(' ')}` : '; no option overtakes another within the horizon.'}`}
      >
        <CumulativeCostChart points={cumulative.points} markers={cumulative.markers} options={d.charts.options} width={ctx.chartWidth} height={cumulativeChartHeight(brief)} />
      </Figure>
      <h4>Run-rate by category and ops hours (month 1), and the total over {d.estimate.scenario.horizonMonths} months</h4>
      <table className="brief-run-rate">
        <thead>
          <tr>
            <th>Option</th>
            {categories.map((c) => (
              <th key={c.id} className="num">
                {c.label}
              </th>
            ))}
            <th className="num">Total a month</th>
            <th className="num">Ops hours a month</th>
            <th className="num">Total over {d.estimate.scenario.horizonMonths} months</th>
          </tr>
        </thead>
        <tbody>
          {brief.runRate.map((r) => (
            <tr key={r.option} className={r.best ? 'best' : undefined}>
              <td>
                {r.label}
                {r.best ? ' (lowest cost)' : ''}
              </td>
              {categories.map((c) => (
                <td key={c.id} className="num">
                  {formatUsdWhole(r.byCategory[c.id])}
                </td>
              ))}
              <td className="num">{formatUsdWhole(r.total)}</td>
              <td className="num">{formatHours(r.opsHoursPerMonth)}</td>
              <td className="num">{formatUsdWhole(r.horizonTotal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="brief-columns">
        <div>
          <h4>Assumptions that matter most</h4>
          <table className="brief-assumptions">
            <tbody>
              {brief.assumptions.map((a) => (
                <tr key={a.label}>
                  <td>{a.label}</td>
                  <td>{a.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          <h4>Age of the prices</h4>
          <p className="small">
            {brief.prices} {brief.priceAge}
          </p>
        </div>
      </div>
      <h4>Variants compared (total over {d.estimate.scenario.horizonMonths} months)</h4>
      {brief.variants.length === 0 ? (
        <p className="small muted">The scenario defines no variants.</p>
      ) : (
        <table className="brief-variants">
          <thead>
            <tr>
              <th>Variant</th>
              {brief.variantOptions.map((o) => (
                <th key={o} className="num">
                  {o}
                </th>
              ))}
              {d.refusal ? null : <th>Lowest cost</th>}
            </tr>
          </thead>
          <tbody>
            {brief.variants.map((v) => (
              <tr key={v.name}>
                <td>{v.name}</td>
                {v.error ? (
                  <td colSpan={brief.variantOptions.length + (d.refusal ? 0 : 1)} className="problem">
                    Could not be evaluated: {v.error}
                  </td>
                ) : (
                  <>
                    {v.totals.map((t, i) => (
                      <td key={brief.variantOptions[i]} className="num">
                        {t === null ? 'n/a' : formatUsd(t)}
                      </td>
                    ))}
                    {d.refusal ? null : <td>{v.cheapest}</td>}
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {brief.variantsMore > 0 ? <p className="small muted">and {brief.variantsMore} more in the full report.</p> : null}
    </section>
  );
}
