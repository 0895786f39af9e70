/**
 * Paths into a scenario, written the way errors report them: `workloads[0].storage.sizeGb`,
 * `labour.dba.hourlyUsd`, `opsEffort.tasks.ec2-db.os-patching.monthlyFixedHours` (keys may hold
 * hyphens and dots only where the map's keys do; see parsePath).
 */
export type PathKey = string | number;

/** Keys of maps whose own keys contain dots (ops task ids such as `ec2-db.os-patching`). */
const DOTTED_KEY_PARENTS: ReadonlySet<string> = new Set(['tasks']);

/** Parses a path string; returns undefined when it is not of the allowed form. */
export function parsePath(path: string): PathKey[] | undefined {
  if (path.length === 0 || path.length > 300) return undefined;
  const keys: PathKey[] = [];
  const re = /([A-Za-z_$][\w$-]*)|\[(\d{1,4})\]|\./g;
  let pos = 0;
  let expectKey = true;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path)) !== null) {
    if (m.index !== pos) return undefined;
    pos = re.lastIndex;
    if (m[0] === '.') {
      if (expectKey) return undefined;
      expectKey = true;
      continue;
    }
    if (m[1] !== undefined) {
      if (!expectKey) return undefined;
      const previous = keys[keys.length - 1];
      // Ops task ids contain one dot: `tasks.ec2-db.os-patching` is the key "ec2-db.os-patching".
      if (typeof previous === 'string' && DOTTED_KEY_PARENTS.has(previous) && path[pos] === '.') {
        const rest = /^\.([A-Za-z][\w-]*)/.exec(path.slice(pos));
        if (rest) {
          keys.push(`${m[1]}.${rest[1]}`);
          pos += rest[0].length;
          re.lastIndex = pos;
          expectKey = false;
          continue;
        }
      }
      keys.push(m[1]);
    } else keys.push(Number(m[2]));
    expectKey = false;
  }
  if (pos !== path.length || expectKey) return undefined;
  return keys;
}

/** Formats keys as a path string (the inverse of parsePath). */
export function pathToString(keys: readonly PathKey[]): string {
  let out = '';
  for (const k of keys) out += typeof k === 'number' ? `[${k}]` : out === '' ? k : `.${k}`;
  return out;
}

/** The value at a path, or undefined when any step is missing. */
export function getAtPath(root: unknown, keys: readonly PathKey[]): unknown {
  let cur: unknown = root;
  for (const k of keys) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, k)) return undefined;
    cur = (cur as Record<PathKey, unknown>)[k];
  }
  return cur;
}

/**
 * A copy of `root` with `value` at the path; only the objects along the path are copied, so this
 * is cheap enough for Monte Carlo. Missing objects along the path are created; a missing array
 * index is an error (paths address existing workloads and endpoints).
 */
export function setAtPath<T>(root: T, keys: readonly PathKey[], value: unknown): T {
  return setManyAtPaths(root, [{ keys, value }]);
}

/** One write into a scenario: a path and the value to put there. */
export interface PathWrite {
  readonly keys: readonly PathKey[];
  readonly value: unknown;
}

/**
 * A copy of `root` with every write applied, copying each object on the written paths once even
 * when several writes share a prefix (Monte Carlo sets several inputs per run).
 */
export function setManyAtPaths<T>(root: T, writes: readonly PathWrite[]): T {
  const fresh = new Set<unknown>();
  const write = (node: unknown, keys: readonly PathKey[], i: number, value: unknown): unknown => {
    if (i === keys.length) return value;
    const k = keys[i]!;
    let copy: Record<PathKey, unknown>;
    if (fresh.has(node)) copy = node as Record<PathKey, unknown>;
    else {
      if (Array.isArray(node)) {
        if (typeof k !== 'number' || k >= node.length) throw new Error(`no element [${String(k)}]`);
        copy = node.slice() as unknown as Record<PathKey, unknown>;
      } else {
        if (typeof k === 'number') throw new Error(`[${k}] needs a list`);
        copy = node !== null && typeof node === 'object' ? { ...(node as object) } as Record<PathKey, unknown> : {};
      }
      fresh.add(copy);
    }
    copy[k] = write(copy[k], keys, i + 1, value);
    return copy;
  };
  let out: unknown = root;
  for (const w of writes) out = write(out, w.keys, 0, w.value);
  return out as T;
}
