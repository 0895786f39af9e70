import { createElement } from 'react';
import { formatHours, formatUsd, formatUsdCompact } from '../../src/index';
import { CHART_COLORS } from './palette';

/**
 * Props every chart takes. Charts have a fixed size so print is exact; the dashboard wraps them in
 * a ResponsiveContainer and passes the measured size. `interactive` turns on tooltips. Nothing
 * animates, in the app or in print: a chart is complete on its first paint, and a what-if change
 * redraws at once instead of replaying an animation on every slider step.
 */
export interface ChartSizeProps {
  readonly width: number;
  readonly height: number;
  /** Tooltips (the dashboard); off for print. Default false. */
  readonly interactive?: boolean | undefined;
}

export const TICK = { fontSize: 10, fill: CHART_COLORS.axis } as const;
export const LEGEND_STYLE = { fontSize: 11, color: CHART_COLORS.text } as const;
/** Tooltip box in the theme's panel colours (the dashboard's light and dark themes). */
export const TOOLTIP_STYLE = {
  contentStyle: { background: 'var(--panel, #ffffff)', border: '1px solid var(--border, #d8dde6)', color: 'var(--text, #1d2330)', fontSize: 12 },
  labelStyle: { color: 'var(--text, #1d2330)' },
} as const;
export const MARGIN = { top: 8, right: 16, bottom: 4, left: 4 } as const;

/** Axis ticks in compact dollars ("$12.3k"); tooltips in exact dollars ("$12,345.67"). */
export const usdTick = (value: number | string) => formatUsdCompact(Number(value));
export const usdTooltip = (value: unknown) => (typeof value === 'number' ? formatUsd(value) : String(value));
export const hoursTooltip = (value: unknown) => (typeof value === 'number' ? formatHours(value) : String(value));

/** Splits an axis label into lines of at most `width` characters at spaces (a word longer than that keeps its own line): labels are never cut. */
export function wrapLabel(text: string, width = 34): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A category-axis tick that prints its whole label, wrapped at `width` characters (wrapLabel) and centred on the tick: never an ellipsis. */
export function wrappedTick(width: number, fontSize: number) {
  return function WrappedTick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
    const lines = wrapLabel(String(payload?.value ?? ''), width);
    return createElement(
      'text',
      { x, y, textAnchor: 'end', fontSize, fill: CHART_COLORS.axis },
      lines.map((line, i) => createElement('tspan', { key: i, x, dx: -4, dy: i === 0 ? `${0.35 - (lines.length - 1) * 0.55}em` : '1.1em' }, line)),
    );
  };
}

/** Legend entries in the text colour (Recharts colours them like their series, which is hard to read for light hues). */
export const legendText = (value: unknown) => createElement('span', { style: { color: CHART_COLORS.text } }, String(value));
