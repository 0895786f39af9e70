import { describe, expect, it } from 'vitest';
import {
  estimate,
  exitEffort,
  optionSetupHours,
  ROLE_DEFAULTS,
  timeToValue,
  WEEKS_PER_MONTH,
  type Estimate,
  type OptionId,
  type ScenarioInput,
} from '../../src/index';
import { dbWorkload, mlWorkload, roundCatalogue, scenario } from '../support/scenarios';

const catalogue = roundCatalogue();
const haDatabase = () => [dbWorkload({ highAvailability: true })];
const mlPlatform = () => [
  mlWorkload({
    team: { dataScientists: 3, notebookInstanceType: 'ml.m5.large', hoursPerDay: 8, daysPerMonth: 20 },
    training: { jobsPerMonth: 10, hoursPerJob: 2, instanceType: 'ml.g5.xlarge', instanceCount: 1, spotSharePct: 0 },
    realtimeInference: { endpoints: [{ name: 'api', instanceType: 'ml.m5.xlarge', instanceCount: 2, hoursPerDay: 24 }] },
  }),
];

const option = (e: Estimate, o: OptionId) => e.options.find((x) => x.option === o)!;
const tradeoffLineIds = (e: Estimate) => e.lines.filter((l) => l.id.includes(':exit:') || l.service === 'Delayed value').map((l) => l.id);

