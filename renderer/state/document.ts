import { getAtPath, setAtPath, type PathKey } from '../../src/index';

/**
 * The open scenario document: its draft (JSON as the user edits it, valid or not), where it lives,
 * undo/redo history and whether it has unsaved changes. Inputs live here; everything computed from
 * them (validation, estimates, charts) is derived with useMemo in the views (DESIGN convention 6).
 */
export interface DocumentState {
  readonly draft: unknown;
  readonly path: string | undefined;
  readonly name: string;
  /** The file's version on disk when it was opened or last saved (the host's fingerprint), for the next save's check. */
  readonly fileVersion: string | undefined;
  /** Increases with every change; undo/redo restore the version they return to. */
  readonly version: number;
  readonly savedVersion: number;
  /** The highest version ever given out: new edits never reuse a version an undone edit had. */
  readonly counter: number;
  readonly past: readonly Snapshot[];
  readonly future: readonly Snapshot[];
  /** Edit key and time of the last change, to merge a slider drag into one undo step. */
  readonly lastEdit: { readonly key: string; readonly at: number } | undefined;
}

interface Snapshot {
  readonly draft: unknown;
  readonly version: number;
}

export type DocumentAction =
  | { readonly type: 'load'; readonly draft: unknown; readonly path?: string | undefined; readonly name: string; readonly dirty?: boolean; readonly fileVersion?: string | undefined }
  | { readonly type: 'set'; readonly path: readonly PathKey[]; readonly value: unknown; readonly at: number; readonly coalesce?: boolean }
  | { readonly type: 'replace'; readonly draft: unknown; readonly at: number }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'saved'; readonly path: string; readonly name: string; readonly version: number; readonly fileVersion?: string | undefined };

/** Most undo steps kept. */
export const HISTORY_LIMIT = 200;
/** Changes to the same field within this many milliseconds are one undo step (a slider drag). */
export const COALESCE_MS = 1200;

export function emptyDocument(): DocumentState {
  return { draft: undefined, path: undefined, name: 'Untitled', fileVersion: undefined, version: 0, savedVersion: 0, counter: 0, past: [], future: [], lastEdit: undefined };
}

export function isDirty(s: DocumentState): boolean {
  return s.version !== s.savedVersion;
}

function pushPast(s: DocumentState): readonly Snapshot[] {
  const past = [...s.past, { draft: s.draft, version: s.version }];
  return past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past;
}

/** Removes a key from an object (used when a field is cleared to fall back to its default). */
function withoutKey(draft: unknown, path: readonly PathKey[]): unknown {
  const parent = getAtPath(draft, path.slice(0, -1));
  if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) return draft;
  const copy = { ...(parent as Record<string, unknown>) };
  delete copy[String(path[path.length - 1])];
  return path.length === 1 ? copy : setAtPath(draft, path.slice(0, -1), copy);
}

/**
 * Maps of per-item overrides (a role's rate, a task's hours, an incident class). When the last field
 * of an entry is cleared, the empty entry goes too, so the file keeps only what the user set.
 */
const OVERRIDE_MAPS: readonly (readonly string[])[] = [['labour'], ['opsEffort', 'incidents'], ['opsEffort', 'tasks']];

function withoutEmptyOverride(draft: unknown, path: readonly PathKey[]): unknown {
  const entry = path.slice(0, -1);
  const isEntryOfMap = OVERRIDE_MAPS.some((m) => entry.length === m.length + 1 && m.every((k, i) => entry[i] === k));
  if (!isEntryOfMap) return draft;
  const value = getAtPath(draft, entry);
  if (value === null || typeof value !== 'object' || Array.isArray(value) || Object.keys(value).length > 0) return draft;
  return withoutKey(draft, entry);
}

export function documentReducer(s: DocumentState, a: DocumentAction): DocumentState {
  switch (a.type) {
    case 'load':
      return {
        draft: a.draft,
        path: a.path,
        name: a.name,
        fileVersion: a.fileVersion,
        version: s.counter + 1,
        savedVersion: a.dirty ? -1 : s.counter + 1,
        counter: s.counter + 1,
        past: [],
        future: [],
        lastEdit: undefined,
      };
    case 'set': {
      const key = a.path.join('.');
      const merge = a.coalesce === true && s.lastEdit !== undefined && s.lastEdit.key === key && a.at - s.lastEdit.at < COALESCE_MS && s.past.length > 0;
      const draft = a.value === undefined ? withoutEmptyOverride(withoutKey(s.draft, a.path), a.path) : setAtPath(s.draft, a.path, a.value);
      return {
        ...s,
        draft,
        version: s.counter + 1,
        counter: s.counter + 1,
        past: merge ? s.past : pushPast(s),
        future: [],
        lastEdit: { key, at: a.at },
      };
    }
    case 'replace':
      return { ...s, draft: a.draft, version: s.counter + 1, counter: s.counter + 1, past: pushPast(s), future: [], lastEdit: { key: '*', at: a.at } };
    case 'undo': {
      const previous = s.past[s.past.length - 1];
      if (!previous) return s;
      return {
        ...s,
        draft: previous.draft,
        version: previous.version,
        past: s.past.slice(0, -1),
        future: [{ draft: s.draft, version: s.version }, ...s.future],
        lastEdit: undefined,
      };
    }
    case 'redo': {
      const next = s.future[0];
      if (!next) return s;
      return { ...s, draft: next.draft, version: next.version, past: pushPast(s), future: s.future.slice(1), lastEdit: undefined };
    }
    case 'saved':
      return { ...s, path: a.path, name: a.name, savedVersion: a.version, fileVersion: a.fileVersion };
  }
}
