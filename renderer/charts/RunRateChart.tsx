import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { RunRatePoint } from '../../src/index';
import { legendText, LEGEND_STYLE, MARGIN, TICK, wrappedTick, usdTick, usdTooltip, TOOLTIP_STYLE, type ChartSizeProps } from './chart-props';
import { CHART_COLORS, serviceColor } from './palette';

export interface RunRateChartProps extends ChartSizeProps {
  /** runRateByOption */
  readonly points: readonly RunRatePoint[];
  /** servicesInRunRate: the stack order and legend. */
  readonly services: readonly string[];
}

/** Each option's monthly run-rate (month 1) as one horizontal bar, stacked by service. */
export function RunRateChart({ points, services, width, height, interactive = false }: RunRateChartProps) {
  const data = points.map((p) => ({ label: p.label, ...p.byService }));
  return (
    <BarChart width={width} height={height} data={data} layout="vertical" margin={MARGIN} barCategoryGap="22%">
      <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
      <XAxis type="number" tick={TICK} stroke={CHART_COLORS.axis} tickFormatter={usdTick} />
      <YAxis type="category" dataKey="label" tick={wrappedTick(28, TICK.fontSize)} stroke={CHART_COLORS.axis} width={170} />
      {interactive ? <Tooltip {...TOOLTIP_STYLE} formatter={usdTooltip} /> : null}
      <Legend wrapperStyle={LEGEND_STYLE} formatter={legendText} />
      {services.map((s) => (
        <Bar key={s} dataKey={s} name={s} stackId="run-rate" fill={serviceColor(s)} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
