import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { AppInfo, TcoApi } from '../src/contract/host-api';
import { analysisPair, DEFAULT_STALE_AFTER_DAYS, modelsUncertainty, refusalOf } from '../src/index';
import { useAppCommands } from './commands/use-app-commands';
import { useExportReport } from './commands/use-export-report';
import { ConfirmPrompt, type ConfirmRequest } from './components/ConfirmPrompt';
import { PathPrompt, type PathRequest } from './components/PathPrompt';
import type { FieldContext } from './components/fields';
import { ActualsView, CommitmentsView, DashboardView, EditorView, prefetchViews, PricesView, TradeoffsView, WhatIfCharts, WhatIfView } from './shell/lazy-views';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { Notices } from './shell/Notices';
import { Toolbar } from './shell/Toolbar';
import { useBrowserTab } from './shell/use-browser-tab';
import { ViewTabs } from './shell/ViewTabs';
import { priceNotesOf, useEstimates, useValidation } from './state/derived';
import { applyOverrides } from './state/overrides';
import { applyTheme, type ThemeChoice } from './state/theme';
import { checkVariantSave } from './state/variant-save';
import { PricesContext, useRegionPrices, useSnapshotRegions, type PricesContextValue } from './state/use-region-prices';
import { draftText, useSession } from './state/use-session';
import type { WhatIfValue } from './state/workspace';
import { StartView } from './views/StartView';
import { useSimulation } from './worker/use-simulation';

/**
 * The window: the toolbar, the view tabs and the view on screen. Inputs (the document, the view,
 * the what-if session) live in the workspace reducer behind useSession; everything shown is derived
 * from them here with useMemo over the pure core.
 */
