import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { OpsHoursRow, OptionId } from '../../src/index';
import { hoursTooltip, legendText, LEGEND_STYLE, MARGIN, TICK, wrappedTick, TOOLTIP_STYLE, type ChartSizeProps } from './chart-props';
import { CHART_COLORS, optionColor } from './palette';

export interface OpsHoursChartProps extends ChartSizeProps {
  /** opsHoursByTask, largest first; the chart shows the first `maxRows`. */
  readonly rows: readonly OpsHoursRow[];
  readonly options: readonly { readonly option: OptionId; readonly label: string }[];
  readonly maxRows?: number | undefined;
}

/** Recurring engineer hours per month by task, one bar per option. */
export function OpsHoursChart({ rows, options, maxRows = 14, width, height, interactive = false }: OpsHoursChartProps) {
  const data = rows.slice(0, maxRows);
  return (
    <BarChart width={width} height={height} data={data} layout="vertical" margin={MARGIN} barCategoryGap="18%" barGap={1}>
      <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
      <XAxis type="number" tick={TICK} stroke={CHART_COLORS.axis} unit=" h" />
      <YAxis type="category" dataKey="task" tick={wrappedTick(44, 9)} stroke={CHART_COLORS.axis} width={230} interval={0} />
      {interactive ? <Tooltip {...TOOLTIP_STYLE} formatter={hoursTooltip} /> : null}
      <Legend wrapperStyle={LEGEND_STYLE} formatter={legendText} />
      {options.map((o) => (
        <Bar key={o.option} dataKey={o.option} name={o.label} fill={optionColor(o.option)} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
