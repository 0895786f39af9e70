import { useMemo, useState } from 'react';
import { DATABASE_ENGINES, getAtPath, instanceOptions, pathToString, rdsPriceEngineFor, type PathKey } from '../../src/index';
import { setNumberFromInput, type FieldContext } from '../components/fields';
import { usePricesContext } from '../state/use-region-prices';
import { ENGINE_LABELS, setForSelected, type WorkloadDraft } from '../state/workload-layout';
import { ProblemAnchors } from './WorkloadSection';

type ColumnKind = 'text' | 'number' | 'select' | 'check' | 'rds-instance' | 'ec2-instance';

interface Column {
  readonly label: string;
  /** Inside the workload. */
  readonly path: readonly PathKey[];
  readonly kind: ColumnKind;
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  /** Clearing the cell removes the key (its default applies), as in the form. */
  readonly optional?: boolean;
  readonly width: number;
}

/** The database fields most scenarios vary between workloads, in the form's order. */
export const DATABASE_COLUMNS: readonly Column[] = [
  { label: 'Name', path: ['name'], kind: 'text', width: 150 },
  { label: 'Engine', path: ['engine'], kind: 'select', width: 105, options: Object.entries(ENGINE_LABELS).map(([value, label]) => ({ value, label })) },
  { label: 'RDS instance class', path: ['instanceClass'], kind: 'rds-instance', width: 125 },
  { label: 'EC2 type', path: ['ec2InstanceType'], kind: 'ec2-instance', optional: true, width: 100 },
  { label: 'Storage (GiB)', path: ['storage', 'sizeGb'], kind: 'number', width: 70 },
  { label: 'Storage type', path: ['storage', 'type'], kind: 'select', width: 62, options: ['gp3', 'gp2', 'io1', 'io2'].map((value) => ({ value, label: value })) },
  { label: 'Backup retention (days)', path: ['backup', 'retentionDays'], kind: 'number', width: 55 },
  { label: 'Backup storage (GB)', path: ['backup', 'storageGb'], kind: 'number', width: 75 },
  { label: 'Multi-AZ / HA', path: ['highAvailability'], kind: 'check', width: 40 },
  { label: 'Read replicas', path: ['readReplicas'], kind: 'number', optional: true, width: 50 },
  { label: 'Hours per month', path: ['hoursPerMonth'], kind: 'number', optional: true, width: 60 },
];

/** The scenario paths the table shows for workload `index`: a problem at one of them is shown in its cell. */
export function tablePaths(index: number): string[] {
  return DATABASE_COLUMNS.map((c) => pathToString(['workloads', index, ...c.path]));
}

const listIdOf = (kind: ColumnKind, engine: unknown) => (kind === 'ec2-instance' ? 'db-table-ec2' : `db-table-rds-${String(engine)}`);

