import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { describeJsonSyntaxProblem, jsonSyntaxProblemOf, starterScenario, type TemplateId } from '../../src/index';
import type { AppInfo, RecoveryInfo, TcoApi } from '../../src/contract/host-api';
import { isDirty, type DocumentState } from './document';
import { saveWithConflictCheck } from './save-document';
import { fileNameOf, inDocumentsFolder, resolveTypedPath } from './typed-path';
import { emptyWorkspace, workspaceReducer, type View } from './workspace';

/** How often unsaved work is written to the recovery file: at most this much is lost in a crash. */
export const AUTOSAVE_MS = 3000;

/** A button on a notice (e.g. "Open" the file just exported). */
export interface NoticeAction {
  readonly label: string;
  readonly run: () => void;
}

export interface Notice {
  readonly id: number;
  readonly kind: 'error' | 'info';
  readonly text: string;
  readonly actions?: readonly NoticeAction[] | undefined;
  /** What the notice is about ("save", "export", …): a newer notice on it replaces this one, and a success clears it. */
  readonly topic?: NoticeTopic | undefined;
}

/** The things a notice can be about; an error about one goes away once that thing works again. */
export type NoticeTopic = 'open' | 'save' | 'autosave' | 'export' | 'reveal' | 'paper' | 'sections' | 'recovery';

/** How long an info notice stays: long enough to read, longer when it offers buttons. */
const INFO_NOTICE_MS = 5000;
const INFO_NOTICE_WITH_ACTIONS_MS = 30_000;

/** Text of a draft as written to disk: stable two-space JSON with a final newline. */
export function draftText(draft: unknown): string {
  return `${JSON.stringify(draft, null, 2)}\n`;
}

function nameOf(path: string | undefined, fallback: string): string {
  if (!path) return fallback;
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? fallback;
}

/**
 * The document session: the workspace reducer (document, view, what-if session) plus everything
 * that talks to the host — open, save, autosave to the recovery file, the title/dirty marker, and
 * errors to show. Each way of loading a document names the view it lands on. `askPath` is used
 * where the host has no native dialog (the web host); `confirm` asks whether to overwrite a file
 * that changed on disk since it was opened or saved.
 */
