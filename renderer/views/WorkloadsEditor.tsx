import { useEffect, useMemo, useState } from 'react';
import type { OptionId } from '../../src/index';
import type { FieldContext } from '../components/fields';
import { FILTER_FROM, initialLayout, kindLabel, matchesFilter, problemsByWorkload, rememberLayout, withoutIndex, workloadOfPath, type WorkloadDraft } from '../state/workload-layout';
import { DatabaseForm } from './DatabaseForm';
import { DatabaseTable, tablePaths } from './DatabaseTable';
import { MlForm } from './MlForm';
import { problemCount, WorkloadSection } from './WorkloadSection';

function newWorkload(kind: 'database' | 'ml-platform', taken: readonly unknown[]): unknown {
  let n = 1;
  const base = kind === 'database' ? 'db' : 'ml';
  while (taken.includes(`${base}-${n}`)) n++;
  const id = `${base}-${n}`;
  return kind === 'database'
    ? { kind, id, name: `Database ${n}`, engine: 'postgresql', instanceClass: 'db.m6i.large', storage: { sizeGb: 100, type: 'gp3' }, backup: { retentionDays: 7, storageGb: 100 }, highAvailability: false }
    : { kind, id, name: `ML platform ${n}`, team: { dataScientists: 3, notebookInstanceType: 'ml.t3.medium', hoursPerDay: 8, daysPerMonth: 21 }, storage: { s3Gb: 100, volumeGbPerInstance: 50 } };
}

/** Where to go once the next render is on screen: a workload, and a field in it (its data-path). */
interface Target {
  readonly index: number;
  readonly path?: string;
}

/** Scrolls to and focuses the field at the target (else the workload's header, or its row's first cell). */
function goTo(target: Target): void {
  const holder = document.getElementById(`workload-${target.index}`);
  if (!holder) return;
  const fields = [...holder.querySelectorAll<HTMLElement>('[data-path]:not([data-anchor])')];
  const path = target.path;
  const field =
    path === undefined
      ? undefined
      : fields.find((f) => f.dataset.path === path) ?? fields.find((f) => f.dataset.path!.startsWith(`${path}.`) || f.dataset.path!.startsWith(`${path}[`));
  const focus = field ?? holder.querySelector<HTMLElement>('button[aria-expanded]') ?? fields[0];
  (field ?? holder).scrollIntoView?.({ block: field ? 'center' : 'start' });
  focus?.focus({ preventScroll: true });
}

/**
 * The scenario's workloads: each a collapsible form (collapsed by default beyond a few), a jump list with a
 * filter, and for databases a table that edits many at once. Every edit goes through `ctx.set`, as in the forms.
 */
