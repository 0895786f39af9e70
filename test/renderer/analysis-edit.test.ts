import { describe, expect, it } from 'vitest';
import { parseScenario, scenarioInputs, starterScenario } from '../../src/index';
import { defaultDistribution, deleteVariant, distributionText, renameVariant, searchInputs, setVariantOverride } from '../../renderer/state/analysis-edit';

const storage = 'workloads[0].storage.sizeGb';
const draft = {
  ...(starterScenario('database') as object),
  variants: [
    { name: 'Storage doubled', overrides: [{ path: storage, value: 200 }] },
    { name: 'Storage (3 TB)', overrides: [{ path: storage, value: 3000 }] },
  ],
};
const base = parseScenario(draft);

describe('default distributions', () => {
  it('span ±25% of the current value for every kind, and every default parses', () => {
    const input = { value: 100, min: 1, max: 2000 };
    expect(defaultDistribution('triangular', input)).toEqual({ kind: 'triangular', min: 75, mode: 100, max: 125 });
    expect(defaultDistribution('uniform', input)).toEqual({ kind: 'uniform', min: 75, max: 125 });
    expect(defaultDistribution('lognormal', input)).toEqual({ kind: 'lognormal', p10: 75, p90: 125 });
    expect(defaultDistribution('fixed', input)).toEqual({ kind: 'fixed', value: 100 });
    for (const i of scenarioInputs(base)) {
      for (const kind of ['fixed', 'uniform', 'triangular', 'lognormal'] as const) {
        const d = defaultDistribution(kind, i);
        expect(() => parseScenario({ ...draft, analysis: { uncertainty: [{ path: i.path, distribution: d }] } }), `${i.path} ${kind}`).not.toThrow();
      }
    }
  });

  it('stay within the allowed range, and give a value of 0 a spread of its own', () => {
    expect(defaultDistribution('uniform', { value: 1, min: 1, max: 2000 })).toEqual({ kind: 'uniform', min: 1, max: 1.25 });
    expect(defaultDistribution('triangular', { value: 0, min: 0, max: 100 })).toEqual({ kind: 'triangular', min: 0, mode: 0, max: 1 });
    const ln = defaultDistribution('lognormal', { value: 0, min: 0, max: 100 });
    expect(ln.kind === 'lognormal' && ln.p10 > 0 && ln.p90 > ln.p10).toBe(true);
  });

  it('read in words', () => {
    expect(distributionText({ kind: 'triangular', min: 1, mode: 2, max: 3 }, String)).toBe('triangular from 1 to 3, most likely 2');
  });
});

describe('searching inputs by label', () => {
  it('matches every word, in any case and order', () => {
    const found = searchInputs(scenarioInputs(base), 'rate database').map((i) => i.path);
    expect(found).toEqual(['labour.dba.hourlyUsd']);
    expect(searchInputs(scenarioInputs(base), '').length).toBe(scenarioInputs(base).length);
  });
});

describe('variant edits', () => {
  it('renames by the name rule and uniqueness, and never to "base"', () => {
    const ok = renameVariant(draft, 0, '  Storage, doubled (2×) ');
    expect(ok).toEqual({ ok: true, variants: [{ ...draft.variants[0], name: 'Storage, doubled (2×)' }, draft.variants[1]] });
    expect(renameVariant(draft, 0, 'Storage (3 TB)')).toEqual({ ok: false, problem: expect.stringMatching(/already has a variant named "Storage \(3 TB\)"/) });
    expect(renameVariant(draft, 0, 'base')).toEqual({ ok: false, problem: expect.stringMatching(/"base" names the scenario itself/) });
    expect(renameVariant(draft, 0, '')).toEqual({ ok: false, problem: 'The name must not be empty' });
    expect(renameVariant(draft, 0, 'Bad\u202ename')).toEqual({ ok: false, problem: expect.stringMatching(/letters, digits, spaces and punctuation/) });
  });

  it('deletes one variant', () => {
    expect(deleteVariant(draft, 0)).toEqual({ ok: true, variants: [draft.variants[1]] });
  });

  it('sets, replaces and removes an override, and refuses a value the file refuses with the input\'s message', () => {
    const set = setVariantOverride(draft, base, 0, storage, 400);
    expect(set.ok && set.variants[0]).toEqual({ name: 'Storage doubled', overrides: [{ path: storage, value: 400 }] });
    const added = setVariantOverride(draft, base, 0, 'horizonMonths', 24);
    expect(added.ok && added.variants[0]).toEqual({ name: 'Storage doubled', overrides: [{ path: storage, value: 200 }, { path: 'horizonMonths', value: 24 }] });
    const removed = setVariantOverride(draft, base, 0, storage, undefined);
    expect(removed.ok && removed.variants[0]).toEqual({ name: 'Storage doubled', overrides: [] });
    const bad = setVariantOverride(draft, base, 0, storage, 0.5);
    expect(bad).toEqual({ ok: false, problem: expect.stringMatching(/whole number/) });
  });
});