export function App({ api }: { api: TcoApi }) {
  const [info, setInfo] = useState<AppInfo | undefined>(undefined);
  const [pathRequest, setPathRequest] = useState<PathRequest | null>(null);
  const askPath = useCallback(
    (title: string, suggestion: string, emptyMeans?: string, note?: string) =>
      new Promise<string | null>((resolve) => {
        setPathRequest({
          title,
          suggestion,
          ...(emptyMeans !== undefined ? { emptyMeans } : {}),
          ...(note !== undefined ? { note } : {}),
          resolve: (p) => {
            setPathRequest(null);
            resolve(p);
          },
        });
      }),
    [],
  );
  const [confirmRequest, setConfirmRequest] = useState<ConfirmRequest | null>(null);
  const askConfirm = useCallback(
    (title: string, body: readonly string[], confirmLabel: string) =>
      new Promise<boolean>((resolve) => {
        setConfirmRequest({
          title,
          body,
          confirmLabel,
          resolve: (yes) => {
            setConfirmRequest(null);
            resolve(yes);
          },
        });
      }),
    [],
  );
  const session = useSession(api, info, askPath);
  const { doc, view, overrides, dispatch, notices, notify, dismiss } = session;

  const [theme, setTheme] = useState<ThemeChoice>('system');
  const [staleAfterDays, setStaleAfterDays] = useState(DEFAULT_STALE_AFTER_DAYS);
  useEffect(() => applyTheme(theme), [theme]);
  useEffect(prefetchViews, []);
  useEffect(() => {
    void api.appInfo().then((r) => (r.ok ? setInfo(r.value) : notify('error', r.reason)));
    void api.getSettings().then((r) => {
      if (r.ok) {
        setTheme(r.value.theme);
        setStaleAfterDays(r.value.staleAfterDays);
      }
    });
  }, [api, notify]);

  const validation = useValidation(doc.draft);
  const scenario = validation.scenario;
  const region = scenario?.region ?? ((doc.draft as { region?: unknown } | undefined)?.region as string | undefined);
  const prices = useRegionPrices(api, region);
  const catalogue = prices.catalogue;
  const snapshotRegions = useSnapshotRegions(api);
  const pricesContext: PricesContextValue = useMemo(() => ({ region, prices: prices.prices, snapshotRegions }), [region, prices.prices, snapshotRegions]);
  // While the Region's prices load, views show this instead of totals priced with nothing.
  const pricesLoading = prices.loading ? (
    <p className="banner" role="status" data-testid="prices-loading">
      Loading prices for {prices.loading}…
    </p>
  ) : null;

  const whatIfScenario = useMemo(() => (scenario ? applyOverrides(scenario, overrides) : undefined), [scenario, overrides]);
  const { base: baseEstimate, whatIf: whatIfEstimate } = useEstimates(scenario, whatIfScenario, catalogue);
  // The Monte Carlo runs (in a worker) only for the dashboard, which shows it: not on every what-if move; and only when
  // something varies and every price is known (else the dashboard states no probability at all).
  const simulate = view === 'dashboard' && whatIfScenario && whatIfEstimate && modelsUncertainty(whatIfScenario) && !refusalOf(whatIfEstimate);
  const simulationPair = useMemo(() => (whatIfEstimate ? analysisPair(whatIfEstimate) : null), [whatIfEstimate]);
  const simulation = useSimulation(simulate ? whatIfScenario : undefined, prices.prices, simulationPair);

  const whatIfNotes = useMemo(() => priceNotesOf(whatIfEstimate), [whatIfEstimate]);
  const whatIfCharts = useMemo(() => (whatIfEstimate ? <WhatIfCharts estimate={whatIfEstimate} /> : null), [whatIfEstimate]);
  const setOverride = useCallback((path: string, value: WhatIfValue | undefined) => dispatch({ type: 'what-if', path, value }), [dispatch]);

  const ctx: FieldContext = useMemo(
    () => ({
      draft: doc.draft,
      issues: validation.issues,
      parsed: scenario,
      set: (path, value, coalesce) => dispatch({ type: 'set', path, value, at: Date.now(), coalesce: coalesce === true }),
      priceNotes: priceNotesOf(baseEstimate),
    }),
    [doc.draft, validation.issues, scenario, dispatch, baseEstimate],
  );

  // "N problems in the scenario": the editor, scrolled to the first invalid field, focused.
  const [focusPath, setFocusPath] = useState<string | null>(null);
  const showProblem = useCallback(() => {
    const first = [...validation.issues.keys()][0];
    dispatch({ type: 'show', view: 'editor' });
    setFocusPath(first ?? null);
  }, [validation.issues, dispatch]);
  useEffect(() => {
    if (view !== 'editor' || focusPath === null) return;
    // The editor may still be loading (a lazy view): try for a few frames until its fields are there.
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      const fields = [...document.querySelectorAll<HTMLElement>('main [data-path]')];
      if (fields.length === 0 && ++tries < 30) {
        frame = requestAnimationFrame(attempt);
        return;
      }
      const target =
        fields.find((f) => f.dataset.path === focusPath) ??
        fields.find((f) => f.dataset.path!.startsWith(`${focusPath}.`) || f.dataset.path!.startsWith(`${focusPath}[`)) ??
        document.querySelector<HTMLElement>('[data-testid="validation-summary"]');
      target?.scrollIntoView({ block: 'center' });
      target?.focus();
      setFocusPath(null);
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [view, focusPath]);

  // Exports report on the document (not the what-if session): prices missing in it stop the export until confirmed.
  const exportRefusal = useMemo(() => (baseEstimate ? refusalOf(baseEstimate) : null), [baseEstimate]);
  const exportReport = useExportReport(api, info, doc.draft, exportRefusal, askPath, askConfirm, notify, session.settle);
  const { run, confirmDiscard } = useAppCommands(api, info, session, exportReport.run);
  useBrowserTab(info, doc, session.dirty);

  return (
    <div className="app">
      <Toolbar
        documentName={doc.draft === undefined ? undefined : doc.name}
        dirty={session.dirty}
        canUndo={doc.past.length > 0}
        canRedo={doc.future.length > 0}
        canExport={scenario !== undefined}
        run={run}
        exportReport={exportReport}
      />
      <div className="body">
        <ViewTabs
          view={view}
          hasDocument={doc.draft !== undefined}
          valid={scenario !== undefined}
          problems={validation.messages.length}
          onShow={(v) => dispatch({ type: 'show', view: v })}
          onShowProblem={showProblem}
        />
        <PricesContext.Provider value={pricesContext}>
        <main className="view" id="main">
          <Notices notices={notices} dismiss={dismiss} />
          {view !== 'start' && doc.draft !== undefined ? pricesLoading : null}
          <ErrorBoundary resetKey={view} onBack={() => dispatch({ type: 'show', view: doc.draft === undefined ? 'start' : 'editor' })}>
            <Suspense fallback={<p className="muted">Loading…</p>}>
              {view === 'start' ? (
                <StartView
                  api={api}
                  info={info}
                  onOpen={(p) => confirmDiscard() && void session.open(p)}
                  onOpenExample={(id) => confirmDiscard() && void session.openExample(id)}
                  onNew={(t) => confirmDiscard() && session.newFromTemplate(t)}
                  recovery={session.recovery}
                  onRestore={session.restore}
                  onDiscardRecovery={session.discardRecovery}
                />
              ) : null}
              {view === 'editor' && doc.draft !== undefined ? (
                <>
                  {validation.messages.length > 0 ? (
                    <div className="banner error" role="status" data-testid="validation-summary">
                      <strong>Not valid yet:</strong> {validation.messages[0]}
                      {validation.messages.length > 1 ? ` (and ${validation.messages.length - 1} more)` : ''}{' '}
                      <button type="button" className="link" onClick={showProblem}>
                        Go to the field
                      </button>
                    </div>
                  ) : null}
                  {prices.error ? (
                    <div className="banner error" role="alert">
                      Prices for {region} could not be loaded: {prices.error}
                    </div>
                  ) : null}
                  <EditorView ctx={ctx} scenario={scenario} />
                </>
              ) : null}
              {view === 'dashboard' && scenario && catalogue && whatIfEstimate && whatIfScenario ? (
                <>
                  {overrides.size > 0 ? <div className="banner warn">Showing the what-if session ({overrides.size} change{overrides.size > 1 ? 's' : ''}); reset them in What-if.</div> : null}
                  <DashboardView estimate={whatIfEstimate} scenario={whatIfScenario} catalogue={catalogue} simulation={simulation}
                    staleAfterDays={staleAfterDays}
                    onBreakEvenInput={(path) => dispatch({ type: 'set', path: ['analysis', 'breakEven', 'input'], value: path, at: Date.now(), coalesce: false })}
                  />
                </>
              ) : null}
              {view === 'whatif' && scenario && catalogue ? (
                <WhatIfView
                  scenario={scenario}
                  catalogue={catalogue}
                  overrides={overrides}
                  onChange={setOverride}
                  onReset={() => dispatch({ type: 'reset-what-if' })}
                  onSaveVariant={(name, list) => {
                    // Parsed as the file would be before anything changes: a save never makes the document invalid.
                    const check = checkVariantSave(doc.draft, scenario, name, list);
                    if (check.ok) {
                      ctx.set(['variants'], check.variants);
                      dispatch({ type: 'reset-what-if' });
                      notify('info', `Saved variant "${name}" in the scenario (save the file to keep it).`);
                    }
                    return check;
                  }}
                  whatIfEstimate={whatIfEstimate}
                  baseEstimate={baseEstimate}
                  priceNotes={whatIfNotes}
                  charts={whatIfCharts}
                  ctx={ctx}
                  askConfirm={askConfirm}
                />
              ) : null}
              {view === 'tradeoffs' && whatIfScenario && catalogue && whatIfEstimate ? <TradeoffsView scenario={whatIfScenario} catalogue={catalogue} estimate={whatIfEstimate} ctx={ctx} /> : null}
              {view === 'commitments' && doc.draft !== undefined ? <CommitmentsView ctx={ctx} scenario={scenario} catalogue={catalogue} /> : null}
              {view === 'prices' ? (
                <PricesView api={api} estimate={baseEstimate} region={region ?? 'us-east-1'} scenarioText={doc.draft === undefined ? undefined : draftText(doc.draft)} onRefreshed={prices.reload} staleAfterDays={staleAfterDays} onStaleAfterDays={setStaleAfterDays} />
              ) : null}
              {view === 'actuals' ? <ActualsView api={api} estimate={baseEstimate} /> : null}
            </Suspense>
          </ErrorBoundary>
        </main>
        </PricesContext.Provider>
      </div>
      <PathPrompt request={pathRequest} />
      <ConfirmPrompt request={confirmRequest} />
    </div>
  );
}
