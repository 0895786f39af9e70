import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEPLOYMENT_IDS,
  INCIDENT_DEFAULTS,
  LABOUR_RANGE,
  OPS_TASKS,
  TASK_RANGES,
  defaultRangeInputs,
  effortDetailInputs,
  estimate,
  parseScenario,
  parseScenarioJson,
  type Scenario,
} from '../../src/index';
import { EXAMPLES_DIR } from '../support/paths';
import { snapshotCatalogue } from '../support/snapshot';

const example = (name: string): Scenario => parseScenarioJson(readFileSync(join(EXAMPLES_DIR, name), 'utf8'));
const EXAMPLES = ['postgres-oltp-ha.tco.json', 'startup-db-and-ml.tco.json', 'ml-team-of-eight.tco.json', 'postgres-fleet-ec2-rds-aurora.tco.json', 'sqlserver-standard.tco.json'];
const MANAGED = new Set(['rds', 'aurora', 'sagemaker']);

describe('default ranges of the ops-effort defaults', () => {
  it('gives every task a range with low ≤ likely ≤ high and its reasoning', () => {
    const missing = OPS_TASKS.filter((t) => TASK_RANGES[t.id] === undefined).map((t) => t.id);
    expect(missing).toEqual([]);
    for (const t of OPS_TASKS) {
      const r = TASK_RANGES[t.id]!;
      expect(r.lowPct, t.id).toBeGreaterThanOrEqual(0);
      expect(r.lowPct, t.id).toBeLessThanOrEqual(100);
      expect(r.highPct, t.id).toBeGreaterThanOrEqual(100);
      expect(r.highPct, t.id).toBeGreaterThan(r.lowPct);
      expect(r.reasoning.trim().length, t.id).toBeGreaterThan(40);
    }
  });

  it('never lets a managed service\'s residual work fall to zero', () => {
    for (const t of OPS_TASKS.filter((x) => MANAGED.has(x.deployment))) expect(TASK_RANGES[t.id]!.lowPct, t.id).toBeGreaterThan(0);
  });

  it('shares one draw only between tasks that are the same work on every platform', () => {
    const groups = new Map<string, string[]>();
    for (const t of OPS_TASKS) {
      const g = TASK_RANGES[t.id]!.sharedDraw;
      if (g !== undefined) groups.set(g, [...(groups.get(g) ?? []), t.id]);
    }
    for (const [group, ids] of groups) {
      const hours = new Set(ids.map((id) => { const t = OPS_TASKS.find((x) => x.id === id)!; return [t.setupFixedHours, t.setupPerUnitHours, t.monthlyFixedHours, t.monthlyPerUnitHours, t.unit].join('/'); }));
      expect(hours.size, group).toBe(1);
      expect(new Set(ids.map((id) => id.split('.')[0])).size, group).toBe(ids.length);
    }
  });

  it('gives the labour rates a labelled range around the median-based default', () => {
    expect(LABOUR_RANGE.lowPct).toBeLessThan(100);
    expect(LABOUR_RANGE.highPct).toBeGreaterThan(100);
    expect(LABOUR_RANGE.reasoning).toMatch(/^Assumption/);
  });

  it('ties every incident range to the published availability figures', () => {
    for (const d of DEPLOYMENT_IDS) {
      const inc = INCIDENT_DEFAULTS[d];
      const { incidentsPerMonth: n, hoursPerIncident: h, reasoning } = inc.ranges;
      expect(n.low, d).toBeGreaterThan(0);
      expect(n.low, d).toBeLessThanOrEqual(inc.incidentsPerMonth);
      expect(n.high, d).toBeGreaterThanOrEqual(inc.incidentsPerMonth);
      expect(h.low, d).toBeLessThanOrEqual(inc.hoursPerIncident);
      expect(h.high, d).toBeGreaterThanOrEqual(inc.hoursPerIncident);
      expect(reasoning, d).toMatch(/99\.95%/);
      expect(reasoning, d).toMatch(/60–120 s/);
      expect(inc.provenance.citations.map((c) => c.url), d).toContain('https://aws.amazon.com/compute/sla/');
    }
  });

  it('lets the self-managed and managed incident ranges meet: neither is sure the gap exists', () => {
    const pairs = [['ec2-db', 'rds'], ['ec2-db', 'aurora'], ['ec2-ml', 'sagemaker'], ['eks-ml', 'sagemaker']] as const;
    for (const [self, managed] of pairs) {
      expect(INCIDENT_DEFAULTS[self].ranges.incidentsPerMonth.low).toBe(INCIDENT_DEFAULTS[managed].incidentsPerMonth);
      expect(INCIDENT_DEFAULTS[managed].ranges.incidentsPerMonth.high).toBe(INCIDENT_DEFAULTS[self].incidentsPerMonth);
    }
  });

  it.each(EXAMPLES)('centres every default range of %s on the value the estimate uses', (file) => {
    const s = example(file);
    for (const d of defaultRangeInputs(s)) {
      expect(d.distribution.min).toBeLessThanOrEqual(d.distribution.mode);
      expect(d.distribution.mode).toBeLessThanOrEqual(d.distribution.max);
      for (const i of d.inputs) {
        expect(i.isDefault, i.path).toBe(true);
        expect(d.distribution.mode, i.path).toBe(i.value);
      }
      expect(d.reasoning.length).toBeGreaterThan(40);
    }
  });

  it('varies the EKS utilisation gain over 0–60% around its 25% default when EKS is compared, and not when the scenario sets its own', () => {
    const s = example('ml-team-of-eight.tco.json');
    const gain = defaultRangeInputs(s).find((d) => d.inputs.some((i) => i.path.endsWith('.selfManaged.eksUtilisationGainPct')));
    expect(gain?.distribution).toEqual({ kind: 'triangular', min: 0, mode: 25, max: 60 });
    const own = JSON.parse(JSON.stringify(s));
    own.workloads[0].selfManaged.eksUtilisationGainPct = 40;
    expect(defaultRangeInputs(parseScenario(own)).some((d) => d.inputs.some((i) => i.path.endsWith('eksUtilisationGainPct')))).toBe(false);
  });

  it('gives no default range to what the scenario states itself', () => {
    const base = example('postgres-oltp-ha.tco.json');
    const s = parseScenario({
      ...JSON.parse(JSON.stringify(base)),
      labour: { dba: { hourlyUsd: 90 } },
      opsEffort: { ...base.opsEffort, tasks: { 'ec2-db.backups': { monthlyPerUnitHours: 2 } }, incidents: { rds: { incidentsPerMonth: 0.1 } } },
    });
    const paths = defaultRangeInputs(s).flatMap((d) => d.inputs.map((i) => i.path));
    expect(paths).not.toContain('labour.dba.hourlyUsd');
    expect(paths).not.toContain('opsEffort.tasks.ec2-db.backups.scalePct');
    expect(paths).not.toContain('opsEffort.incidents.rds.incidentsPerMonth');
    expect(paths).toContain('opsEffort.incidents.rds.hoursPerIncident');
    expect(paths).toContain('opsEffort.tasks.ec2-db.os-patching.scalePct');
    // A task that does not apply (no BYOL licences here) has nothing to vary.
    expect(paths).not.toContain('opsEffort.tasks.ec2-db.licence-compliance.scalePct');
  });

  it('writes per-task effort and hours per incident as valid scenario fields that change the estimate', () => {
    const s = example('postgres-oltp-ha.tco.json');
    const catalogue = snapshotCatalogue();
    const total = (x: Scenario) => estimate(x, catalogue).options.find((o) => o.option === 'ec2')!.horizonTotal;
    for (const input of effortDetailInputs(s)) {
      const written = input.apply(s, input.value * 1.5 + 1);
      expect(() => parseScenario(JSON.parse(JSON.stringify(written))), input.path).not.toThrow();
    }
    const backups = effortDetailInputs(s).find((i) => i.path === 'opsEffort.tasks.ec2-db.backups.scalePct')!;
    expect(total(backups.apply(s, 200))).toBeGreaterThan(total(s));
    expect(total(backups.apply(s, 100))).toBeCloseTo(total(s), 6);
    const hours = effortDetailInputs(s).find((i) => i.path === 'opsEffort.incidents.ec2-db.hoursPerIncident')!;
    expect(total(hours.apply(s, 3))).toBeLessThan(total(s));
  });

  it('names the field when a task\'s effort scale is out of range', () => {
    const base = JSON.parse(JSON.stringify(example('postgres-oltp-ha.tco.json')));
    expect(() => parseScenario({ ...base, opsEffort: { ...base.opsEffort, tasks: { 'ec2-db.backups': { scalePct: 900 } } } })).toThrow(/opsEffort\.tasks\.ec2-db\.backups\.scalePct/);
    expect(() => parseScenario({ ...base, analysis: { defaultRanges: 'yes' } })).toThrow(/analysis\.defaultRanges/);
  });
});
