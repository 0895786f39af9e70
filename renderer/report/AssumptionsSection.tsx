import { formatQuantity, formatUsd } from '../../src/index';
import { Refs, Section } from './parts';
import type { ReportContext } from './report-context';

/** Every input the estimate used: scenario settings, labour rates, numeric inputs, workload settings, distributions. */
export function AssumptionsSection({ ctx, number }: { readonly ctx: ReportContext; readonly number: number }) {
  const a = ctx.data.assumptions;
  return (
    <Section id="assumptions" number={number} title="Assumptions and inputs">
      <table className="summary">
        <thead>
          <tr>
            <th>Setting</th>
            <th>Value</th>
            <th>Source</th>
          </tr>
        </thead>
        <tbody>
          {a.settings.map((s) => (
            <tr key={s.label}>
              <td>{s.label}</td>
              <td>{s.value}</td>
              <td className="muted">{s.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {a.labour.length > 0 ? (
        <>
          <h3>Loaded labour rates</h3>
          <table>
            <thead>
              <tr>
                <th>Role</th>
                <th className="num">Rate</th>
                <th>Source</th>
              </tr>
            </thead>
            <tbody>
              {a.labour.map((r) => (
                <tr key={r.role}>
                  <td>{r.label}</td>
                  <td className="num">{formatUsd(r.hourlyUsd)}/h</td>
                  <td className="small">
                    {r.source === 'scenario' ? 'Set in the scenario. ' : ''}
                    {r.rationale} <Refs refs={r.refs} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {a.uncertainty.length > 0 ? (
        <>
          <h3>Uncertainty distributions</h3>
          <table>
            <thead>
              <tr>
                <th>Input</th>
                <th>Distribution</th>
              </tr>
            </thead>
            <tbody>
              {a.uncertainty.map((u) => (
                <tr key={u.path}>
                  <td>
                    {u.label} <span className="muted small">{u.path}</span>
                  </td>
                  <td>{u.distribution}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p className="muted">The scenario gives no input a range of uncertainty, so no Monte Carlo simulation was run.</p>
      )}
      {a.sensitivityRanges.length > 0 ? (
        <p className="small">
          Sensitivity ranges set in the scenario: {a.sensitivityRanges.map((r) => `${r.path} ${r.low} to ${r.high}`).join('; ')}.
        </p>
      ) : null}
      <h3>Numeric inputs</h3>
      <table>
        <thead>
          <tr>
            <th>Input</th>
            <th className="num">Value</th>
            <th>Where it comes from</th>
          </tr>
        </thead>
        <tbody>
          {a.inputs.map((i) => (
            <tr key={i.path}>
              <td>
                {i.label}
                <div className="muted small">{i.path}</div>
              </td>
              <td className="num">{formatQuantity(i.value, i.unit)}</td>
              <td className="small">{i.isDefault ? 'default (see methodology and sources)' : 'scenario file'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Workload settings</h3>
      {a.workloads.map((w) => (
        <div key={w.id} className="keep">
          <h4>
            {w.name} <span className="muted small">({w.kind}, id {w.id})</span>
          </h4>
          <div className="settings">
            {w.settings.map((s) => (
              <div key={s.path}>
                <span className="muted">{s.path.replace(/^workloads\[\d+\]\./, '')}</span> = {s.value}
              </div>
            ))}
          </div>
        </div>
      ))}
      {a.notes ? (
        <>
          <h3>Notes in the scenario</h3>
          <p>{a.notes}</p>
        </>
      ) : null}
    </Section>
  );
}
