import { useId, useMemo, useRef, useState } from 'react';
import { defaultRangeInputs, describeDistribution, effortDetailInputs, formatNumber, getAtPath, scenarioInputs, type DefaultRangeInput, type Distribution, type NumericInput, type Scenario } from '../../src/index';
import { NumberField, type FieldContext } from '../components/fields';
import { InputPicker } from '../components/InputPicker';
import { DEFAULT_SPREAD, DISTRIBUTION_KINDS, defaultDistribution, distributionText, type DistributionKind } from '../state/analysis-edit';

const PARAMETERS: Record<DistributionKind, readonly { readonly key: string; readonly label: string }[]> = {
  fixed: [{ key: 'value', label: 'Value' }],
  uniform: [
    { key: 'min', label: 'Low' },
    { key: 'max', label: 'High' },
  ],
  triangular: [
    { key: 'min', label: 'Low' },
    { key: 'mode', label: 'Most likely' },
    { key: 'max', label: 'High' },
  ],
  lognormal: [
    { key: 'p10', label: 'P10' },
    { key: 'p90', label: 'P90' },
  ],
};

/**
 * The analysis settings that lived only in the file: a distribution per input for the Monte Carlo, and the tornado's
 * ranges. Every change goes through the draft (ctx.set): validated with the file's messages, undoable, saved.
 */
