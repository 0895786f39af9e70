import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { COST_CATEGORIES, type MonthlyCategoryPoint } from '../../src/index';
import { legendText, LEGEND_STYLE, MARGIN, TICK, usdTick, usdTooltip, TOOLTIP_STYLE, type ChartSizeProps } from './chart-props';
import { CATEGORY_COLORS, CATEGORY_LABELS, CHART_COLORS } from './palette';

export interface MonthlyCostChartProps extends ChartSizeProps {
  /** One option's months (monthlyByCategory). */
  readonly points: readonly MonthlyCategoryPoint[];
}

/** One option's cost per month, stacked by category (one-time payments in the month they are paid). */
export function MonthlyCostChart({ points, width, height, interactive = false }: MonthlyCostChartProps) {
  return (
    <BarChart width={width} height={height} data={[...points]} margin={MARGIN} barCategoryGap="12%">
      <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
      <XAxis dataKey="label" tick={TICK} stroke={CHART_COLORS.axis} interval="preserveStartEnd" minTickGap={12} />
      <YAxis tick={TICK} stroke={CHART_COLORS.axis} tickFormatter={usdTick} width={56} />
      {interactive ? <Tooltip {...TOOLTIP_STYLE} formatter={usdTooltip} /> : null}
      <Legend wrapperStyle={LEGEND_STYLE} formatter={legendText} />
      {COST_CATEGORIES.filter((c) => c !== 'downtime' || points.some((p) => p.downtime !== 0)).map((c) => (
        <Bar key={c} dataKey={c} name={CATEGORY_LABELS[c]} stackId="month" fill={CATEGORY_COLORS[c]} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
