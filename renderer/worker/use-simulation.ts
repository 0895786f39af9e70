import { useEffect, useRef, useState } from 'react';
import type { Scenario, SimulationResult } from '../../src/index';
import type { SimulateRequest, SimulateResponse } from './simulate.worker';

export interface SimulationState {
  readonly result: SimulationResult | undefined;
  readonly running: boolean;
  readonly error: string | undefined;
  readonly ms: number | undefined;
}

/** Runs the scenario's Monte Carlo in a Web Worker whenever it changes (debounced); only the latest answer is kept. */
export function useSimulation(scenario: Scenario | undefined, cached: SimulateRequest['cached'], runs = 10_000, seed = 1): SimulationState {
  const worker = useRef<Worker | null>(null);
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
    return () => w.terminate();
  }, []);

  useEffect(() => {
    if (!scenario || !worker.current) return;
    const id = ++latest.current;
    setState((s) => (s.running ? s : { ...s, running: true }));
    const timer = setTimeout(() => worker.current?.postMessage({ id, scenario, cached, runs, seed } satisfies SimulateRequest), 250);
    return () => clearTimeout(timer);
  }, [scenario, cached, runs, seed]);

  return state;
}