/** One editable cell: the same value and the same draft edit as the form's field for the path. */
function Cell({ ctx, column, index, rowName }: { ctx: FieldContext; column: Column; index: number; rowName: string }) {
  const path = ['workloads', index, ...column.path];
  const p = pathToString(path);
  const raw = getAtPath(ctx.draft, path);
  const fallback = getAtPath(ctx.parsed, path);
  const error = ctx.issues.get(p);
  const common = {
    'data-path': p,
    'aria-label': `${rowName}: ${column.label}`,
    'aria-invalid': error ? true : undefined,
    title: error,
    style: { width: column.width },
  } as const;
  let input;
  if (column.kind === 'check') {
    input = <input {...common} type="checkbox" checked={raw === true} onChange={(e) => ctx.set(path, e.currentTarget.checked)} />;
  } else if (column.kind === 'select') {
    input = (
      <select {...common} value={String(raw ?? fallback ?? '')} onChange={(e) => ctx.set(path, e.currentTarget.value)}>
        {column.options!.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else if (column.kind === 'number') {
    input = (
      <input
        {...common}
        type="number"
        inputMode="decimal"
        step="any"
        value={typeof raw === 'number' || typeof raw === 'string' ? raw : ''}
        placeholder={typeof fallback === 'number' ? String(fallback) : column.optional ? 'default' : ''}
        onChange={(e) => setNumberFromInput(ctx, path, e.currentTarget, column.optional)}
      />
    );
  } else {
    const instance = column.kind !== 'text';
    input = (
      <input
        {...common}
        type="text"
        list={instance ? listIdOf(column.kind, getAtPath(ctx.draft, ['workloads', index, 'engine'])) : undefined}
        spellCheck={false}
        autoComplete="off"
        placeholder={column.optional ? 'same as RDS' : ''}
        value={typeof raw === 'string' ? raw : ''}
        onChange={(e) => ctx.set(path, e.currentTarget.value === '' && column.optional ? undefined : e.currentTarget.value, true)}
      />
    );
  }
  return (
    <td className={error ? 'invalid' : undefined}>
      {input}
      {error ? <span className="cell-error">{error}</span> : null}
    </td>
  );
}

/** The value typed into "Set for selected" as the draft takes it; undefined when it is not one yet. */
function bulkValue(column: Column, text: string): { value: unknown } | undefined {
  if (column.kind === 'check') return { value: text === 'true' };
  if (text.trim() === '') return column.optional ? { value: undefined } : undefined;
  if (column.kind === 'number') return Number.isFinite(Number(text)) ? { value: Number(text) } : undefined;
  return { value: text.trim() };
}

/** What "Set for selected" starts with for a field: its first choice, or nothing typed yet. */
function initialText(column: Column): string {
  return column.kind === 'check' ? 'true' : column.kind === 'select' ? column.options![0]!.value : '';
}

/** The RDS price engine of a scenario engine under its default licence model (Oracle EE: BYOL rates). */
function rdsEngineOf(engine: string): string {
  return (DATABASE_ENGINES as readonly string[]).includes(engine) ? rdsPriceEngineFor(engine as (typeof DATABASE_ENGINES)[number]) : engine;
}

/** Lists of instance types for the cells, from the Region's snapshot (none while it loads). */
function InstanceLists({ region, engines }: { region: string; engines: readonly string[] }) {
  const { prices } = usePricesContext();
  const snapshot = prices && prices.region === region ? prices.snapshot : undefined;
  const lists = useMemo(() => {
    if (!snapshot) return [];
    const data = { region, quotes: snapshot.quotes, instanceTypes: snapshot.instanceTypes };
    return [
      { id: listIdOf('ec2-instance', ''), types: instanceOptions(data, { service: 'ec2' }).map((o) => o.type) },
      ...engines.map((engine) => ({ id: listIdOf('rds-instance', engine), types: instanceOptions(data, { service: 'rds', engine: rdsEngineOf(engine) }).map((o) => o.type) })),
    ];
  }, [snapshot, region, engines]);
  return (
    <>
      {lists.map((l) => (
        <datalist key={l.id} id={l.id}>
          {l.types.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
      ))}
    </>
  );
}

/**
 * Database workloads as a table: one row a workload, its common fields editable in place, and one value set on
 * the selected rows in one edit (one undo step). Problems in fields the table has no column for are listed in the
 * row; `onReveal` opens the workload's form at the field.
 */
export function DatabaseTable({
  ctx,
  workloads,
  region,
  problems,
  onReveal,
}: {
  ctx: FieldContext;
  workloads: readonly WorkloadDraft[];
  region: string;
  problems: ReadonlyMap<number, readonly string[]>;
  onReveal: (path: string) => void;
}) {
  const rows = workloads.flatMap((w, i) => (w.kind === 'database' ? [i] : []));
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const chosen = new Set(rows.filter((i) => selected.has(i)));
  const [field, setField] = useState(2);
  const [text, setText] = useState(() => initialText(DATABASE_COLUMNS[2]!));
  const column = DATABASE_COLUMNS[field]!;
  const value = bulkValue(column, text);
  const engineKey = [...new Set(rows.map((i) => String(workloads[i]!.engine ?? 'postgresql')))].sort().join(',');
  const engines = useMemo(() => engineKey.split(','), [engineKey]);
  const toggle = (i: number, on: boolean) => setSelected((s) => (on ? new Set([...s, i]) : new Set([...s].filter((x) => x !== i))));

  return (
    <section className="panel" aria-labelledby="db-table-h">
      <h2 id="db-table-h">Databases ({rows.length})</h2>
      <div className="row bulk-bar" role="group" aria-label="Set for selected">
        <span>{chosen.size} selected</span>
        <label className="row" style={{ gap: 4 }}>
          Field
          <select
            value={field}
            onChange={(e) => {
              const k = Number(e.currentTarget.value);
              setField(k);
              setText(initialText(DATABASE_COLUMNS[k]!));
            }}
          >
            {DATABASE_COLUMNS.map((c, k) => (k === 0 ? null : <option key={c.label} value={k}>{c.label}</option>))}
          </select>
        </label>
        <label className="row" style={{ gap: 4 }}>
          Value
          {column.kind === 'check' ? (
            <select value={text} onChange={(e) => setText(e.currentTarget.value)}>
              <option value="true">Yes</option>
              <option value="false">No</option>
            </select>
          ) : column.kind === 'select' ? (
            <select value={text} onChange={(e) => setText(e.currentTarget.value)}>
              {column.options!.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          ) : (
            <input
              type={column.kind === 'number' ? 'number' : 'text'}
              list={column.kind === 'rds-instance' ? listIdOf('rds-instance', engines[0]) : column.kind === 'ec2-instance' ? listIdOf('ec2-instance', '') : undefined}
              placeholder={column.optional ? 'empty = default' : ''}
              style={{ width: 140 }}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
            />
          )}
        </label>
        <button
          type="button"
          className="btn primary"
          disabled={chosen.size === 0 || value === undefined}
          onClick={() => {
            if (value) ctx.set(['workloads'], setForSelected(workloads, chosen, column.path, value.value));
          }}
        >
          Set for selected
        </button>
      </div>
      <InstanceLists region={region} engines={engines} />
      <div className="table-scroll">
        <table className="data db-table">
          <thead>
            <tr>
              <th>
                <input
                  type="checkbox"
                  aria-label="Select all databases"
                  checked={rows.length > 0 && chosen.size === rows.length}
                  onChange={(e) => setSelected(e.currentTarget.checked ? new Set(rows) : new Set())}
                />
              </th>
              {DATABASE_COLUMNS.map((c) => (
                <th key={c.label}>{c.label}</th>
              ))}
              <th>Other problems</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((i) => {
              const name = typeof workloads[i]!.name === 'string' && workloads[i]!.name ? (workloads[i]!.name as string) : `Workload ${i + 1}`;
              const shown = new Set(tablePaths(i));
              const others = (problems.get(i) ?? []).filter((p) => !shown.has(p));
              return (
                <tr key={i} id={`workload-${i}`}>
                  <td>
                    <input type="checkbox" aria-label={`Select ${name}`} checked={chosen.has(i)} onChange={(e) => toggle(i, e.currentTarget.checked)} />
                  </td>
                  {DATABASE_COLUMNS.map((c) => (
                    <Cell key={c.label} ctx={ctx} column={c} index={i} rowName={name} />
                  ))}
                  <td>
                    {others.length > 0 ? (
                      <button type="button" className="link error" onClick={() => onReveal(others[0]!)}>
                        {others.length} in the form
                      </button>
                    ) : null}
                    <ProblemAnchors paths={others} onReveal={onReveal} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
