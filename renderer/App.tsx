import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppInfo, MenuCommand, MenuCommandDetail, TcoApi } from '../src/contract/host-api';
import { PathPrompt, type PathRequest } from './components/PathPrompt';
import type { FieldContext } from './components/fields';
import type { CachedQuotes } from './state/catalogue';
import { useCatalogue, useEstimates, useValidation } from './state/derived';
import { draftText, useSession } from './state/use-session';
import { StartView } from './views/StartView';
import { applyOverrides } from './state/overrides';
import { applyTheme, type ThemeChoice } from './state/theme';
import { useSimulation } from './worker/use-simulation';

// Heavy views load on first use, so the first paint needs only the start screen; once it is up,
// the dashboard and editor (and Recharts with them) are fetched in idle time, so opening a
// scenario does not wait for the network or the parser.
const loadEditor = () => import('./views/EditorView');
const loadDashboard = () => import('./views/DashboardView');
const EditorView = lazy(() => loadEditor().then((m) => ({ default: m.EditorView })));
const DashboardView = lazy(() => loadDashboard().then((m) => ({ default: m.DashboardView })));
function prefetchViews(): void {
  const idle = (fn: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200));
  idle(() => {
    void loadDashboard().catch(() => undefined);
    void loadEditor().catch(() => undefined);
  });
}
const WhatIfView = lazy(() => import('./views/WhatIfView').then((m) => ({ default: m.WhatIfView })));
const WhatIfCharts = lazy(() => import('./views/WhatIfCharts').then((m) => ({ default: m.WhatIfCharts })));
const TradeoffsView = lazy(() => import('./views/TradeoffsView').then((m) => ({ default: m.TradeoffsView })));
const PricesView = lazy(() => import('./views/PricesView').then((m) => ({ default: m.PricesView })));
const ActualsView = lazy(() => import('./views/ActualsView').then((m) => ({ default: m.ActualsView })));

type View = 'start' | 'editor' | 'dashboard' | 'whatif' | 'tradeoffs' | 'prices' | 'actuals';
const VIEWS: readonly { id: View; label: string; needs: 'nothing' | 'document' | 'valid' }[] = [
  { id: 'start', label: 'Start', needs: 'nothing' },
  { id: 'editor', label: 'Scenario', needs: 'document' },
  { id: 'dashboard', label: 'Dashboard', needs: 'valid' },
  { id: 'whatif', label: 'What-if', needs: 'valid' },
  { id: 'tradeoffs', label: 'Trade-offs', needs: 'valid' },
  { id: 'prices', label: 'Prices', needs: 'nothing' },
  { id: 'actuals', label: 'Actuals', needs: 'valid' },
];

