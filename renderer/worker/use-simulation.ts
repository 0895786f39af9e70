import { useEffect, useRef, useState } from 'react';
import type { RegionPrices } from '../../src/contract/host-api';
import type { Scenario, SimulationResult } from '../../src/index';
import type { SimulateRequest, SimulateResponse } from './simulate.worker';

export interface SimulationState {
  readonly result: SimulationResult | undefined;
  readonly running: boolean;
  readonly error: string | undefined;
  readonly ms: number | undefined;
}

/**
 * Runs the scenario's Monte Carlo in a Web Worker whenever it changes (debounced); only the latest
 * answer is kept. The Region's prices go to the worker once (and again when the host's answer for
 * the Region changes, after a refresh), not with every run; without them (still loading) nothing runs.
 */
export function useSimulation(scenario: Scenario | undefined, prices: RegionPrices | undefined, runs = 10_000, seed = 1): SimulationState {
  const worker = useRef<Worker | null>(null);
  const sent = useRef(new Map<string, RegionPrices>());
  const latest = useRef(0);
  const [state, setState] = useState<SimulationState>({ result: undefined, running: false, error: undefined, ms: undefined });

  useEffect(() => {
    const w = new Worker(new URL('./simulate.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<SimulateResponse>) => {
      if (e.data.id !== latest.current) return;
      setState(e.data.ok ? { result: e.data.result, running: false, error: undefined, ms: e.data.ms } : { result: undefined, running: false, error: e.data.reason, ms: undefined });
    };
    w.onerror = (e) => setState({ result: undefined, running: false, error: e.message || 'the simulation worker failed', ms: undefined });
    worker.current = w;
    const regions = sent.current;
    return () => {
      w.terminate();
      regions.clear();
    };
  }, []);

  useEffect(() => {
    if (!scenario || !prices || !worker.current) return;
    const id = ++latest.current;
    setState((s) => (s.running ? s : { ...s, running: true }));
    const timer = setTimeout(() => {
      const w = worker.current;
      if (!w) return;
      if (sent.current.get(prices.region) !== prices) {
        w.postMessage({ type: 'prices', prices } satisfies SimulateRequest);
        sent.current.set(prices.region, prices);
      }
      w.postMessage({ type: 'simulate', id, scenario, region: prices.region, runs, seed } satisfies SimulateRequest);
    }, 250);
    return () => clearTimeout(timer);
  }, [scenario, prices, runs, seed]);

  return state;
}
