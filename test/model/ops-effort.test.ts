import { describe, expect, it } from 'vitest';
import {
  estimate,
  FTE_HOURS_PER_MONTH,
  HOURS_PER_INCIDENT,
  OPS_TASKS,
  ROLE_DEFAULTS,
  SCENARIO_LIMITS,
  tasksFor,
  type Estimate,
  type ScenarioInput,
} from '../../src/index';
import { dbWorkload, mlWorkload, scenario } from '../support/scenarios';
import { snapshotCatalogue } from '../support/snapshot';

/** AWS RDS User Guide, "What is Amazon RDS?" (ops-effort-sources §2.1): rows AWS takes over under RDS. */
const MOVES_TO_AWS_UNDER_RDS = [
  'Scaling',
  'High availability',
  'Database backups',
  'Database software patching',
  'Database software install',
  'OS patching',
  'OS installation',
];
/** Rows that stay with the customer on RDS. */
const CUSTOMER_ON_RDS = ['Application optimization'];
/** Rows AWS already does for EC2 (server maintenance etc.): no task on either platform. */
const AWS_ON_EC2 = ['Server maintenance', 'Hardware lifecycle', 'Power, network, and cooling'];

const catalogue = snapshotCatalogue();
const run = (workloads: ScenarioInput['workloads'], over: Partial<ScenarioInput> = {}): Estimate =>
  estimate(scenario(workloads, { horizonMonths: 12, ...over }), catalogue);

