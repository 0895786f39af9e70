/**
 * Monte Carlo off the UI thread (DESIGN convention 6): the dashboard sends a Region's prices once
 * (the snapshot and cached quotes the host served), then scenarios to simulate in that Region; the
 * worker answers each with the simulation result or an error message.
 */
import type { RegionPrices } from '../../src/contract/host-api';
import { EvaluationCache, simulate, type PriceCatalogue, type Scenario, type SimulationResult } from '../../src/index';
import { regionCatalogue } from '../state/catalogue';

export type SimulateRequest =
  /** A Region's prices, sent once per Region (and again after a refresh); later simulations of the Region use them. */
  | { readonly type: 'prices'; readonly prices: RegionPrices }
  | {
      readonly type: 'simulate';
      readonly id: number;
      readonly scenario: Scenario;
      readonly region: string;
      readonly runs: number;
      readonly seed: number;
      /** The pair to compare (analysisPair: [runner-up, recommended], as the report); default the scenario's first two options. */
      readonly between?: readonly [string, string] | undefined;
    };

export type SimulateResponse = { readonly id: number; readonly ok: true; readonly result: SimulationResult; readonly ms: number } | { readonly id: number; readonly ok: false; readonly reason: string };

interface WorkerScope {
  onmessage: ((e: MessageEvent<SimulateRequest>) => void) | null;
  postMessage(message: SimulateResponse): void;
}
const scope = self as unknown as WorkerScope;
/** One catalogue per Region, with an evaluation cache kept for its life, so a re-run after a small edit reuses unchanged workloads' amounts. */
const regions = new Map<string, { readonly catalogue: PriceCatalogue; readonly cache: EvaluationCache }>();

scope.onmessage = (e) => {
  const req = e.data;
  if (req.type === 'prices') {
    regions.set(req.prices.region, { catalogue: regionCatalogue(req.prices), cache: new EvaluationCache() });
    return;
  }
  const started = performance.now();
  try {
    const priced = regions.get(req.region);
    if (!priced) throw new Error(`no prices for ${req.region} were sent to the simulation worker`);
    const result = simulate(req.scenario, priced.catalogue, { runs: req.runs, seed: req.seed, cache: priced.cache, ...(req.between ? { between: req.between } : {}) });
    scope.postMessage({ id: req.id, ok: true, result, ms: performance.now() - started });
  } catch (error) {
    scope.postMessage({ id: req.id, ok: false, reason: (error as Error).message });
  }
};
