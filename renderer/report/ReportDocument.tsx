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
 * The whole report as one React tree: a pure function of the report data (src/report/report-data.ts).
 * Each numbered section starts on a new page; charts are inline SVG at a fixed size.
 */
export function ReportDocument({ data, paper }: { readonly data: ReportData; readonly paper: ReportPaper }) {
  const ctx = reportContext(data);
  let n = 0;
  const next = () => ++n;
  return (
    <article className="report" data-paper={paper}>
      <CoverSection ctx={ctx} />
      <SummarySection ctx={ctx} number={next()} />
      <CostOverTimeSection ctx={ctx} number={next()} />
      <UncertaintySection ctx={ctx} number={next()} />
      {data.optionDetails.map((d) => (
        <OptionSection key={d.option} ctx={ctx} detail={d} number={next()} />
      ))}
      {data.variants.length > 0 ? <VariantsSection ctx={ctx} number={next()} /> : null}
      {data.tradeoffs ? <TradeoffsSection ctx={ctx} number={next()} /> : null}
      <AssumptionsSection ctx={ctx} number={next()} />
      <ProvenanceSection ctx={ctx} number={next()} />
      <MethodologySection ctx={ctx} number={next()} />
    </article>
  );
}
