import { DATABASE_ENGINES, engineTitle, setAtPath, type PathKey } from '../../src/index';

/**
 * How the scenario editor lays out many workloads: which are expanded by default, what a collapsed
 * workload's header says, which problems belong to a workload, and "set for selected" as one edit.
 */

/** Up to this many workloads open expanded; beyond it they open as one-line headers. */
export const EXPANDED_UP_TO = 3;

/** From this many workloads on, the jump list has a filter box. */
export const FILTER_FROM = 8;

/** The workloads expanded when the editor opens a scenario with `count` of them. */
export function defaultExpanded(count: number): ReadonlySet<number> {
  return new Set(count <= EXPANDED_UP_TO ? Array.from({ length: count }, (_, i) => i) : []);
}

/** The draft's view of a workload, valid or not: only what the headers and the table read. */
export interface WorkloadDraft {
  readonly kind?: unknown;
  readonly id?: unknown;
  readonly name?: unknown;
  readonly engine?: unknown;
  readonly instanceClass?: unknown;
  readonly storage?: { readonly sizeGb?: unknown; readonly type?: unknown } | undefined;
  readonly highAvailability?: unknown;
  readonly readReplicas?: unknown;
  readonly team?: { readonly dataScientists?: unknown; readonly notebookInstanceType?: unknown } | undefined;
  readonly training?: unknown;
  readonly realtimeInference?: { readonly endpoints?: unknown } | undefined;
}

export const ENGINE_LABELS: Readonly<Record<string, string>> = Object.fromEntries(DATABASE_ENGINES.map((e) => [e, engineTitle(e)]));

export function kindLabel(kind: unknown): string {
  return kind === 'database' ? 'Database' : kind === 'ml-platform' ? 'ML platform' : 'Workload';
}

/** One line on a workload: engine, instance, storage and availability (a database) or team and sections (ML). */
export function workloadSummary(w: WorkloadDraft): string {
  const parts: string[] = [];
  if (w.kind === 'database') {
    if (typeof w.engine === 'string') parts.push(ENGINE_LABELS[w.engine] ?? w.engine);
    if (typeof w.instanceClass === 'string' && w.instanceClass) parts.push(w.instanceClass);
    if (typeof w.storage?.sizeGb === 'number') parts.push(`${w.storage.sizeGb} GiB${typeof w.storage.type === 'string' ? ` ${w.storage.type}` : ''}`);
    if (w.highAvailability === true) parts.push('Multi-AZ');
    if (typeof w.readReplicas === 'number' && w.readReplicas > 0) parts.push(`${w.readReplicas} read replica${w.readReplicas > 1 ? 's' : ''}`);
  } else if (w.kind === 'ml-platform') {
    const people = w.team?.dataScientists;
    if (typeof people === 'number') parts.push(`${people} data scientist${people === 1 ? '' : 's'}`);
    if (typeof w.team?.notebookInstanceType === 'string') parts.push(w.team.notebookInstanceType);
    if (w.training !== undefined) parts.push('training');
    const endpoints = w.realtimeInference?.endpoints;
    if (Array.isArray(endpoints)) parts.push(`${endpoints.length} endpoint${endpoints.length === 1 ? '' : 's'}`);
  }
  return parts.join(' · ');
}

/** The index of the workload a problem's path lies in ("workloads[12].storage.sizeGb" → 12), if any. */
export function workloadOfPath(path: string): number | undefined {
  const m = /^workloads\[(\d+)\]/.exec(path);
  return m ? Number(m[1]) : undefined;
}

/** The problem paths of each workload, in the order the issues list them. */
export function problemsByWorkload(issues: ReadonlyMap<string, string>): ReadonlyMap<number, readonly string[]> {
  const byWorkload = new Map<number, string[]>();
  for (const path of issues.keys()) {
    const i = workloadOfPath(path);
    if (i === undefined) continue;
    const list = byWorkload.get(i) ?? [];
    list.push(path);
    byWorkload.set(i, list);
  }
  return byWorkload;
}

/** The workloads with `path` (inside a workload) set to `value` on the selected ones only, the others untouched. */
export function setForSelected<T>(workloads: readonly T[], selected: ReadonlySet<number>, path: readonly PathKey[], value: unknown): T[] {
  return workloads.map((w, i) => (selected.has(i) ? (setAtPath(w, path, value) as T) : w));
}

/** The expanded set after removing workload `removed`: later workloads move up by one. */
export function withoutIndex(set: ReadonlySet<number>, removed: number): Set<number> {
  return new Set([...set].filter((i) => i !== removed).map((i) => (i > removed ? i - 1 : i)));
}

/** Whether a workload matches the jump list's filter (its name, id, kind or summary). */
export function matchesFilter(w: WorkloadDraft, filter: string): boolean {
  const q = filter.trim().toLowerCase();
  if (!q) return true;
  return [w.name, w.id, kindLabel(w.kind), workloadSummary(w)].some((t) => typeof t === 'string' && t.toLowerCase().includes(q));
}

/** How the editor shows the workloads: which forms are expanded, and databases as forms or as a table. */
export interface EditorLayout {
  readonly expanded: ReadonlySet<number>;
  readonly table: boolean;
}

/** The layout last shown, and the workloads (by id) it was for: kept while the user visits another screen. */
let remembered: { readonly key: string; readonly layout: EditorLayout } | undefined;

const layoutKey = (workloads: readonly WorkloadDraft[]) => workloads.map((w) => String(w.id)).join('\n');

/** The layout to open the editor with: the one last shown for these workloads, else the defaults. */
export function initialLayout(workloads: readonly WorkloadDraft[]): EditorLayout {
  const key = layoutKey(workloads);
  return remembered?.key === key ? remembered.layout : { expanded: defaultExpanded(workloads.length), table: false };
}

export function rememberLayout(workloads: readonly WorkloadDraft[], layout: EditorLayout): void {
  remembered = { key: layoutKey(workloads), layout };
}

/** Forgets the remembered layout (the next editor opens with the defaults). */
export function forgetLayout(): void {
  remembered = undefined;
}
