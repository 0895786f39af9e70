import { Fragment, type ReactNode } from 'react';
import { REPORT_SECTIONS, sectionsLeftOutText, type ReportSection } from '../../src/contract/report-sections';
import { briefOf, type ReportData, type ReportPaper } from '../../src/index';
import { AssumptionsSection } from './AssumptionsSection';
import { CostOverTimeSection } from './CostOverTimeSection';
import { BriefCharts } from './BriefCharts';
import { BriefSection } from './BriefSection';
import { MethodologySection } from './MethodologySection';
import { OptionSection } from './OptionSection';
import { ProvenanceSection } from './ProvenanceSection';
import { reportContext } from './report-context';
import { SummarySection } from './SummarySection';
import { TradeoffsSection } from './TradeoffsSection';
import { UncertaintySection } from './UncertaintySection';
import { VariantsSection } from './VariantsSection';

/** What the brief's first page says about the rest of the document. */
const BRIEF_ONLY_NOTE = (
  <>
    This is the two-page brief. The full report adds every cost line, ops task, commitment, trade-off table, assumption, price source and the methodology:{' '}
    <span className="nowrap">tco-studio report --full</span>, or "Include the full appendix" when exporting from the app.
  </>
);
const APPENDIX_NOTE = 'The appendix follows the brief: every cost line, ops task, commitment, trade-off table, assumption and price source, and the methodology.';

/**
 * The whole report as one React tree: a pure function of the report data (src/report/report-data.ts),
 * the paper, whether the appendix is printed (`full`) and, in the appendix, the optional sections
 * chosen (src/contract/report-sections.ts, whose order they print in; absent: all). The two-page
 * brief always comes first (briefOf: one source for its text); the appendix starts on a new page,
 * opens with the executive summary table and flows section after section without forced page
 * breaks, so no page is left near-empty.
 */
export function ReportDocument({
  data,
  paper,
  sections,
  full = false,
}: {
  readonly data: ReportData;
  readonly paper: ReportPaper;
  readonly sections?: readonly ReportSection[] | undefined;
  readonly full?: boolean | undefined;
}) {
  const shown = (id: ReportSection) => full && (sections === undefined || sections.includes(id));
  const ctx = reportContext(data, shown);
  const brief = briefOf(data);
  let n = 0;
  const next = () => ++n;
  const render: { readonly [S in ReportSection]: () => ReactNode } = {
    'cost-over-time': () => <CostOverTimeSection ctx={ctx} number={next()} />,
    uncertainty: () => <UncertaintySection ctx={ctx} number={next()} />,
    lines: () => data.optionDetails.map((d) => <OptionSection key={d.option} ctx={ctx} detail={d} number={next()} />),
    variants: () => (data.variants.length > 0 ? <VariantsSection ctx={ctx} number={next()} /> : null),
    tradeoffs: () => (data.tradeoffs ? <TradeoffsSection ctx={ctx} number={next()} /> : null),
    assumptions: () => <AssumptionsSection ctx={ctx} number={next()} />,
    provenance: () => <ProvenanceSection ctx={ctx} number={next()} />,
    methodology: () => <MethodologySection ctx={ctx} number={next()} />,
  };
  return (
    <article className="report" data-paper={paper} data-length={full ? 'full' : 'brief'}>
      <BriefSection ctx={ctx} brief={brief} appendixNote={full ? APPENDIX_NOTE : BRIEF_ONLY_NOTE} leftOut={full ? sectionsLeftOutText(sections) : null} />
      <BriefCharts ctx={ctx} brief={brief} />
      {full ? (
        <div className="appendix">
          <SummarySection ctx={ctx} number={next()} />
          {REPORT_SECTIONS.filter((s) => shown(s.id)).map((s) => (
            <Fragment key={s.id}>{render[s.id]()}</Fragment>
          ))}
        </div>
      ) : null}
    </article>
  );
}
