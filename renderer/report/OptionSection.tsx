import {
  COST_CATEGORIES,
  formatHours,
  formatNumber,
  formatPct,
  formatUnitPrice,
  formatUsd,
  type CostCategory,
  type EstimatedLine,
  type OpsEffortRow,
  type OptionDetail,
} from '../../src/index';
import { Flag, Refs, Section } from './parts';
import type { ReportContext } from './report-context';

function whenPaid(l: EstimatedLine): string {
  const s = l.schedule;
  if (s.kind === 'monthly') return s.growth === 'usage' ? 'monthly, grows with usage' : s.growth === 'above-base' ? 'growth above month 1' : 'monthly';
  if (s.kind === 'once') return `once, month ${s.month}`;
  if (s.kind === 'window') return `monthly in months ${s.firstMonth}–${s.lastMonth}`;
  return `every ${s.everyMonths} months from month ${s.firstMonth}`;
}

/** The amount column: the month-1 amount of a recurring line, or the lump sum of a one-time line. */
function amount(l: EstimatedLine, missing: boolean): string {
  if (missing) return 'not priced';
  return formatUsd(l.schedule.kind === 'monthly' ? l.monthly : l.oneTime);
}

const CATEGORY_HEADINGS: Readonly<Record<CostCategory, string>> = {
  infrastructure: 'Infrastructure (AWS bill)',
  operations: 'Operations (engineer time)',
  security: 'Security and compliance',
  downtime: 'Downtime (business cost, not engineer time)',
};

function CostLineRow({ ctx, line }: { readonly ctx: ReportContext; readonly line: EstimatedLine }) {
  const src = ctx.data.lineSources[line.id];
  const flag = src?.flag ?? null;
  const missing = flag === 'missing';
  return (
    <tr className={flag ? `flag-${flag}` : undefined}>
      <td className="label">
        <Flag flag={flag} />
        {line.label}
        <div className="muted small">
          {line.service} · {whenPaid(line)}
          {line.flag ? ` · ${line.flag.message}` : ''}
        </div>
      </td>
      <td className="num">{formatNumber(line.quantity)}</td>
      <td className="nowrap">{line.unit}</td>
      <td className="num">{formatUnitPrice(line.unitPrice)}</td>
      <td className="num">{amount(line, missing)}</td>
      <td className="num">{missing ? 'not priced' : formatUsd(line.horizonTotal)}</td>
      <td>
        <Refs refs={src?.refs ?? []} /> <span className={missing ? 'small nowrap' : 'small'}>{src?.short ?? ''}</span>
      </td>
    </tr>
  );
}

