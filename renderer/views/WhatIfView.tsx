import { memo, useMemo, useState } from 'react';
export { applyOverrides } from '../state/overrides';
import {
  compareVariants,
  defaultRange as defaultRangeFor,
  estimate,
  formatNumber,
  formatUsd,
  parseScenario,
  pathToString,
  scenarioInputs,
  type Estimate,
  type NumericInput,
  type PriceCatalogue,
  type Scenario,
  type PathKey,
  variantScenario,
} from '../../src/index';

/** Inputs shown as sliders: the main drivers (labour, effort, fleet, hours, storage, team, growth, commitment discounts). */
function isDriver(i: NumericInput): boolean {
  if (i.group === 'labour' || i.group === 'fleet') return true;
  if (i.path === 'usageGrowthPctPerMonth' || i.path === 'opsEffort.effortScalePct') return true;
  return /(storage\.sizeGb|hoursPerMonth|hoursPerDay|s3Gb|jobsPerMonth|requestsPerMonth|discountPct)$/.test(i.path);
}

export interface WhatIfProps {
  readonly scenario: Scenario;
  readonly catalogue: PriceCatalogue;
  /** Overrides of the what-if session by path, kept by the App so charts elsewhere can follow them. */
  readonly overrides: ReadonlyMap<string, number>;
  /** Sets (or with undefined, resets) one driver; keep it stable so unchanged sliders skip rendering. */
  readonly onChange: (path: string, value: number | undefined) => void;
  readonly onReset: () => void;
  readonly onSaveVariant: (name: string, overrides: readonly { path: string; value: number }[]) => void;
  readonly whatIfEstimate: Estimate | undefined;
  readonly baseEstimate: Estimate | undefined;
  readonly charts?: React.ReactNode;
}

/** One driver. Memoised: a move re-renders only the slider that moved (onChange is stable). */
const Slider = memo(function Slider({ input, value, onChange: onPathChange }: { input: NumericInput; value: number; onChange: (path: string, v: number | undefined) => void }) {
  const onChange = (v: number | undefined) => onPathChange(input.path, v);
  const range = defaultRangeFor(input);
  const step = input.integer ? 1 : (range.max - range.min) / 200;
  const id = `wi-${pathToString([input.path] as PathKey[]).replace(/[^\w-]/g, '-')}`;
  const changed = value !== input.value;
  return (
    <div className="slider">
      <label htmlFor={id}>
        {input.label} ({input.unit}){changed ? <span className="badge warn" style={{ marginLeft: 6 }}>was {formatNumber(input.value)}</span> : null}
      </label>
      <input id={id} type="range" min={range.min} max={range.max} step={step} value={value} onChange={(e) => onChange(e.currentTarget.valueAsNumber)} />
      <div className="row" style={{ gap: 4 }}>
        <input
          aria-label={`${input.label} value`}
          type="number"
          step="any"
          value={Math.round(value * 1000) / 1000}
          style={{ width: 80 }}
          onChange={(e) => (Number.isFinite(e.currentTarget.valueAsNumber) ? onChange(e.currentTarget.valueAsNumber) : undefined)}
        />
        {changed ? (
          <button type="button" className="btn" aria-label={`Reset ${input.label}`} onClick={() => onChange(undefined)}>
            ↺
          </button>
        ) : null}
      </div>
    </div>
  );
});