export function App({ api }: { api: TcoApi }) {
  const [info, setInfo] = useState<AppInfo | undefined>(undefined);
  const [view, setView] = useState<View>('start');
  const [pathRequest, setPathRequest] = useState<PathRequest | null>(null);
  const askPath = useCallback(
    (title: string, suggestion: string, emptyMeans?: string) =>
      new Promise<string | null>((resolve) => {
        setPathRequest({
          title,
          suggestion,
          ...(emptyMeans !== undefined ? { emptyMeans } : {}),
          resolve: (p) => {
            setPathRequest(null);
            resolve(p);
          },
        });
      }),
    [],
  );
  const session = useSession(api, info, askPath);
  const { doc, dispatch, notices, notify, dismiss } = session;

  const [theme, setTheme] = useState<ThemeChoice>('system');
  useEffect(() => applyTheme(theme), [theme]);
  useEffect(prefetchViews, []);
  useEffect(() => {
    void api.appInfo().then((r) => (r.ok ? setInfo(r.value) : notify('error', r.reason)));
    void api.getSettings().then((r) => {
      if (r.ok) setTheme(r.value.theme);
    });
  }, [api, notify]);

  const validation = useValidation(doc.draft);
  const scenario = validation.scenario;
  const region = scenario?.region ?? ((doc.draft as { region?: unknown } | undefined)?.region as string | undefined);

  // Cached AWS prices for the scenario's Region, layered over the embedded snapshot.
  const [cached, setCached] = useState<ReadonlyMap<string, CachedQuotes>>(new Map());
  const loadCached = useCallback(
    (r: string) => {
      void api.cachedPrices({ region: r }).then((res) => {
        if (res.ok) setCached((m) => new Map(m).set(r, res.value.quotes));
      });
    },
    [api],
  );
  useEffect(() => {
    if (region && !cached.has(region)) loadCached(region);
  }, [region, cached, loadCached]);
  const catalogue = useCatalogue(cached, region);

  // What-if overrides: a session on top of the document, saved only as variants.
  const [overrides, setOverrides] = useState<ReadonlyMap<string, number>>(new Map());
  const docIdentity = `${doc.path ?? ''}|${doc.savedVersion}`;
  const lastIdentity = useRef(docIdentity);
  if (lastIdentity.current !== docIdentity && doc.past.length === 0) {
    lastIdentity.current = docIdentity;
    if (overrides.size > 0) setOverrides(new Map());
  }
  const setOverride = useCallback(
    (path: string, value: number | undefined) =>
      setOverrides((m) => {
        const next = new Map(m);
        if (value === undefined) next.delete(path);
        else next.set(path, value);
        return next;
      }),
    [],
  );
  const whatIfScenario = useMemo(() => (scenario ? applyOverrides(scenario, overrides) : undefined), [scenario, overrides]);
  const { base: baseEstimate, whatIf: whatIfEstimate } = useEstimates(scenario, whatIfScenario, catalogue);
  const cachedForWorker = useMemo(() => (region && cached.get(region) ? { region, quotes: cached.get(region)! } : undefined), [region, cached]);
  // The Monte Carlo runs (in a worker) only for the dashboard, which shows it: not on every what-if move.
  const simulation = useSimulation(view === 'dashboard' ? whatIfScenario : undefined, cachedForWorker);

  const whatIfCharts = useMemo(() => (whatIfEstimate ? <WhatIfCharts estimate={whatIfEstimate} /> : null), [whatIfEstimate]);

  const ctx: FieldContext = useMemo(
    () => ({
      draft: doc.draft,
      issues: validation.issues,
      parsed: scenario,
      set: (path, value, coalesce) => dispatch({ type: 'set', path, value, at: Date.now(), coalesce: coalesce === true }),
    }),
    [doc.draft, validation.issues, scenario, dispatch],
  );

  /** Before replacing the open document: true when there is nothing unsaved or the user agrees to lose it. */
  const confirmDiscard = useCallback(
    () => !session.dirty || doc.draft === undefined || window.confirm(`Discard unsaved changes to ${doc.name}?`),
    [session.dirty, doc.draft, doc.name],
  );

  const exportReport = useCallback(
    async (format: 'pdf' | 'html' | 'csv' | 'json') => {
      if (doc.draft === undefined) return;
      let path: string | undefined;
      if (info?.host === 'web') {
        const answer = await askPath(`Export ${format.toUpperCase()}: path of the file to write`, '', 'the Downloads folder');
        if (answer === null) return;
        path = answer === '' ? undefined : answer;
      }
      const r = await api.exportReport({ format, scenarioText: draftText(doc.draft), path });
      if (!r.ok) notify('error', `Export failed: ${r.reason}`);
      else if (r.value) notify('info', `Exported ${r.value.path}`);
    },
    [api, doc.draft, doc.name, info, askPath, notify],
  );

  const handleCommand = useCallback(
    (command: MenuCommand, detail?: MenuCommandDetail) => {
      switch (command) {
        case 'new':
          setView('start');
          break;
        case 'open':
          if (confirmDiscard()) void openAndShow();
          break;
        case 'open-file':
          if (detail?.path && confirmDiscard()) void openAndShow(detail.path);
          break;
        case 'save':
          void session.save(false);
          break;
        case 'save-as':
          void session.save(true);
          break;
        case 'save-and-close':
          void session.save(false).then((ok) => {
            // Main closes the window once the document reports clean; a cancelled or failed save keeps it open.
            void api.setDocumentState({ title: doc.name, dirty: !ok });
          });
          break;
        case 'export-pdf':
          void exportReport('pdf');
          break;
        case 'export-csv':
          void exportReport('csv');
          break;
        case 'undo':
          dispatch({ type: 'undo' });
          break;
        case 'redo':
          dispatch({ type: 'redo' });
          break;
        case 'refresh-prices':
          setView('prices');
          break;
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- openAndShow is recreated each render; the ref below always calls the latest
    [session, api, doc.name, exportReport, dispatch, confirmDiscard],
  );
  const commandRef = useRef(handleCommand);
  commandRef.current = handleCommand;
  useEffect(() => api.onMenuCommand((c, d) => commandRef.current(c, d)), [api]);

  // A file the operating system asked to open at launch.
  const openedAtLaunch = useRef(false);
  useEffect(() => {
    if (!info?.openPath || openedAtLaunch.current) return;
    openedAtLaunch.current = true;
    void openAndShow(info.openPath);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the host reports the path
  }, [info]);

  // In a browser tab, closing or reloading with unsaved changes asks first (the desktop app asks in
  // its own close dialog, so this is for the web host only).
  useEffect(() => {
    if (info?.host !== 'web' || !session.dirty || doc.draft === undefined) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [info, session.dirty, doc.draft]);

  // The web host has no title bar of its own: the tab title carries the name and the dirty marker.
  useEffect(() => {
    if (info?.host !== 'web') return;
    document.title = doc.draft === undefined ? 'TCO Studio' : `${session.dirty ? '● ' : ''}${doc.name} — TCO Studio`;
  }, [info, doc.draft, doc.name, session.dirty]);

  // The web host has no native menus: the same shortcuts as the desktop menu.
  useEffect(() => {
    if (info?.host !== 'web') return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const k = e.key.toLowerCase();
      const target = e.target as HTMLElement | null;
      const inText = target?.tagName === 'INPUT' || target?.tagName === 'TEXTAREA';
      let command: MenuCommand | undefined;
      if (k === 's') command = e.shiftKey ? 'save-as' : 'save';
      else if (k === 'o') command = 'open';
      else if (k === 'n') command = 'new';
      else if (k === 'p') command = 'export-pdf';
      else if (k === 'z' && !inText) command = e.shiftKey ? 'redo' : 'undo';
      else if (k === 'y' && !inText) command = 'redo';
      if (command) {
        e.preventDefault();
        commandRef.current(command);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [info]);

  async function openAndShow(path?: string) {
    if (await session.open(path)) setView('editor');
  }

  const canUse = (needs: 'nothing' | 'document' | 'valid') => needs === 'nothing' || (needs === 'document' ? doc.draft !== undefined : scenario !== undefined);

  return (
    <div className="app">
      <header className="topbar">
        <h1>TCO Studio</h1>
        <span className="doc" data-testid="document-title">
          {doc.draft === undefined ? 'No scenario open' : doc.name}
          {session.dirty && doc.draft !== undefined ? (
            <span className="dirty" title="Unsaved changes" aria-label="unsaved changes">
              {' '}
              ●
            </span>
          ) : null}
        </span>
        <button type="button" className="btn" onClick={() => dispatch({ type: 'undo' })} disabled={doc.past.length === 0} aria-label="Undo">
          Undo
        </button>
        <button type="button" className="btn" onClick={() => dispatch({ type: 'redo' })} disabled={doc.future.length === 0} aria-label="Redo">
          Redo
        </button>
        <button type="button" className="btn" onClick={() => confirmDiscard() && void openAndShow()}>
          Open
        </button>
        <button type="button" className="btn primary" onClick={() => void session.save(false)} disabled={doc.draft === undefined}>
          Save
        </button>
        <button type="button" className="btn" onClick={() => void session.save(true)} disabled={doc.draft === undefined}>
          Save as
        </button>
        <button type="button" className="btn" onClick={() => void exportReport('pdf')} disabled={scenario === undefined}>
          Export PDF
        </button>
        <select
          aria-label="Export as"
          className="btn"
          value=""
          disabled={scenario === undefined}
          onChange={(e) => {
            const format = e.currentTarget.value as 'html' | 'csv' | 'json' | '';
            if (format) void exportReport(format);
          }}
        >
          <option value="">Export…</option>
          <option value="html">HTML report (one file)</option>
          <option value="csv">CSV (cost lines)</option>
          <option value="json">JSON (full result)</option>
        </select>
      </header>
      <div className="body">
        <nav className="tabs" aria-label="Views">
          {VIEWS.map((v) => (
            <button key={v.id} type="button" aria-current={view === v.id ? 'page' : undefined} disabled={!canUse(v.needs)} onClick={() => setView(v.id)}>
              {v.label}
            </button>
          ))}
          {doc.draft !== undefined && validation.messages.length > 0 ? (
            <p className="error" style={{ fontSize: 12, padding: '8px 6px' }} role="status" data-testid="validation-count">
              {validation.messages.length} problem{validation.messages.length > 1 ? 's' : ''} in the scenario
            </p>
          ) : null}
        </nav>
        <main className="view" id="main">
          <div aria-live="polite">
            {notices.map((n) => (
              <div key={n.id} className={`banner ${n.kind === 'error' ? 'error' : ''}`} role={n.kind === 'error' ? 'alert' : 'status'}>
                {n.text}{' '}
                <button type="button" className="btn" onClick={() => dismiss(n.id)} aria-label="Dismiss">
                  ×
                </button>
              </div>
            ))}
          </div>
          <Suspense fallback={<p className="muted">Loading…</p>}>
            {view === 'start' ? (
              <StartView
                api={api}
                info={info}
                onOpen={(p) => confirmDiscard() && void openAndShow(p)}
                onOpenExample={(id) => confirmDiscard() && void session.openExample(id).then((ok) => ok && setView('dashboard'))}
                onNew={(t) => {
                  if (!confirmDiscard()) return;
                  session.newFromTemplate(t);
                  setView('editor');
                }}
                recovery={session.recovery}
                onRestore={() => {
                  session.restore();
                  setView('editor');
                }}
                onDiscardRecovery={session.discardRecovery}
              />
            ) : null}
            {view === 'editor' && doc.draft !== undefined ? (
              <>
                {validation.messages.length > 0 ? (
                  <div className="banner error" role="status" data-testid="validation-summary">
                    <strong>Not valid yet:</strong> {validation.messages[0]}
                    {validation.messages.length > 1 ? ` (and ${validation.messages.length - 1} more)` : ''}
                  </div>
                ) : null}
                <EditorView ctx={ctx} scenario={scenario} />
              </>
            ) : null}
            {view === 'dashboard' && scenario && whatIfEstimate && whatIfScenario ? (
              <>
                {overrides.size > 0 ? <div className="banner warn">Showing the what-if session ({overrides.size} change{overrides.size > 1 ? 's' : ''}); reset them in What-if.</div> : null}
                <DashboardView estimate={whatIfEstimate} scenario={whatIfScenario} catalogue={catalogue} simulation={simulation} />
              </>
            ) : null}
            {view === 'whatif' && scenario ? (
              <WhatIfView
                scenario={scenario}
                catalogue={catalogue}
                overrides={overrides}
                onChange={setOverride}
                onReset={() => setOverrides(new Map())}
                onSaveVariant={(name, list) => {
                  const variants = ((doc.draft as { variants?: unknown[] }).variants ?? []).filter((v) => (v as { name?: string }).name !== name);
                  ctx.set(['variants'], [...variants, { name, overrides: list }]);
                  setOverrides(new Map());
                  notify('info', `Saved variant "${name}" in the scenario (save the file to keep it).`);
                }}
                whatIfEstimate={whatIfEstimate}
                baseEstimate={baseEstimate}
                charts={whatIfCharts}
              />
            ) : null}
            {view === 'tradeoffs' && whatIfScenario && whatIfEstimate ? <TradeoffsView scenario={whatIfScenario} catalogue={catalogue} estimate={whatIfEstimate} ctx={ctx} /> : null}
            {view === 'prices' ? (
              <PricesView api={api} estimate={baseEstimate} region={region ?? 'us-east-1'} scenarioText={doc.draft === undefined ? undefined : draftText(doc.draft)} onRefreshed={(r) => loadCached(r)} />
            ) : null}
            {view === 'actuals' ? <ActualsView api={api} estimate={baseEstimate} /> : null}
          </Suspense>
        </main>
      </div>
      <PathPrompt request={pathRequest} />
    </div>
  );
}