/** Every cost line of the option, grouped by category in the estimate's order, with the option's totals. */
function CostLines({ ctx, detail }: { readonly ctx: ReportContext; readonly detail: OptionDetail }) {
  const lines = ctx.linesOf(detail.option);
  const result = ctx.optionResult(detail.option);
  return (
    <table className="lines">
      <thead>
        <tr>
          <th>Cost line</th>
          <th className="num">Quantity</th>
          <th>Unit</th>
          <th className="num">Unit price</th>
          <th className="num">Monthly / once</th>
          <th className="num">Horizon</th>
          <th>Source</th>
        </tr>
      </thead>
      <tbody>
        {COST_CATEGORIES.flatMap((c) => {
          const group = lines.filter((l) => l.category === c);
          if (group.length === 0) return [];
          return [
            <tr key={`h-${c}`} className="group">
              <td colSpan={7}>
                {CATEGORY_HEADINGS[c]} · {group.length} line{group.length > 1 ? 's' : ''}
              </td>
            </tr>,
            ...group.map((l) => <CostLineRow key={l.id} ctx={ctx} line={l} />),
          ];
        })}
        {result ? (
          <tr className="total">
            <td colSpan={4}>
              Total: run-rate in month 1, and over {ctx.data.estimate.scenario.horizonMonths} months (one-time costs {formatUsd(result.oneTimeTotal)} included)
            </td>
            <td className="num">{formatUsd(result.monthlyRunRate)}</td>
            <td className="num">{formatUsd(result.horizonTotal)}</td>
            <td />
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}

function OpsTable({ rows, kind, total }: { readonly rows: readonly OpsEffortRow[]; readonly kind: 'monthly' | 'one-time'; readonly total: number | undefined }) {
  if (rows.length === 0) return null;
  return (
    <table className="ops">
      <thead>
        <tr>
          <th>{kind === 'monthly' ? 'Recurring task' : 'Setup task (one-time)'}</th>
          <th className="num">{kind === 'monthly' ? 'Hours/month' : 'Hours'}</th>
          <th>Role</th>
          <th className="num">Rate</th>
          <th className="num">{kind === 'monthly' ? 'Per month' : 'Cost'}</th>
          <th>Source</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.lineId}>
            <td className="label">
              {r.task}
              {r.overridden ? <span className="muted small"> (hours set in the scenario)</span> : null}
              <div className="muted small">{r.taskId ?? 'incident handling'}</div>
            </td>
            <td className="num">{formatHours(r.hours)}</td>
            <td>{r.roleLabel}</td>
            <td className="num">{r.hourlyUsd === null ? 'not found' : `${formatUsd(r.hourlyUsd)}/h`}</td>
            <td className="num">{formatUsd(r.amountUsd)}</td>
            <td>
              <Refs refs={r.refs} /> <span className="small">{r.rateSource === 'scenario' ? 'rate: scenario' : 'rate: BLS'}</span>
            </td>
          </tr>
        ))}
        {total !== undefined ? (
          <tr className="total">
            <td>{kind === 'monthly' ? 'Ops hours per month' : 'Setup hours'}</td>
            <td className="num">{formatHours(total)}</td>
            <td colSpan={4} />
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}

function Commitments({ detail }: { readonly detail: OptionDetail }) {
  if (detail.commitments.length === 0) return <p className="muted">No instance usage that a reservation or Savings Plan could cover.</p>;
  return (
    <table className="commitments">
      <thead>
        <tr>
          <th>Usage</th>
          <th className="num">Instances</th>
          <th className="num">Utilisation</th>
          <th>Priced now</th>
          <th>Recommended</th>
          <th>Why</th>
        </tr>
      </thead>
      <tbody>
        {detail.commitments.map((c, i) => (
          <tr key={`${c.workloadId}-${i}`}>
            <td className="label">
              {c.usage}
              <div className="muted small">{c.price}</div>
            </td>
            <td className="num">{formatNumber(c.instances)}</td>
            <td className="num">{formatPct(c.utilisationPct)}</td>
            <td>{c.current}</td>
            <td>{c.recommended}</td>
            <td className="small">{c.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One option: every cost line with its source, the ops effort behind the engineer-time lines, and commitments. */
export function OptionSection({ ctx, detail, number }: { readonly ctx: ReportContext; readonly detail: OptionDetail; readonly number: number }) {
  const result = ctx.optionResult(detail.option);
  const monthly = detail.opsEffort.filter((r) => r.kind === 'monthly');
  const oneTime = detail.opsEffort.filter((r) => r.kind === 'one-time');
  return (
    <Section id={`option-${detail.option}`} number={number} title={detail.label}>
      <p>
        Runs {detail.deployments.map((d) => d.label).join(' and ')}.{' '}
        {result
          ? `${formatUsd(result.horizonTotal)} over ${ctx.data.estimate.scenario.horizonMonths} months; ${formatUsd(result.monthlyRunRate)} a month at the start; ${formatHours(result.opsHoursPerMonth)} of engineer time a month.`
          : ''}
      </p>
      <h3>Cost lines</h3>
      <p className="muted small">
        ! price not found (counted as nothing) or a fallback price · ~ derived price{ctx.shown('provenance') ? ' · [n] source in "Price provenance and sources"' : ''}. {ctx.pricesLine}
      </p>
      <CostLines ctx={ctx} detail={detail} />
      <h3>Operations effort</h3>
      <p className="muted small">
        Hours per task from the ops-effort model (sources [n]: the cadence and the hours per event), priced at the role's loaded rate.
      </p>
      <OpsTable rows={monthly} kind="monthly" total={result?.opsHoursPerMonth} />
      <OpsTable rows={oneTime} kind="one-time" total={result?.setupHours} />
      <h3>Commitments</h3>
      <Commitments detail={detail} />
    </Section>
  );
}
