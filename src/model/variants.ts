import { ScenarioError, type InputIssue } from './errors';
import type { Scenario, Variant } from './scenario-schema';
import { parsePath, pathToString, setAtPath, type PathKey } from './scenario-path';

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
    const problem = overridePathProblem(value, keys);
    if (problem !== undefined) {
      throw new ScenarioError([{ path: `${at}.path`, message: `${JSON.stringify(o.path)}: ${problem}` }]);
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

/**
 * Keys no override may name at any depth: they reach the prototype chain or a list's own
 * properties rather than a scenario field.
 */
const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype', 'length']);

/**
 * Why an override path cannot be set on `root`, or undefined when it can. Every step inside a list
 * must be an index of an existing element (overrides change workloads, they do not add them), a
 * number only addresses a list, and no step names a reserved key.
 */
export function overridePathProblem(root: unknown, keys: readonly PathKey[]): string | undefined {
  let cur: unknown = root;
  for (let n = 0; n < keys.length; n++) {
    const k = keys[n]!;
    const where = n === 0 ? 'the top level' : pathToString(keys.slice(0, n));
    if (typeof k === 'string' && RESERVED_KEYS.has(k)) return `"${k}" is not a field of a scenario`;
    if (Array.isArray(cur)) {
      if (typeof k !== 'number') return `${where} is a list; name an element by its index, such as ${where}[0]`;
      if (k >= cur.length) return `there is no element [${k}] (${where} has ${cur.length})`;
    } else if (typeof k === 'number') {
      return `no list at ${where}`;
    }
    cur = cur !== null && typeof cur === 'object' && Object.prototype.hasOwnProperty.call(cur, k) ? (cur as Record<PathKey, unknown>)[k] : undefined;
  }
  return undefined;
}

/** What is wrong with one override on its own: `path` is the override's, `message` reads after it. */
export interface OverrideProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * The overrides that make `base` invalid each on their own, by the rules of a file, so an editor can name the
 * value at fault (applyVariant reports only the first problem of the whole set).
 */
export function overrideProblems(base: Scenario, overrides: readonly Variant['overrides'][number][], parse: (value: unknown) => Scenario): OverrideProblem[] {
  const problems: OverrideProblem[] = [];
  for (const o of overrides) {
    try {
      applyVariant(base, { name: 'check', overrides: [o] }, 0, (value) => {
        try {
          return parse(value);
        } catch (error) {
          if (!(error instanceof ScenarioError)) throw error;
          // The field the override sets is named by the override's path; another field it breaks, by its own.
          const own = pathToString(parsePath(o.path) ?? []);
          const mine = error.issues.filter((i) => i.path === own);
          const first = error.issues[0]!;
          problems.push({ path: o.path, message: mine.length > 0 ? mine.map((i) => i.message).join('; ') : `makes ${first.path} invalid: ${first.message}` });
          return base;
        }
      });
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      problems.push({ path: o.path, message: error.issues[0]?.message ?? 'cannot be set' });
    }
  }
  return problems;
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

/** An override's value in words: the number or text itself; a commitment as "reserved 1yr no-upfront"; another object as its fields. */
export function overrideValueText(value: Variant['overrides'][number]['value']): string {
  if (typeof value !== 'object') return String(value);
  const parts = Object.values(value).map(String);
  return typeof value.model === 'string' ? parts.join(' ') : Object.entries(value).map(([k, v]) => `${k} ${String(v)}`).join(', ');
}
