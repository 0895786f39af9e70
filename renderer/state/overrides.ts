import { scenarioInputs, setManyAtPaths, type PathWrite, type Scenario } from '../../src/index';

/** Applies what-if overrides (clamped to each input's range) to a scenario. */
export function applyOverrides(scenario: Scenario, overrides: ReadonlyMap<string, number>): Scenario {
  if (overrides.size === 0) return scenario;
  const byPath = new Map(scenarioInputs(scenario).map((i) => [i.path, i]));
  const writes: PathWrite[] = [];
  for (const [path, value] of overrides) {
    const input = byPath.get(path);
    if (input) writes.push(input.write(scenario, value));
  }
  return setManyAtPaths(scenario, writes);
}
