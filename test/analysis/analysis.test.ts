import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseCommitments,
  compareOptions,
  compareVariants,
  estimate,
  evaluateTotals,
  findInput,
  parseScenario,
  parseScenarioJson,
  scenarioInputs,
  simulate,
  solveBreakEven,
  tornado,
  type Scenario,
  type ScenarioInput,
} from '../../src/index';
import { breakEvenToText } from '../../src/report/analysis-text';
import { scenarioArb } from '../support/arbitraries';
import { EXAMPLES_DIR } from '../support/paths';
import { dbWorkload, roundCatalogue, scenario as makeScenario } from '../support/scenarios';
import { snapshotCatalogue } from '../support/snapshot';

const catalogue = snapshotCatalogue();
const example = (name: string): Scenario => parseScenarioJson(readFileSync(join(EXAMPLES_DIR, name), 'utf8'));
const totalsOf = (s: Scenario) => Object.fromEntries(evaluateTotals(s, catalogue).map((t) => [t.option, t.horizonTotal]));

describe('numeric inputs', () => {
  it('lists the cost drivers of a scenario with their effective values and ranges', () => {
    const s = example('startup-db-and-ml.tco.json');
    const inputs = scenarioInputs(s);
    const dba = inputs.find((i) => i.path === 'labour.dba.hourlyUsd')!;
    expect(dba.value).toBe(80);
    expect(dba.isDefault).toBe(false);
    const sysadmin = inputs.find((i) => i.path === 'labour.sysadmin.hourlyUsd')!;
    expect(sysadmin.isDefault).toBe(true);
    expect(inputs.find((i) => i.path === 'workloads[2].team.dataScientists')).toMatchObject({ value: 3, integer: true, min: 0 });
    expect(new Set(inputs.map((i) => i.path)).size).toBe(inputs.length);
  });

  it('applies values clamped to the allowed range and rounded for whole numbers', () => {
    const s = example('postgres-oltp-ha.tco.json');
    const replicas = findInput(s, 'workloads[0].readReplicas')!;
    const w = replicas.apply(s, 99.4).workloads[0]!;
    expect(w.kind === 'database' && w.readReplicas).toBe(15);
    expect(s.workloads[0]!.kind === 'database' && (s.workloads[0] as { readReplicas: number }).readReplicas).toBe(1);
  });
});

