import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyOverrides } from '../../../renderer/state/overrides';
import { estimate, parseScenario, scenarioInputs, type Estimate, type Scenario } from '../../../src/index';
import { formatUsdWhole } from '../../../src/format/format';
import { EXAMPLES_DIR } from '../../support/paths';
import { snapshotCatalogue } from '../../support/snapshot';

/** The example's scenario, parsed by the core exactly as the app parses it. */
export function exampleScenario(id: string): Scenario {
  return parseScenario(JSON.parse(readFileSync(join(EXAMPLES_DIR, `${id}.tco.json`), 'utf8')) as unknown);
}

/** What the core says the app must show: each option's horizon total, formatted as on screen (whole dollars: a summary). */
export function expectedTotals(scenario: Scenario): Record<string, string> {
  const e: Estimate = estimate(scenario, snapshotCatalogue());
  return Object.fromEntries(e.options.map((o) => [o.option, formatUsdWhole(o.horizonTotal)]));
}

/** The scenario with one what-if input (found by a label fragment) set to a value. */
export function withInput(scenario: Scenario, labelPart: string, value: number): { scenario: Scenario; path: string } {
  const input = scenarioInputs(scenario).find((i) => i.label.includes(labelPart));
  if (!input) throw new Error(`no what-if input labelled like "${labelPart}"`);
  return { scenario: applyOverrides(scenario, new Map([[input.path, value]])), path: input.path };
}
