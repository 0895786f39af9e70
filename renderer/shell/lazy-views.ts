import { lazy } from 'react';

// Heavy views load on first use, so the first paint needs only the start screen; once it is up,
// the dashboard and editor (and Recharts with them) are fetched in idle time, so opening a
// scenario does not wait for the network or the parser.
const loadEditor = () => import('../views/EditorView');
const loadDashboard = () => import('../views/DashboardView');
export const EditorView = lazy(() => loadEditor().then((m) => ({ default: m.EditorView })));
export const DashboardView = lazy(() => loadDashboard().then((m) => ({ default: m.DashboardView })));
export const WhatIfView = lazy(() => import('../views/WhatIfView').then((m) => ({ default: m.WhatIfView })));
export const WhatIfCharts = lazy(() => import('../views/WhatIfCharts').then((m) => ({ default: m.WhatIfCharts })));
export const TradeoffsView = lazy(() => import('../views/TradeoffsView').then((m) => ({ default: m.TradeoffsView })));
export const CommitmentsView = lazy(() => import('../views/CommitmentsView').then((m) => ({ default: m.CommitmentsView })));
export const PricesView = lazy(() => import('../views/PricesView').then((m) => ({ default: m.PricesView })));
export const ActualsView = lazy(() => import('../views/ActualsView').then((m) => ({ default: m.ActualsView })));

/** Fetches the dashboard and editor code in idle time, after the start screen is up. */
export function prefetchViews(): void {
  const idle = (fn: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200));
  idle(() => {
    void loadDashboard().catch(() => undefined);
    void loadEditor().catch(() => undefined);
  });
}
