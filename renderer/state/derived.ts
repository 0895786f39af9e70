import { useMemo } from 'react';
import { estimate, EvaluationCache, parseScenario, ScenarioError, type Estimate, type PriceCatalogue, type Scenario } from '../../src/index';
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
    // Anything else is a fault in the checks themselves: shown as a problem of the draft, which stays editable.
    if (!(error instanceof ScenarioError)) {
      const message = `cannot be checked: ${error instanceof Error ? error.message : String(error)}`;
      return { scenario: undefined, issues: new Map([['(root)', message]]), messages: [`(root): ${message}`] };
    }
    const issues = new Map<string, string>();
    for (const i of error.issues) if (!issues.has(i.path)) issues.set(i.path, i.message);
    return { scenario: undefined, issues, messages: error.issues.map((i) => `${i.path}: ${i.message}`) };
  }
}

export function useValidation(draft: unknown): Validation {
  return useMemo(() => validate(draft), [draft]);
}

/**
 * The estimates of the scenario and of its what-if session. With no what-if change the two are the
 * same scenario, and it is estimated once. None while the Region's prices load (no catalogue yet):
 * an estimate then would show every price as missing.
 */
export function useEstimates(scenario: Scenario | undefined, whatIf: Scenario | undefined, catalogue: PriceCatalogue | undefined): { base: Estimate | undefined; whatIf: Estimate | undefined } {
  // One evaluation cache per catalogue: slider moves reuse its price lookups and horizon sums.
  const cache = useMemo(() => new EvaluationCache(), [catalogue]);
  const base = useMemo(() => (scenario && catalogue ? estimate(scenario, catalogue, { cache }) : undefined), [scenario, catalogue, cache]);
  const changed = useMemo(
    () => (whatIf && catalogue && whatIf !== scenario ? estimate(whatIf, catalogue, { cache }) : undefined),
    [whatIf, scenario, catalogue, cache],
  );
  return { base, whatIf: whatIf === scenario ? base : changed };
}

const NO_NOTES: ReadonlyMap<string, string> = new Map();

/** Choices the estimate could not price as made (a reserved rate the catalogue lacks), by scenario path, for the editor to say so beside them. */
export function priceNotesOf(est: Estimate | undefined): ReadonlyMap<string, string> {
  const notes = new Map<string, string>();
  for (const w of est?.warnings ?? []) if (w.path !== undefined && !notes.has(w.path)) notes.set(w.path, w.message);
  return notes.size === 0 ? NO_NOTES : notes;
}
