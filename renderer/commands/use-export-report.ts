import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AppInfo, RevealExportRequest, TcoApi } from '../../src/contract/host-api';
import { sectionsLeftOut, type ReportSection } from '../../src/contract/report-sections';
import { refusalMissingText, type RecommendationRefusal } from '../../src/index';
import type { Notice, NoticeAction, NoticeTopic } from '../state/use-session';
import { draftText } from '../state/use-session';

export type ExportFormat = 'pdf' | 'html' | 'csv' | 'json' | 'xlsx';
export type ExportPaper = 'a4' | 'letter';

/** What a report is about and how it is printed: the scenario or one of its variants, on A4 or US Letter, with which optional sections. */
export interface ExportOptions {
  /** A variant's name; undefined: the scenario itself. */
  readonly variant: string | undefined;
  readonly paper: ExportPaper;
  /** PDF and HTML: the appendix after the two-page brief (the full report); false: the brief alone. */
  readonly full: boolean;
  /** The optional appendix sections PDF and HTML reports print with `full`; undefined: all. */
  readonly sections: readonly ReportSection[] | undefined;
}

/** The export command with its options and its state, for the toolbar and the menu. */
export interface Exporter {
  readonly run: (format: ExportFormat) => Promise<void>;
  readonly options: ExportOptions;
  readonly setVariant: (variant: string | undefined) => void;
  /** Also saved as the default paper size in the settings. */
  readonly setPaper: (paper: ExportPaper) => void;
  /** Also saved as the default sections in the settings. */
  readonly setSections: (sections: readonly ReportSection[]) => void;
  /** "Include the full appendix"; also saved as the default in the settings. */
  readonly setFull: (full: boolean) => void;
  /** Names of the draft's variants, in file order. */
  readonly variants: readonly string[];
  /** The format being exported, while an export runs. */
  readonly busy: ExportFormat | null;
}

/** Asks a yes/no question with an explicit go-ahead button (ConfirmPrompt). */
export type AskConfirm = (title: string, body: readonly string[], confirmLabel: string) => Promise<boolean>;

const FORMAT_WORDS: Readonly<Record<ExportFormat, string>> = { pdf: 'PDF report', html: 'HTML report', csv: 'CSV of the cost lines', json: 'JSON result', xlsx: 'Excel workbook' };
export const PAPER_WORDS: Readonly<Record<ExportPaper, string>> = { a4: 'A4', letter: 'US Letter' };

function variantNames(draft: unknown): string[] {
  const list = (draft as { variants?: unknown } | undefined)?.variants;
  if (!Array.isArray(list)) return [];
  return list.flatMap((v) => (typeof (v as { name?: unknown })?.name === 'string' ? [(v as { name: string }).name] : []));
}

/**
 * Exports a report of the open draft, as it is now (saved or not), about the scenario or a variant
 * of it, on the paper chosen. The desktop host asks where in its own save dialog; the web host has
 * none, so the path prompt asks, and an empty answer writes to the Downloads folder. With prices
 * missing (no recommendation) it goes ahead only after an explicit "Export anyway", as the command
 * line does only with --allow-missing; the report's first page then says there is no recommendation and why.
 */
