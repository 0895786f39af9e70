import { formatHours, formatPct, formatUsd, formatUsdWhole, type OptionResult } from '../../src/index';
import { RunRateChart } from '../charts/RunRateChart';
import { Figure, KeyFigures, Section } from './parts';
import type { ReportContext } from './report-context';

/** Executive summary, the appendix's first section: the key figures of every option, break-even, warnings and the run-rate by service (the cumulative cost chart is on the brief's second page). */
export function SummarySection({ ctx, number }: { readonly ctx: ReportContext; readonly number: number }) {
  const d = ctx.data;
  const e = d.estimate;
  const months = e.scenario.horizonMonths;
  const rows: [string, (o: OptionResult) => string][] = [
    ['Monthly run-rate (month 1)', (o) => formatUsdWhole(o.monthlyRunRate)],
    ['   infrastructure', (o) => formatUsdWhole(o.runRateByCategory.infrastructure)],
    ['   operations (engineer time)', (o) => formatUsdWhole(o.runRateByCategory.operations)],
    ['   security & compliance', (o) => formatUsdWhole(o.runRateByCategory.security)],
    ...(e.options.some((o) => o.runRateByCategory.downtime !== 0)
      ? [['   downtime (business cost)', (o: OptionResult) => formatUsdWhole(o.runRateByCategory.downtime)] as [string, (o: OptionResult) => string]]
      : []),
    ['One-time costs (setup, upfront fees)', (o) => formatUsdWhole(o.oneTimeTotal)],
    [`Total over ${months} months`, (o) => formatUsdWhole(o.horizonTotal)],
    [`NPV at ${formatPct(e.scenario.discountRateAnnualPct)}/year`, (o) => formatUsdWhole(o.npv)],
    ['Ops hours per month', (o) => formatHours(o.opsHoursPerMonth)],
    ['Setup hours (one-time)', (o) => formatHours(o.setupHours)],
    ['Flagged lines (! or ~)', (o) => String(o.flaggedLines)],
  ];
  return (
    <Section id="summary" number={number} title="Executive summary">
      <KeyFigures ctx={ctx} />
      <table className="summary">
        <thead>
          <tr>
            <th />
            {e.options.map((o) => (
              <th key={o.option} className="num">
                {o.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, f]) => (
            <tr key={label} className={label.startsWith('Total') ? 'total' : undefined}>
              <td className={label.startsWith(' ') ? 'indent' : undefined}>{label.trim()}</td>
              {e.options.map((o) => (
                <td key={o.option} className="num">
                  {f(o)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">
        Every figure is a sum of the cost lines listed per option below. {ctx.pricesLine}
      </p>
      <h3>Break-even</h3>
      <ul>
        {d.breakEvenText.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      {e.warnings.length > 0 ? (
        <>
          <h3>Warnings</h3>
          <ul className="warning-list">
            {e.warnings.map((w) => (
              <li key={`${w.kind}:${w.message}`}>
                {w.kind === 'missing-price' || w.kind === 'fallback-price' ? '! ' : w.kind === 'derived-price' ? '~ ' : ''}
                {w.message}
                {w.lineIds && w.lineIds.length > 1 ? ` (${w.lineIds.length} lines)` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {d.analysis.problems.map((p) => (
        <p key={p} className="problem">
          Not available: {p}
        </p>
      ))}
      <Figure name="run-rate" title="Monthly run-rate by service (month 1)" caption={`Recurring cost in month 1 by service; one-time payments excluded. ${ctx.pricesLine}`}>
        <RunRateChart points={d.charts.runRate.points} services={d.charts.runRate.services} width={ctx.chartWidth} height={70 + 40 * d.charts.runRate.points.length} />
      </Figure>
    </Section>
  );
}
