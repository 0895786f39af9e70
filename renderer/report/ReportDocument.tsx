import { Fragment, type ReactNode } from 'react';
import { REPORT_SECTIONS, sectionsLeftOutText, type ReportSection } from '../../src/contract/report-sections';
import type { ReportData, ReportPaper } from '../../src/index';
import { AssumptionsSection } from './AssumptionsSection';
import { CostOverTimeSection } from './CostOverTimeSection';
import { CoverSection } from './CoverSection';
import { MethodologySection } from './MethodologySection';
import { OptionSection } from './OptionSection';
import { ProvenanceSection } from './ProvenanceSection';
import { reportContext } from './report-context';
import { SummarySection } from './SummarySection';
import { TradeoffsSection } from './TradeoffsSection';
import { UncertaintySection } from './UncertaintySection';
import { VariantsSection } from './VariantsSection';

/**
 * The whole report as one React tree: a pure function of the report data (src/report/report-data.ts)
 * and of the optional sections chosen (src/contract/report-sections.ts, whose order they print in;
 * absent: all). The cover and the executive summary are always there; the cover names any section
 * left out. Each numbered section starts on a new page; charts are inline SVG at a fixed size.
 */
export function ReportDocument({ data, paper, sections }: { readonly data: ReportData; readonly paper: ReportPaper; readonly sections?: readonly ReportSection[] | undefined }) {
  const shown = (id: ReportSection) => sections === undefined || sections.includes(id);
  const ctx = reportContext(data, shown);
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
    <article className="report" data-paper={paper}>
      <CoverSection ctx={ctx} leftOut={sectionsLeftOutText(sections)} />
      <SummarySection ctx={ctx} number={next()} />
      {REPORT_SECTIONS.filter((s) => shown(s.id)).map((s) => (
        <Fragment key={s.id}>{render[s.id]()}</Fragment>
      ))}
    </article>
  );
}