export function WorkloadsEditor({ ctx, workloads, region, options }: { ctx: FieldContext; workloads: readonly WorkloadDraft[]; region: string; options: readonly OptionId[] }) {
  const [initial] = useState(() => initialLayout(workloads));
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(initial.expanded);
  const [table, setTable] = useState(initial.table);
  const [filter, setFilter] = useState('');
  const [target, setTarget] = useState<Target | null>(null);
  const problems = useMemo(() => problemsByWorkload(ctx.issues), [ctx.issues]);
  const hasDatabases = workloads.some((w) => w.kind === 'database');
  const inTable = (i: number) => table && workloads[i]?.kind === 'database';

  // Switching to another screen and back keeps the layout.
  useEffect(() => rememberLayout(workloads, { expanded, table }), [workloads, expanded, table]);
  useEffect(() => {
    if (target === null) return;
    goTo(target);
    setTarget(null);
  }, [target]);

  const expand = (i: number) => setExpanded((s) => (s.has(i) ? s : new Set([...s, i])));
  /** Opens the form holding a field with a problem, then scrolls to the field and focuses it. */
  const reveal = (path: string) => {
    const index = workloadOfPath(path);
    if (index === undefined) return;
    if (inTable(index) && !tablePaths(index).includes(path)) setTable(false);
    expand(index);
    setTarget({ index, path });
  };
  const jump = (index: number) => {
    if (!inTable(index)) expand(index);
    setTarget({ index });
  };
  const add = (kind: 'database' | 'ml-platform') => {
    ctx.set(['workloads'], [...workloads, newWorkload(kind, workloads.map((w) => w.id))]);
    expand(workloads.length);
  };
  const remove = (i: number) => {
    ctx.set(['workloads'], workloads.filter((_, k) => k !== i));
    setExpanded((s) => withoutIndex(s, i));
  };
  const shown = workloads.map((w, i) => i).filter((i) => matchesFilter(workloads[i]!, filter));
  const nameOf = (w: WorkloadDraft, i: number) => (typeof w.name === 'string' && w.name ? w.name : `Workload ${i + 1}`);

  return (
    <>
      <nav className="panel jump-list" aria-label="Workloads">
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <h2 style={{ margin: 0 }}>Workloads ({workloads.length})</h2>
          <div className="row">
            {workloads.length >= FILTER_FROM ? (
              <input type="search" aria-label="Filter workloads" placeholder="Filter workloads…" value={filter} onChange={(e) => setFilter(e.currentTarget.value)} />
            ) : null}
            {hasDatabases ? (
              <div className="segmented" role="group" aria-label="Database layout">
                <button type="button" className="btn" aria-pressed={!table} onClick={() => setTable(false)}>
                  Forms
                </button>
                <button type="button" className="btn" aria-pressed={table} onClick={() => setTable(true)}>
                  Table
                </button>
              </div>
            ) : null}
            <button type="button" className="btn" onClick={() => setExpanded(new Set(workloads.map((_, i) => i)))}>
              Expand all
            </button>
            <button type="button" className="btn" onClick={() => setExpanded(new Set())}>
              Collapse all
            </button>
          </div>
        </div>
        <ul>
          {shown.map((i) => {
            const w = workloads[i]!;
            const n = problems.get(i)?.length ?? 0;
            return (
              <li key={i}>
                <button type="button" className="link" title={`${kindLabel(w.kind)}: ${nameOf(w, i)}`} onClick={() => jump(i)}>
                  {i + 1}. {nameOf(w, i)}
                </button>
                {n > 0 ? <span className="error"> ({problemCount(n)})</span> : null}
              </li>
            );
          })}
          {shown.length === 0 ? <li className="muted">No workload matches “{filter}”.</li> : null}
        </ul>
      </nav>

      {table && hasDatabases ? <DatabaseTable ctx={ctx} workloads={workloads} region={region} problems={problems} onReveal={reveal} /> : null}

      {workloads.map((w, i) =>
        inTable(i) ? null : (
          <WorkloadSection
            key={i}
            index={i}
            workload={w}
            expanded={expanded.has(i)}
            onToggle={() => setExpanded((s) => (s.has(i) ? new Set([...s].filter((x) => x !== i)) : new Set([...s, i])))}
            problems={problems.get(i) ?? []}
            onReveal={reveal}
            onRemove={workloads.length > 1 ? () => remove(i) : undefined}
          >
            {ctx.issues.get(`workloads[${i}]`) ? <div className="error">{ctx.issues.get(`workloads[${i}]`)}</div> : null}
            {w.kind === 'database' ? (
              <DatabaseForm ctx={ctx} index={i} region={region} engine={typeof w.engine === 'string' ? w.engine : 'postgresql'} hasSelfManaged={options.some((o) => o === 'ec2' || o === 'eks')} hasAurora={options.includes('aurora')} />
            ) : w.kind === 'ml-platform' ? (
              <MlForm ctx={ctx} index={i} region={region} options={options} />
            ) : (
              <div className="error">{ctx.issues.get(`workloads[${i}].kind`) ?? 'Unknown workload kind'}</div>
            )}
          </WorkloadSection>
        ),
      )}
      <div className="row" style={{ marginBottom: 16 }}>
        <button type="button" className="btn" onClick={() => add('database')}>
          Add database
        </button>
        <button type="button" className="btn" onClick={() => add('ml-platform')}>
          Add ML platform
        </button>
      </div>
    </>
  );
}