export function UncertaintySection({ ctx, scenario }: { ctx: FieldContext; scenario: Scenario | undefined }) {
  const headingId = useId();
  const [open, setOpen] = useState(false);
  // The inputs of the last valid scenario: labels stay while an edit makes the draft invalid for a moment.
  const lastInputs = useRef<readonly NumericInput[]>([]);
  const lastDetail = useRef<readonly NumericInput[]>([]);
  const lastDefaults = useRef<readonly DefaultRangeInput[]>([]);
  const inputs = useMemo(() => {
    if (scenario) lastInputs.current = scenarioInputs(scenario);
    return lastInputs.current;
  }, [scenario]);
  // One task's effort and hours per incident: Monte Carlo inputs only (not tornado bars).
  const detailInputs = useMemo(() => {
    if (scenario) lastDetail.current = effortDetailInputs(scenario);
    return lastDetail.current;
  }, [scenario]);
  const defaults = useMemo(() => {
    if (scenario) lastDefaults.current = defaultRangeInputs(scenario);
    return lastDefaults.current;
  }, [scenario]);
  const distributionInputs = useMemo(() => [...inputs, ...detailInputs], [inputs, detailInputs]);
  const byPath = useMemo(() => new Map(distributionInputs.map((i) => [i.path, i])), [distributionInputs]);
  const [kind, setKind] = useState<DistributionKind>('triangular');

  const uncertainty = (getAtPath(ctx.draft, ['analysis', 'uncertainty']) as { path: string; distribution: Distribution }[] | undefined) ?? [];
  const ranges = (getAtPath(ctx.draft, ['analysis', 'sensitivity', 'ranges']) as { path: string; low: number; high: number }[] | undefined) ?? [];
  const rawPct = getAtPath(ctx.draft, ['analysis', 'sensitivity', 'rangePct']);
  const rangePct = typeof rawPct === 'number' ? rawPct : DEFAULT_SPREAD * 100;
  const label = (path: string) => byPath.get(path)?.label ?? path;
  const unit = (path: string) => byPath.get(path)?.unit;
  const sectionIssue = ctx.issues.get('analysis.uncertainty') ?? ctx.issues.get('analysis.sensitivity.ranges') ?? ctx.issues.get('analysis');
  const defaultRangesOn = getAtPath(ctx.draft, ['analysis', 'defaultRanges']) !== false;
  const own = new Set(uncertainty.map((u) => u.path));
  // Default ranges still sampled: a path with the scenario's own distribution leaves its default range.
  const sampledDefaults = defaultRangesOn ? defaults.filter((d) => d.inputs.some((i) => !own.has(i.path))) : [];
  const varies = uncertainty.length + sampledDefaults.length;

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} style={{ margin: 0 }}>
        <button type="button" className="btn" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? '▾' : '▸'} Uncertainty
        </button>{' '}
        <span className="muted" style={{ fontSize: 13, fontWeight: 'normal' }}>
          {varies === 0
            ? 'no input varies'
            : `${uncertainty.length} input${uncertainty.length === 1 ? '' : 's'} with your distribution, ${sampledDefaults.length} default range${sampledDefaults.length === 1 ? '' : 's'}`}
          ; tornado range ±{formatNumber(rangePct)}%
        </span>
      </h2>
      {open ? (
        <>
          {sectionIssue ? <div className="error">{sectionIssue}</div> : null}
          <h3>Distributions (Monte Carlo)</h3>
          <p className="muted">
            Inputs you are unsure of: each run of the Monte Carlo draws every one independently. A new distribution starts at ±{formatNumber(DEFAULT_SPREAD * 100)}% of the
            input's current value, and replaces the input's default range.
          </p>
          <div className="field">
            <label style={{ color: 'var(--text)', fontSize: 13 }}>
              <input type="checkbox" checked={defaultRangesOn} onChange={(e) => ctx.set(['analysis', 'defaultRanges'], e.currentTarget.checked)} /> Sample the default ranges of the
              ops-effort defaults (task hours, incidents, labour rates)
            </label>
            <span className="hint">
              {defaultRangesOn
                ? 'Every default you have not set yourself varies from low to high around its likely value (triangular), so a close call is never "certain".'
                : 'Off: only your own distributions vary; without any, every run is the deterministic estimate and no probability is stated.'}
            </span>
          </div>
          {sampledDefaults.length > 0 ? (
            <details data-testid="default-ranges">
              <summary>
                {sampledDefaults.length} default range{sampledDefaults.length === 1 ? '' : 's'} sampled (source: default)
              </summary>
              <ul>
                {sampledDefaults.map((d) => (
                  <li key={d.inputs[0]!.path} data-testid="default-range">
                    <strong>{d.inputs.length === 1 ? d.inputs[0]!.label : `${d.inputs[0]!.label} and ${d.inputs.length - 1} identical (one draw)`}</strong>: {describeDistribution(d.distribution)}
                    {d.inputs[0]!.unit ? ` ${d.inputs[0]!.unit}` : ''} <span className="muted">— {d.reasoning}</span>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {uncertainty.length === 0 ? <p className="muted">No input has your own distribution yet.</p> : null}
          {uncertainty.map((u, i) => {
            const d = u.distribution;
            const k = (d?.kind ?? 'fixed') as DistributionKind;
            const input = byPath.get(u.path);
            const base = ['analysis', 'uncertainty', i, 'distribution'] as const;
            return (
              <div key={`${u.path}-${i}`} className="card" role="group" aria-label={`Distribution of ${label(u.path)}`} data-testid="uncertainty-entry" style={{ marginBottom: 8 }}>
                <div className="row" style={{ justifyContent: 'space-between' }}>
                  <strong>
                    {label(u.path)}
                    {unit(u.path) ? ` (${unit(u.path)})` : ''}
                  </strong>
                  <button type="button" className="btn danger" aria-label={`Remove the distribution of ${label(u.path)}`} onClick={() => ctx.set(['analysis', 'uncertainty'], uncertainty.filter((_, j) => j !== i))}>
                    Remove
                  </button>
                </div>
                <div className="grid">
                  <div className="field">
                    <label>
                      Kind
                      <select
                        aria-label={`${label(u.path)}: kind`}
                        value={k}
                        onChange={(e) => {
                          const next = e.currentTarget.value as DistributionKind;
                          ctx.set([...base], defaultDistribution(next, input ?? { value: 0, min: 0, max: 1 }));
                        }}
                      >
                        {DISTRIBUTION_KINDS.map((o) => (
                          <option key={o.kind} value={o.kind}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    </label>
                  </div>
                  {PARAMETERS[k].map((p) => {
                    const def = input ? (defaultDistribution(k, input) as unknown as Record<string, number>)[p.key] : undefined;
                    return (
                      <NumberField
                        key={p.key}
                        ctx={ctx}
                        path={[...base, p.key]}
                        label={`${label(u.path)}: ${p.label}`}
                        {...(def !== undefined ? { hint: `default ${formatNumber(def)}${input ? `; now ${formatNumber(input.value)}` : ''}` } : {})}
                      />
                    );
                  })}
                </div>
                {d && ctx.issues.size === 0 ? <div className="muted">{distributionText(d, formatNumber)}</div> : null}
              </div>
            );
          })}
          {inputs.length > 0 ? (
            <InputPicker
              inputs={distributionInputs}
              taken={new Set(uncertainty.map((u) => u.path))}
              idPrefix="Distribution"
              addLabel="Add distribution"
              onAdd={(input) => ctx.set(['analysis', 'uncertainty'], [...uncertainty, { path: input.path, distribution: defaultDistribution(kind, input) }])}
            >
              <select aria-label="Distribution: kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as DistributionKind)}>
                {DISTRIBUTION_KINDS.map((o) => (
                  <option key={o.kind} value={o.kind}>
                    {o.label}
                  </option>
                ))}
              </select>
            </InputPicker>
          ) : (
            <p className="muted">Fix the scenario's problems to add a distribution.</p>
          )}

          <h3>Sensitivity ranges (tornado)</h3>
          <div className="grid">
            <NumberField ctx={ctx} path={['analysis', 'sensitivity', 'rangePct']} label="Default range, either side of each value" unit="%" optional hint="Default 25%" />
          </div>
          {ranges.length === 0 ? <p className="muted">Every input uses the default range.</p> : null}
          {ranges.map((r, i) => (
            <div key={`${r.path}-${i}`} className="row" role="group" aria-label={`Sensitivity range of ${label(r.path)}`} style={{ alignItems: 'flex-end', flexWrap: 'wrap' }}>
              <strong style={{ minWidth: 220 }}>
                {label(r.path)}
                {unit(r.path) ? ` (${unit(r.path)})` : ''}
              </strong>
              <NumberField ctx={ctx} path={['analysis', 'sensitivity', 'ranges', i, 'low']} label={`${label(r.path)}: low`} />
              <NumberField ctx={ctx} path={['analysis', 'sensitivity', 'ranges', i, 'high']} label={`${label(r.path)}: high`} />
              <button
                type="button"
                className="btn danger"
                aria-label={`Remove the sensitivity range of ${label(r.path)}`}
                onClick={() => ctx.set(['analysis', 'sensitivity', 'ranges'], ranges.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </div>
          ))}
          {inputs.length > 0 ? (
            <InputPicker
              inputs={inputs}
              taken={new Set(ranges.map((r) => r.path))}
              idPrefix="Sensitivity range"
              addLabel="Add range"
              onAdd={(input) => {
                const d = defaultDistribution('uniform', input, rangePct / 100);
                if (d.kind === 'uniform') ctx.set(['analysis', 'sensitivity', 'ranges'], [...ranges, { path: input.path, low: d.min, high: d.max }]);
              }}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
