/**
 * Monte Carlo off the UI thread (DESIGN convention 6): the dashboard posts the scenario and any
 * cached prices; the worker answers with the simulation result or an error message.
 */
import { embeddedCatalogue, layeredCatalogue, priceKeyId, simulate, type PriceCatalogue, type PriceQuote, type Scenario, type SimulationResult } from '../../src/index';

export interface SimulateRequest {
  readonly id: number;
  readonly scenario: Scenario;
  readonly cached?: { readonly region: string; readonly quotes: readonly (readonly [string, PriceQuote])[] } | undefined;
  readonly runs: number;
  readonly seed: number;
}

export type SimulateResponse = { readonly id: number; readonly ok: true; readonly result: SimulationResult; readonly ms: number } | { readonly id: number; readonly ok: false; readonly reason: string };

function catalogueFor(cached: SimulateRequest['cached']): PriceCatalogue {
  const snapshot = embeddedCatalogue();
  if (!cached || cached.quotes.length === 0) return snapshot;
  const map = new Map(cached.quotes);
  return layeredCatalogue('Cached AWS prices, then the embedded snapshot', [
    { info: { name: 'Cached AWS prices', kind: 'cache', regions: [cached.region] }, lookup: (k) => map.get(priceKeyId(k)) },
    snapshot,
  ]);
}

interface WorkerScope {
  onmessage: ((e: MessageEvent<SimulateRequest>) => void) | null;
  postMessage(message: SimulateResponse): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  const req = e.data;
  const started = performance.now();
  try {
    const result = simulate(req.scenario, catalogueFor(req.cached), { runs: req.runs, seed: req.seed });
    scope.postMessage({ id: req.id, ok: true, result, ms: performance.now() - started });
  } catch (error) {
    scope.postMessage({ id: req.id, ok: false, reason: (error as Error).message });
  }
};
