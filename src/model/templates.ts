import type { ScenarioInput } from './scenario-schema';

export const TEMPLATE_IDS = ['database', 'ml', 'both'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

const databaseWorkload = {
  kind: 'database',
  id: 'app-db',
  name: 'Application database',
  engine: 'postgresql',
  instanceClass: 'db.m6i.large',
  storage: { sizeGb: 200, type: 'gp3' },
  backup: { retentionDays: 7, storageGb: 250 },
  highAvailability: true,
  readReplicas: 0,
  hoursPerMonth: 730,
  replicationGbPerMonth: 100,
} as const;

const mlWorkload = {
  kind: 'ml-platform',
  id: 'ml-team',
  name: 'Data-science team',
  team: { dataScientists: 4, notebookInstanceType: 'ml.t3.medium', hoursPerDay: 8, daysPerMonth: 21 },
  training: { jobsPerMonth: 20, hoursPerJob: 2, instanceType: 'ml.m5.xlarge', instanceCount: 1, spotSharePct: 0 },
  realtimeInference: {
    endpoints: [{ name: 'model-api', instanceType: 'ml.m5.xlarge', instanceCount: 2, hoursPerDay: 24 }],
  },
  storage: { s3Gb: 500, volumeGbPerInstance: 50 },
  inferenceDataGbPerMonth: 50,
} as const;

/** A deep, mutable copy of a template workload. */
function copy(value: unknown): ScenarioInput['workloads'][number] {
  return JSON.parse(JSON.stringify(value)) as ScenarioInput['workloads'][number];
}

/** A starter scenario for `tco-studio init` and the app's "New from template". */
export function starterScenario(template: TemplateId): ScenarioInput {
  const common = {
    schemaVersion: 1 as const,
    region: 'us-east-1' as const,
    horizonMonths: 36,
    discountRateAnnualPct: 8,
    usageGrowthPctPerMonth: 1,
  };
  switch (template) {
    case 'database':
      return {
        ...common,
        name: 'PostgreSQL: EC2 or RDS',
        question: 'Should we run our PostgreSQL database ourselves on EC2 with a standby, or on RDS Multi-AZ?',
        workloads: [copy(databaseWorkload)],
      };
    case 'ml':
      return {
        ...common,
        name: 'ML platform: EC2, EKS or SageMaker',
        question: 'Should our data scientists work on a self-managed platform on EC2 or EKS, or on SageMaker?',
        workloads: [copy(mlWorkload)],
      };
    case 'both':
      return {
        ...common,
        name: 'Database and ML platform',
        question: 'What does running our database and ML platform ourselves cost, against RDS and SageMaker?',
        workloads: [
          copy(databaseWorkload),
          copy(mlWorkload),
        ],
      };
  }
}
