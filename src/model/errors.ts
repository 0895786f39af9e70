/** One problem found in untrusted input, located by a field path such as `workloads[0].storage.sizeGb`. */
export interface InputIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * The only error that loading a scenario may throw. Every issue names the field path and what is
 * allowed; `message` is the first issue on one line, ready for a CLI or a dialog.
 */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    const first = issues[0] ?? { path: '(root)', message: 'invalid scenario' };
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`${first.path}: ${first.message}${more}`);
    this.issues = issues;
  }
}

/** A request the model cannot answer (for example an option that does not apply to a workload). */
export class ModelError extends Error {
  override readonly name = 'ModelError';
}

/** Formats a path of keys and indices as `a.b[0].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}
