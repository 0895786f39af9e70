import {
  byKind,
  formatFixed,
  formatHours,
  formatNumber,
  formatShare,
  formatUsd,
  LEVEL_TEXT,
  OWNER_TEXT,
  type DeploymentLevers,
  type DeploymentMatrix,
  type TradeoffsReport,
} from '../../src/index';
import { Refs, Section } from './parts';
import type { ReportContext } from './report-context';

function Matrix({ ctx, group }: { readonly ctx: ReportContext; readonly group: readonly DeploymentMatrix[] }) {
  const first = group[0]!;
  return (
    <table className="matrix">
      <thead>
        <tr>
          <th>Duty</th>
          {group.map((m) => (
            <th key={m.deployment}>{m.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {first.rows.map((row, i) => (
          <tr key={row.duty}>
            <td>
              {row.label}
              {row.inAwsTable ? ' *' : ''} <Refs refs={ctx.citationRefs(group.flatMap((m) => m.rows[i]?.provenance.citations ?? []))} />
            </td>
            {group.map((m) => {
              const r = m.rows[i]!;
              return (
                <td key={m.deployment} className={`owner-${r.owner}`}>
                  {OWNER_TEXT[r.owner]}
                  {r.customerTaskIds.length > 0 && r.owner === 'aws' ? ' (+you)' : ''}
                </td>
              );
            })}
          </tr>
        ))}
        <tr className="total">
          <td>Duties you own / share</td>
          {group.map((m) => (
            <td key={m.deployment}>
              {m.counts.you} / {m.counts.shared}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

function Levers({ ctx, group }: { readonly ctx: ReportContext; readonly group: readonly DeploymentLevers[] }) {
  const first = group[0]!;
  return (
    <table className="matrix">
      <thead>
        <tr>
          <th>Control lever</th>
          {group.map((g) => (
            <th key={g.deployment}>{g.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {first.levers.map((lever, i) => (
          <tr key={lever.lever}>
            <td>
              {lever.label} <Refs refs={ctx.citationRefs(group.flatMap((g) => g.levers[i]?.provenance.citations ?? []))} />
            </td>
            {group.map((g) => (
              <td key={g.deployment}>{LEVEL_TEXT[g.levers[i]!.level]}</td>
            ))}
          </tr>
        ))}
        <tr className="total">
          <td>Control points (full 5, partial 3, none 1)</td>
          {group.map((g) => (
            <td key={g.deployment}>{formatFixed(g.controlPoints, 2)}</td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

function Scorecard({ ctx, t }: { readonly ctx: ReportContext; readonly t: TradeoffsReport }) {
  const sc = t.scorecard;
  return (
    <>
      <table>
        <thead>
          <tr>
            <th>Criterion (weight)</th>
            {sc.options.map((o) => (
              <th key={o.option} className="num">
                {o.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sc.weights.map((w, i) => (
            <tr key={w.criterion}>
              <td>
                {w.label} ({formatShare(w.normalized)}
                {w.source === 'scenario' ? ', yours' : ''})
              </td>
              {sc.options.map((o) => (
                <td key={o.option} className="num">
                  {formatFixed(o.scores[i]!.score, 1)}
                  {o.scores[i]!.overridden ? '*' : ''}
                </td>
              ))}
            </tr>
          ))}
          <tr className="total">
            <td>Weighted total (1 to 5, 5 best)</td>
            {sc.options.map((o) => (
              <td key={o.option} className="num">
                {formatFixed(o.weightedTotal, 2)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <p className="statement">{sc.recommendation.summary}</p>
      {sc.notes.map((n) => (
        <p key={n} className="muted small">
          Note: {n}
        </p>
      ))}
      <p className="muted small">
        Weights and scoring rules: {sc.provenance.rationale} <Refs refs={ctx.citationRefs(sc.provenance.citations)} />
      </p>
    </>
  );
}

/** Trade-offs beyond dollars: who does what, control, exit effort, time to value and the weighted scorecard. */
export function TradeoffsSection({ ctx, number }: { readonly ctx: ReportContext; readonly number: number }) {
  const t = ctx.data.tradeoffs;
  if (!t) return null;
  const ttv = t.timeToValue;
  return (
    <Section id="tradeoffs" number={number} title="Trade-offs beyond dollars">
      <h3>Who does what</h3>
      <p className="muted small">
        * a row of AWS's own RDS responsibility table · "(+you)": AWS owns the duty, you keep residual work, priced in the ops-effort tables.
      </p>
      {byKind(t.responsibility).map((g) => (
        <Matrix key={g.map((m) => m.deployment).join('-')} ctx={ctx} group={g} />
      ))}
      <h3>Control you keep</h3>
      {byKind(t.levers).map((g) => (
        <Levers key={g.map((m) => m.deployment).join('-')} ctx={ctx} group={g} />
      ))}
      <h3>Lock-in: effort to leave</h3>
      <p className="muted small">
        One-time effort to move off each option; {t.inTco.exitEffort ? 'included in the totals in the last month' : 'not in the totals (the scenario can include it)'}.
      </p>
      <table>
        <thead>
          <tr>
            <th>Option</th>
            <th className="num">Exit effort</th>
            <th className="num">At loaded rates</th>
            <th>Largest step</th>
          </tr>
        </thead>
        <tbody>
          {t.exitEffort.map((e) => {
            const top = [...e.steps].sort((a, b) => b.hours - a.hours)[0];
            return (
              <tr key={e.option}>
                <td>{ctx.optionLabel(e.option)}</td>
                <td className="num">{formatHours(e.totalHours)}</td>
                <td className="num">{formatUsd(e.totalUsd)}</td>
                <td className="small">
                  {top ? `${top.step.label} (${formatHours(top.hours)})` : ''} {top ? <Refs refs={ctx.citationRefs(top.step.provenance.citations)} /> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>Time to value</h3>
      <p className="muted small">
        Setup hours ÷ ({formatNumber(ttv.setupTeamSize)} {ttv.setupTeamSize === 1 ? 'person' : 'people'} × {formatNumber(ttv.hoursPerPersonPerWeek)} h/week)
        {ttv.monthlyBenefitUsd !== undefined ? `; value of ${formatUsd(ttv.monthlyBenefitUsd)} a month once live` : ''}. {ttv.provenance.rationale}{' '}
        <Refs refs={ctx.citationRefs(ttv.provenance.citations)} />
      </p>
      <table>
        <thead>
          <tr>
            <th>Option</th>
            <th className="num">Setup hours</th>
            <th className="num">Weeks to production</th>
            <th className="num">Later than fastest</th>
            <th className="num">Value of the delay</th>
          </tr>
        </thead>
        <tbody>
          {ttv.options.map((o) => (
            <tr key={o.option}>
              <td>{ctx.optionLabel(o.option)}</td>
              <td className="num">{formatHours(o.setupHours)}</td>
              <td className="num">{formatFixed(o.weeks, 1)}</td>
              <td className="num">{o.delayWeeks > 0 ? `${formatFixed(o.delayWeeks, 1)} weeks` : 'fastest'}</td>
              <td className="num">{ttv.monthlyBenefitUsd !== undefined ? formatUsd(o.delayCostUsd) : 'no benefit entered'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Weighted scorecard</h3>
      <Scorecard ctx={ctx} t={t} />
    </Section>
  );
}
