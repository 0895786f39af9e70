import { useMemo } from 'react';
import { CRITERION_IDS, formatHours, formatNumber, formatUsd, getAtPath, OPS_TASKS, tradeoffsReport, type Estimate, type PriceCatalogue, type Scenario } from '../../src/index';

/** Ops tasks by id, for their labels: ids are for files and the command line, never shown. */
const TASK_LABELS: ReadonlyMap<string, string> = new Map(OPS_TASKS.map((t) => [t.id, t.label]));
import { InfoTip, type FieldContext } from '../components/fields';

const OWNER_TEXT = { aws: 'AWS', you: 'You', shared: 'Shared' } as const;
const LEVEL_TEXT = { full: 'Full', partial: 'Partial', none: 'None', 'not-applicable': 'n/a' } as const;

/** Trade-offs beyond dollars: who does what, control levers, exit effort, time to value, and the scorecard with editable weights and scores. */
export function TradeoffsView({ scenario, catalogue, estimate, ctx }: { scenario: Scenario; catalogue: PriceCatalogue; estimate: Estimate; ctx: FieldContext }) {
  const report = useMemo(() => tradeoffsReport(scenario, catalogue, estimate), [scenario, catalogue, estimate]);
  const sc = report.scorecard;
  return (
    <div>
      <section className="panel" aria-labelledby="score-h">
        <h2 id="score-h">Weighted scorecard</h2>
        <p data-testid="scorecard-summary">{sc.recommendation.summary}</p>
        <table className="data">
          <thead>
            <tr>
              <th>Criterion</th>
              <th className="num">Weight</th>
              {sc.options.map((o) => (
                <th key={o.option} className="num">
                  {o.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sc.weights.map((w) => (
              <tr key={w.criterion}>
                <td>{w.label}</td>
                <td className="num">
                  <input
                    aria-label={`Weight of ${w.label}`}
                    type="number"
                    min={0}
                    max={100}
                    style={{ width: 64 }}
                    value={w.points}
                    onChange={(e) => ctx.set(['tradeoffs', 'scorecard', 'weights', w.criterion], Number.isFinite(e.currentTarget.valueAsNumber) ? e.currentTarget.valueAsNumber : undefined, true)}
                  />{' '}
                  <span className="muted">{formatNumber(w.normalized * 100)}%</span>
                </td>
                {sc.options.map((o) => {
                  const s = o.scores.find((x) => x.criterion === w.criterion)!;
                  const path = ['tradeoffs', 'scorecard', 'scores', o.option, w.criterion] as const;
                  const override = getAtPath(ctx.draft, path) as { score?: number } | undefined;
                  return (
                    <td key={o.option} className="num">
                      <select
                        aria-label={`Score of ${o.label} for ${w.label}`}
                        value={override?.score ?? ''}
                        onChange={(e) => ctx.set(path, e.currentTarget.value === '' ? undefined : { score: Number(e.currentTarget.value) })}
                      >
                        <option value="">{`auto (${Number(s.defaultScore.toFixed(2))})`}</option>
                        {[1, 2, 3, 4, 5].map((n) => (
                          <option key={n} value={n}>
                            {n}
                          </option>
                        ))}
                      </select>{' '}
                      <InfoTip label="Why this score">{s.reasoning}</InfoTip>
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr>
              <td>
                <strong>Weighted total</strong>
              </td>
              <td />
              {sc.options.map((o) => (
                <td key={o.option} className="num">
                  <strong>{formatNumber(o.weightedTotal)}</strong>
                </td>
              ))}
            </tr>
          </tbody>
        </table>
        {sc.notes.map((n) => (
          <p key={n} className="muted">
            {n}
          </p>
        ))}
        <p className="muted">Criteria: {CRITERION_IDS.join(', ')}. Weights and scores you set are kept in the scenario file.</p>
      </section>

      <section className="panel" aria-labelledby="ttv-h">
        <h2 id="ttv-h">Time to value and exit effort</h2>
        <table className="data">
          <thead>
            <tr>
              <th>Option</th>
              <th className="num">Setup hours</th>
              <th className="num">Weeks to production</th>
              <th className="num">Later than fastest</th>
              <th className="num">Exit effort</th>
              <th className="num">Exit cost</th>
            </tr>
          </thead>
          <tbody>
            {report.timeToValue.options.map((t) => {
              const exit = report.exitEffort.find((x) => x.option === t.option);
              const label = report.options.find((o) => o.option === t.option)?.label ?? t.option;
              return (
                <tr key={t.option}>
                  <td>{label}</td>
                  <td className="num">{formatHours(t.setupHours)}</td>
                  <td className="num">{formatNumber(t.weeks)}</td>
                  <td className="num">{t.delayWeeks > 0 ? `${formatNumber(t.delayWeeks)} weeks` : 'fastest'}</td>
                  <td className="num">{exit ? formatHours(exit.totalHours) : ''}</td>
                  <td className="num">{exit ? formatUsd(exit.totalUsd) : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="muted">
          {report.timeToValue.provenance.rationale} Exit effort {report.inTco.exitEffort ? 'is' : 'is not'} folded into the TCO; the value of delay {report.inTco.delayCost ? 'is' : 'is not'}.
        </p>
        <div className="row">
          <label className="row" style={{ gap: 4 }}>
            <input type="checkbox" checked={getAtPath(ctx.draft, ['tradeoffs', 'exitEffort', 'includeInTco']) === true} onChange={(e) => ctx.set(['tradeoffs', 'exitEffort', 'includeInTco'], e.currentTarget.checked)} />
            Add exit effort to the TCO
          </label>
          <label className="row" style={{ gap: 4 }}>
            <input
              type="checkbox"
              checked={getAtPath(ctx.draft, ['tradeoffs', 'timeToValue', 'includeDelayCostInTco']) === true}
              onChange={(e) => ctx.set(['tradeoffs', 'timeToValue', 'includeDelayCostInTco'], e.currentTarget.checked)}
            />
            Add the value of delay to the TCO
          </label>
          <label className="row" style={{ gap: 4 }}>
            Monthly benefit (USD)
            <input
              type="number"
              min={0}
              style={{ width: 110 }}
              value={(getAtPath(ctx.draft, ['tradeoffs', 'timeToValue', 'monthlyBenefitUsd']) as number | undefined) ?? ''}
              onChange={(e) => ctx.set(['tradeoffs', 'timeToValue', 'monthlyBenefitUsd'], Number.isFinite(e.currentTarget.valueAsNumber) ? e.currentTarget.valueAsNumber : undefined, true)}
            />
          </label>
        </div>
      </section>

      {report.responsibility.map((m) => (
        <section className="panel" key={m.deployment} aria-label={`Who does what: ${m.label}`}>
          <h2>Who does what: {m.label}</h2>
          <table className="data">
            <thead>
              <tr>
                <th>Duty</th>
                <th>Who</th>
                <th>Note</th>
                <th>Your ops tasks priced for it</th>
              </tr>
            </thead>
            <tbody>
              {m.rows.map((r) => (
                <tr key={r.duty}>
                  <td>{r.label}</td>
                  <td>
                    <span className={r.owner === 'aws' ? 'badge' : 'badge warn'}>{OWNER_TEXT[r.owner]}</span>
                  </td>
                  <td>
                    {r.note}{' '}
                    <InfoTip>
                      {r.provenance.rationale} {r.provenance.citations.map((c) => `${c.title} (${c.date})`).join('; ')}
                    </InfoTip>
                  </td>
                  <td className="muted">{r.customerTaskIds.map((id) => TASK_LABELS.get(id) ?? id).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}

      <section className="panel" aria-labelledby="levers-h">
        <h2 id="levers-h">Control you keep</h2>
        <table className="data">
          <thead>
            <tr>
              <th>Lever</th>
              {report.levers.map((d) => (
                <th key={d.deployment}>{d.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(report.levers[0]?.levers ?? []).map((l, i) => (
              <tr key={l.lever}>
                <td>{l.label}</td>
                {report.levers.map((d) => {
                  const x = d.levers[i]!;
                  return (
                    <td key={d.deployment}>
                      <strong>{LEVEL_TEXT[x.level]}</strong> <span className="muted">{x.note}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
