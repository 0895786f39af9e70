import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { TornadoBarPoint } from '../../src/index';
import { MARGIN, TICK, usdTick, usdTooltip, TOOLTIP_STYLE, wrapLabel, wrappedTick, type ChartSizeProps } from './chart-props';
import { CHART_COLORS } from './palette';

export interface TornadoChartProps extends ChartSizeProps {
  /** tornadoBars(t): each bar's change of the difference from the base case at the input's low and high ends. */
  readonly bars: readonly TornadoBarPoint[];
  /** What the axis measures, e.g. "Change of (EC2 − Amazon RDS) over 36 months vs the base case". */
  readonly axisTitle?: string | undefined;
}

export { wrapLabel };

/** Height of one bar's row: room for a label of up to three lines. */
export function tornadoRowHeight(bars: readonly TornadoBarPoint[]): number {
  const lines = Math.max(1, ...bars.map((b) => wrapLabel(b.label).length));
  return Math.max(24, 12 * lines + 8);
}

const WrappedTick = wrappedTick(34, 9);

const LEGEND_HEIGHT = 20;

/**
 * The axis title both the app and the report use: the change of the saving of `cheaper` over
 * `dearer` (dearer's total minus cheaper's), so a bar to the right means the cheaper option gains.
 */
export function tornadoAxisTitle(cheaper: string, dearer: string, horizonMonths: number): string {
  return `Change in the saving of ${cheaper} over ${dearer} (${horizonMonths}-month total) vs today's inputs`;
}

/** The smallest 1, 2, 2.5 or 5 × 10^k at or above a value: an axis step people read easily. */
export function niceStep(value: number): number {
  const power = Math.pow(10, Math.floor(Math.log10(value)));
  const m = value / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * power;
}

/**
 * Tornado: one horizontal bar per input, from the change at its low end to the change at its high
 * end (0 = the base case). Orange: the difference grows as the input rises; blue: it shrinks. The
 * same chart, and so the same sign convention, in the app and the report; labels wrap, never cut.
 */
export function TornadoChart({ bars, width, height, interactive = false, axisTitle }: TornadoChartProps) {
  const data = bars.map((b) => ({
    label: b.label,
    range: [Math.min(b.low, b.high), Math.max(b.low, b.high)] as [number, number],
    rising: b.high >= b.low,
  }));
  // Symmetric around the base case (0) with round ticks, so the longer side shows at a glance.
  const step = niceStep(Math.max(1, ...bars.flatMap((b) => [Math.abs(b.low), Math.abs(b.high)])) / 2);
  const ticks = [-2 * step, -step, 0, step, 2 * step];
  const titleSpace = axisTitle ? 16 : 0;
  return (
    <div style={{ width }}>
      <BarChart width={width} height={height - LEGEND_HEIGHT} data={data} layout="vertical" margin={{ ...MARGIN, bottom: MARGIN.bottom + titleSpace }} barCategoryGap="20%">
      <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
      <XAxis
        type="number"
        tick={TICK}
        stroke={CHART_COLORS.axis}
        tickFormatter={usdTick}
        domain={[-2 * step, 2 * step]}
        ticks={ticks}
        {...(axisTitle ? { label: { value: axisTitle, position: 'insideBottom', offset: -titleSpace + 2, fontSize: 10, fill: CHART_COLORS.text } } : {})}
      />
      <YAxis type="category" dataKey="label" tick={<WrappedTick />} stroke={CHART_COLORS.axis} width={200} interval={0} />
      {interactive ? <Tooltip {...TOOLTIP_STYLE} formatter={(v: unknown) => (Array.isArray(v) ? v.map(usdTooltip).join(' to ') : usdTooltip(v))} /> : null}
      <ReferenceLine x={0} stroke={CHART_COLORS.text} />
      <Bar dataKey="range" name="Change of the difference" isAnimationActive={false}>
        {data.map((d) => (
          <Cell key={d.label} fill={d.rising ? CHART_COLORS.rising : CHART_COLORS.falling} />
        ))}
      </Bar>
      </BarChart>
      <div className="chart-legend" style={{ height: LEGEND_HEIGHT, fontSize: 11, color: CHART_COLORS.text, display: 'flex', gap: 16, justifyContent: 'center' }}>
        <span>
          <span aria-hidden="true" style={{ display: 'inline-block', width: 10, height: 10, background: CHART_COLORS.rising, marginRight: 4 }} />
          grows as the input rises
        </span>
        <span>
          <span aria-hidden="true" style={{ display: 'inline-block', width: 10, height: 10, background: CHART_COLORS.falling, marginRight: 4 }} />
          shrinks as the input rises
        </span>
      </div>
    </div>
  );
}