export function WhatIfView(props: WhatIfProps) {
  const { scenario, catalogue, overrides, onChange, onReset, onSaveVariant, whatIfEstimate, baseEstimate } = props;
  const inputs = useMemo(() => scenarioInputs(scenario).filter(isDriver), [scenario]);
  const [name, setName] = useState('');
  const [compare, setCompare] = useState<readonly [string, string] | null>(null);
  const variants = scenario.variants;
  const variantRows = useMemo(
    () =>
      [{ name: 'base' }, ...variants].map((v) => {
        try {
          const e = v.name === 'base' ? baseEstimate : estimate(variantScenario(scenario, v.name, parseScenario), catalogue);
          return { name: v.name, estimate: e, error: undefined as string | undefined };
        } catch (error) {
          return { name: v.name, estimate: undefined, error: (error as Error).message };
        }
      }),
    [variants, scenario, catalogue, baseEstimate],
  );
  const comparison = useMemo(() => {
    if (!compare) return undefined;
    try {
      return compareVariants(scenario, compare[0], compare[1], (s) => estimate(s, catalogue));
    } catch (error) {
      return (error as Error).message;
    }
  }, [compare, scenario, catalogue]);

  return (
    <div>
      <section className="panel" aria-labelledby="wi-h">
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <h2 id="wi-h" style={{ margin: 0 }}>
            What-if
          </h2>
          <div className="row">
            <button type="button" className="btn" onClick={onReset} disabled={overrides.size === 0}>
              Reset all
            </button>
            <input aria-label="Variant name" placeholder="Variant name" value={name} onChange={(e) => setName(e.currentTarget.value)} />
            <button
              type="button"
              className="btn primary"
              disabled={overrides.size === 0 || name.trim() === ''}
              onClick={() => {
                onSaveVariant(name.trim(), [...overrides].map(([path, value]) => ({ path, value })));
                setName('');
              }}
            >
              Save as variant
            </button>
          </div>
        </div>
        <p className="muted">Move a driver: every option is re-estimated at once. The file changes only when you save the change as a variant.</p>
        {whatIfEstimate ? (
          <div className="cards" aria-live="polite">
            {whatIfEstimate.options.map((o) => {
              const before = baseEstimate?.options.find((x) => x.option === o.option)?.horizonTotal ?? o.horizonTotal;
              return (
                <div className="card" key={o.option} data-testid={`whatif-total-${o.option}`}>
                  <div className="muted">{o.label}</div>
                  <div className="big">{formatUsd(o.horizonTotal)}</div>
                  <div className="muted">
                    {o.horizonTotal === before ? 'unchanged' : `${o.horizonTotal > before ? '+' : '−'}${formatUsd(Math.abs(o.horizonTotal - before))} against the scenario`}
                  </div>
                </div>
              );
            })}
          </div>
        ) : null}
        {props.charts}
        <div className="grid">
          {inputs.map((i) => (
            <Slider key={i.path} input={i} value={overrides.get(i.path) ?? i.value} onChange={onChange} />
          ))}
        </div>
      </section>

      <section className="panel" aria-labelledby="variants-h">
        <h2 id="variants-h">Variants</h2>
        {variants.length === 0 ? <p className="muted">No variants yet: change a driver above and save it as a variant.</p> : null}
        <table className="data" aria-label="Variants">
          <thead>
            <tr>
              <th>Variant</th>
              {(baseEstimate?.options ?? []).map((o) => (
                <th key={o.option} className="num">
                  {o.label}
                </th>
              ))}
              <th>Compare with base</th>
            </tr>
          </thead>
          <tbody>
            {variantRows.map((r) => (
              <tr key={r.name}>
                <td>{r.name}</td>
                {(baseEstimate?.options ?? []).map((o) => (
                  <td key={o.option} className="num">
                    {r.estimate ? formatUsd(r.estimate.options.find((x) => x.option === o.option)?.horizonTotal ?? 0) : (r.error ?? '')}
                  </td>
                ))}
                <td>
                  {r.name !== 'base' ? (
                    <button type="button" className="btn" aria-label={`Compare ${r.name} with base`} onClick={() => setCompare(['base', r.name])}>
                      Compare
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {typeof comparison === 'string' ? <div className="banner error">{comparison}</div> : null}
        {comparison && typeof comparison !== 'string' ? (
          <div style={{ marginTop: 12 }}>
            <h3>
              "{comparison.b}" against "{comparison.a}"
            </h3>
            <p>{comparison.summary}</p>
            <table className="data" aria-label="Variant comparison">
              <thead>
                <tr>
                  <th>Line</th>
                  <th>Option</th>
                  <th className="num">Change over horizon</th>
                  <th>Why</th>
                </tr>
              </thead>
              <tbody>
                {comparison.lines.slice(0, 40).map((l) => (
                  <tr key={l.key}>
                    <td>{(l.b ?? l.a)!.label}</td>
                    <td>{l.option}</td>
                    <td className="num">{`${l.delta >= 0 ? '+' : '−'}${formatUsd(Math.abs(l.delta))}`}</td>
                    <td>{l.explanation}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </div>
  );
}
