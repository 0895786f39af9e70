import { useCallback } from 'react';
import type { AppInfo, TcoApi } from '../../src/contract/host-api';
import type { Notice } from '../state/use-session';
import { draftText } from '../state/use-session';

export type ExportFormat = 'pdf' | 'html' | 'csv' | 'json';

/**
 * Exports a report of the open draft, as it is now (saved or not). The desktop host asks where in
 * its own save dialog; the web host has none, so the path prompt asks, and an empty answer writes
 * to the Downloads folder.
 */
export function useExportReport(
  api: TcoApi,
  info: AppInfo | undefined,
  draft: unknown,
  askPath: (title: string, suggestion: string, emptyMeans?: string) => Promise<string | null>,
  notify: (kind: Notice['kind'], text: string) => void,
): (format: ExportFormat) => Promise<void> {
  return useCallback(
    async (format: ExportFormat) => {
      if (draft === undefined) return;
      let path: string | undefined;
      if (info?.host === 'web') {
        const answer = await askPath(`Export ${format.toUpperCase()}: path of the file to write`, '', 'the Downloads folder');
        if (answer === null) return;
        path = answer === '' ? undefined : answer;
      }
      const r = await api.exportReport({ format, scenarioText: draftText(draft), path });
      if (!r.ok) notify('error', `Export failed: ${r.reason}`);
      else if (r.value) notify('info', `Exported ${r.value.path}`);
    },
    [api, draft, info, askPath, notify],
  );
}