export function useSession(
  api: TcoApi,
  info: AppInfo | undefined,
  askPath: (title: string, suggestion: string, emptyMeans?: string, note?: string) => Promise<string | null>,
  confirm: (question: string) => boolean | Promise<boolean> = (question) => window.confirm(question),
) {
  const [workspace, dispatch] = useReducer(workspaceReducer, undefined, emptyWorkspace);
  const doc = workspace.document;
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const [recovery, setRecovery] = useState<RecoveryInfo | null>(null);
  const docRef = useRef<DocumentState>(doc);
  docRef.current = doc;
  const nextId = useRef(1);

  const notify = useCallback((kind: Notice['kind'], text: string, actions?: readonly NoticeAction[], topic?: NoticeTopic) => {
    const id = nextId.current++;
    // A newer notice about the same thing replaces the older one: a failed save's error goes when a save works.
    setNotices((n) => [...n.filter((x) => topic === undefined || x.topic !== topic).slice(-4), { id, kind, text, ...(actions && actions.length > 0 ? { actions } : {}), ...(topic ? { topic } : {}) }]);
    if (kind === 'info') setTimeout(() => setNotices((n) => n.filter((x) => x.id !== id)), actions && actions.length > 0 ? INFO_NOTICE_WITH_ACTIONS_MS : INFO_NOTICE_MS);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((n) => n.filter((x) => x.id !== id)), []);
  /** The thing a notice was about works now: its error is no longer true, so it goes. */
  const settle = useCallback((...topics: NoticeTopic[]) => setNotices((n) => (n.some((x) => x.topic !== undefined && topics.includes(x.topic)) ? n.filter((x) => x.topic === undefined || !topics.includes(x.topic)) : n)), []);

  const loadText = useCallback(
    (text: string, path: string | undefined, name: string, show: View, dirty = false, fileVersion?: string) => {
      try {
        dispatch({ type: 'load', draft: JSON.parse(text) as unknown, path, name, dirty, show, fileVersion });
        // Opened: an earlier failure to open, or to autosave the document it replaces, no longer applies.
        settle('open', 'autosave');
        return true;
      } catch {
        notify('error', `${path ?? name}: not valid JSON (${describeJsonSyntaxProblem(jsonSyntaxProblemOf(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text))}); nothing was changed`, undefined, 'open');
        return false;
      }
    },
    [notify, settle],
  );

  const open = useCallback(
    async (path?: string) => {
      let target = path;
      if (!target && info?.host === 'web') {
        const typed = await askPath('Open scenario: path to a .tco.json file', docRef.current.path ?? inDocumentsFolder(info, ''), undefined, documentsNote(info, 'opened'));
        if (!typed) return false;
        target = resolveTypedPath(info, typed);
      }
      const r = await api.openScenario({ path: target });
      if (!r.ok) {
        notify('error', `Not opened: ${r.reason}`, undefined, 'open');
        return false;
      }
      return r.value ? loadText(r.value.text, r.value.path, r.value.name, 'editor', false, r.value.version) : false;
    },
    [api, info, askPath, loadText, notify],
  );

  const openExample = useCallback(
    async (id: string) => {
      const r = await api.openExample({ id });
      if (!r.ok) {
        notify('error', r.reason, undefined, 'open');
        return false;
      }
      return loadText(r.value.text, undefined, r.value.name, 'dashboard');
    },
    [api, loadText, notify],
  );

  const newFromTemplate = useCallback((template: TemplateId) => {
    dispatch({ type: 'load', draft: starterScenario(template), path: undefined, name: 'Untitled', dirty: true, show: 'editor' });
  }, []);

  const save = useCallback(
    async (saveAs = false): Promise<boolean> => {
      const d = docRef.current;
      if (d.draft === undefined) return false;
      let path = saveAs ? undefined : d.path;
      if (!path && info?.host === 'web') {
        const typed = await askPath('Save scenario as: path of the .tco.json file', d.path ?? inDocumentsFolder(info, `${fileNameOf(d.name)}.tco.json`), undefined, documentsNote(info, 'saved'));
        if (!typed) return false;
        path = resolveTypedPath(info, typed, '.tco.json');
      }
      const version = d.version;
      // The version check applies to the file this document came from, not to a new place chosen now.
      const expectedVersion = path !== undefined && path === d.path ? d.fileVersion : undefined;
      const r = await saveWithConflictCheck(api, { text: draftText(d.draft), path, saveAs: saveAs && info?.host !== 'web', expectedVersion }, confirm);
      if (r.kind === 'failed') {
        notify('error', `Not saved: ${r.reason}`, undefined, 'save');
        return false;
      }
      if (r.kind === 'kept-other') {
        notify('info', `Not saved: ${r.path} changed on disk and was kept; your changes are still here (Save As keeps both)`, undefined, 'save');
        return false;
      }
      if (r.kind === 'cancelled') return false;
      const saved = r.saved;
      dispatch({ type: 'saved', path: saved.path, name: nameOf(saved.path, d.name), version, fileVersion: saved.version });
      await api.clearRecovery();
      settle('autosave');
      notify('info', `Saved ${saved.path}`, undefined, 'save');
      return true;
    },
    [api, info, askPath, notify, settle, confirm],
  );

  // Autosave: while there are unsaved changes, write the draft to the recovery file every few seconds.
  const lastAutosaved = useRef(-1);
  useEffect(() => {
    const timer = setInterval(() => {
      const d = docRef.current;
      if (d.draft === undefined || !isDirty(d) || lastAutosaved.current === d.version) return;
      lastAutosaved.current = d.version;
      void api.autosave({ text: draftText(d.draft), path: d.path }).then((r) => {
        if (!r.ok) notify('error', `Autosave failed: ${r.reason}`, undefined, 'autosave');
        else settle('autosave');
      });
    }, AUTOSAVE_MS);
    return () => clearInterval(timer);
  }, [api, notify, settle]);

  // Offer the draft a previous session left behind.
  useEffect(() => {
    void api.getRecovery().then((r) => {
      if (!r.ok) notify('error', r.reason, undefined, 'recovery');
      else if (r.value) setRecovery(r.value);
    });
  }, [api, notify]);

  const restore = useCallback(() => {
    if (!recovery) return;
    loadText(recovery.text, recovery.path, nameOf(recovery.path, 'Recovered draft'), 'editor', true);
    setRecovery(null);
  }, [recovery, loadText]);

  const discardRecovery = useCallback(() => {
    setRecovery(null);
    void api.clearRecovery();
  }, [api]);

  // Keep the host's title bar and close confirmation in step with the document.
  const dirty = isDirty(doc);
  useEffect(() => {
    if (doc.draft === undefined) return;
    void api.setDocumentState({ title: doc.name, dirty });
  }, [api, doc.name, dirty, doc.draft === undefined]);

  return { doc, view: workspace.view, overrides: workspace.overrides, dispatch, open, openExample, newFromTemplate, save, notices, notify, settle, dismiss, recovery, restore, discardRecovery, dirty };
}

/** What the web host's path prompt says about where a bare file name goes. */
function documentsNote(info: AppInfo | undefined, done: 'opened' | 'saved'): string | undefined {
  return info?.documentsDir ? `A file name without a folder is ${done === 'saved' ? 'saved in' : 'opened from'} the documents folder, ${info.documentsDir}.` : undefined;
}
