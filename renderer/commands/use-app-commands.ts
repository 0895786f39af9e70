import { useCallback, useEffect, useRef } from 'react';
import type { AppInfo, MenuCommand, MenuCommandDetail, TcoApi } from '../../src/contract/host-api';
import type { useSession } from '../state/use-session';
import { shortcutCommand } from './shortcuts';
import type { ExportFormat } from './use-export-report';

type Session = ReturnType<typeof useSession>;

export interface AppCommands {
  /** Runs a command: from the desktop menu, a web-host shortcut or a toolbar button, alike. */
  readonly run: (command: MenuCommand, detail?: MenuCommandDetail) => void;
  /** Before replacing the open document: true when there is nothing unsaved or the user agrees to lose it. */
  readonly confirmDiscard: () => boolean;
}

/**
 * The app's commands and where they come from: the host's menu, the keyboard in a browser tab (the
 * web host has no native menus), and a file the operating system asked to open at launch.
 */
export function useAppCommands(api: TcoApi, info: AppInfo | undefined, session: Session, exportReport: (format: ExportFormat) => Promise<void>): AppCommands {
  const { doc, dispatch } = session;
  const confirmDiscard = useCallback(
    () => !session.dirty || doc.draft === undefined || window.confirm(`Discard unsaved changes to ${doc.name}?`),
    [session.dirty, doc.draft, doc.name],
  );

  // Listeners registered once call the latest closure through this ref, so they see current state.
  const latest = useRef<(command: MenuCommand, detail?: MenuCommandDetail) => void>(() => undefined);
  latest.current = (command, detail) => {
    switch (command) {
      case 'new':
        dispatch({ type: 'show', view: 'start' });
        break;
      case 'open':
        if (confirmDiscard()) void session.open();
        break;
      case 'open-file':
        if (detail?.path && confirmDiscard()) void session.open(detail.path);
        break;
      case 'save':
        void session.save(false);
        break;
      case 'save-as':
        void session.save(true);
        break;
      case 'save-and-close':
        void session.save(false).then((ok) => {
          // Main closes the window once the document reports clean; a cancelled or failed save keeps it open.
          void api.setDocumentState({ title: doc.name, dirty: !ok });
        });
        break;
      case 'export-pdf':
        void exportReport('pdf');
        break;
      case 'export-csv':
        void exportReport('csv');
        break;
      case 'export-xlsx':
        void exportReport('xlsx');
        break;
      case 'undo':
        dispatch({ type: 'undo' });
        break;
      case 'redo':
        dispatch({ type: 'redo' });
        break;
      case 'refresh-prices':
        dispatch({ type: 'show', view: 'prices' });
        break;
    }
  };
  const run = useCallback((command: MenuCommand, detail?: MenuCommandDetail) => latest.current(command, detail), []);

  useEffect(() => api.onMenuCommand(run), [api, run]);

  // A file the operating system asked to open at launch.
  const openedAtLaunch = useRef(false);
  useEffect(() => {
    if (!info?.openPath || openedAtLaunch.current) return;
    openedAtLaunch.current = true;
    void session.open(info.openPath);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the host reports the path
  }, [info]);

  // The web host has no native menus: the same shortcuts as the desktop menu.
  useEffect(() => {
    if (info?.host !== 'web') return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const command = shortcutCommand({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, inText: target?.tagName === 'INPUT' || target?.tagName === 'TEXTAREA' });
      if (command) {
        e.preventDefault();
        run(command);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [info, run]);

  return { run, confirmDiscard };
}
