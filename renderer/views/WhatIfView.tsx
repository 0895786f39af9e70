import { memo, useMemo, useState } from 'react';
import type { FieldContext } from '../components/fields';
import { deleteVariant } from '../state/analysis-edit';
import type { VariantOverride, VariantSaveCheck } from '../state/variant-save';
import { applyOverrides, variantOverridesOf } from '../state/overrides';
export { applyOverrides } from '../state/overrides';
import type { WhatIfOverrides, WhatIfValue } from '../state/workspace';
import { VariantEditor } from './VariantEditor';
import { ChoiceDriver } from './ChoiceDriver';
import { driverGroups, isDriver } from '../state/driver-groups';
import {
  compareVariants,
  defaultRange as defaultRangeFor,
  estimate,
  formatNumber,
  formatUsd,
  formatUsdWhole,
  parseScenario,
  pathToString,
  scenarioChoices,
  scenarioInputs,
  type ChoiceInput,
  type Estimate,
  type NumericInput,
  type PriceCatalogue,
  type Scenario,
  type PathKey,
  VARIANT_NAME_MAX,
  variantScenario,
} from '../../src/index';

export interface WhatIfProps {
  readonly scenario: Scenario;
  readonly catalogue: PriceCatalogue;
  /** Overrides of the what-if session by path, kept by the App so charts elsewhere can follow them. */
  readonly overrides: WhatIfOverrides;
  /** Sets (or with undefined, resets) one driver; keep it stable so unchanged sliders skip rendering. */
  readonly onChange: (path: string, value: WhatIfValue | undefined) => void;
  readonly onReset: () => void;
  /** Saves the session as a variant when the file's rules allow it; otherwise says why and changes nothing. */
  readonly onSaveVariant: (name: string, overrides: readonly VariantOverride[]) => VariantSaveCheck;
  readonly whatIfEstimate: Estimate | undefined;
  readonly baseEstimate: Estimate | undefined;
  readonly charts?: React.ReactNode;
  /** The document's draft: renaming, deleting and editing variants go through it (validated, undoable). Without it the variants are read-only. */
  readonly ctx?: FieldContext;
  /** What the what-if estimate could not price as chosen (a reserved rate the Region lacks), by path, said beside the choice. */
  readonly priceNotes?: ReadonlyMap<string, string>;
  /** Asks before a variant is deleted. */
  readonly askConfirm?: (title: string, body: readonly string[], confirmLabel: string) => Promise<boolean>;
}

/** "20 to 65,536, whole numbers": the values an input may take. */
function allowedRange(input: NumericInput): string {
  return `${formatNumber(input.min)} to ${formatNumber(input.max)}${input.integer ? ', whole numbers' : ''}`;
}

/** One driver. Memoised: a move re-renders only the slider that moved (onChange is stable). */
const Slider = memo(function Slider({
  input,
  value,
  problem: saveProblem,
  onChange: onPathChange,
}: {
  input: NumericInput;
  value: number;
  /** Why a save refused this value (the file's rule), if it did. */
  problem?: string | undefined;
  onChange: (path: string, v: number | undefined) => void;
}) {
  const onChange = (v: number | undefined) => onPathChange(input.path, v);
  const range = defaultRangeFor(input);
  const step = input.integer ? 1 : (range.max - range.min) / 200;
  const id = `wi-${pathToString([input.path] as PathKey[]).replace(/[^\w-]/g, '-')}`;
  const changed = value !== input.value;
  // A typed value outside the input's range is estimated at the nearest bound; say so rather than hide it.
  const outOfRange =
    value < input.min
      ? `must be at least ${formatNumber(input.min)}; the totals use ${formatNumber(input.min)}`
      : value > input.max
        ? `must be at most ${formatNumber(input.max)}; the totals use ${formatNumber(input.max)}`
        : undefined;
  const problem = saveProblem !== undefined && outOfRange !== undefined ? `${saveProblem}; ${outOfRange}` : (saveProblem ?? outOfRange);
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
          aria-invalid={problem !== undefined}
          {...(problem !== undefined ? { 'aria-describedby': `${id}-problem` } : {})}
          onChange={(e) => (Number.isFinite(e.currentTarget.valueAsNumber) ? onChange(e.currentTarget.valueAsNumber) : undefined)}
        />
        {changed ? (
          <button type="button" className="btn" aria-label={`Reset ${input.label}`} onClick={() => onChange(undefined)}>
            ↺
          </button>
        ) : null}
      </div>
      {problem !== undefined ? (
        <span className="error" id={`${id}-problem`} data-testid="driver-problem">
          {problem}
        </span>
      ) : null}
    </div>
  );
});

