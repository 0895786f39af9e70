import { useEffect, useRef, useState } from 'react';
import type { RegionPrices } from '../../src/contract/host-api';
import type { Scenario, SimulationResult } from '../../src/index';
import type { SimulateRequest, SimulateResponse } from './simulate.worker';

export interface SimulationState {
  /** The result for the scenario and prices passed now; undefined while none is (an older input's result is never returned). */
  readonly result: SimulationResult | undefined;
  /** True while the runs for the current input are under way (or waiting for the debounce). */
  readonly running: boolean;
  readonly error: string | undefined;
  readonly ms: number | undefined;
}

/** What a simulation was computed for: the scenario and the Region's prices, by identity (both are immutable values). */
interface SimulationInput {
  readonly scenario: Scenario;
  readonly prices: RegionPrices;
}

interface Answer {
  readonly input: SimulationInput;
  readonly result: SimulationResult | undefined;
  readonly error: string | undefined;
  readonly ms: number | undefined;
}

/**
 * Runs the scenario's Monte Carlo in a Web Worker whenever it changes (debounced); only the latest
 * answer is kept. Each answer is tagged with the input it was computed for (the request id the
 * worker echoes maps back to the scenario and prices sent), and it is returned only while that is
 * still the input: after opening another file or editing, the previous scenario's P10 and
 * probabilities are not shown as current, the state says `running` instead. The Region's prices go
 * to the worker once (and again when the host's answer for the Region changes, after a refresh),
 * not with every run; without them (still loading) nothing runs.
 */
export function useSimulation(
  scenario: Scenario | undefined,
  prices: RegionPrices | undefined,
  /** The pair to compare: analysisPair of the scenario's estimate, as the report compares it. It follows from the scenario, so it is part of the same input. */
  between?: readonly [string, string] | null,
  runs = 10_000,
  seed = 1,
): SimulationState {
  const betweenKey = between ? `${between[0]}|${between[1]}` : '';
  const worker = useRef<Worker | null>(null);
  const sent = useRef(new Map<string, RegionPrices>());
  const latest = useRef<{ id: number; input: SimulationInput } | null>(null);
  const nextId = useRef(0);
  const [answer, setAnswer] = useState<Answer | undefined>(undefined);
  const [failure, setFailure] = useState<string | undefined>(undefined);

  useEffect(() => {
    const w = new Worker(new URL('./simulate.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<SimulateResponse>) => {
      const asked = latest.current;
      if (!asked || e.data.id !== asked.id) return;
      setAnswer(
        e.data.ok
          ? { input: asked.input, result: e.data.result, error: undefined, ms: e.data.ms }
          : { input: asked.input, result: undefined, error: e.data.reason, ms: undefined },
      );
    };
    w.onerror = (e) => setFailure(e.message || 'the simulation worker failed');
    worker.current = w;
    const regions = sent.current;
    return () => {
      w.terminate();
      regions.clear();
    };
  }, []);

  useEffect(() => {
    if (!scenario || !prices || !worker.current) return;
    const input = { scenario, prices };
    // The same input as the request already made (e.g. back on the dashboard after another view): its answer stands.
    if (latest.current && latest.current.input.scenario === scenario && latest.current.input.prices === prices) return;
    const id = ++nextId.current;
    latest.current = { id, input };
    let posted = false;
    const timer = setTimeout(() => {
      const w = worker.current;
      if (!w) return;
      if (sent.current.get(prices.region) !== prices) {
        w.postMessage({ type: 'prices', prices } satisfies SimulateRequest);
        sent.current.set(prices.region, prices);
      }
      const pair = betweenKey ? (betweenKey.split('|') as [string, string]) : undefined;
      w.postMessage({ type: 'simulate', id, scenario, region: prices.region, runs, seed, between: pair } satisfies SimulateRequest);
      posted = true;
    }, 250);
    return () => {
      clearTimeout(timer);
      // A request never sent is forgotten, so that the same input asks again when it comes back; a sent one is still awaited.
      if (!posted && latest.current?.id === id) latest.current = null;
    };
  }, [scenario, prices, runs, seed, betweenKey]);

  const current = answer !== undefined && scenario !== undefined && answer.input.scenario === scenario && answer.input.prices === prices;
  if (failure !== undefined) return { result: undefined, running: false, error: failure, ms: undefined };
  if (current) return { result: answer.result, running: false, error: answer.error, ms: answer.ms };
  return { result: undefined, running: scenario !== undefined && prices !== undefined, error: undefined, ms: undefined };
}
