import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { BreakEvenMarker, CumulativePoint, OptionId } from '../../src/index';
import { legendText, LEGEND_STYLE, MARGIN, TICK, usdTick, usdTooltip, TOOLTIP_STYLE, type ChartSizeProps } from './chart-props';
import { CHART_COLORS, optionColor } from './palette';

export interface CumulativeCostChartProps extends ChartSizeProps {
  /** cumulativeSeries(e).points */
  readonly points: readonly CumulativePoint[];
  /** cumulativeSeries(e).markers: where one option overtakes another. */
  readonly markers: readonly BreakEvenMarker[];
  readonly options: readonly { readonly option: OptionId; readonly label: string }[];
}

/** Cumulative cost of every option by month, with a marker at each break-even month. */
export function CumulativeCostChart({ points, markers, options, width, height, interactive = false }: CumulativeCostChartProps) {
  return (
    <LineChart width={width} height={height} data={[...points]} margin={{ ...MARGIN, top: 18 }}>
      <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
      <XAxis dataKey="label" tick={TICK} stroke={CHART_COLORS.axis} interval="preserveStartEnd" minTickGap={12} />
      <YAxis tick={TICK} stroke={CHART_COLORS.axis} tickFormatter={usdTick} width={56} />
      {interactive ? <Tooltip {...TOOLTIP_STYLE} formatter={usdTooltip} /> : null}
      <Legend wrapperStyle={LEGEND_STYLE} formatter={legendText} />
      {options.map((o) => (
        <Line key={o.option} type="monotone" dataKey={o.option} name={o.label} stroke={optionColor(o.option)} strokeWidth={2} dot={false} isAnimationActive={false} />
      ))}
      {markers.map((m) => (
        <ReferenceLine
          key={`${m.month}-${m.text}`}
          x={m.label}
          stroke={CHART_COLORS.marker}
          strokeDasharray="4 3"
          label={{ value: `Break-even ${m.label}`, position: 'insideTopLeft', fontSize: 10, fill: CHART_COLORS.marker }}
        />
      ))}
    </LineChart>
  );
}
