import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate, parseScenario, parseScenarioJson, ScenarioError } from '../../src/index';
import { EXAMPLES_DIR } from '../support/paths';
import { snapshotCatalogue } from '../support/snapshot';

/**
 * Loading must never throw anything but ScenarioError with a field path, whatever the input.
 * A few thousand cases run in `npm test`; `npm run fuzz` sets FUZZ_RUNS=100000.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const params = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };

const examples: unknown[] = readdirSync(EXAMPLES_DIR)
  .filter((f) => f.endsWith('.tco.json'))
  .map((f) => JSON.parse(readFileSync(join(EXAMPLES_DIR, f), 'utf8')));

const catalogue = snapshotCatalogue();

/** Only a ScenarioError whose every issue has a non-empty path and a one-line message may come out. */
function expectOnlyTypedErrors(load: () => unknown): 'ok' | 'rejected' {
  try {
    load();
    return 'ok';
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw new Error(`threw ${String(error)} instead of ScenarioError`);
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(issue.path.length).toBeGreaterThan(0);
      expect(issue.message.length).toBeGreaterThan(0);
      expect(issue.message).not.toMatch(/\n/);
    }
    return 'rejected';
  }
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path (list of keys) in a JSON value. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

const nasty = fc.oneof(
  fc.constantFrom<unknown>(NaN, Infinity, -Infinity, -1, 0, 1e308, -1e308, 2 ** 53 + 1, 0.1 + 0.2, '', ' ', '\u0000', 'x'.repeat(5000), null, [], {}, true),
  fc.jsonValue(),
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.constantFrom<unknown>({ __proto__: { polluted: true } }, JSON.parse('{"__proto__": {"polluted": true}}'), { constructor: { prototype: {} } }),
);

type Mutation = { kind: 'delete' | 'replace' | 'duplicate'; pick: number; value: unknown };

/**
 * A fresh deep copy of a generated value: fast-check reuses values while shrinking, so inserting
 * the value itself would let later mutations write into it (and even make it cyclic).
 */
function copyDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyDeep);
  if (value !== null && typeof value === 'object') {
    const out = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
    for (const key of Object.keys(value)) out[key] = copyDeep((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

function mutate(doc: Json, mutations: Mutation[]): unknown {
  const copy = JSON.parse(JSON.stringify(doc)) as Json;
  let root: unknown = copy;
  for (const m of mutations) {
    const all = paths(root as Json);
    const path = all[m.pick % all.length]!;
    if (path.length === 0) {
      if (m.kind === 'replace') root = copyDeep(m.value);
      continue;
    }
    let parent = root as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (m.kind === 'duplicate' && Array.isArray(parent)) {
      parent.push(JSON.parse(JSON.stringify(parent[Number(last)] ?? null)));
    } else {
      parent[last] = copyDeep(m.value);
    }
  }
  return root;
}

const mutation = fc.record({
  kind: fc.constantFrom<'delete' | 'replace' | 'duplicate'>('delete', 'replace', 'replace', 'duplicate'),
  pick: fc.nat(),
  value: nasty,
});

describe(`scenario loading under fuzzing (${RUNS} cases per property)`, () => {
  it('arbitrary JSON values give a ScenarioError with a path, or a valid scenario', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void expectOnlyTypedErrors(() => parseScenario(value))), params);
  });

  it('arbitrary text gives a ScenarioError, never a SyntaxError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (text) => void expectOnlyTypedErrors(() => parseScenarioJson(text))),
      params,
    );
  });

  it('mutated valid scenarios are rejected with a path, or load and estimate to finite, non-negative totals', () => {
    let loaded = 0;
    fc.assert(
      fc.property(fc.nat({ max: examples.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, mutations) => {
        const value = mutate(examples[which] as Json, mutations);
        let scenario: ReturnType<typeof parseScenario> | undefined;
        const outcome = expectOnlyTypedErrors(() => {
          scenario = parseScenario(value);
        });
        if (outcome === 'ok' && scenario) {
          loaded++;
          const result = estimate(scenario, catalogue);
          for (const o of result.options) {
            expect(Number.isFinite(o.horizonTotal) && o.horizonTotal >= 0).toBe(true);
            expect(Number.isFinite(o.npv) && o.npv >= 0).toBe(true);
          }
        }
      }),
      params,
    );
    expect(loaded).toBeGreaterThan(0);
  });

  it('does not let __proto__ keys pollute objects', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "schemaVersion": 1}');
    expectOnlyTypedErrors(() => parseScenario(value));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
