import { useCallback } from 'react';
import type { AppInfo, TcoApi } from '../../src/contract/host-api';
import { refusalMissingText, type RecommendationRefusal } from '../../src/index';
import type { Notice } from '../state/use-session';
import { draftText } from '../state/use-session';

export type ExportFormat = 'pdf' | 'html' | 'csv' | 'json';

/** Asks a yes/no question with an explicit go-ahead button (ConfirmPrompt). */
export type AskConfirm = (title: string, body: readonly string[], confirmLabel: string) => Promise<boolean>;

/**
 * Exports a report of the open draft, as it is now (saved or not). The desktop host asks where in
 * its own save dialog; the web host has none, so the path prompt asks, and an empty answer writes
 * to the Downloads folder. With prices missing (no recommendation) it goes ahead only after an
 * explicit "Export anyway", as the command line does only with --allow-missing; the report's cover
 * then says there is no recommendation and why.
 */
export function useExportReport(
  api: TcoApi,
  info: AppInfo | undefined,
  draft: unknown,
  refusal: RecommendationRefusal | null,
  askPath: (title: string, suggestion: string, emptyMeans?: string) => Promise<string | null>,
  askConfirm: AskConfirm,
  notify: (kind: Notice['kind'], text: string) => void,
): (format: ExportFormat) => Promise<void> {
  return useCallback(
    async (format: ExportFormat) => {
      if (draft === undefined) return;
      if (refusal) {
        const body = [
          refusal.headline,
          refusalMissingText(refusal),
          refusal.fix,
          'Exported anyway, the report names no option: its cover says that prices are missing, and the lines without a price are marked ! (price not found).',
        ];
        if (!(await askConfirm(`Export ${format.toUpperCase()} without a recommendation?`, body, 'Export anyway'))) return;
      }
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
    [api, draft, info, refusal, askPath, askConfirm, notify],
  );
}