describe('ops-effort task catalogue', () => {
  it('the EC2 database tasks that disappear under RDS are exactly the rows AWS takes over', () => {
    const ec2Rows = new Set(tasksFor('ec2-db').map((t) => t.responsibilityRow).filter((r) => r !== null));
    const rdsRows = new Set(tasksFor('rds').map((t) => t.responsibilityRow).filter((r) => r !== null));
    const moved = [...ec2Rows].filter((r) => !rdsRows.has(r)).sort();
    expect(moved).toEqual([...MOVES_TO_AWS_UNDER_RDS].sort());
    expect([...rdsRows]).toEqual(CUSTOMER_ON_RDS);
    for (const row of AWS_ON_EC2) expect(ec2Rows.has(row as never)).toBe(false);
  });

  it('keeps on RDS only application optimisation plus justified residual work outside the table', () => {
    for (const t of tasksFor('rds')) {
      if (t.responsibilityRow === null) expect(t.provenance.rationale).toMatch(/Not in AWS's table/);
      else expect(t.responsibilityRow).toBe('Application optimization');
    }
  });

  it('gives every default a citation and a rationale, valid roles and non-negative hours', () => {
    const ids = new Set<string>();
    for (const t of OPS_TASKS) {
      expect(ids.has(t.id), t.id).toBe(false);
      ids.add(t.id);
      expect(t.provenance.citations.length, t.id).toBeGreaterThan(0);
      expect(t.provenance.rationale.length, t.id).toBeGreaterThan(40);
      for (const c of t.provenance.citations) expect(c.url, t.id).toMatch(/^(https?:\/\/|docs\/)/);
      expect(ROLE_DEFAULTS[t.role], t.id).toBeDefined();
      for (const h of [t.setupFixedHours, t.setupPerUnitHours, t.monthlyFixedHours, t.monthlyPerUnitHours]) expect(h).toBeGreaterThanOrEqual(0);
    }
  });

  it('never gives a managed task more hours than the same task self-managed', () => {
    for (const [managed, self] of [
      ['rds', 'ec2-db'],
      ['sagemaker', 'ec2-ml'],
    ] as const) {
      for (const t of tasksFor(managed)) {
        const key = t.id.split('.')[1];
        const twin = tasksFor(self).find((x) => x.id === `${self}.${key}`);
        if (!twin) continue;
        expect(t.monthlyFixedHours, t.id).toBeLessThanOrEqual(twin.monthlyFixedHours);
        expect(t.monthlyPerUnitHours, t.id).toBeLessThanOrEqual(twin.monthlyPerUnitHours);
        expect(t.setupFixedHours + t.setupPerUnitHours, t.id).toBeLessThanOrEqual(twin.setupFixedHours + twin.setupPerUnitHours);
      }
    }
  });

  it('prices EKS cluster upkeep at 20% of a full-time engineer, the low end of AWS\'s 20–40%', () => {
    const t = tasksFor('eks-ml').find((x) => x.id === 'eks-ml.cluster-upkeep')!;
    expect(t.monthlyPerUnitHours).toBeCloseTo(0.2 * FTE_HOURS_PER_MONTH, 1);
  });

  it('derives loaded rates from BLS wages × the ECEC loading', () => {
    expect(ROLE_DEFAULTS.dba.hourlyUsd).toBeCloseTo(71.4, 2);
    expect(ROLE_DEFAULTS.sysadmin.hourlyUsd).toBeCloseTo(66.06, 2);
    expect(ROLE_DEFAULTS['platform-engineer'].hourlyUsd).toBeCloseTo(90.82, 2);
    expect(ROLE_DEFAULTS['ml-engineer'].hourlyUsd).toBeCloseTo(76.83, 2);
  });
});

describe('ops effort calibration against published ratios', () => {
  const FLEET = SCENARIO_LIMITS.workloads;
  // 50 highly available databases (the most a scenario holds): the fixed per-platform part is amortised, per-unit effort dominates.
  const fleet = Array.from({ length: FLEET }, (_, i) => dbWorkload({ id: `db-${i}`, highAvailability: true, instanceClass: 'db.m6i.large' }));
  const e = run(fleet);
  const dbaHours = (option: string) =>
    e.lines.filter((l) => l.option === option && l.provenance.kind === 'labour' && l.provenance.role === 'dba' && l.schedule.kind === 'monthly').reduce((s, l) => s + (l.hours ?? 0), 0);
  const sysadminHours = e.lines
    .filter((l) => l.option === 'ec2' && l.provenance.kind === 'labour' && l.provenance.role === 'sysadmin' && l.schedule.kind === 'monthly')
    .reduce((s, l) => s + (l.hours ?? 0), 0);

  it('self-managed DBA hours per database fall inside the band around Forrester\'s average (20 to 60 databases per DBA; evidence-calibration.ts)', () => {
    const perDb = dbaHours('ec2') / FLEET;
    const databasesPerDba = FTE_HOURS_PER_MONTH / perDb;
    expect(databasesPerDba).toBeGreaterThan(20);
    expect(databasesPerDba).toBeLessThan(60);
  });

  it('RDS needs fewer DBA hours per database than self-managed, but no more than IDC\'s 1.6× against on-premises baselines allows', () => {
    const uplift = dbaHours('ec2') / dbaHours('managed');
    expect(uplift).toBeGreaterThan(1.2);
    expect(uplift).toBeLessThan(1.7);
  });

  it('sysadmin hours per instance sit inside published servers-per-admin ratios (10 to 500 per admin)', () => {
    const perInstance = sysadminHours / (2 * FLEET);
    const instancesPerAdmin = FTE_HOURS_PER_MONTH / perInstance;
    expect(instancesPerAdmin).toBeGreaterThan(10);
    expect(instancesPerAdmin).toBeLessThan(500);
  });
});

describe('ops effort in an estimate', () => {
  it('prices each task at its role rate and puts setup in month 1', () => {
    const e = run([dbWorkload({ highAvailability: true })]);
    const patch = e.lines.find((l) => l.id === 'ec2:ec2-db:task:ec2-db.os-patching')!;
    expect(patch.hours).toBe(1 + 0.5 * 2); // 1 h + 0.5 h × 2 instances
    expect(patch.unitPrice).toBeCloseTo(ROLE_DEFAULTS.sysadmin.hourlyUsd, 9);
    expect(patch.category).toBe('operations');
    const setup = e.lines.find((l) => l.id === 'ec2:ec2-db:setup:ec2-db.ha-failover')!;
    expect(setup.hours).toBe(16 + 4 * 1);
    expect(setup.schedule).toEqual({ kind: 'once', month: 1 });
    const security = e.lines.find((l) => l.id === 'ec2:ec2-db:task:ec2-db.security-compliance')!;
    expect(security.category).toBe('security');
  });

  it('applies HA tasks only when there is a standby or replica', () => {
    const single = run([dbWorkload({ highAvailability: false })]);
    expect(single.lines.some((l) => l.id.includes('ec2-db.ha-failover'))).toBe(false);
    const ha = run([dbWorkload({ highAvailability: true })]);
    expect(ha.lines.some((l) => l.id.includes('ec2-db.ha-failover'))).toBe(true);
  });

  it('honours scenario overrides of hours, roles, rates and switches', () => {
    const e = run([dbWorkload()], {
      labour: { dba: { hourlyUsd: 100 } },
      opsEffort: {
        tasks: {
          'ec2-db.db-patching': { monthlyFixedHours: 3, monthlyPerUnitHours: 0, role: 'sysadmin' },
          'ec2-db.scaling': { enabled: false },
        },
      },
    });
    const patch = e.lines.find((l) => l.id === 'ec2:ec2-db:task:ec2-db.db-patching')!;
    expect(patch.hours).toBe(3);
    expect(patch.unitPrice).toBeCloseTo(ROLE_DEFAULTS.sysadmin.hourlyUsd, 9);
    expect(patch.provenance.kind === 'labour' && patch.provenance.overridden).toBe(true);
    expect(e.lines.some((l) => l.id.includes('ec2-db.scaling'))).toBe(false);
    const tuning = e.lines.find((l) => l.id === 'ec2:ec2-db:task:ec2-db.app-optimization')!;
    expect(tuning.unitPrice).toBe(100);
    expect(tuning.provenance.kind === 'labour' && tuning.provenance.rateSource).toBe('scenario');
  });

  it('prices incidents at 6 hours each, per workload, and downtime only when it has a price', () => {
    const e = run([dbWorkload(), dbWorkload({ id: 'db2' })]);
    const inc = e.lines.find((l) => l.id === 'ec2:ec2-db:incidents')!;
    expect(inc.hours).toBeCloseTo(0.33 * 2 * HOURS_PER_INCIDENT, 9);
    expect(e.lines.some((l) => l.service === 'Downtime')).toBe(false);

    const priced = run([dbWorkload({ highAvailability: true })], { opsEffort: { downtimeCostPerHourUsd: 1000 } });
    const down = priced.lines.filter((l) => l.service === 'Downtime');
    expect(down).toHaveLength(2);
    for (const l of down) expect(l.monthly).toBeCloseTo(0.365 * 1000, 6); // 99.95% of 730 h, both platforms
    const custom = run([dbWorkload()], { opsEffort: { downtimeCostPerHourUsd: 1000, incidents: { 'ec2-db': { downtimeHoursPerMonth: 2, incidentsPerMonth: 1 } } } });
    expect(custom.lines.find((l) => l.id === 'ec2:ec2-db:downtime')!.monthly).toBe(2000);
    expect(custom.lines.find((l) => l.id === 'ec2:ec2-db:incidents')!.hours).toBe(6);
  });

  it('adds EKS cluster upkeep once per scenario, and ML tasks only when their parts exist', () => {
    const e = run([mlWorkload()]);
    expect(e.lines.filter((l) => l.id.endsWith(':task:eks-ml.cluster-upkeep'))).toHaveLength(1);
    expect(e.lines.filter((l) => l.id.endsWith(':setup:eks-ml.cluster-upkeep'))).toHaveLength(1);
    expect(e.lines.some((l) => l.id.includes('serving-deployments'))).toBe(false);
    expect(e.lines.some((l) => l.id.includes('training-infra'))).toBe(false);
    const withServing = run([mlWorkload({ realtimeInference: { endpoints: [{ name: 'a', instanceType: 'ml.m5.xlarge', instanceCount: 1, hoursPerDay: 24 }] } })]);
    expect(withServing.lines.some((l) => l.id === 'managed:sagemaker:task:sagemaker.serving-deployments')).toBe(true);
  });
});
