import { useId, type ReactNode } from 'react';
import { getAtPath, pathToString, type PathKey } from '../../src/index';

/** Issues of the draft by field path, as parseScenario reports them. */
export type IssueMap = ReadonlyMap<string, string>;

export interface FieldContext {
  readonly draft: unknown;
  readonly issues: IssueMap;
  /** The parsed scenario (defaults filled), when the draft is valid; supplies placeholders. */
  readonly parsed: unknown;
  readonly set: (path: readonly PathKey[], value: unknown, coalesce?: boolean) => void;
  /** What the estimate could not price as chosen, by scenario path (a reserved rate not in the catalogue), shown beside the choice. */
  readonly priceNotes?: ReadonlyMap<string, string> | undefined;
}

/** "Where does this number come from?": a keyboard-reachable info button with the source and reasoning. */
export function InfoTip({ children, label = 'Source' }: { children: ReactNode; label?: string }) {
  const id = useId();
  return (
    <span className="tip">
      <button type="button" aria-describedby={id} aria-label={label}>
        i
      </button>
      <span role="tooltip" id={id}>
        {children}
      </span>
    </span>
  );
}

function Field({ id, label, error, hint, info, children }: { id: string; label: string; error?: string | undefined; hint?: ReactNode; info?: ReactNode; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {info ? <InfoTip>{info}</InfoTip> : null}
      </label>
      {children}
      {error ? (
        <span className="error" id={`${id}-error`} role="alert">
          {error}
        </span>
      ) : hint ? (
        <span className="hint">{hint}</span>
      ) : null}
    </div>
  );
}

export interface NumberFieldProps {
  readonly ctx: FieldContext;
  readonly path: readonly PathKey[];
  readonly label: string;
  readonly unit?: string;
  readonly step?: number;
  readonly min?: number;
  readonly max?: number;
  readonly hint?: ReactNode;
  readonly info?: ReactNode;
  /** Clearing the field removes the key (its default applies) instead of writing nothing. */
  readonly optional?: boolean;
}

/** Writes a number input's value: a number as typed, its text while not a number, and an empty field as '' (or the default, when optional). */
export function setNumberFromInput(ctx: FieldContext, path: readonly PathKey[], input: HTMLInputElement, optional: boolean | undefined): void {
  const text = input.value;
  if (text === '') ctx.set(path, optional ? undefined : '', false);
  else ctx.set(path, Number.isFinite(input.valueAsNumber) ? input.valueAsNumber : text, true);
}

export function NumberField({ ctx, path, label, unit, step, min, max, hint, info, optional }: NumberFieldProps) {
  const id = useId();
  const p = pathToString(path);
  const raw = getAtPath(ctx.draft, path);
  const fallback = getAtPath(ctx.parsed, path);
  const error = ctx.issues.get(p);
  return (
    <Field id={id} label={unit ? `${label} (${unit})` : label} error={error} hint={hint} info={info}>
      <input
        id={id}
        data-path={p}
        type="number"
        inputMode="decimal"
        step={step ?? 'any'}
        min={min}
        max={max}
        value={typeof raw === 'number' ? raw : typeof raw === 'string' ? raw : ''}
        placeholder={typeof fallback === 'number' ? String(fallback) : optional ? 'default' : ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setNumberFromInput(ctx, path, e.currentTarget, optional)}
      />
    </Field>
  );
}

export function TextField({ ctx, path, label, hint, multiline, maxLength }: { ctx: FieldContext; path: readonly PathKey[]; label: string; hint?: ReactNode; multiline?: boolean; maxLength?: number }) {
  const id = useId();
  const p = pathToString(path);
  const raw = getAtPath(ctx.draft, path);
  const error = ctx.issues.get(p);
  const common = {
    id,
    'data-path': p,
    value: typeof raw === 'string' ? raw : '',
    maxLength,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  } as const;
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => ctx.set(path, e.currentTarget.value, true)} />
      ) : (
        <input {...common} type="text" onChange={(e) => ctx.set(path, e.currentTarget.value, true)} />
      )}
    </Field>
  );
}

export function SelectField<T extends string | number>({
  ctx,
  path,
  label,
  options,
  hint,
  info,
  optional,
}: {
  ctx: FieldContext;
  path: readonly PathKey[];
  label: string;
  options: readonly { readonly value: T; readonly label: string }[];
  hint?: ReactNode;
  info?: ReactNode;
  optional?: string;
}) {
  const id = useId();
  const p = pathToString(path);
  const raw = getAtPath(ctx.draft, path);
  const fallback = getAtPath(ctx.parsed, path);
  const error = ctx.issues.get(p);
  const value = raw ?? (optional ? '' : fallback ?? '');
  return (
    <Field id={id} label={label} error={error} hint={hint} info={info}>
      <select
        id={id}
        data-path={p}
        value={String(value)}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          const v = e.currentTarget.value;
          if (v === '' && optional) return ctx.set(path, undefined);
          const match = options.find((o) => String(o.value) === v);
          ctx.set(path, match ? match.value : v);
        }}
      >
        {optional ? <option value="">{optional}</option> : null}
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function CheckboxField({ ctx, path, label, hint }: { ctx: FieldContext; path: readonly PathKey[]; label: string; hint?: ReactNode }) {
  const id = useId();
  const raw = getAtPath(ctx.draft, path);
  const error = ctx.issues.get(pathToString(path));
  return (
    <div className="field">
      <label htmlFor={id} style={{ color: 'var(--text)', fontSize: 13 }}>
        <input id={id} type="checkbox" checked={raw === true} onChange={(e) => ctx.set(path, e.currentTarget.checked)} /> {label}
      </label>
      {error ? <span className="error">{error}</span> : hint ? <span className="hint">{hint}</span> : null}
    </div>
  );
}

/** A choice among the estimate's options (Self-managed on EC2, on EKS, Managed), by their labels. */
export function OptionSelect<T extends string>({
  options,
  value,
  onChange,
  id,
  label,
}: {
  options: readonly { readonly option: T; readonly label: string }[];
  value: T;
  onChange: (option: T) => void;
  id?: string;
  /** The accessible name, when no <label> points at `id`. */
  label?: string;
}) {
  return (
    <select id={id} aria-label={label} value={value} onChange={(e) => onChange(e.currentTarget.value as T)}>
      {options.map((o) => (
        <option key={o.option} value={o.option}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
