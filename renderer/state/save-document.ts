import type { SavedScenario, SaveScenarioRequest, TcoApi } from '../../src/contract/host-api';

/** How a save ended, for the session to act on and tell the user. */
export type SaveAttempt =
  | { readonly kind: 'saved'; readonly saved: SavedScenario }
  /** The user cancelled the save dialog. */
  | { readonly kind: 'cancelled' }
  /** The file changed on disk and the user kept that version: nothing written, the document stays unsaved here. */
  | { readonly kind: 'kept-other'; readonly path: string }
  | { readonly kind: 'failed'; readonly reason: string };

/** The question asked when the file changed on disk since it was opened or last saved. */
export function changedOnDiskQuestion(path: string): string {
  return `The file changed on disk since you opened it:\n${path}\n\nOverwrite it with your version (OK), or keep the other version (Cancel)? Keeping it leaves your changes unsaved here; use Save As to keep both.`;
}

/**
 * Saves through the host with the version the document was opened or last saved at. When the host
 * answers that the file changed on disk since, asks the user: overwrite sends the same save again
 * with `force`; cancel writes nothing and loses nothing (the document stays dirty).
 */
export async function saveWithConflictCheck(
  api: Pick<TcoApi, 'saveScenario'>,
  request: SaveScenarioRequest,
  confirmOverwrite: (question: string) => boolean | Promise<boolean>,
): Promise<SaveAttempt> {
  const first = await api.saveScenario(request);
  if (!first.ok) return { kind: 'failed', reason: first.reason };
  if (first.value === null) return { kind: 'cancelled' };
  if (!('conflict' in first.value)) return { kind: 'saved', saved: first.value };
  const path = first.value.path;
  if (!(await confirmOverwrite(changedOnDiskQuestion(path)))) return { kind: 'kept-other', path };
  const forced = await api.saveScenario({ ...request, path, saveAs: false, force: true });
  if (!forced.ok) return { kind: 'failed', reason: forced.reason };
  if (forced.value === null) return { kind: 'cancelled' };
  // A forced save writes whatever is on disk; a conflict here would be a host bug, reported as a failure.
  if ('conflict' in forced.value) return { kind: 'failed', reason: `${path}: changed on disk again; nothing was written` };
  return { kind: 'saved', saved: forced.value };
}
