import { describe, expect, it } from 'vitest';
import {
  CALIBRATION_FLEETS,
  calibrationTable,
  databaseCalibration,
  estimate,
  fleetFigures,
  maturityFactor,
  MATURITY_TASK_KEYS,
  OPS_TASKS,
  PRACTICE_MATURITY_FACTORS,
  PRACTICE_MATURITY_LEVELS,
  type FleetShape,
  type PracticeMaturity,
  type Scenario,
} from '../../src/index';
import { dbWorkload, scenario } from '../support/scenarios';
import { snapshotCatalogue } from '../support/snapshot';

const rows = databaseCalibration();
const MEASURES = ['db.per-dba.self-managed', 'db.rds-uplift', 'db.cost-of-operations', 'servers.per-sysadmin'];
const withMaturity = (m: PracticeMaturity) => (s: Scenario): Scenario => ({ ...s, opsEffort: { ...s.opsEffort, practiceMaturity: m } });

describe('evidence calibration: the defaults land inside the published bands', () => {
  it('covers every measure for several fleet shapes (sizes, HA and single-AZ, engines, replicas)', () => {
    expect(CALIBRATION_FLEETS.length).toBeGreaterThanOrEqual(4);
    for (const f of CALIBRATION_FLEETS) for (const m of MEASURES) expect(rows.map((r) => r.id)).toContain(`${m}.${f.key}`);
    const sizes = CALIBRATION_FLEETS.map((f) => f.groups.reduce((n, g) => n + g.count, 0));
    expect(Math.min(...sizes)).toBeLessThanOrEqual(10);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(200);
    const groups = CALIBRATION_FLEETS.flatMap((f) => f.groups);
    expect(new Set(groups.map((g) => g.engine))).toEqual(new Set(['postgresql', 'mysql']));
    expect(new Set(groups.map((g) => g.highAvailability))).toEqual(new Set([true, false]));
    expect(groups.some((g) => g.readReplicas > 0)).toBe(true);
  });

  it.each(rows.map((r) => [r.id, r] as const))('%s is inside its band', (_id, r) => {
    expect(r.model, `${r.measure} for ${r.fleet}: ${r.model} outside ${r.published.low}–${r.published.high}`).toBeGreaterThanOrEqual(r.published.low);
    expect(r.model).toBeLessThanOrEqual(r.published.high);
    expect(r.inBand).toBe(true);
    expect(r.published.citation.url).toMatch(/^https?:\/\//);
    expect(r.note?.length ?? 0).toBeGreaterThan(40);
  });

  it('puts the EC2 → RDS gap at or below IDC\'s 1.6× against on-premises baselines for highly available PostgreSQL', () => {
    const r = rows.find((x) => x.id === 'db.rds-uplift.50-ha-postgres')!;
    expect(r.model).toBeLessThanOrEqual(1.6);
    expect(r.model).toBeGreaterThan(1.2);
  });

  it('the table the app shows holds the database rows, each id once', () => {
    const all = calibrationTable();
    for (const r of rows) expect(all.map((x) => x.id)).toContain(r.id);
    expect(new Set(all.map((x) => x.id)).size).toBe(all.length);
  });
});

describe('practice maturity', () => {
  it('never raises a task\'s hours: automated ≤ scripted ≤ manual for every task', () => {
    for (const t of OPS_TASKS) {
      expect(maturityFactor(t, 'automated'), t.id).toBeLessThanOrEqual(maturityFactor(t, 'scripted'));
      expect(maturityFactor(t, 'scripted'), t.id).toBeLessThanOrEqual(maturityFactor(t, 'manual'));
      expect(maturityFactor(t, 'scripted'), t.id).toBe(1);
    }
  });

  it('names only tasks of the catalogue, so a renamed task cannot silently drop out of the scaling', () => {
    const keys = new Set(OPS_TASKS.map((t) => t.id.slice(t.deployment.length + 1)));
    for (const k of MATURITY_TASK_KEYS) expect(keys.has(k), k).toBe(true);
    // The ML platforms' per-person support and job triage are toil too.
    expect(OPS_TASKS.filter((t) => t.id.endsWith('.notebook-environment') && t.deployment !== 'sagemaker').every((t) => maturityFactor(t, 'automated') < 1)).toBe(true);
  });

  it('leaves managed services and query optimisation alone', () => {
    for (const t of OPS_TASKS) {
      if (['rds', 'aurora', 'sagemaker'].includes(t.deployment) || t.id.endsWith('.app-optimization')) {
        for (const m of PRACTICE_MATURITY_LEVELS) expect(maturityFactor(t, m), t.id).toBe(1);
      }
    }
    expect(maturityFactor(OPS_TASKS.find((t) => t.id === 'ec2-db.os-patching')!, 'automated')).toBe(PRACTICE_MATURITY_FACTORS.automated);
  });

  it.each(CALIBRATION_FLEETS.map((f) => [f.key, f] as const))('orders total effort automated ≤ scripted ≤ manual for %s, and narrows the gap to RDS', (_k, fleet) => {
    const [manual, scripted, automated] = (['manual', 'scripted', 'automated'] as const).map((m) => fleetFigures(fleet, withMaturity(m)));
    const total = (f: ReturnType<typeof fleetFigures>) => f.dbaHours.ec2 + f.sysadminHours.ec2;
    expect(total(automated!)).toBeLessThan(total(scripted!));
    expect(total(scripted!)).toBeLessThan(total(manual!));
    // RDS does not depend on the team's practice.
    expect(automated!.dbaHours.rds).toBeCloseTo(manual!.dbaHours.rds, 9);
    expect(automated!.dbaHours.ec2 / automated!.dbaHours.rds).toBeLessThan(manual!.dbaHours.ec2 / manual!.dbaHours.rds);
  });

  it('an older file without the field gives the same totals as scripted practice', () => {
    const catalogue = snapshotCatalogue();
    const old = scenario([dbWorkload({ highAvailability: true })]);
    expect(old.opsEffort.practiceMaturity).toBe('scripted');
    const explicit = scenario([dbWorkload({ highAvailability: true })], { opsEffort: { practiceMaturity: 'scripted' } } as never);
    const a = estimate(old, catalogue).options.map((o) => o.horizonTotal);
    const b = estimate(explicit, catalogue).options.map((o) => o.horizonTotal);
    expect(a).toEqual(b);
    const auto = estimate(withMaturity('automated')(old), catalogue);
    expect(auto.options.find((o) => o.option === 'ec2')!.horizonTotal).toBeLessThan(estimate(old, catalogue).options.find((o) => o.option === 'ec2')!.horizonTotal);
  });

  it('says so in the line notes', () => {
    const e = estimate(withMaturity('automated')(scenario([dbWorkload()])), snapshotCatalogue());
    const line = e.lines.find((l) => l.id === 'ec2:ec2-db:task:ec2-db.os-patching')!;
    expect(line.notes?.join(' ')).toContain('× 0.75 for automated practice');
    const scripted = estimate(scenario([dbWorkload()]), snapshotCatalogue()).lines.find((l) => l.id === line.id)!;
    expect(scripted.notes?.join(' ')).not.toContain('practice');
  });

  it('rejects an unknown maturity, naming the field', () => {
    expect(() => scenario([dbWorkload()], { opsEffort: { practiceMaturity: 'heroic' } } as never)).toThrow(/opsEffort\.practiceMaturity/);
  });
});

describe('ops-effort properties at every maturity', () => {
  const fleetOf = (n: number, highAvailability: boolean): FleetShape => ({
    key: `${n}`,
    description: `${n}`,
    groups: [{ count: n, engine: 'postgresql', instanceClass: 'db.m6i.large', sizeGb: 100, highAvailability, readReplicas: 0 }],
  });

  it.each(PRACTICE_MATURITY_LEVELS.flatMap((m) => [true, false].map((ha) => [m, ha] as const)))('effort per database falls with fleet size (%s, HA %s) and the managed residual is never zero', (m, ha) => {
    let last = { ec2: Infinity, rds: Infinity };
    for (const n of [1, 2, 5, 10, 50, 200]) {
      const f = fleetFigures(fleetOf(n, ha), withMaturity(m));
      const perDb = { ec2: (f.dbaHours.ec2 + f.sysadminHours.ec2) / n, rds: (f.dbaHours.rds + f.sysadminHours.rds) / n };
      expect(perDb.ec2, `${n} databases`).toBeLessThanOrEqual(last.ec2);
      expect(perDb.rds, `${n} databases`).toBeLessThanOrEqual(last.rds);
      expect(f.dbaHours.rds, `${n} databases`).toBeGreaterThan(0);
      expect(perDb.rds).toBeLessThan(perDb.ec2);
      last = perDb;
    }
  });
});
