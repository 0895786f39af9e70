import type { ReportSection } from '../../src/contract/report-sections';
import type { Citation, EstimatedLine, OptionId, OptionResult, ReportData } from '../../src/index';

/** Look-ups the report's sections share, derived once from the report data. */
export interface ReportContext {
  readonly data: ReportData;
  /** Whether the report prints this optional section: text elsewhere points to a section only when it is there. */
  readonly shown: (section: ReportSection) => boolean;
  readonly optionLabel: (option: OptionId | string) => string;
  readonly optionResult: (option: OptionId) => OptionResult | undefined;
  readonly linesOf: (option: OptionId) => readonly EstimatedLine[];
  /** Reference numbers of citations, by title and URL. */
  readonly citationRefs: (citations: readonly Pick<Citation, 'title' | 'url'>[]) => number[];
  /** ", as of 2026-07-20" (or a range of dates) after the catalogue's name; empty when no price was used. */
  readonly pricesAsOf: string;
  /** Chart caption: where the numbers of a chart come from. */
  readonly pricesLine: string;
  /** The chart width that fits the printable width of A4 and Letter (182 mm and 188 mm). */
  readonly chartWidth: number;
}

export function reportContext(data: ReportData, shown: (section: ReportSection) => boolean = () => true): ReportContext {
  const labels = new Map<string, string>(data.estimate.options.map((o) => [o.option, o.label]));
  const results = new Map(data.estimate.options.map((o) => [o.option, o]));
  const lines = new Map<OptionId, EstimatedLine[]>();
  for (const l of data.estimate.lines) {
    const list = lines.get(l.option) ?? [];
    list.push(l);
    lines.set(l.option, list);
  }
  const cites = new Map<string, number>();
  for (const r of data.provenance.references) if (r.kind === 'citation') cites.set(`${r.title}|${r.url ?? ''}`, r.n);
  const range = data.provenance.asOfRange;
  const pricesAsOf = range ? `, as of ${range.oldest === range.newest ? range.oldest : `${range.oldest} to ${range.newest}`}` : '';
  const pricesLine = `Prices: ${data.estimate.catalogue.name}${pricesAsOf}; engineer time at the ${shown('assumptions') ? 'loaded rates in "Assumptions and inputs"' : "scenario's loaded rates"}.`;
  return {
    data,
    shown,
    optionLabel: (o) => labels.get(o) ?? o,
    optionResult: (o) => results.get(o),
    linesOf: (o) => lines.get(o) ?? [],
    citationRefs: (cs) => [...new Set(cs.map((c) => cites.get(`${c.title}|${c.url}`)).filter((n): n is number => n !== undefined))],
    pricesAsOf,
    pricesLine,
    chartWidth: 680,
  };
}
