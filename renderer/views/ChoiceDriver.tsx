import { memo, useId, useState } from 'react';
import type { ChoiceInput } from '../../src/index';
import { InstanceList, instanceHint, useInstanceOptions, type PickerKind } from '../components/InstancePicker';
import type { WhatIfValue } from '../state/workspace';

function pickerKind(choice: ChoiceInput): PickerKind {
  if (choice.service === 'rds') return { service: 'rds', engine: choice.engine ?? 'postgresql' };
  if (choice.service === 'sagemaker') return { service: 'sagemaker', component: choice.component ?? 'hosting' };
  return { service: 'ec2' };
}

/**
 * One what-if choice: an instance type (any type of the Region, suggested from its prices), a
 * commitment (on-demand or reserved, each term and payment) or the team's practice maturity. Memoised like the sliders.
 */
export const ChoiceDriver = memo(function ChoiceDriver({
  choice,
  region,
  value,
  set,
  note,
  problem,
  onChange,
}: {
  choice: ChoiceInput;
  region: string;
  value: string;
  /** The session sets this choice (possibly to the value it follows anyway). */
  set: boolean;
  /** What the estimate could not price as chosen, if anything (a reserved rate the Region lacks). */
  note?: string | undefined;
  /** Why a save refused this value (the file's rule), if it did. */
  problem?: string | undefined;
  onChange: (path: string, v: WhatIfValue | undefined) => void;
}) {
  const id = useId();
  const changed = value !== choice.value;
  const was = choice.kind !== 'instance-type' ? (choice.options.find((o) => o.id === choice.value)?.label ?? choice.value) : choice.value;
  return (
    <div className="slider" data-testid="choice-driver">
      <label htmlFor={id}>
        {choice.label}
        {changed ? <span className="badge warn" style={{ marginLeft: 6 }}>was {was}</span> : null}
      </label>
      {choice.kind !== 'instance-type' ? (
        <select id={id} value={value} onChange={(e) => onChange(choice.path, e.currentTarget.value === choice.value ? undefined : e.currentTarget.value)}>
          {choice.options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <InstanceTypeBox id={id} choice={choice} region={region} value={value} set={set} onChange={onChange} />
      )}
      <div className="row" style={{ gap: 4 }}>
        {changed || set ? (
          <button type="button" className="btn" aria-label={`Reset ${choice.label}`} onClick={() => onChange(choice.path, undefined)}>
            ↺
          </button>
        ) : null}
      </div>
      {note !== undefined ? (
        <p className="field-note warn" role="note">
          {note.charAt(0).toUpperCase()}
          {note.slice(1)}.
        </p>
      ) : null}
      {problem !== undefined ? (
        <span className="error" data-testid="driver-problem">
          {problem}
        </span>
      ) : null}
    </div>
  );
});

function InstanceTypeBox({ id, choice, region, value, set, onChange }: { id: string; choice: ChoiceInput; region: string; value: string; set: boolean; onChange: (path: string, v: WhatIfValue | undefined) => void }) {
  const { snapshot, options } = useInstanceOptions(region, pickerKind(choice));
  const listId = `${id}-list`;
  // What is typed stays in the box while it is typed; only a type the Region prices reaches the totals, so
  // a half-typed name never prices as missing.
  const [typed, setTyped] = useState<string | null>(null);
  const shown = typed ?? value;
  const known = options.some((o) => o.type === shown.trim());
  return (
    <>
      <input
        id={id}
        list={listId}
        value={shown}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={!known && snapshot !== undefined && shown !== '' ? true : undefined}
        onBlur={() => setTyped(null)}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setTyped(text);
          const type = text.trim();
          if (!options.some((o) => o.type === type)) return;
          // A value that follows another (an EC2 type following the RDS class) is pinned when typed, even unchanged.
          onChange(choice.path, type === choice.value && choice.follows === undefined ? undefined : type);
        }}
      />
      <InstanceList id={listId} options={options} />
      <span className="hint">
        {typed !== null && !known && snapshot !== undefined
          ? `${typed.trim() === '' ? 'Type' : `"${typed.trim()}" is not`} an instance type priced in ${region}${typed.trim() === '' ? '' : ': the totals keep ' + value}`
          : instanceHint(region, shown, snapshot !== undefined, options)}
        {choice.follows !== undefined && !set ? `; follows ${choice.follows} unless set here` : ''}
      </span>
    </>
  );
}
