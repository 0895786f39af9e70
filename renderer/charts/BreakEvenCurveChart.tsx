import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, type OptionId } from '../../src/index';
import { legendText, LEGEND_STYLE, MARGIN, TICK, usdTick, usdTooltip, TOOLTIP_STYLE, type ChartSizeProps } from './chart-props';
import { CHART_COLORS, optionColor } from './palette';

export interface BreakEvenCurveChartProps extends ChartSizeProps {
  /** breakEvenCurve(r): each option's cost by input value. */
  readonly points: readonly { readonly value: number; readonly [option: string]: number }[];
  readonly options: readonly { readonly option: OptionId; readonly label: string }[];
  /** Input values where the two compared options cost the same. */
  readonly crossings: readonly number[];
  /** The scenario's current value of the input. */
  readonly current?: number | undefined;
  readonly unit: string;
}

/** Each option's cost as one input varies, with the break-even value(s) and today's value marked. */
export function BreakEvenCurveChart({ points, options, crossings, current, unit, width, height, interactive = false }: BreakEvenCurveChartProps) {
  const shown = options.filter((o) => points.some((p) => typeof p[o.option] === 'number'));
  return (
    <LineChart width={width} height={height} data={[...points]} margin={{ ...MARGIN, top: 18 }}>
      <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
      <XAxis type="number" dataKey="value" domain={['auto', 'auto']} tick={TICK} stroke={CHART_COLORS.axis} tickFormatter={(v: number) => formatNumber(v)} unit={unit.startsWith('%') ? unit : ` ${unit}`} />
      <YAxis tick={TICK} stroke={CHART_COLORS.axis} tickFormatter={usdTick} width={56} />
      {interactive ? <Tooltip {...TOOLTIP_STYLE} formatter={usdTooltip} labelFormatter={(v: unknown) => `${formatNumber(Number(v))} ${unit}`} /> : null}
      <Legend wrapperStyle={LEGEND_STYLE} formatter={legendText} />
      {shown.map((o) => (
        <Line key={o.option} type="linear" dataKey={o.option} name={o.label} stroke={optionColor(o.option)} strokeWidth={2} dot={false} isAnimationActive={false} />
      ))}
      {current !== undefined ? (
        <ReferenceLine x={current} stroke={CHART_COLORS.current} strokeDasharray="2 3" label={{ value: 'now', position: 'top', fontSize: 10, fill: CHART_COLORS.current }} />
      ) : null}
      {crossings.map((x) => (
        <ReferenceLine key={x} x={x} stroke={CHART_COLORS.marker} label={{ value: 'break-even', position: 'insideTopRight', fontSize: 10, fill: CHART_COLORS.marker }} />
      ))}
    </LineChart>
  );
}
