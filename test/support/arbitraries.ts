import fc from 'fast-check';
import type { ScenarioInput } from '../../src/index';

type DbInput = Extract<ScenarioInput['workloads'][number], { kind: 'database' }>;
type MlInput = Extract<ScenarioInput['workloads'][number], { kind: 'ml-platform' }>;

/** Instance types with prices in the embedded snapshot for us-east-1, so properties test arithmetic, not lookups. */
export const DB_CLASSES = ['db.t3.medium', 'db.m5.large', 'db.m6i.large', 'db.r6i.xlarge', 'db.r5.2xlarge'] as const;
export const NOTEBOOK_TYPES = ['ml.t3.medium', 'ml.m5.xlarge'] as const;
export const TRAINING_TYPES = ['ml.m5.xlarge', 'ml.g4dn.xlarge', 'ml.g5.xlarge'] as const;
export const HOSTING_TYPES = ['ml.m5.xlarge', 'ml.c5.xlarge', 'ml.g4dn.xlarge'] as const;

export const dbWorkloadArb: fc.Arbitrary<DbInput> = fc
  .record({
    engine: fc.constantFrom('postgresql', 'mysql', 'mariadb'),
    instanceClass: fc.constantFrom(...DB_CLASSES),
    sizeGb: fc.integer({ min: 100, max: 4000 }),
    type: fc.constantFrom('gp2', 'gp3', 'io1'),
    iopsFactor: fc.integer({ min: 10, max: 50 }),
    extraIops: fc.integer({ min: 0, max: 20000 }),
    retentionDays: fc.integer({ min: 0, max: 35 }),
    backupGb: fc.integer({ min: 0, max: 8000 }),
    highAvailability: fc.boolean(),
    readReplicas: fc.integer({ min: 0, max: 3 }),
    hoursPerMonth: fc.integer({ min: 1, max: 730 }),
    replicationGbPerMonth: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
  })
  .map((r) => {
    const storage: DbInput['storage'] =
      r.type === 'io1'
        ? { sizeGb: r.sizeGb, type: 'io1', iops: Math.max(1000, Math.min(256000, r.sizeGb * r.iopsFactor)) }
        : r.type === 'gp3'
          ? { sizeGb: r.sizeGb, type: 'gp3', iops: 3000 + r.extraIops }
          : { sizeGb: r.sizeGb, type: 'gp2' };
    return {
      kind: 'database' as const,
      id: 'db',
      name: 'Generated database',
      engine: r.engine,
      instanceClass: r.instanceClass,
      storage,
      backup: { retentionDays: r.retentionDays, storageGb: r.backupGb },
      highAvailability: r.highAvailability,
      readReplicas: r.readReplicas,
      hoursPerMonth: r.hoursPerMonth,
      ...(r.replicationGbPerMonth === undefined ? {} : { replicationGbPerMonth: r.replicationGbPerMonth }),
    };
  });

export const mlWorkloadArb: fc.Arbitrary<MlInput> = fc
  .record({
    people: fc.integer({ min: 0, max: 30 }),
    notebook: fc.constantFrom(...NOTEBOOK_TYPES),
    hoursPerDay: fc.integer({ min: 0, max: 12 }),
    daysPerMonth: fc.integer({ min: 0, max: 23 }),
    training: fc.option(
      fc.record({
        jobsPerMonth: fc.integer({ min: 0, max: 200 }),
        hoursPerJob: fc.integer({ min: 1, max: 24 }),
        instanceType: fc.constantFrom(...TRAINING_TYPES),
        instanceCount: fc.integer({ min: 1, max: 4 }),
        spotSharePct: fc.integer({ min: 0, max: 100 }),
      }),
      { nil: undefined },
    ),
    endpoints: fc.array(
      fc.record({
        name: fc.constantFrom('a', 'b', 'c'),
        instanceType: fc.constantFrom(...HOSTING_TYPES),
        instanceCount: fc.integer({ min: 1, max: 4 }),
        hoursPerDay: fc.integer({ min: 1, max: 24 }),
      }),
      { maxLength: 3 },
    ),
    s3Gb: fc.integer({ min: 0, max: 200000 }),
    volume: fc.integer({ min: 1, max: 500 }),
    inferenceDataGbPerMonth: fc.integer({ min: 0, max: 5000 }),
  })
  .map((r) => ({
    kind: 'ml-platform' as const,
    id: 'ml',
    name: 'Generated ML platform',
    team: { dataScientists: r.people, notebookInstanceType: r.notebook, hoursPerDay: r.hoursPerDay, daysPerMonth: r.daysPerMonth },
    ...(r.training ? { training: r.training } : {}),
    ...(r.endpoints.length > 0 ? { realtimeInference: { endpoints: r.endpoints } } : {}),
    storage: { s3Gb: r.s3Gb, volumeGbPerInstance: r.volume },
    inferenceDataGbPerMonth: r.inferenceDataGbPerMonth,
  }));

export const scenarioArb: fc.Arbitrary<ScenarioInput> = fc
  .record({
    db: fc.option(dbWorkloadArb, { nil: undefined }),
    ml: fc.option(mlWorkloadArb, { nil: undefined }),
    horizonMonths: fc.integer({ min: 1, max: 60 }),
    discountRateAnnualPct: fc.integer({ min: 0, max: 20 }),
    usageGrowthPctPerMonth: fc.double({ min: -5, max: 10, noNaN: true }),
  })
  .filter((r) => r.db !== undefined || r.ml !== undefined)
  .map((r) => ({
    schemaVersion: 1 as const,
    name: 'Generated',
    question: 'Which is cheaper?',
    region: 'us-east-1' as const,
    horizonMonths: r.horizonMonths,
    discountRateAnnualPct: r.discountRateAnnualPct,
    usageGrowthPctPerMonth: r.usageGrowthPctPerMonth,
    workloads: [...(r.db ? [r.db] : []), ...(r.ml ? [r.ml] : [])],
  }));
