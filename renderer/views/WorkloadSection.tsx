import type { ReactNode } from 'react';
import { kindLabel, workloadSummary, type WorkloadDraft } from '../state/workload-layout';

/**
 * Stand-ins for fields that are not on screen (a collapsed workload, a field the table has no column for): they
 * carry the field's data-path, so "N problems in the scenario" finds them; focused, they open the field.
 */
export function ProblemAnchors({ paths, onReveal }: { paths: readonly string[]; onReveal: (path: string) => void }) {
  return (
    <>
      {paths.map((p) => (
        <span key={p} className="problem-anchor" data-path={p} data-anchor="" tabIndex={-1} onFocus={() => onReveal(p)} />
      ))}
    </>
  );
}

export function problemCount(n: number): string {
  return `${n} problem${n === 1 ? '' : 's'}`;
}

/** A workload's form under a one-line header (name, kind, summary, problems) that collapses and expands it. */
export function WorkloadSection({
  index,
  workload,
  expanded,
  onToggle,
  problems,
  onReveal,
  onRemove,
  children,
}: {
  index: number;
  workload: WorkloadDraft;
  expanded: boolean;
  onToggle: () => void;
  problems: readonly string[];
  onReveal: (path: string) => void;
  /** Undefined when the workload cannot be removed (the last one). */
  onRemove: (() => void) | undefined;
  children: ReactNode;
}) {
  const name = typeof workload.name === 'string' ? workload.name : '';
  const bodyId = `workload-${index}-body`;
  return (
    <section className={`panel workload${expanded ? '' : ' collapsed'}`} id={`workload-${index}`} aria-label={`Workload ${index + 1}: ${name}`}>
      <div className="workload-head">
        <h2>
          <button type="button" className="workload-toggle" aria-expanded={expanded} aria-controls={expanded ? bodyId : undefined} onClick={onToggle}>
            <span aria-hidden="true">{expanded ? '▾' : '▸'}</span> {kindLabel(workload.kind)}: {name}
          </button>
        </h2>
        <span className="muted workload-summary">{workloadSummary(workload)}</span>
        {problems.length > 0 ? (
          <button type="button" className="link error" onClick={() => onReveal(problems[0]!)}>
            {problemCount(problems.length)}
          </button>
        ) : null}
        {expanded ? null : <ProblemAnchors paths={problems} onReveal={onReveal} />}
        <button type="button" className="btn danger" disabled={!onRemove} onClick={onRemove}>
          Remove workload
        </button>
      </div>
      {expanded ? <div id={bodyId}>{children}</div> : null}
    </section>
  );
}
