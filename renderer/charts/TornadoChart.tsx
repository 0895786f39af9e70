import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { TornadoBarPoint } from '../../src/index';
import { MARGIN, TICK, shortLabel, usdTick, usdTooltip, TOOLTIP_STYLE, type ChartSizeProps } from './chart-props';
import { CHART_COLORS } from './palette';

export interface TornadoChartProps extends ChartSizeProps {
  /** tornadoBars(t): each bar's change of the difference from the base case at the input's low and high ends. */
  readonly bars: readonly TornadoBarPoint[];
}

/** The smallest 1, 2, 2.5 or 5 × 10^k at or above a value: an axis step people read easily. */
export function niceStep(value: number): number {
  const power = Math.pow(10, Math.floor(Math.log10(value)));
  const m = value / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * power;
}

/**
 * Tornado: one horizontal bar per input, from the change at its low end to the change at its high
 * end (0 = the base case). Orange: the difference grows as the input rises; blue: it shrinks.
 */
export function TornadoChart({ bars, width, height, interactive = false }: TornadoChartProps) {
  const data = bars.map((b) => ({
    label: shortLabel(b.label, 40),
    range: [Math.min(b.low, b.high), Math.max(b.low, b.high)] as [number, number],
    rising: b.high >= b.low,
  }));
  // Symmetric around the base case (0) with round ticks, so the longer side shows at a glance.
  const step = niceStep(Math.max(1, ...bars.flatMap((b) => [Math.abs(b.low), Math.abs(b.high)])) / 2);
  const ticks = [-2 * step, -step, 0, step, 2 * step];
  return (
    <BarChart width={width} height={height} data={data} layout="vertical" margin={MARGIN} barCategoryGap="20%">
      <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
      <XAxis type="number" tick={TICK} stroke={CHART_COLORS.axis} tickFormatter={usdTick} domain={[-2 * step, 2 * step]} ticks={ticks} />
      <YAxis type="category" dataKey="label" tick={{ ...TICK, fontSize: 9 }} stroke={CHART_COLORS.axis} width={220} interval={0} />
      {interactive ? <Tooltip {...TOOLTIP_STYLE} formatter={(v: unknown) => (Array.isArray(v) ? v.map(usdTooltip).join(' to ') : usdTooltip(v))} /> : null}
      <ReferenceLine x={0} stroke={CHART_COLORS.text} />
      <Bar dataKey="range" name="Change of the difference" isAnimationActive={false}>
        {data.map((d) => (
          <Cell key={d.label} fill={d.rising ? CHART_COLORS.rising : CHART_COLORS.falling} />
        ))}
      </Bar>
    </BarChart>
  );
}