describe('break-even solver', () => {
  it('finds the DBA rate at which RDS and EC2 cost the same, and the totals really are equal there', () => {
    const s = example('postgres-oltp-ha.tco.json');
    const r = solveBreakEven(s, catalogue, 'labour.dba.hourlyUsd');
    expect(r.status).toBe('found');
    const c = r.crossings[0]!;
    expect(c.exact).toBe(true);
    const t = totalsOf(findInput(s, 'labour.dba.hourlyUsd')!.apply(s, c.value));
    expect(Math.abs(t.ec2! - t.managed!)).toBeLessThan(0.01);
    expect(r.curve.length).toBeGreaterThan(10);
    expect(r.message).toMatch(/cost the same at/);
  });

  it('equalises the two totals within a cent whenever it reports an exact break-even (property)', () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom('labour.dba.hourlyUsd', 'labour.sysadmin.hourlyUsd', 'labour.ml-engineer.hourlyUsd', 'opsEffort.effortScalePct', 'usageGrowthPctPerMonth'), (input, path) => {
        const s = parseScenario(input);
        if (!findInput(s, path)) return;
        const r = solveBreakEven(s, catalogue, path);
        for (const c of r.crossings.filter((x) => x.exact)) {
          const t = totalsOf(findInput(s, path)!.apply(s, c.value));
          expect(Math.abs(t[r.between[0]]! - t[r.between[1]]!)).toBeLessThan(0.01);
        }
        if (r.status === 'none-in-range') {
          const signs = new Set(r.curve.map((p) => Math.sign(p.totals[r.between[0]]! - p.totals[r.between[1]]!)));
          expect(signs.size).toBe(1);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('brackets whole-number inputs between adjacent integers', () => {
    const s = makeScenario([dbWorkload({ highAvailability: true, replicationGbPerMonth: 10 })], { horizonMonths: 36 });
    const r = solveBreakEven(s, roundCatalogue(), 'workloads[0].readReplicas');
    for (const c of r.crossings) {
      if (!c.exact) expect(c.bracket![1]! - c.bracket![0]!).toBe(1);
    }
  });

  it('says when there is no break-even in the range', () => {
    const s = example('ml-team-of-eight.tco.json');
    const r = solveBreakEven(s, catalogue, 'workloads[0].storage.s3Gb', { min: 0, max: 1000 });
    expect(r.status).toBe('none-in-range');
    expect(r.message).toMatch(/No break-even: Managed: Amazon SageMaker is cheaper for every/);
    // The range was the caller's: nothing wider to suggest.
    expect(r.widerRangeUnsearched).toBe(false);
  });

  it('says, outside the message, when a wider range than the default one was left unsearched: the CLI names its flags, the app does not', () => {
    const s = example('ml-team-of-eight.tco.json');
    const r = solveBreakEven(s, catalogue, 'workloads[0].storage.s3Gb');
    expect(r.status).toBe('none-in-range');
    expect(r.widerRangeUnsearched).toBe(true);
    expect(r.message).not.toMatch(/--/);
    expect(breakEvenToText(r)).toContain('Search a wider range with --min and --max.');
  });

  it('rejects a path that is not an input, naming some that are', () => {
    expect(() => solveBreakEven(example('postgres-oltp-ha.tco.json'), catalogue, 'workloads[0].engine')).toThrow(/not a numeric input of this scenario; try one of usageGrowthPctPerMonth/);
  });
});

describe('sensitivity (tornado)', () => {
  const s = example('startup-db-and-ml.tco.json');
  const r = tornado(s, catalogue);

  it('orders bars by swing, largest first', () => {
    for (let i = 1; i < r.bars.length; i++) expect(r.bars[i - 1]!.swing).toBeGreaterThanOrEqual(r.bars[i]!.swing);
    expect(r.bars[0]!.swing).toBeGreaterThan(0);
  });

  it('has bar ends equal to direct evaluations of the model', () => {
    for (const bar of r.bars.slice(0, 8)) {
      const input = findInput(s, bar.path)!;
      const lo = totalsOf(input.apply(s, bar.low));
      const hi = totalsOf(input.apply(s, bar.high));
      expect(bar.atLow).toBeCloseTo(lo.ec2! - lo.managed!, 6);
      expect(bar.atHigh).toBeCloseTo(hi.ec2! - hi.managed!, 6);
    }
  });

  it('uses ±25% by default and the scenario\'s own range where it sets one', () => {
    const bar = r.bars.find((b) => b.path === 'labour.dba.hourlyUsd')!;
    expect([bar.low, bar.high]).toEqual([60, 100]);
    const custom = parseScenario({ ...JSON.parse(JSON.stringify(s)), analysis: { sensitivity: { ranges: [{ path: 'labour.dba.hourlyUsd', low: 50, high: 150 }] } } });
    const b2 = tornado(custom, catalogue).bars.find((b) => b.path === 'labour.dba.hourlyUsd')!;
    expect([b2.low, b2.high, b2.rangeSource]).toEqual([50, 150, 'scenario']);
  });
});

describe('Monte Carlo', () => {
  // Default ranges off: these cases check the scenario's own distributions alone.
  const withUncertainty = (u: unknown[], defaultRanges = false): Scenario => {
    const s = example('postgres-oltp-ha.tco.json');
    return parseScenario({ ...JSON.parse(JSON.stringify(s)), analysis: { uncertainty: u, defaultRanges } });
  };

  it('with every input fixed and default ranges off returns the deterministic result exactly', () => {
    const s = withUncertainty([
      { path: 'labour.dba.hourlyUsd', distribution: { kind: 'fixed', value: 90 } },
      { path: 'workloads[0].storage.sizeGb', distribution: { kind: 'fixed', value: 800 } },
    ]);
    const r = simulate(s, catalogue, { runs: 200, seed: 7 });
    let expected = findInput(s, 'labour.dba.hourlyUsd')!.apply(s, 90);
    expected = findInput(expected, 'workloads[0].storage.sizeGb')!.apply(expected, 800);
    const det = totalsOf(expected);
    for (const o of r.options) {
      expect(o.p10).toBe(det[o.option]);
      expect(o.p50).toBe(det[o.option]);
      expect(o.p90).toBe(det[o.option]);
    }
  });

  it('is reproducible with the same seed, and differs with another', () => {
    const s = withUncertainty([{ path: 'labour.dba.hourlyUsd', distribution: { kind: 'triangular', min: 50, mode: 71.4, max: 120 } }]);
    const a = simulate(s, catalogue, { runs: 500, seed: 42 });
    const b = simulate(s, catalogue, { runs: 500, seed: 42 });
    const c = simulate(s, catalogue, { runs: 500, seed: 43 });
    expect(b).toEqual(a);
    expect(c.difference.p50).not.toBe(a.difference.p50);
  });

  it('keeps P10 ≤ P50 ≤ P90 and reports a probability between 0 and 1 (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<unknown>(
          { kind: 'uniform', min: 40, max: 140 },
          { kind: 'triangular', min: 50, mode: 60, max: 200 },
          { kind: 'lognormal', p10: 50, p90: 120 },
        ),
        fc.integer({ min: 1, max: 1000 }),
        (distribution, seed) => {
          const r = simulate(withUncertainty([{ path: 'labour.dba.hourlyUsd', distribution }, { path: 'opsEffort.effortScalePct', distribution: { kind: 'uniform', min: 50, max: 150 } }]), catalogue, { runs: 300, seed });
          for (const o of [...r.options, r.difference]) {
            expect(o.p10).toBeLessThanOrEqual(o.p50);
            expect(o.p50).toBeLessThanOrEqual(o.p90);
          }
          expect(r.probabilitySecondCheaper).toBeGreaterThanOrEqual(0);
          expect(r.probabilitySecondCheaper).toBeLessThanOrEqual(1);
          const cheapest = Object.values(r.probabilityCheapest).reduce((x, y) => x + y, 0);
          expect(cheapest).toBeCloseTo(1, 9);
          expect(r.options[0]!.histogram.reduce((n, b) => n + b.count, 0)).toBe(300);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('samples lognormal inputs so that about 10% fall below P10 and 10% above P90', () => {
    const s = withUncertainty([{ path: 'labour.dba.hourlyUsd', distribution: { kind: 'lognormal', p10: 60, p90: 100 } }]);
    const r = simulate(s, catalogue, { runs: 4000, seed: 3 });
    // The EC2 option's total rises with the DBA rate, so its percentiles sit at the rate's percentiles.
    const at = (rate: number) => totalsOf(findInput(s, 'labour.dba.hourlyUsd')!.apply(s, rate)).ec2!;
    const ec2 = r.options.find((o) => o.option === 'ec2')!;
    expect(ec2.p10).toBeGreaterThan(at(58));
    expect(ec2.p10).toBeLessThan(at(62));
    expect(ec2.p90).toBeGreaterThan(at(97));
    expect(ec2.p90).toBeLessThan(at(103));
  });

  it('states its assumptions, independence included', () => {
    const r = simulate(withUncertainty([]), catalogue, { runs: 10 });
    expect(r.assumptions.join(' ')).toMatch(/sampled independently, except identical tasks on several platforms, which share one draw; other correlations .* are not modelled/);
  });
});

describe('commitments', () => {
  it('gives a 67% break-even utilisation for a 33% discount (the AWS rule)', () => {
    const s = parseScenario({
      schemaVersion: 1,
      name: 'T',
      question: 'Q?',
      region: 'us-east-1',
      horizonMonths: 12,
      discountRateAnnualPct: 0,
      workloads: [dbWorkload({ ec2InstanceType: 'm5.large' })],
      analysis: { commitments: { savingsPlanDiscountPct: 33 } },
    } satisfies ScenarioInput);
    const a = analyseCommitments(s, catalogue);
    const sp = a.rows.find((r) => r.option === 'ec2')!.candidates.find((c) => c.kind === 'savings-plan')!;
    expect(sp.breakEvenUtilisationPct).toBeCloseTo(67, 9);
  });

  it('compares the real m5.large reserved offers and recommends the cheapest at the utilisation', () => {
    const s = makeScenario([dbWorkload({ ec2InstanceType: 'm5.large' })]);
    const row = analyseCommitments(s, catalogue).rows.find((r) => r.option === 'ec2' && /Primary/.test(r.usage))!;
    const threeYearAll = row.candidates.find((c) => c.label === 'reserved 3yr all-upfront')!;
    expect(threeYearAll.monthlyPerInstance).toBeCloseTo(949 / 36, 6);
    expect(threeYearAll.breakEvenUtilisationPct).toBeCloseTo((100 * 949) / 36 / (0.096 * 730), 6);
    expect(row.recommended).toBe('reserved 3yr all-upfront');
    const partTime = analyseCommitments(parseScenario({ ...JSON.parse(JSON.stringify(s)), analysis: { commitments: { utilisationPct: 20 } } }), catalogue);
    expect(partTime.rows.find((r) => r.option === 'ec2' && /Primary/.test(r.usage))!.recommended).toBe('on-demand');
  });
});

describe('variants and comparisons', () => {
  const s = example('startup-db-and-ml.tco.json');

  it('a variant with no overrides equals its base', () => {
    const withVariant = parseScenario({ ...JSON.parse(JSON.stringify(s)), variants: [{ name: 'same', overrides: [] }] });
    const c = compareVariants(withVariant, 'base', 'same', (x) => estimate(x, catalogue));
    expect(c.lines).toEqual([]);
    for (const o of c.options) expect(o.delta).toBe(0);
  });

  it('explains each changed line by quantity or unit price', () => {
    const withVariant = parseScenario({
      ...JSON.parse(JSON.stringify(s)),
      variants: [{ name: 'bigger team', overrides: [{ path: 'workloads[2].team.dataScientists', value: 6 }, { path: 'labour.dba.hourlyUsd', value: 100 }] }],
    });
    const c = compareVariants(withVariant, 'base', 'bigger team', (x) => estimate(x, catalogue));
    expect(c.overrides).toEqual(
      expect.arrayContaining([
        { path: 'workloads[2].team.dataScientists', from: 3, to: 6 },
        { path: 'labour.dba.hourlyUsd', from: 80, to: 100 },
      ]),
    );
    const notebooks = c.lines.find((l) => l.key === 'managed:ml:notebooks')!;
    expect(notebooks.explanation).toMatch(/quantity 504 → 1008 instance-hours/);
    const dba = c.lines.find((l) => l.key === 'ec2:ec2-db:task:ec2-db.app-optimization')!;
    expect(dba.explanation).toMatch(/unit price \$80 → \$100/);
    for (const o of c.options) {
      const sum = c.lines.filter((l) => l.option === o.option).reduce((x, l) => x + l.delta, 0);
      expect(sum).toBeCloseTo(o.delta, 6);
    }
  });

  it('rejects a variant that makes the scenario invalid, naming it', () => {
    expect(() => parseScenario({ ...JSON.parse(JSON.stringify(s)), variants: [{ name: 'bad', overrides: [{ path: 'workloads[0].readReplicas', value: 99 }] }] })).toThrow(
      /variants\[0\] \(bad\): makes workloads\[0\]\.readReplicas invalid: must be at most 15 \(got 99\)/,
    );
    expect(() => parseScenario({ ...JSON.parse(JSON.stringify(s)), variants: [{ name: 'x', overrides: [{ path: 'workloads[9].name', value: 'y' }] }] })).toThrow(
      /variants\[0\]\.overrides\[0\]\.path: "workloads\[9\]\.name": there is no element \[9\]/,
    );
  });

  it('breaks the difference between two options down by service', () => {
    const e = estimate(s, catalogue);
    const c = compareOptions(e, 'ec2', 'managed');
    const sum = c.rows.reduce((x, r) => x + r.delta, 0);
    expect(sum).toBeCloseTo(c.totalB - c.totalA, 6);
    expect(c.rows[0]!.service).toBe('Engineering time');
  });
});
