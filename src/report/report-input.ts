import * as z from 'zod';
import { MAX_SCENARIO_CHARS } from '../contract/limits';
import { REPORT_SECTION_IDS, type ReportSection } from '../contract/report-sections';
import type { PriceCatalogue } from '../pricing/catalogue';
import { quotesCatalogue } from '../pricing/region-catalogue';
import { quotesOverCatalogue, type QuoteEntries } from '../pricing/quotes-over-catalogue';
import type { ReportData } from './report-data';

/**
 * The contract of the report page (renderer/report.html), shared by its two hosts: the desktop
 * app's hidden window (Electron `webContents.printToPDF`) and the command line's headless Chromium
 * (playwright-core `page.pdf`). One port, two adapters (DESIGN.md).
 *
 * 1. The host sets `window.__TCO_REPORT_INPUT__` to a `ReportPageInput` before the page's script
 *    runs (playwright `page.addInitScript`, an Electron preload, or `executeJavaScript` followed by
 *    a call to `window.__TCO_RENDER_REPORT__(input)`, which the page defines when it finds no input).
 * 2. The page validates the input, builds or takes the report data, renders it, waits until every
 *    chart has drawn and the fonts are loaded, then sets
 *    `document.documentElement.dataset.reportReady = 'true'`. On failure it sets `reportReady` to
 *    `'error'` and `document.documentElement.dataset.reportError` to the message.
 * 3. The host prints. Paper size, margins, the running header and page numbers are all in the
 *    page's print CSS (`@page` with margin boxes), so hosts print with `preferCSSPageSize: true`
 *    and no header/footer templates (see PRINT_OPTIONS).
 * 4. For a self-contained HTML file the host calls `window.__TCO_REPORT_HTML__()`, which returns
 *    the rendered document with its CSS inline and every script removed.
 */
export interface ReportPageInput {
  /** The report, already built by the host (`buildReportData`): the host's price catalogue decides. */
  readonly report?: ReportData | undefined;
  /** Or the scenario file's text: the page builds the report with `snapshot`, plus `prices` over it. */
  readonly scenarioText?: string | undefined;
  /** A variant of the scenario to report on (with `scenarioText`); "base" or absent for the scenario itself. */
  readonly variant?: string | undefined;
  /**
   * The offline snapshot's quotes of the scenario's Region (with `scenarioText`), keyed by price-key
   * id: the host reads them from the Region's snapshot file; the page holds no prices of its own.
   */
  readonly snapshot?:
    | {
        readonly name: string;
        readonly region: string;
        readonly quotes: QuoteEntries;
        /** vCPUs per instance type, for charges billed per vCPU-hour (RDS Extended Support, CPU credits). */
        readonly vcpus?: readonly (readonly [string, number])[] | undefined;
      }
    | undefined;
  /** Cached AWS quotes to layer over the snapshot (with `scenarioText`), keyed by price-key id. */
  readonly prices?: { readonly name: string; readonly quotes: QuoteEntries } | undefined;
  readonly paper: ReportPaper;
  /** Print the appendix after the two-page brief (the full report); absent or false: the brief alone. */
  readonly full?: boolean | undefined;
  /** With `full`: the optional appendix sections to print (src/contract/report-sections.ts); absent: every one. The brief names those left out. */
  readonly sections?: readonly ReportSection[] | undefined;
  /** ISO 8601 time shown on the first page (with `scenarioText`); the host's clock. */
  readonly generatedAt?: string | undefined;
}

export type ReportPaper = 'a4' | 'letter';
export const REPORT_PAPERS: readonly ReportPaper[] = ['a4', 'letter'];

/** The global the page reads its input from, the function it exposes when started without one, and the HTML serializer. */
export const REPORT_INPUT_GLOBAL = '__TCO_REPORT_INPUT__';
export const REPORT_RENDER_GLOBAL = '__TCO_RENDER_REPORT__';
export const REPORT_HTML_GLOBAL = '__TCO_REPORT_HTML__';

/**
 * How hosts print the page. Chromium's printToPDF in both hosts takes the paper size and margins
 * from the page's `@page` rule; header and footer are CSS margin boxes (Chromium 131+), so they
 * look the same in the desktop app, the CLI and a browser's own Print of the HTML export.
 */
export const PRINT_OPTIONS = {
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: false,
  /** PDF bookmarks from the section headings (Electron: `generateDocumentOutline: true`). */
  outline: true,
} as const;

/** CSS page sizes, for `@page { size }` and for Chromium's `format`/`pageSize`. */
export const PAPER_FORMAT: Readonly<Record<ReportPaper, 'A4' | 'Letter'>> = { a4: 'A4', letter: 'Letter' };

const quoteSchema = z.looseObject({
  usdPerUnit: z.number().min(0),
  unit: z.string(),
  source: z.looseObject({ kind: z.enum(['snapshot', 'cache', 'live', 'scenario']), title: z.string(), asOf: z.string(), basis: z.enum(['published', 'derived']) }),
});

const inputSchema = z.object({
  report: z.looseObject({ reportFormatVersion: z.number() }).optional(),
  scenarioText: z.string().max(MAX_SCENARIO_CHARS).optional(),
  variant: z.string().max(100).optional(),
  snapshot: z
    .object({
      name: z.string(),
      region: z.string(),
      quotes: z.array(z.tuple([z.string(), quoteSchema])),
      vcpus: z.array(z.tuple([z.string(), z.number().positive()])).optional(),
    })
    .optional(),
  prices: z.object({ name: z.string(), quotes: z.array(z.tuple([z.string(), quoteSchema])) }).optional(),
  paper: z.enum(['a4', 'letter']).default('a4'),
  full: z.boolean().optional(),
  sections: z.array(z.enum(REPORT_SECTION_IDS)).max(REPORT_SECTION_IDS.length).optional(),
  generatedAt: z.string().max(40).optional(),
});

/** Validates what a host put in the page's global (parsed once, at the edge: DESIGN convention 4). */
export function parseReportPageInput(value: unknown): ReportPageInput {
  const result = inputSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`report input: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}`);
  }
  const input = result.data;
  if (!input.report && input.scenarioText === undefined) throw new Error('report input: give either "report" or "scenarioText"');
  return input as ReportPageInput;
}

/**
 * The catalogue a page-built report prices with: the host's cached quotes first, then the snapshot
 * quotes the host put in the input. Without snapshot quotes every snapshot price is missing, and
 * the report flags those lines (never a silent $0).
 */
export function pageCatalogue(input: Pick<ReportPageInput, 'snapshot' | 'prices'>): PriceCatalogue {
  const snapshot = input.snapshot;
  const base = quotesCatalogue({ name: snapshot?.name ?? 'No snapshot prices', kind: 'snapshot', regions: snapshot ? [snapshot.region] : [] },
    snapshot?.quotes ?? [],
    (snapshot?.vcpus ?? []).map(([instanceType, vcpu]) => ({ instanceType, vcpu })),
  );
  const prices = input.prices;
  if (!prices) return base;
  return quotesOverCatalogue(prices.quotes, { name: prices.name, kind: 'cache', regions: base.info.regions }, base, `${prices.name}, then ${base.info.name}`);
}
