import { ScenarioError, type InputIssue } from './errors';
import type { Scenario, Variant } from './scenario-schema';
import { getAtPath, parsePath, setAtPath } from './scenario-path';

/**
 * Applies a variant's overrides to its base scenario and validates the result with the same rules
 * as a file. Problems are reported at the override (`variants[i].overrides[j]...`).
 * `parse` is the scenario parser (passed in to keep this module free of a cycle with it).
 */
export function applyVariant(base: Scenario, variant: Variant, index: number, parse: (value: unknown) => Scenario): Scenario {
  let value: unknown = { ...base, variants: [] };
  variant.overrides.forEach((o, j) => {
    const keys = parsePath(o.path);
    const at = `variants[${index}].overrides[${j}]`;
    if (!keys || keys[0] === 'variants' || keys[0] === 'schemaVersion') {
      throw new ScenarioError([{ path: `${at}.path`, message: `"${o.path}" is not a path this override may set` }]);
    }
    // Array elements must exist: overrides change workloads, they do not add them.
    for (let n = 1; n <= keys.length; n++) {
      const k = keys[n - 1];
      if (typeof k === 'number' && !Array.isArray(getAtPath(value, keys.slice(0, n - 1)))) {
        throw new ScenarioError([{ path: `${at}.path`, message: `"${o.path}": no list at ${String(keys[n - 2])}` }]);
      }
      if (typeof k === 'number' && getAtPath(value, keys.slice(0, n)) === undefined) {
        throw new ScenarioError([{ path: `${at}.path`, message: `"${o.path}": there is no element [${k}]` }]);
      }
    }
    value = setAtPath(value, keys, o.value);
  });
  try {
    return parse(value);
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    const issues: InputIssue[] = error.issues.map((i) => ({
      path: `variants[${index}] (${variant.name})`,
      message: `makes ${i.path} invalid: ${i.message}`,
    }));
    throw new ScenarioError(issues);
  }
}

/** The scenario of a named variant; the base itself for "base". */
export function variantScenario(base: Scenario, name: string, parse: (value: unknown) => Scenario): Scenario {
  if (name === 'base') return base;
  const index = base.variants.findIndex((v) => v.name === name);
  if (index < 0) {
    const names = ['base', ...base.variants.map((v) => v.name)];
    throw new ScenarioError([{ path: 'variants', message: `no variant named "${name}"; this scenario has ${names.map((n) => `"${n}"`).join(', ')}` }]);
  }
  return applyVariant(base, base.variants[index]!, index, parse);
}
