/**
 * The optional sections of the report's appendix, the one list of them: the export request and the
 * settings (the renderer↔host contract), the host's request schema, the report page, the app's
 * "Sections…" control and the command line's `--sections` all read it. The two-page brief and the
 * appendix's executive summary are not here: every full report has them. Listed in the order the report prints them.
 */
export const REPORT_SECTIONS = [
  { id: 'cost-over-time', label: 'Cost over time' },
  { id: 'uncertainty', label: 'Uncertainty' },
  { id: 'lines', label: 'Cost lines of each option' },
  { id: 'variants', label: 'Variants' },
  { id: 'tradeoffs', label: 'Trade-offs' },
  { id: 'assumptions', label: 'Assumptions' },
  { id: 'provenance', label: 'Price sources' },
  { id: 'methodology', label: 'Methodology' },
] as const satisfies readonly { readonly id: string; readonly label: string }[];

export type ReportSection = (typeof REPORT_SECTIONS)[number]['id'];

export const REPORT_SECTION_IDS: readonly [ReportSection, ...ReportSection[]] = REPORT_SECTIONS.map((s) => s.id) as [ReportSection, ...ReportSection[]];

export function isReportSection(id: string): id is ReportSection {
  return (REPORT_SECTION_IDS as readonly string[]).includes(id);
}

/** "Valid sections: cost-over-time, uncertainty, …": for a refusal of an unknown id. */
export const VALID_SECTIONS_TEXT = `valid sections: ${REPORT_SECTION_IDS.join(', ')}`;

/** The sections a report leaves out, in report order; none when `chosen` is undefined (every section). */
export function sectionsLeftOut(chosen: readonly ReportSection[] | undefined): readonly ReportSection[] {
  return chosen === undefined ? [] : REPORT_SECTION_IDS.filter((id) => !chosen.includes(id));
}

/** "Sections left out: Trade-offs, Methodology", for the report's first page; null when nothing is left out. */
export function sectionsLeftOutText(chosen: readonly ReportSection[] | undefined): string | null {
  const out = sectionsLeftOut(chosen);
  if (out.length === 0) return null;
  return `Sections left out: ${REPORT_SECTIONS.filter((s) => out.includes(s.id))
    .map((s) => s.label)
    .join(', ')}`;
}

/**
 * Parses "cost-over-time,lines" (the command line's `--sections`) into section ids; throws an Error
 * naming the unknown ids and listing the valid ones.
 */
export function parseSectionList(text: string): readonly ReportSection[] {
  const ids = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const unknown = ids.filter((id) => !isReportSection(id));
  if (unknown.length > 0) throw new Error(`unknown section${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `"${id}"`).join(', ')}; ${VALID_SECTIONS_TEXT}`);
  return REPORT_SECTION_IDS.filter((id) => ids.includes(id));
}
