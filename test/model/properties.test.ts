import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate, evaluateTotals, EvaluationCache, parseScenario, type Estimate, type ScenarioInput } from '../../src/index';
import { dbWorkloadArb, mlWorkloadArb, scenarioArb } from '../support/arbitraries';
import { snapshotCatalogue } from '../support/snapshot';

const catalogue = snapshotCatalogue();
const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

const run = (input: ScenarioInput): Estimate => estimate(parseScenario(input), catalogue);
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

function totals(e: Estimate): Record<string, number> {
  return Object.fromEntries(e.options.map((o) => [o.option, o.horizonTotal]));
}

function withWorkload(input: ScenarioInput, change: (w: ScenarioInput['workloads'][number]) => ScenarioInput['workloads'][number]): ScenarioInput {
  return { ...input, workloads: input.workloads.map(change) };
}

describe('model invariants (fast-check)', () => {
  it('each option total is the sum of its lines, and the run-rate the sum of its monthly lines', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const e = run(input);
        for (const o of e.options) {
          const lines = e.lines.filter((l) => l.option === o.option);
          const sum = lines.reduce((s, l) => s + l.horizonTotal, 0);
          expect(close(o.horizonTotal, sum)).toBe(true);
          const last = o.projection[o.projection.length - 1]!;
          expect(close(last.cumulative, o.horizonTotal)).toBe(true);
          const runRate = lines
            .filter((l) => l.schedule.kind === 'monthly' && l.schedule.growth !== 'above-base')
            .reduce((s, l) => s + l.monthly, 0);
          expect(close(o.monthlyRunRate, runRate)).toBe(true);
          const byCategory = o.runRateByCategory.infrastructure + o.runRateByCategory.operations + o.runRateByCategory.security;
          expect(close(byCategory, o.monthlyRunRate)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('the fast totals-only path used by what-if analysis equals the full estimate', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const scenario = parseScenario(input);
        const full = estimate(scenario, catalogue);
        const fast = evaluateTotals(scenario, catalogue);
        expect(fast.map((o) => o.option)).toEqual(full.options.map((o) => o.option));
        fast.forEach((f, i) => {
          const o = full.options[i]!;
          for (const k of ['horizonTotal', 'npv', 'monthlyRunRate', 'oneTimeTotal', 'opsHoursPerMonth', 'setupHours'] as const) {
            expect(close(f[k], o[k]), k).toBe(true);
          }
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('repeated totals-only evaluations (replaying unchanged workloads) still equal the full estimate', () => {
    fc.assert(
      fc.property(scenarioArb, fc.double({ min: 20, max: 200, noNaN: true }), fc.double({ min: -5, max: 10, noNaN: true }), (input, rate, growth) => {
        const base = parseScenario(input);
        // Three evaluations of the same workload objects: build, record, then replay.
        const cache = new EvaluationCache();
        for (let i = 0; i < 3; i++) evaluateTotals(base, catalogue, { cache });
        const changed = { ...base, usageGrowthPctPerMonth: growth, labour: { ...base.labour, dba: { hourlyUsd: rate }, 'ml-engineer': { hourlyUsd: rate } } };
        const fast = evaluateTotals(changed, catalogue, { cache });
        const full = estimate(changed, catalogue);
        fast.forEach((f, i) => {
          expect(close(f.horizonTotal, full.options[i]!.horizonTotal)).toBe(true);
          expect(close(f.npv, full.options[i]!.npv)).toBe(true);
        });
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it('never produces NaN, Infinity or a negative amount', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const e = run(input);
        for (const l of e.lines) {
          for (const v of [l.quantity, l.monthly, l.oneTime, l.horizonTotal]) {
            expect(Number.isFinite(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(0);
          }
        }
        for (const o of e.options) {
          for (const v of [o.horizonTotal, o.npv, o.monthlyRunRate, o.oneTimeTotal, o.opsHoursPerMonth, o.setupHours]) {
            expect(Number.isFinite(v) && v >= 0).toBe(true);
          }
          expect(o.npv).toBeLessThanOrEqual(o.horizonTotal + 1e-6);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('cost never falls when database hours, replicas or storage rise', () => {
    fc.assert(
      fc.property(
        dbWorkloadArb,
        fc.constantFrom('hours', 'replicas', 'storage', 'backup', 'ha'),
        (db, what) => {
          const before: ScenarioInput = { schemaVersion: 1, name: 'P', question: 'Q?', region: 'us-east-1', horizonMonths: 24, discountRateAnnualPct: 5, workloads: [db] };
          const after = withWorkload(before, (w) => {
            if (w.kind !== 'database') return w;
            switch (what) {
              case 'hours':
                return { ...w, hoursPerMonth: Math.min(730, (w.hoursPerMonth ?? 730) + 50) };
              case 'replicas':
                return { ...w, readReplicas: (w.readReplicas ?? 0) + 1 };
              case 'storage': {
                const sizeGb = w.storage.sizeGb + 100;
                return { ...w, storage: { ...w.storage, sizeGb } };
              }
              case 'backup':
                return { ...w, backup: { ...w.backup, storageGb: w.backup.storageGb + 500 } };
              case 'ha':
                return { ...w, highAvailability: true };
            }
          });
          const t0 = totals(run(before));
          const t1 = totals(run(after));
          for (const k of Object.keys(t0)) expect(t1[k]!).toBeGreaterThanOrEqual(t0[k]! - 1e-9);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('cost never falls when the ML team, endpoints or training grow', () => {
    fc.assert(
      fc.property(mlWorkloadArb, fc.constantFrom('people', 'endpoint', 'training', 's3'), (ml, what) => {
        const before: ScenarioInput = { schemaVersion: 1, name: 'P', question: 'Q?', region: 'us-east-1', horizonMonths: 24, discountRateAnnualPct: 5, workloads: [ml] };
        const after = withWorkload(before, (w) => {
          if (w.kind !== 'ml-platform') return w;
          switch (what) {
            case 'people':
              return { ...w, team: { ...w.team, dataScientists: w.team.dataScientists + 1 } };
            case 'endpoint': {
              const endpoints = w.realtimeInference?.endpoints ?? [];
              const first = endpoints[0];
              return first
                ? { ...w, realtimeInference: { endpoints: [{ ...first, instanceCount: first.instanceCount + 1 }, ...endpoints.slice(1)] } }
                : { ...w, realtimeInference: { endpoints: [{ name: 'new', instanceType: 'ml.m5.xlarge', instanceCount: 1, hoursPerDay: 24 }] } };
            }
            case 'training':
              return w.training ? { ...w, training: { ...w.training, jobsPerMonth: w.training.jobsPerMonth * 2 + 1 } } : w;
            case 's3':
              return { ...w, storage: { ...w.storage, s3Gb: w.storage.s3Gb + 1000 } };
          }
        });
        const t0 = totals(run(before));
        const t1 = totals(run(after));
        for (const k of Object.keys(t0)) expect(t1[k]!).toBeGreaterThanOrEqual(t0[k]! - 1e-9);
      }),
      { numRuns: RUNS },
    );
  });

  it('managed options need fewer ops hours than self-managed for the same workload', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const e = run(input);
        const hours = Object.fromEntries(e.options.map((o) => [o.option, o]));
        expect(hours.managed!.opsHoursPerMonth).toBeLessThan(hours.ec2!.opsHoursPerMonth);
        expect(hours.managed!.opsHoursPerMonth).toBeGreaterThan(0);
        expect(hours.managed!.setupHours).toBeLessThan(hours.ec2!.setupHours);
        if (hours.eks) expect(hours.managed!.opsHoursPerMonth).toBeLessThan(hours.eks.opsHoursPerMonth);
      }),
      { numRuns: RUNS },
    );
  });

  it('ops hours per database fall as the fleet grows (fixed platform part plus per-unit part)', () => {
    fc.assert(
      fc.property(dbWorkloadArb, fc.integer({ min: 1, max: 8 }), (db, n) => {
        const fleet = (k: number): ScenarioInput => ({
          schemaVersion: 1,
          name: 'Fleet',
          question: 'Q?',
          region: 'us-east-1',
          horizonMonths: 12,
          discountRateAnnualPct: 0,
          workloads: Array.from({ length: k }, (_, i) => ({ ...db, id: `db-${i}` })),
        });
        const perDb = (k: number, option: string) => run(fleet(k)).options.find((o) => o.option === option)!.opsHoursPerMonth / k;
        for (const option of ['ec2', 'managed']) expect(perDb(n + 1, option)).toBeLessThan(perDb(n, option));
      }),
      { numRuns: 50 },
    );
  });
});
