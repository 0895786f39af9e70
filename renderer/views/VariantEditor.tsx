import { useMemo, useState } from 'react';
import { formatNumber, getAtPath, overrideValueText, parsePath, scenarioChoices, scenarioInputs, type Scenario } from '../../src/index';
import type { FieldContext } from '../components/fields';
import { InputPicker } from '../components/InputPicker';
import { renameVariant, setVariantOverride, type VariantEdit } from '../state/analysis-edit';

/** One override's value box: the typed text stays while the file's rules refuse it, with the reason beside it. */
function OverrideValue({ label, value, onValue }: { label: string; value: number; onValue: (v: number) => VariantEdit }) {
  const [text, setText] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  return (
    <>
      <input
        aria-label={label}
        type="number"
        step="any"
        style={{ width: 110 }}
        value={text ?? String(value)}
        aria-invalid={problem !== undefined}
        onChange={(e) => {
          const typed = e.currentTarget.value;
          const v = e.currentTarget.valueAsNumber;
          const edit = Number.isFinite(v) ? onValue(v) : { ok: false as const, problem: 'must be a number' };
          setText(edit.ok ? null : typed);
          setProblem(edit.ok ? undefined : edit.problem);
        }}
      />
      {problem !== undefined ? (
        <span className="error" role="alert">
          {problem}
        </span>
      ) : null}
    </>
  );
}

/**
 * Rename a variant and edit its overrides. Every edit is parsed with the file's rules first and reaches the draft
 * (undoable, saved with the document) only when the document stays valid; otherwise it says why.
 */
export function VariantEditor({ ctx, scenario, index, onClose }: { ctx: FieldContext; scenario: Scenario; index: number; onClose: () => void }) {
  const variant = scenario.variants[index];
  const [name, setName] = useState(variant?.name ?? '');
  const [nameProblem, setNameProblem] = useState<string | undefined>(undefined);
  const inputs = useMemo(() => scenarioInputs(scenario), [scenario]);
  const byPath = useMemo(() => new Map(inputs.map((i) => [i.path, i])), [inputs]);
  const choiceLabels = useMemo(() => new Map(scenarioChoices(scenario).map((c) => [c.path, c.label])), [scenario]);
  if (!variant) return null;
  const apply = (edit: VariantEdit, coalesce = false): VariantEdit => {
    if (edit.ok) ctx.set(['variants'], edit.variants, coalesce);
    return edit;
  };
  const rename = () => {
    const edit = renameVariant(ctx.draft, index, name);
    setNameProblem(edit.ok ? undefined : edit.problem);
    apply(edit);
  };
  return (
    <div className="card" role="group" aria-label={`Edit variant ${variant.name}`} style={{ marginTop: 12 }}>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h3 style={{ margin: 0 }}>Edit "{variant.name}"</h3>
        <button type="button" className="btn" onClick={onClose}>
          Done
        </button>
      </div>
      <div className="row" style={{ marginTop: 8 }}>
        <input
          aria-label="New name of the variant"
          value={name}
          aria-invalid={nameProblem !== undefined}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setNameProblem(undefined);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') rename();
          }}
        />
        <button type="button" className="btn" disabled={name.trim() === variant.name} onClick={rename}>
          Rename
        </button>
        {nameProblem !== undefined ? (
          <span className="error" role="alert" data-testid="rename-problem">
            Not renamed: {nameProblem}.
          </span>
        ) : null}
      </div>
      <table className="data" aria-label={`Values of ${variant.name}`} style={{ marginTop: 8 }}>
        <thead>
          <tr>
            <th>Input</th>
            <th className="num">In the scenario</th>
            <th>In this variant</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {variant.overrides.map((o) => {
            const input = byPath.get(o.path);
            const choice = input ? undefined : choiceLabels.get(o.path);
            const label = input ? `${input.label} (${input.unit})` : (choice ?? o.path);
            const inScenario = input ? formatNumber(input.value) : scenarioValueText(scenario, o.path);
            return (
              <tr key={o.path}>
                <td>{label}</td>
                <td className="num">{inScenario}</td>
                <td>
                  {typeof o.value === 'number' ? (
                    <OverrideValue
                      key={`${variant.name}-${o.path}`}
                      label={`${input?.label ?? o.path} in ${variant.name}`}
                      value={o.value}
                      onValue={(v) => apply(setVariantOverride(ctx.draft, scenario, index, o.path, v), true)}
                    />
                  ) : (
                    overrideValueText(o.value)
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    className="btn"
                    aria-label={`Remove ${input?.label ?? o.path} from ${variant.name}`}
                    onClick={() => apply(setVariantOverride(ctx.draft, scenario, index, o.path, undefined))}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <InputPicker
        inputs={inputs}
        taken={new Set(variant.overrides.map((o) => o.path))}
        idPrefix="Variant value"
        addLabel="Add a value"
        onAdd={(input) => apply(setVariantOverride(ctx.draft, scenario, index, input.path, input.value))}
      />
    </div>
  );
}

/** A non-numeric field's value in the scenario, in words (an instance type, a commitment); empty when it has none. */
function scenarioValueText(scenario: Scenario, path: string): string {
  const keys = parsePath(path);
  const value = keys ? getAtPath(scenario, keys) : undefined;
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? overrideValueText(value as Record<string, string>) : String(value);
}
