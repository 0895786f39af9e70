/**
 * Monte Carlo off the UI thread (DESIGN convention 6): the dashboard posts the scenario and any
 * cached prices; the worker answers with the simulation result or an error message.
 */
import { EvaluationCache, simulate, type Scenario, type SimulationResult } from '../../src/index';
import { cachedOverSnapshot, type CachedQuotes } from '../state/catalogue';

export interface SimulateRequest {
  readonly id: number;
  readonly scenario: Scenario;
  readonly cached?: { readonly region: string; readonly quotes: CachedQuotes } | undefined;
  readonly runs: number;
  readonly seed: number;
}

export type SimulateResponse = { readonly id: number; readonly ok: true; readonly result: SimulationResult; readonly ms: number } | { readonly id: number; readonly ok: false; readonly reason: string };

interface WorkerScope {
  onmessage: ((e: MessageEvent<SimulateRequest>) => void) | null;
  postMessage(message: SimulateResponse): void;
}
const scope = self as unknown as WorkerScope;
/** Kept for the worker's life, so a re-run after a small edit reuses unchanged workloads' amounts. */
const cache = new EvaluationCache();

scope.onmessage = (e) => {
  const req = e.data;
  const started = performance.now();
  try {
    const result = simulate(req.scenario, cachedOverSnapshot(req.cached?.region, req.cached?.quotes), { runs: req.runs, seed: req.seed, cache });
    scope.postMessage({ id: req.id, ok: true, result, ms: performance.now() - started });
  } catch (error) {
    scope.postMessage({ id: req.id, ok: false, reason: (error as Error).message });
  }
};
