import { useMemo, useState, type ReactNode } from 'react';
import { formatNumber, type NumericInput } from '../../src/index';
import { searchInputs } from '../state/analysis-edit';

/** A searchable choice of one input by its label, and the button that adds it. */
export function InputPicker({
  inputs,
  taken,
  idPrefix,
  addLabel,
  onAdd,
  children,
}: {
  inputs: readonly NumericInput[];
  taken: ReadonlySet<string>;
  idPrefix: string;
  addLabel: string;
  onAdd: (input: NumericInput) => void;
  children?: ReactNode;
}) {
  const [query, setQuery] = useState('');
  const found = useMemo(() => searchInputs(inputs, query).filter((i) => !taken.has(i.path)), [inputs, query, taken]);
  const [chosen, setChosen] = useState('');
  const selected = found.find((i) => i.path === chosen) ?? found[0];
  return (
    <div className="row" style={{ marginTop: 8, flexWrap: 'wrap' }}>
      <input aria-label={`${idPrefix}: find an input`} placeholder="Find an input (e.g. storage, rate)" value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
      <select aria-label={`${idPrefix}: input`} value={selected?.path ?? ''} onChange={(e) => setChosen(e.currentTarget.value)} disabled={found.length === 0}>
        {found.length === 0 ? <option value="">No input matches</option> : null}
        {found.map((i) => (
          <option key={i.path} value={i.path}>
            {i.label} ({i.unit}, now {formatNumber(i.value)})
          </option>
        ))}
      </select>
      {children}
      <button type="button" className="btn" disabled={selected === undefined} onClick={() => selected && onAdd(selected)}>
        {addLabel}
      </button>
    </div>
  );
}
