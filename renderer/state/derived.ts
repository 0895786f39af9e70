import { useMemo } from 'react';
import {
  embeddedCatalogue,
  estimate,
  layeredCatalogue,
  parseScenario,
  priceKeyId,
  ScenarioError,
  type Estimate,
  type PriceCatalogue,
  type PriceQuote,
  type Scenario,
} from '../../src/index';
import type { IssueMap } from '../components/fields';

export interface Validation {
  readonly scenario: Scenario | undefined;
  readonly issues: IssueMap;
  /** Every issue on one line each, for the summary banner. */
  readonly messages: readonly string[];
}

/** Validates the draft exactly as the CLI and file loading do (same messages). */
export function validate(draft: unknown): Validation {
  if (draft === undefined) return { scenario: undefined, issues: new Map(), messages: [] };
  try {
    return { scenario: parseScenario(draft), issues: new Map(), messages: [] };
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    const issues = new Map<string, string>();
    for (const i of error.issues) if (!issues.has(i.path)) issues.set(i.path, i.message);
    return { scenario: undefined, issues, messages: error.issues.map((i) => `${i.path}: ${i.message}`) };
  }
}

export function useValidation(draft: unknown): Validation {
  return useMemo(() => validate(draft), [draft]);
}

/** The catalogue the app prices with: cached AWS prices of the scenario's Region (if any) over the embedded snapshot. */
export function useCatalogue(cached: ReadonlyMap<string, readonly (readonly [string, PriceQuote])[]>, region: string | undefined): PriceCatalogue {
  return useMemo(() => {
    const snapshot = embeddedCatalogue();
    const quotes = region ? cached.get(region) : undefined;
    if (!quotes || quotes.length === 0) return snapshot;
    const map = new Map(quotes);
    const cache: PriceCatalogue = {
      info: { name: `Cached AWS prices (${region})`, kind: 'cache', regions: [region!] },
      lookup: (key) => map.get(priceKeyId(key)),
    };
    return layeredCatalogue('Cached AWS prices, then the embedded snapshot', [cache, snapshot]);
  }, [cached, region]);
}

export function useEstimate(scenario: Scenario | undefined, catalogue: PriceCatalogue): Estimate | undefined {
  return useMemo(() => (scenario ? estimate(scenario, catalogue) : undefined), [scenario, catalogue]);
}