describe('folding trade-offs into the TCO: only when switched on', () => {
  it('adds nothing by default, or with the block present and both switches off', () => {
    const base = estimate(scenario(haDatabase()), catalogue);
    const off = estimate(
      scenario(haDatabase(), {
        tradeoffs: {
          exitEffort: { includeInTco: false, steps: { 'rds.data-migration': { perUnitHours: 100 } } },
          timeToValue: { monthlyBenefitUsd: 50_000, includeDelayCostInTco: false },
        },
      }),
      catalogue,
    );
    expect(tradeoffLineIds(base)).toEqual([]);
    expect(off.lines.map((l) => l.id)).toEqual(base.lines.map((l) => l.id));
    expect(off.options.map((o) => o.horizonTotal)).toEqual(base.options.map((o) => o.horizonTotal));
    expect(off.options.map((o) => o.npv)).toEqual(base.options.map((o) => o.npv));
  });

  it('exit effort: one-time "operations" lines in the last month; every total rises by exactly the exit cost', () => {
    const input: Partial<ScenarioInput> = { horizonMonths: 24, discountRateAnnualPct: 10 };
    const base = estimate(scenario(haDatabase(), input), catalogue);
    const s = scenario(haDatabase(), { ...input, tradeoffs: { exitEffort: { includeInTco: true } } });
    const withExit = estimate(s, catalogue);
    for (const o of ['ec2', 'managed'] as const) {
      const exit = exitEffort(s, o);
      const lines = withExit.lines.filter((l) => l.option === o && l.id.includes(':exit:'));
      expect(lines.length).toBe(exit.steps.length);
      for (const l of lines) {
        expect(l).toMatchObject({ category: 'operations', service: 'Engineering time', schedule: { kind: 'once', month: 24 }, unit: 'engineer-hours' });
        expect(l.label).toMatch(/^Exit: /);
        expect(l.provenance.kind === 'labour' && l.provenance.taskId).toMatch(/^(ec2-db|rds)\./);
      }
      const diff = option(withExit, o).horizonTotal - option(base, o).horizonTotal;
      expect(diff).toBeCloseTo(exit.totalUsd, 6);
      expect(option(withExit, o).oneTimeTotal - option(base, o).oneTimeTotal).toBeCloseTo(exit.totalUsd, 6);
      const last = (e: Estimate) => option(e, o).projection[23]!;
      expect(last(withExit).operations - last(base).operations).toBeCloseTo(exit.totalUsd, 6);
      // The exit lies 23 months ahead, so its present value is smaller than its nominal cost.
      const npvDiff = option(withExit, o).npv - option(base, o).npv;
      expect(npvDiff).toBeCloseTo(exit.totalUsd * Math.pow(1.1, -23 / 12), 6);
      // Setup and running hours keep meaning setup and running effort.
      expect(option(withExit, o).setupHours).toBe(option(base, o).setupHours);
      expect(option(withExit, o).opsHoursPerMonth).toBe(option(base, o).opsHoursPerMonth);
    }
  });

  it('exit effort by hand: an HA Postgres on EC2 vs RDS at default rates', () => {
    const s = scenario(haDatabase());
    const dba = ROLE_DEFAULTS.dba.hourlyUsd;
    const sysadmin = ROLE_DEFAULTS.sysadmin.hourlyUsd;
    const ec2 = exitEffort(s, 'ec2');
    // Data migration 8 + 16 × 1 database (DBA); automation 8 + 1 × 2 instances (sysadmin).
    expect(ec2.steps.map((x) => [x.step.id, x.hours])).toEqual([
      ['ec2-db.data-migration', 24],
      ['ec2-db.automation-port', 10],
    ]);
    expect(ec2.totalUsd).toBeCloseTo(24 * dba + 10 * sysadmin, 9);
    const rds = exitEffort(s, 'managed');
    // Data migration 24 h plus RDS-specific configuration 4 + 8 × 1 database.
    expect(rds.steps.map((x) => [x.step.id, x.hours])).toEqual([
      ['rds.data-migration', 24],
      ['rds.replace-rds-features', 12],
    ]);
    expect(rds.hoursByRole).toEqual({ dba: 36 });
  });

  it('exit-step overrides change hours and role, and the line says it was overridden', () => {
    const s = scenario(haDatabase(), {
      labour: { 'platform-engineer': { hourlyUsd: 100 } },
      tradeoffs: { exitEffort: { includeInTco: true, steps: { 'rds.replace-rds-features': { fixedHours: 0, perUnitHours: 40, role: 'platform-engineer' } } } },
    });
    const step = exitEffort(s, 'managed').steps.find((x) => x.step.id === 'rds.replace-rds-features')!;
    expect(step).toMatchObject({ hours: 40, role: 'platform-engineer', hourlyUsd: 100, costUsd: 4000, overridden: true, rateSource: 'scenario' });
    const line = estimate(s, catalogue).lines.find((l) => l.id === 'managed:rds:exit:rds.replace-rds-features')!;
    expect(line.oneTime).toBe(4000);
    expect(line.provenance.kind === 'labour' && line.provenance.overridden).toBe(true);
  });

  it('value of delay: the slower option gets a line per month not yet live; its total rises by exactly benefit × delay', () => {
    const benefit = 10_000;
    // 1 person × 4 h/week makes the setup gap span several months.
    const ttvInput = { setupTeamSize: 1, hoursPerPersonPerWeek: 4, monthlyBenefitUsd: benefit };
    const base = estimate(scenario(haDatabase(), { tradeoffs: { timeToValue: ttvInput } }), catalogue);
    const s = scenario(haDatabase(), { tradeoffs: { timeToValue: { ...ttvInput, includeDelayCostInTco: true } } });
    const withDelay = estimate(s, catalogue);

    const ec2Setup = option(base, 'ec2').setupHours;
    const rdsSetup = option(base, 'managed').setupHours;
    const delayMonths = (ec2Setup - rdsSetup) / 4 / WEEKS_PER_MONTH;
    expect(delayMonths).toBeGreaterThan(3);
    expect(delayMonths).toBeLessThan(4);

    const lines = withDelay.lines.filter((l) => l.option === 'ec2' && l.service === 'Delayed value');
    expect(lines.map((l) => l.schedule)).toEqual([1, 2, 3, 4].map((month) => ({ kind: 'once', month })));
    expect(lines.map((l) => l.quantity).slice(0, 3)).toEqual([1, 1, 1]);
    expect(lines[3]!.quantity).toBeCloseTo(delayMonths - 3, 12);
    for (const l of lines) expect(l).toMatchObject({ category: 'operations', unitPrice: benefit, provenance: { kind: 'input' } });

    expect(option(withDelay, 'ec2').horizonTotal - option(base, 'ec2').horizonTotal).toBeCloseTo(benefit * delayMonths, 6);
    // The fastest option forgoes nothing.
    expect(withDelay.lines.some((l) => l.option === 'managed' && l.service === 'Delayed value')).toBe(false);
    expect(option(withDelay, 'managed').horizonTotal).toBe(option(base, 'managed').horizonTotal);
    expect(timeToValue(s, ['ec2', 'managed'], 12).options.find((o) => o.option === 'ec2')!.delayCostUsd).toBeCloseTo(benefit * delayMonths, 6);
  });

  it('value of delay stops at the end of the horizon', () => {
    const tradeoffs = { timeToValue: { setupTeamSize: 1, hoursPerPersonPerWeek: 1, monthlyBenefitUsd: 1000, includeDelayCostInTco: true } };
    const base = estimate(scenario(haDatabase(), { horizonMonths: 2 }), catalogue);
    const e = estimate(scenario(haDatabase(), { horizonMonths: 2, tradeoffs }), catalogue);
    expect(e.lines.filter((l) => l.service === 'Delayed value').map((l) => l.id)).toEqual(['ec2:time-to-value:delay:m1', 'ec2:time-to-value:delay:m2']);
    expect(option(e, 'ec2').horizonTotal - option(base, 'ec2').horizonTotal).toBeCloseTo(2000, 9);
  });

  it('value of delay needs a second option to be slower than', () => {
    const e = estimate(
      scenario(haDatabase(), { options: ['ec2'], tradeoffs: { timeToValue: { monthlyBenefitUsd: 1000, includeDelayCostInTco: true } } }),
      catalogue,
    );
    expect(tradeoffLineIds(e)).toEqual([]);
  });

  it('folds both into an ML scenario with three options, and only into the options that are slower', () => {
    const s = scenario(mlPlatform(), {
      tradeoffs: { exitEffort: { includeInTco: true }, timeToValue: { monthlyBenefitUsd: 20_000, includeDelayCostInTco: true } },
    });
    const e = estimate(s, catalogue);
    const ttv = timeToValue(s, ['ec2', 'eks', 'managed'], 12);
    expect(ttv.fastest).toBe('managed');
    for (const o of ['ec2', 'eks', 'managed'] as const) {
      const exits = e.lines.filter((l) => l.option === o && l.id.includes(':exit:'));
      expect(exits.reduce((sum, l) => sum + l.horizonTotal, 0)).toBeCloseTo(exitEffort(s, o).totalUsd, 6);
      const delay = e.lines.filter((l) => l.option === o && l.service === 'Delayed value');
      expect(delay.reduce((sum, l) => sum + l.horizonTotal, 0)).toBeCloseTo(ttv.options.find((t) => t.option === o)!.delayCostUsd, 6);
      expect(delay.length > 0).toBe(o !== 'managed');
    }
  });
});