export function useExportReport(
  api: TcoApi,
  info: AppInfo | undefined,
  draft: unknown,
  refusal: RecommendationRefusal | null,
  askPath: (title: string, suggestion: string, emptyMeans?: string) => Promise<string | null>,
  askConfirm: AskConfirm,
  notify: (kind: Notice['kind'], text: string, actions?: readonly NoticeAction[], topic?: NoticeTopic) => void,
  /** Clears the notices about a topic once it works again. */
  settle: (...topics: NoticeTopic[]) => void = () => undefined,
): Exporter {
  const [chosenVariant, setVariant] = useState<string | undefined>(undefined);
  const [paper, setPaperState] = useState<ExportPaper>('a4');
  const [sections, setSectionsState] = useState<readonly ReportSection[] | undefined>(undefined);
  const [full, setFullState] = useState(false);
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  useEffect(() => {
    void api.getSettings().then((r) => {
      if (!r.ok) return;
      setPaperState(r.value.paper);
      setSectionsState(r.value.sections);
      setFullState(r.value.fullReport === true);
    });
  }, [api]);
  const setPaper = useCallback(
    (p: ExportPaper) => {
      setPaperState(p);
      void api.setSettings({ paper: p }).then((r) => (r.ok ? settle('paper') : notify('error', `The paper size was not kept as your default: ${r.reason}`, undefined, 'paper')));
    },
    [api, notify, settle],
  );
  const setSections = useCallback(
    (chosen: readonly ReportSection[]) => {
      setSectionsState(chosen);
      void api.setSettings({ sections: chosen }).then((r) => (r.ok ? settle('sections') : notify('error', `The report sections were not kept as your default: ${r.reason}`, undefined, 'sections')));
    },
    [api, notify, settle],
  );
  const setFull = useCallback(
    (on: boolean) => {
      setFullState(on);
      void api.setSettings({ fullReport: on }).then((r) => (r.ok ? settle('sections') : notify('error', `The report length was not kept as your default: ${r.reason}`, undefined, 'sections')));
    },
    [api, notify, settle],
  );
  const reveal = useCallback(
    (path: string, action: RevealExportRequest['action']) =>
      void api.revealExport({ path, action }).then((r) => (r.ok ? settle('reveal') : notify('error', `${action === 'open' ? 'Not opened' : 'Not shown'}: ${r.reason}`, undefined, 'reveal'))),
    [api, notify, settle],
  );
  const variants = useMemo(() => variantNames(draft), [draft]);
  // A variant renamed or deleted since it was chosen: the report is about the scenario itself.
  const variant = chosenVariant !== undefined && variants.includes(chosenVariant) ? chosenVariant : undefined;

  const run = useCallback(
    async (format: ExportFormat) => {
      if (draft === undefined || busy !== null) return;
      if (refusal) {
        const body = [
          refusal.headline,
          refusalMissingText(refusal),
          refusal.fix,
          'Exported anyway, the report names no option: its first page says that prices are missing, and the lines without a price are marked ! (price not found).',
        ];
        if (!(await askConfirm(`Export ${format.toUpperCase()} without a recommendation?`, body, 'Export anyway'))) return;
      }
      let path: string | undefined;
      if (info?.host === 'web') {
        const answer = await askPath(`Export ${format.toUpperCase()}: path of the file to write`, '', 'the Downloads folder');
        if (answer === null) return;
        path = answer === '' ? undefined : answer;
      }
      setBusy(format);
      try {
        const printed = format === 'pdf' || format === 'html';
        const r = await api.exportReport({ format, scenarioText: draftText(draft), path, variant, ...(printed ? { paper, ...(full ? { full, ...(sections ? { sections } : {}) } : {}) } : {}) });
        const about = variant === undefined ? 'the scenario' : `the variant “${variant}”`;
        const leftOut = printed && full ? sectionsLeftOut(sections).length : 0;
        const how = printed
          ? `, ${PAPER_WORDS[paper]} paper, ${full ? 'brief and appendix' : 'two-page brief'}${leftOut > 0 ? `, ${leftOut} section${leftOut > 1 ? 's' : ''} left out` : ''}`
          : '';
        if (!r.ok) notify('error', `Export failed: ${r.reason}`, undefined, 'export');
        else if (r.value) {
          const written = r.value.path;
          notify('info', `Exported ${written} (${FORMAT_WORDS[format]} of ${about}${how})`, [
            { label: 'Open', run: () => reveal(written, 'open') },
            { label: 'Show in folder', run: () => reveal(written, 'folder') },
          ], 'export');
        }
      } finally {
        setBusy(null);
      }
    },
    [api, draft, info, refusal, askPath, askConfirm, notify, reveal, variant, paper, full, sections, busy],
  );
  return useMemo(
    () => ({ run, options: { variant, paper, full, sections }, setVariant, setPaper, setSections, setFull, variants, busy }),
    [run, variant, paper, full, sections, setPaper, setSections, setFull, variants, busy],
  );
}
