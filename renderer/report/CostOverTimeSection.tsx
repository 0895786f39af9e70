import { MonthlyCostChart } from '../charts/MonthlyCostChart';
import { OpsHoursChart } from '../charts/OpsHoursChart';
import { Figure, Section } from './parts';
import type { ReportContext } from './report-context';

const OPS_ROWS = 14;

/** Monthly cost by category for every option, and ops hours by task. */
export function CostOverTimeSection({ ctx, number }: { readonly ctx: ReportContext; readonly number: number }) {
  const d = ctx.data;
  const ops = d.charts.opsHours;
  const shown = Math.min(ops.length, OPS_ROWS);
  const opsHeight = 70 + shown * (8 + 7 * d.charts.options.length);
  return (
    <Section id="cost-over-time" number={number} title="Cost over time and operations effort">
      {d.charts.monthlyByCategory.map((m) => (
        <Figure
          key={m.option}
          name={`monthly-${m.option}`}
          title={`${m.label}: cost per month by category`}
          caption={`Sum of ${m.label}'s cost lines per month, stacked by category; usage-driven lines grow ${d.estimate.scenario.usageGrowthPctPerMonth}% a month. ${ctx.pricesLine}`}
        >
          <MonthlyCostChart points={m.points} width={ctx.chartWidth} height={190} />
        </Figure>
      ))}
      {shown > 0 ? (
        <Figure
          name="ops-hours"
          title="Engineer hours per month by task"
          caption={`Recurring hours of the ops-effort lines (tasks and incidents)${ops.length > shown ? `, the ${shown} largest of ${ops.length} tasks` : ''}; every task's hours, role, rate and sources are in the option sections.`}
        >
          <OpsHoursChart rows={ops} options={d.charts.options} maxRows={OPS_ROWS} width={ctx.chartWidth} height={opsHeight} />
        </Figure>
      ) : null}
    </Section>
  );
}
