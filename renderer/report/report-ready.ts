/**
 * Resolves once every chart the report expects has drawn: each `[data-chart]` figure holds a
 * Recharts SVG with its plotted shapes. Recharts 3 lays a chart out over a few render passes, so
 * one frame after React's commit is not enough; this polls once per animation frame.
 */
export function waitForCharts(root: ParentNode, timeoutMs = 10_000, graceMs = 1_500): Promise<void> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      const figures = [...root.querySelectorAll<HTMLElement>('[data-chart]')];
      // After a grace period a chart with axes but no marks counts as drawn: its data is all zero.
      const late = performance.now() - started > graceMs;
      const pending = figures.filter((f) => !chartDrawn(f) && !(late && f.querySelector('.recharts-cartesian-axis')));
      if (pending.length === 0) return resolve();
      if (performance.now() - started > timeoutMs) {
        return reject(new Error(`charts did not draw within ${timeoutMs} ms: ${pending.map((f) => f.dataset.chart).join(', ')}`));
      }
      requestAnimationFrame(check);
    };
    check();
  });
}

/**
 * A chart counts as drawn when it has an axis and at least one bar, line or area. (The figure holds
 * several svg.recharts-surface elements: legend icons are SVGs too, so look at the whole figure.)
 */
export function chartDrawn(figure: Element): boolean {
  const marks = figure.querySelectorAll('.recharts-bar-rectangle path, .recharts-bar-rectangle rect, path.recharts-rectangle, .recharts-line-curve, .recharts-area-area');
  return marks.length > 0 && figure.querySelector('.recharts-cartesian-axis') !== null;
}
