import { scenarioChoices, scenarioInputs, setManyAtPaths, type PathWrite, type Scenario } from '../../src/index';
import type { WhatIfOverrides } from './workspace';

/**
 * The writes of a what-if session: a number sets a numeric input (clamped to its range), a text
 * sets a choice (an instance type, or a commitment by its id). A path the scenario no longer has,
 * or a value of the wrong kind, writes nothing.
 */
function overrideWrites(scenario: Scenario, overrides: WhatIfOverrides): PathWrite[] {
  const inputs = new Map(scenarioInputs(scenario).map((i) => [i.path, i]));
  const choices = [...overrides.values()].some((v) => typeof v === 'string') ? new Map(scenarioChoices(scenario).map((c) => [c.path, c])) : undefined;
  const writes: PathWrite[] = [];
  for (const [path, value] of overrides) {
    if (typeof value === 'number') {
      const input = inputs.get(path);
      if (input) writes.push(input.write(scenario, value));
    } else {
      const write = choices?.get(path)?.write(value);
      if (write) writes.push(write);
    }
  }
  return writes;
}

/** Applies what-if overrides to a scenario. */
export function applyOverrides(scenario: Scenario, overrides: WhatIfOverrides): Scenario {
  if (overrides.size === 0) return scenario;
  return setManyAtPaths(scenario, overrideWrites(scenario, overrides));
}

/** A what-if session as a variant's overrides: the values the file stores (a commitment as its object). */
export function variantOverridesOf(scenario: Scenario, overrides: WhatIfOverrides): { path: string; value: unknown }[] {
  const choices = new Map(scenarioChoices(scenario).map((c) => [c.path, c]));
  return [...overrides].map(([path, value]) => ({ path, value: typeof value === 'number' ? value : (choices.get(path)?.write(value)?.value ?? value) }));
}
