import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatShare, type DistributionPoint } from '../../src/index';
import { MARGIN, TICK, usdTick, TOOLTIP_STYLE, type ChartSizeProps } from './chart-props';
import { CHART_COLORS } from './palette';

export interface DistributionChartProps extends ChartSizeProps {
  /** differenceDistribution(s): histogram of the difference between two options, with its percentiles. */
  readonly points: readonly DistributionPoint[];
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
}

/** Monte Carlo histogram of the difference between two options, with P10, P50 and P90 marked. */
export function DistributionChart({ points, p10, p50, p90, width, height, interactive = false }: DistributionChartProps) {
  const first = points[0];
  const last = points[points.length - 1];
  const domain: [number, number] = first && last ? [first.from, last.to] : [0, 1];
  const markers = [
    { x: p10, text: 'P10' },
    { x: p50, text: 'P50' },
    { x: p90, text: 'P90' },
  ];
  return (
    <BarChart width={width} height={height} data={[...points]} margin={{ ...MARGIN, top: 18 }} barCategoryGap={1}>
      <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
      <XAxis type="number" dataKey="mid" domain={domain} tick={TICK} stroke={CHART_COLORS.axis} tickFormatter={usdTick} />
      <YAxis tick={TICK} stroke={CHART_COLORS.axis} tickFormatter={(v: number) => formatShare(v)} width={44} />
      {interactive ? <Tooltip {...TOOLTIP_STYLE} formatter={(v: unknown) => (typeof v === 'number' ? formatShare(v) : String(v))} labelFormatter={(v: unknown) => usdTick(Number(v))} /> : null}
      <Bar dataKey="share" name="Share of runs" fill={CHART_COLORS.histogram} isAnimationActive={false} />
      {markers.map((m) => (
        <ReferenceLine key={m.text} x={m.x} stroke={CHART_COLORS.marker} strokeDasharray={m.text === 'P50' ? undefined : '4 3'} label={{ value: m.text, position: 'top', fontSize: 10, fill: CHART_COLORS.marker }} />
      ))}
    </BarChart>
  );
}