export function WhatIfView(props: WhatIfProps) {
  const { scenario, catalogue, overrides, onChange, onReset, onSaveVariant, whatIfEstimate, baseEstimate, ctx, askConfirm } = props;
  const inputs = useMemo(() => scenarioInputs(scenario).filter(isDriver), [scenario]);
  const choices = useMemo(() => scenarioChoices(scenario), [scenario]);
  // A choice's value as the session has it: an EC2 type that follows the RDS class follows a changed class too.
  const liveChoices = useMemo(() => {
    if (![...overrides.values()].some((v) => typeof v === 'string')) return undefined;
    return new Map(scenarioChoices(applyOverrides(scenario, overrides)).map((c) => [c.path, c.value]));
  }, [scenario, overrides]);
  // Sliders grouped per workload (the scenario-wide ones first), and filtered by the words typed.
  const [filter, setFilter] = useState('');
  const groups = useMemo(() => driverGroups(scenario, inputs, choices, filter), [scenario, inputs, choices, filter]);
  const [name, setName] = useState('');
  // The last refused save, with the name and session it was about: shown only while those are unchanged.
  const [refusal, setRefusal] = useState<{ name: string; overrides: WhatIfOverrides; check: Extract<VariantSaveCheck, { ok: false }> } | null>(null);
  const byPath = useMemo(() => new Map(scenarioInputs(scenario).map((i) => [i.path, i])), [scenario]);
  const valueProblems = refusal !== null && refusal.overrides === overrides ? refusal.check.values : undefined;
  const refusalText = useMemo(() => {
    if (refusal === null) return undefined;
    const parts: string[] = [];
    if (refusal.check.name !== undefined && refusal.name === name.trim()) {
      // Rule messages read after "the name" ("must not be empty"); the others are sentences of their own.
      parts.push(/^(must|may) /.test(refusal.check.name) ? `the name ${refusal.check.name}` : refusal.check.name);
    }
    if (refusal.overrides === overrides) {
      for (const [path, message] of refusal.check.values) {
        const input = byPath.get(path);
        parts.push(input ? `${input.label} ${message} (allowed: ${allowedRange(input)})` : `${path} ${message}`);
      }
      if (refusal.check.other !== undefined) parts.push(refusal.check.other);
    }
    return parts.length > 0 ? `Not saved: ${parts.join('; ')}.` : undefined;
  }, [refusal, name, overrides, byPath]);
  const nameInvalid = refusal !== null && refusal.check.name !== undefined && refusal.name === name.trim();
  const save = () => {
    const trimmed = name.trim();
    const check = onSaveVariant(trimmed, variantOverridesOf(scenario, overrides) as VariantOverride[]);
    if (check.ok) {
      setName('');
      setRefusal(null);
    } else setRefusal({ name: trimmed, overrides, check });
  };
  const [compare, setCompare] = useState<readonly [string, string] | null>(null);
  const variants = scenario.variants;
  const names = ['base', ...variants.map((v) => v.name)];
  // "Compare A with B" shows A against B, as "Compare X with base" does; by default the first variant with base.
  const [pickA, setPickA] = useState('');
  const [pickB, setPickB] = useState('');
  const pairA = names.includes(pickA) ? pickA : (names[1] ?? 'base');
  const pairB = names.includes(pickB) ? pickB : (names.find((n) => n !== pairA) ?? pairA);
  const [editing, setEditing] = useState<number | null>(null);
  const remove = async (index: number) => {
    const v = variants[index];
    if (!ctx || !v) return;
    const yes = askConfirm
      ? await askConfirm(`Delete the variant "${v.name}"?`, [`Its ${v.overrides.length} changed value${v.overrides.length === 1 ? '' : 's'} leave the scenario. Undo brings it back.`], 'Delete variant')
      : true;
    if (!yes) return;
    const edit = deleteVariant(ctx.draft, index);
    if (edit.ok) {
      setEditing(null);
      setCompare(null);
      ctx.set(['variants'], edit.variants);
    }
  };
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
    // A variant renamed or deleted since: nothing to compare rather than an error.
    if (!compare || !compare.every((n) => n === 'base' || scenario.variants.some((v) => v.name === n))) return undefined;
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
            <input
              aria-label="Variant name"
              placeholder="Variant name"
              value={name}
              maxLength={VARIANT_NAME_MAX * 2}
              aria-invalid={nameInvalid}
              {...(refusalText !== undefined ? { 'aria-describedby': 'variant-problem' } : {})}
              onChange={(e) => setName(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && overrides.size > 0 && name.trim() !== '') save();
              }}
            />
            <button type="button" className="btn primary" disabled={overrides.size === 0 || name.trim() === ''} onClick={save}>
              Save as variant
            </button>
          </div>
        </div>
        {refusalText !== undefined ? (
          <p className="banner error" role="alert" id="variant-problem" data-testid="variant-problem">
            {refusalText}
          </p>
        ) : null}
        <p className="muted">Move a driver: every option is re-estimated at once. The file changes only when you save the change as a variant.</p>
        <div className="whatif-layout">
          <div className="whatif-drivers">
            <input
              type="search"
              aria-label="Find a driver"
              placeholder="Find a driver (e.g. storage, DBA, replicas)"
              value={filter}
              onChange={(e) => setFilter(e.currentTarget.value)}
              style={{ width: '100%', marginBottom: 8 }}
            />
            {groups.length === 0 ? <p className="muted">No driver matches "{filter}".</p> : null}
            {groups.map((g) => (
              <fieldset key={g.key} className="whatif-group">
                <legend>{g.title}</legend>
                <div className="grid">
                  {g.inputs.map((i) => (
                    <Slider key={i.path} input={i} value={numericOverride(overrides, i)} problem={valueProblems?.get(i.path)} onChange={onChange} />
                  ))}
                  {g.choices.map((c) => (
                    <ChoiceDriver
                      key={c.path}
                      choice={c}
                      region={scenario.region}
                      value={choiceOverride(overrides, c, liveChoices)}
                      set={overrides.has(c.path)}
                      note={props.priceNotes?.get(c.path)}
                      problem={valueProblems?.get(c.path)}
                      onChange={onChange}
                    />
                  ))}
                </div>
              </fieldset>
            ))}
          </div>
          <div className="whatif-results" data-testid="whatif-results">
            {whatIfEstimate ? (
              <div className="cards" aria-live="polite">
                {whatIfEstimate.options.map((o) => {
                  const before = baseEstimate?.options.find((x) => x.option === o.option)?.horizonTotal ?? o.horizonTotal;
                  return (
                    <div className="card" key={o.option} data-testid={`whatif-total-${o.option}`}>
                      <div className="muted">{o.label}</div>
                      <div className="big">{formatUsdWhole(o.horizonTotal)}</div>
                      <div className="muted">
                        {o.horizonTotal === before ? 'unchanged' : `${o.horizonTotal > before ? '+' : '−'}${formatUsdWhole(Math.abs(o.horizonTotal - before))} against the scenario`}
                      </div>
                    </div>
                  );
                })}
              </div>
            ) : null}
            {props.charts}
          </div>
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
              {ctx ? <th>Change</th> : null}
            </tr>
          </thead>
          <tbody>
            {variantRows.map((r) => (
              <tr key={r.name}>
                <td>{r.name}</td>
                {(baseEstimate?.options ?? []).map((o) => (
                  <td key={o.option} className="num">
                    {r.estimate ? formatUsdWhole(r.estimate.options.find((x) => x.option === o.option)?.horizonTotal ?? 0) : (r.error ?? '')}
                  </td>
                ))}
                <td>
                  {r.name !== 'base' ? (
                    <button type="button" className="btn" aria-label={`Compare ${r.name} with base`} onClick={() => setCompare(['base', r.name])}>
                      Compare
                    </button>
                  ) : null}
                </td>
                {ctx ? (
                  <td>
                    {r.name !== 'base' ? (
                      <div className="row" style={{ gap: 4 }}>
                        <button
                          type="button"
                          className="btn"
                          aria-label={`Edit ${r.name}`}
                          aria-expanded={editing !== null && variants[editing]?.name === r.name}
                          onClick={() => {
                            const i = variants.findIndex((v) => v.name === r.name);
                            setEditing(editing === i ? null : i);
                          }}
                        >
                          Edit
                        </button>
                        <button type="button" className="btn danger" aria-label={`Delete ${r.name}`} onClick={() => void remove(variants.findIndex((v) => v.name === r.name))}>
                          Delete
                        </button>
                      </div>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
        {ctx && editing !== null && variants[editing] ? (
          <VariantEditor
            key={editing}
            ctx={ctx}
            scenario={scenario}
            index={editing}
            onClose={() => setEditing(null)}
          />
        ) : null}
        {variants.length > 0 ? (
          <div className="row" style={{ marginTop: 12 }}>
            {(
              [
                ['Compare', pairA, setPickA],
                ['with', pairB, setPickB],
              ] as const
            ).map(([label, value, pick]) => (
              <label key={label} className="row" style={{ gap: 4 }}>
                {label}
                <select aria-label={label} value={value} onChange={(e) => pick(e.currentTarget.value)}>
                  {names.map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              </label>
            ))}
            <button type="button" className="btn" disabled={pairA === pairB} onClick={() => setCompare([pairB, pairA])}>
              Compare the two
            </button>
          </div>
        ) : null}
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

/** A numeric input's what-if value: the session's number, else the scenario's. */
function numericOverride(overrides: WhatIfOverrides, input: NumericInput): number {
  const v = overrides.get(input.path);
  return typeof v === 'number' ? v : input.value;
}

/** A choice's what-if value: the session's id, else the value in the session's scenario, else the scenario's. */
function choiceOverride(overrides: WhatIfOverrides, choice: ChoiceInput, live: ReadonlyMap<string, string> | undefined): string {
  const v = overrides.get(choice.path);
  return typeof v === 'string' ? v : (live?.get(choice.path) ?? choice.value);
}
