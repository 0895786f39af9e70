import { useEffect } from 'react';
import type { AppInfo } from '../../src/contract/host-api';

/**
 * What the desktop window does for itself, done for the web host's browser tab: the tab title
 * carries the document name and the unsaved marker, and closing or reloading with unsaved changes
 * asks first (the desktop app asks in its own close dialog).
 */
export function useBrowserTab(info: AppInfo | undefined, doc: { readonly draft: unknown; readonly name: string }, dirty: boolean): void {
  const open = doc.draft !== undefined;
  useEffect(() => {
    if (info?.host !== 'web' || !dirty || !open) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [info, dirty, open]);

  useEffect(() => {
    if (info?.host !== 'web') return;
    document.title = open ? `${dirty ? '● ' : ''}${doc.name} — TCO Studio` : 'TCO Studio';
  }, [info, open, doc.name, dirty]);
}