describe('time to value reads the same setup hours the TCO prices', () => {
  const cases: [string, ScenarioInput['workloads'], Partial<ScenarioInput>][] = [
    ['a single database', [dbWorkload()], {}],
    ['an HA database with replicas', [dbWorkload({ highAvailability: true, readReplicas: 2 })], {}],
    ['an ML platform', mlPlatform(), {}],
    ['databases and ML together', [dbWorkload({ id: 'a' }), dbWorkload({ id: 'b', highAvailability: true }), ...mlPlatform()], {}],
    [
      'task overrides (hours, role, a disabled task)',
      [dbWorkload({ highAvailability: true })],
      {
        opsEffort: {
          tasks: {
            'ec2-db.db-install': { setupFixedHours: 40, role: 'platform-engineer' },
            'ec2-db.backups': { enabled: false },
            'rds.monitoring-oncall': { setupPerUnitHours: 3 },
          },
        },
      },
    ],
    ['a team slower than the defaults (effort scale 150%)', [dbWorkload({ highAvailability: true }), ...mlPlatform()], { opsEffort: { effortScalePct: 150 } }],
  ];

  it.each(cases)('%s', (_name, workloads, over) => {
    const s = scenario(workloads, over);
    const e = estimate(s, catalogue);
    for (const o of e.options) expect(optionSetupHours(s, o.option).total, o.option).toBeCloseTo(o.setupHours, 9);
  });

  it('turns setup hours into weeks at the team\'s capacity', () => {
    const s = scenario(haDatabase(), { tradeoffs: { timeToValue: { setupTeamSize: 3, hoursPerPersonPerWeek: 20 } } });
    const ttv = timeToValue(s, ['ec2', 'managed'], 12);
    for (const o of ttv.options) expect(o.weeks).toBeCloseTo(o.setupHours / 60, 12);
    const ec2 = ttv.options.find((o) => o.option === 'ec2')!;
    const rds = ttv.options.find((o) => o.option === 'managed')!;
    expect(ttv.fastest).toBe('managed');
    expect(rds.delayWeeks).toBe(0);
    expect(ec2.delayWeeks).toBeCloseTo(ec2.weeks - rds.weeks, 12);
    expect(ec2.delayMonths).toBeCloseTo(ec2.delayWeeks / (52 / 12), 12);
    // Without a monthly benefit there is no value of delay.
    expect(ec2.delayCostUsd).toBe(0);
    // Roles add up to the total.
    for (const o of ttv.options) expect(Object.values(o.setupHoursByRole).reduce((a, b) => a + b, 0)).toBeCloseTo(o.setupHours, 9);
  });
});
