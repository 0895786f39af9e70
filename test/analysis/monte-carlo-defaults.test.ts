import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateTotals, parseScenario, parseScenarioJson, simulate, solveBreakEven, type Scenario } from '../../src/index';
import { simulationToText } from '../../src/report/analysis-text';
import { EXAMPLES_DIR } from '../support/paths';
import { snapshotCatalogue } from '../support/snapshot';

const catalogue = snapshotCatalogue();
const example = (name: string): Scenario => parseScenarioJson(readFileSync(join(EXAMPLES_DIR, name), 'utf8'));
const plain = (s: Scenario) => JSON.parse(JSON.stringify(s));
const totalsOf = (s: Scenario) => Object.fromEntries(evaluateTotals(s, catalogue).map((t) => [t.option, t.horizonTotal]));

/** postgres-oltp-ha with the DBA rate set to its break-even between EC2 and RDS: the two options cost the same. */
function closeScenario(analysis: Record<string, unknown> = {}): Scenario {
  const s = example('postgres-oltp-ha.tco.json');
  const be = solveBreakEven(s, catalogue, 'labour.dba.hourlyUsd', { between: ['ec2', 'managed'], min: 1, max: 2000 });
  expect(be.status).toBe('found');
  const rate = be.crossings[0]!.value;
  return parseScenario({ ...plain(s), labour: { ...s.labour, dba: { hourlyUsd: rate } }, analysis: { ...plain(s).analysis, uncertainty: [], ...analysis } });
}

describe('Monte Carlo from the default ranges', () => {
  it('gives a close scenario neither 0% nor 100%, with nothing set by the scenario', () => {
    const s = closeScenario();
    const det = totalsOf(s);
    expect(Math.abs(det.ec2! - det.managed!) / det.ec2!).toBeLessThan(0.001);
    const r = simulate(s, catalogue, { runs: 2000, seed: 11, between: ['ec2', 'managed'] });
    expect(r.inputs.length).toBeGreaterThan(10);
    expect(r.inputs.every((i) => i.source === 'default range')).toBe(true);
    expect(r.probabilitySecondCheaper).toBeGreaterThan(0.05);
    expect(r.probabilitySecondCheaper).toBeLessThan(0.95);
    expect(r.assumptions.join(' ')).toMatch(/from default ranges \(triangular low \/ likely \/ high\)/);
  });

  it('with default ranges off and no distributions, every run is the deterministic estimate', () => {
    const s = closeScenario({ defaultRanges: false });
    const det = totalsOf(s);
    const r = simulate(s, catalogue, { runs: 300, seed: 11, between: ['ec2', 'managed'] });
    expect(r.inputs).toEqual([]);
    for (const o of r.options) {
      expect(o.p10).toBe(det[o.option]);
      expect(o.p90).toBe(det[o.option]);
    }
    expect([0, 1]).toContain(r.probabilitySecondCheaper);
    expect(r.assumptions.join(' ')).toMatch(/Default ranges are off \(analysis\.defaultRanges: false\)/);
  });

  it('lets a scenario\'s own distribution replace the default range for its path', () => {
    const path = 'opsEffort.tasks.ec2-db.backups.scalePct';
    const s = closeScenario({ uncertainty: [{ path, distribution: { kind: 'fixed', value: 400 } }] });
    const r = simulate(s, catalogue, { runs: 50, seed: 2 });
    const entries = r.inputs.filter((i) => i.paths.includes(path));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ source: 'scenario', distribution: 'fixed 400' });
    expect(r.inputs.filter((i) => i.source === 'default range').length).toBeGreaterThan(10);

    // With everything else off, the fixed value is exactly the scenario with that task at 400%.
    const alone = closeScenario({ defaultRanges: false, uncertainty: [{ path, distribution: { kind: 'fixed', value: 400 } }] });
    const at400 = parseScenario({ ...plain(alone), opsEffort: { ...plain(alone).opsEffort, tasks: { 'ec2-db.backups': { scalePct: 400 } } } });
    const only = simulate(alone, catalogue, { runs: 20, seed: 2 });
    expect(only.options.find((o) => o.option === 'ec2')!.p50).toBe(totalsOf(at400).ec2);
  });

  it('draws identical tasks on several platforms once', () => {
    const r = simulate(closeScenario(), catalogue, { runs: 20, seed: 1 });
    const tuning = r.inputs.find((i) => i.paths.includes('opsEffort.tasks.ec2-db.app-optimization.scalePct'))!;
    expect(tuning.paths).toEqual(['opsEffort.tasks.ec2-db.app-optimization.scalePct', 'opsEffort.tasks.rds.app-optimization.scalePct']);
    expect(tuning.reasoning).toMatch(/one draw per run/);
  });

  it('is reproducible with a seed, and differs with another', () => {
    const s = example('startup-db-and-ml.tco.json');
    const a = simulate(s, catalogue, { runs: 300, seed: 5 });
    const b = simulate(s, catalogue, { runs: 300, seed: 5 });
    const c = simulate(s, catalogue, { runs: 300, seed: 6 });
    expect(b).toEqual(a);
    expect(c.difference.p50).not.toBe(a.difference.p50);
    expect(a.inputs.some((i) => i.source === 'scenario')).toBe(true);
    expect(a.inputs.some((i) => i.source === 'default range')).toBe(true);
  });

  it('says in the simulate output which inputs are the scenario\'s and which are default ranges', () => {
    const text = simulationToText(simulate(example('startup-db-and-ml.tco.json'), catalogue, { runs: 50, seed: 1 }));
    expect(text).toMatch(/Uncertain inputs: [1-9]\d* from the scenario \(analysis\.uncertainty\), [1-9]\d* from default ranges \(triangular low \/ likely \/ high; analysis\.defaultRanges: false turns them off\)/);
    expect(text).toMatch(/^Input +Distribution +Source/m);
    expect(text).toMatch(/Incidents per month \(ec2-db\) +triangular min 0\.17, mode 0\.33, max 0\.66 +default range/);
    const off = parseScenario({ ...plain(example('postgres-oltp-ha.tco.json')), analysis: { defaultRanges: false } });
    expect(simulationToText(simulate(off, catalogue, { runs: 5 }))).toMatch(/Uncertain inputs: none \(default ranges off/);
  });
});
