import { knownAuroraVersions, knownVersions } from './support-calendar';
import { knownKubernetesVersions } from './kubernetes-calendar';
import * as z from 'zod';
import { ROLE_IDS } from './labour';
import { DEPLOYMENT_IDS, OPS_TASK_IDS } from './ops-tasks';
import { DEFAULT_PRACTICE_MATURITY, PRACTICE_MATURITY_LEVELS } from './practice-maturity';
import { AWS_REGIONS } from './regions';
import { HOURS_PER_MONTH } from './units';
import { CRITERION_IDS, DEFAULT_WEIGHTS } from './scorecard-criteria';
import { EXIT_STEP_IDS } from './exit-steps';
import { licensingProblems, replicaProblem } from './licence-rules';

/**
 * The `*.tco.json` scenario format, version 1. Parsed once at the edge (file open, IPC, CLI);
 * inside the model, a `Scenario` is trusted. Bounds reject impossible or absurd numbers so that
 * every accepted scenario evaluates to finite, non-negative costs.
 */
export const SCHEMA_VERSION = 1;

/**
 * The size limits of a scenario: what the tool serves in a few seconds on a two-core laptop. The
 * cost of `simulate` (10,000 runs) grows with workloads × endpoints; at the earlier limits (50 ML
 * workloads × 50 endpoints, 120 months) it took 30 s of CPU and `sensitivity` 10 s, measured with
 * bench/limits.bench.ts. At 20 × 10 the worst case is under 4 s. Fleets of many similar workloads
 * and a faster Monte Carlo are planned; these limits will rise with them (docs/methodology.md, Limits).
 */
/**
 * Scenario size the analyses serve in a few seconds on a two-core machine (docs/methodology.md,
 * Limits): ML platforms cost far more per workload than databases (tens of lines each), so they
 * have their own, lower limit.
 */
export const SCENARIO_LIMITS = { workloads: 50, mlWorkloads: 20, endpointsPerWorkload: 10, horizonMonths: 120 } as const;

const LIMIT_REASON = 'the limit that keeps simulate and sensitivity within a few seconds (docs/methodology.md, Limits)';

/**
 * Defaults of the time-to-value inputs (`tradeoffs.timeToValue`): two people on the setup, each
 * spending 32 h a week on it. Their reasoning and citation: TIME_TO_VALUE_PROVENANCE
 * (src/model/time-to-value.ts).
 */
export const TIME_TO_VALUE_DEFAULTS = {
  /** People working on the setup at the same time. */
  setupTeamSize: 2,
  /** Hours each of them spends on the setup per week. */
  hoursPerPersonPerWeek: 32,
} as const;

export const OPTION_IDS = ['ec2', 'eks', 'managed', 'aurora'] as const;

/**
 * The Aurora edition of a database engine: PostgreSQL and MySQL have one (Aurora PostgreSQL- and
 * MySQL-Compatible Edition); other engines (MariaDB) have none, so a scenario comparing "aurora"
 * refuses them.
 */
export function auroraEngineFor(engine: string): 'aurora-postgresql' | 'aurora-mysql' | undefined {
  return engine === 'postgresql' ? 'aurora-postgresql' : engine === 'mysql' ? 'aurora-mysql' : undefined;
}

/**
 * The engine versions a database workload accepts: those of RDS's support calendar for the engine,
 * and, when Aurora is compared, only those Aurora's calendar knows too (the schema refuses others).
 */
export function acceptedEngineVersions(engine: string, auroraCompared: boolean): readonly string[] {
  const aurora = auroraCompared ? auroraEngineFor(engine) : undefined;
  return knownVersions(engine).filter((v) => aurora === undefined || knownAuroraVersions(aurora).includes(v));
}
export type OptionId = (typeof OPTION_IDS)[number];

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be 1–63 lower-case letters, digits or hyphens, starting with a letter or digit');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const ec2Type = z
  .string()
  .regex(/^[a-z][a-z0-9-]*\.[a-z0-9]+$/, 'must be an EC2 instance type such as "m6i.large"');
const rdsClass = z
  .string()
  .regex(/^db\.[a-z][a-z0-9-]*\.[a-z0-9]+$/, 'must be an RDS instance class such as "db.r6i.xlarge"');
const mlType = z
  .string()
  .regex(/^ml\.[a-z][a-z0-9-]*\.[a-z0-9]+$/, 'must be a SageMaker instance type such as "ml.m5.xlarge"');

/**
 * Most provisioned IOPS per GiB of storage: io1 50, io2 (Block Express) 1,000, on both EBS and RDS
 * (Amazon EBS User Guide, "Provisioned IOPS SSD volumes", https://docs.aws.amazon.com/ebs/latest/userguide/provisioned-iops.html;
 * RDS User Guide, "Provisioned IOPS SSD storage", https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Storage.html).
 */
export const PIOPS_PER_GIB = { io1: 50, io2: 1000 } as const;

const usd = (max: number) => z.number().min(0).max(max);
const pct = (min: number, max: number) => z.number().min(min).max(max);

const term = z.enum(['1yr', '3yr']);
const purchaseOption = z.enum(['no-upfront', 'partial-upfront', 'all-upfront']);

const onDemand = z.strictObject({ model: z.literal('on-demand') });

const reserved = z
  .strictObject({
    model: z.literal('reserved'),
    term,
    purchaseOption,
    offeringClass: z.enum(['standard', 'convertible']).default('standard').meta({
      description: 'EC2 only; RDS reserved instances have a single class.',
    }),
    hourlyUsd: usd(1000)
      .optional()
      .meta({ description: 'Your reserved hourly rate per instance; overrides the catalogue. Give upfrontUsd with it.' }),
    upfrontUsd: usd(1_000_000)
      .optional()
      .meta({ description: 'Your one-time fee per instance per term; overrides the catalogue.' }),
  })
  .superRefine((value, ctx) => {
    if ((value.hourlyUsd === undefined) !== (value.upfrontUsd === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [value.hourlyUsd === undefined ? 'hourlyUsd' : 'upfrontUsd'],
        message: 'give both hourlyUsd and upfrontUsd, or neither (to use the catalogue)',
      });
    }
  });

const savingsPlan = (plans: readonly [string, ...string[]]) =>
  z.strictObject({
    model: z.literal('savings-plan'),
    plan: z.enum(plans),
    term,
    purchaseOption,
    discountPct: z
      .number()
      .gt(0, 'must be above 0')
      .lt(100, 'must be below 100')
      .meta({
        description:
          'Your Savings Plan discount against on-demand, in percent, from the AWS Savings Plans pricing page for your term and payment option (AWS quotes "up to" 66% for Compute, 72% for EC2 Instance, 64% for SageMaker).',
      }),
  });

const ec2Commitment = z.discriminatedUnion('model', [
  onDemand,
  reserved,
  savingsPlan(['compute', 'ec2-instance']),
]);
const rdsCommitment = z.discriminatedUnion('model', [onDemand, reserved, savingsPlan(['database'])]);
const eksCommitment = z.discriminatedUnion('model', [onDemand, reserved, savingsPlan(['compute', 'ec2-instance'])]);
const sagemakerCommitment = z.discriminatedUnion('model', [onDemand, savingsPlan(['sagemaker'])]);

/** Spot assumptions used when a scenario states none. */
export const DEFAULT_SPOT = { expectedDiscountPct: 60, interruptionOverheadPct: 10 } as const;

const spot = z.strictObject({
  expectedDiscountPct: pct(0, 95)
    .default(DEFAULT_SPOT.expectedDiscountPct)
    .meta({
      description:
        'Expected Spot (or SageMaker managed spot) discount against on-demand. Default 60% is a planning assumption: AWS advertises "up to 90%"; check the Spot Instance Advisor for your types.',
    }),
  interruptionOverheadPct: pct(0, 200)
    .default(DEFAULT_SPOT.interruptionOverheadPct)
    .meta({
      description:
        'Extra instance-hours re-run after interruptions, in percent of the spot hours. Default 10% is an assumption for checkpointed jobs.',
    }),
});

// ---------------------------------------------------------------------------------------------
// Database workload
// ---------------------------------------------------------------------------------------------
/** Burstable RDS classes (CPU credits; Unlimited is the RDS default for db.t3/db.t4g). */
export function isBurstableClass(instanceClass: string): boolean {
  return /^(db\.)?t[2-4][ag]?\./.test(instanceClass);
}

/** Database engines: open source, SQL Server editions and Oracle editions (src/model/licensing.ts). */
export const DATABASE_ENGINES = [
  'postgresql',
  'mysql',
  'mariadb',
  'sqlserver-ex',
  'sqlserver-web',
  'sqlserver-se',
  'sqlserver-ee',
  'oracle-se2',
  'oracle-ee',
] as const;

const licenceModel = z.enum(['license-included', 'byol']);

/** How a commercial engine is licensed on each option, and the list prices it is costed at (docs/methodology.md, Commercial engines). */
const licensing = z.strictObject({
  rds: licenceModel
    .optional()
    .meta({ description: 'RDS licence model: SQL Server and Oracle SE2 default to license-included; Oracle EE is byol only.' }),
  ec2: licenceModel
    .default('byol')
    .meta({ description: 'EC2 licence model: byol (your licences, priced at list) or license-included (SQL Server Web/Standard/Enterprise AMI rates).' }),
  ec2Os: z
    .enum(['linux', 'windows'])
    .default('linux')
    .meta({ description: 'Operating system on EC2 with BYOL SQL Server: Linux (SQL Server 2017+, no OS licence) or Windows (licence included).' }),
  usdPerTwoCorePack: usd(1_000_000)
    .optional()
    .meta({ description: 'SQL Server BYOL: licence price per 2-core pack, USD (default: Microsoft list price of the edition).' }),
  usdPerProcessor: usd(1_000_000)
    .optional()
    .meta({ description: 'Oracle BYOL: licence price per Processor licence (EE) or per socket (SE2), USD (default: Oracle list price).' }),
  annualSupportPct: pct(0, 100)
    .optional()
    .meta({ description: 'Yearly support as % of the licence price (default: Oracle 22%, Microsoft Software Assurance 25%).' }),
});

const databaseWorkload = z
  .strictObject({
    kind: z.literal('database'),
    id: slug,
    name: text(120),
    engine: z.enum(DATABASE_ENGINES),
    licensing: licensing.optional().meta({ description: 'SQL Server and Oracle only: licence model per option and licence prices.' }),
    instanceClass: rdsClass.meta({ description: 'RDS instance class of the primary, e.g. db.r6i.xlarge.' }),
    engineVersion: z
      .string()
      .max(20)
      .optional()
      .meta({
        description:
          'Engine major version, e.g. "13" or "8.0" (the community major, on Aurora too: "5.7" is Aurora MySQL version 2, "8.0" version 3): past its end of standard support, RDS and Aurora add Extended Support charges and EC2 runs an unsupported engine. Absent: a supported version is assumed.',
      }),
    cpuCreditSurplusVcpuHoursPerMonth: z
      .number()
      .min(0)
      .max(1_000_000)
      .optional()
      .meta({
        description:
          'Burstable classes (db.t3/db.t4g) only: expected CPU use above baseline per month, vCPU-hours, billed as surplus credits in Unlimited mode (the RDS default). Absent: none.',
      }),
    ec2InstanceType: ec2Type
      .optional()
      .meta({ description: 'EC2 type for the self-managed option; defaults to the RDS class without "db." (db.r6i.xlarge → r6i.xlarge).' }),
    storage: z.strictObject({
      sizeGb: z.number().int().min(20).max(65536).meta({ description: 'Provisioned storage per instance, GiB (RDS allows 20–65,536).' }),
      type: z.enum(['gp2', 'gp3', 'io1', 'io2']),
      iops: z
        .number()
        .int()
        .min(0)
        .max(256000)
        .optional()
        .meta({ description: 'Provisioned IOPS: required for io1 and io2 (1,000–256,000); optional for gp3 (above the included baseline).' }),
      throughputMBps: z
        .number()
        .min(0)
        .max(4000)
        .optional()
        .meta({ description: 'gp3 only: provisioned throughput in MiB/s (above the included baseline).' }),
    }),
    backup: z.strictObject({
      retentionDays: z.number().int().min(0).max(35).meta({ description: 'Automated backup retention (RDS allows 0–35 days).' }),
      storageGb: z
        .number()
        .min(0)
        .max(10_000_000)
        .meta({ description: 'Total backup storage retained (automated backups and snapshots), GiB.' }),
      dailyChangePct: pct(0, 100)
        .optional()
        .meta({
          description:
            'EC2 only: share of the volume changed per day, percent, which each incremental EBS snapshot stores (default 2%, an assumption). Absent on older files: the whole backup size is billed.',
        }),
    }),
    rootVolumeGb: z
      .number()
      .int()
      .min(0)
      .max(16384)
      .optional()
      .meta({ description: 'EC2 only: root volume of each database instance, GiB (AMI defaults are 8–30 GiB). Absent: not counted.' }),
    rootVolumeType: z
      .enum(['gp2', 'gp3'])
      .default('gp3')
      .meta({ description: 'EC2 only: EBS type of the root volumes (many older AMIs and launch templates still boot from gp2).' }),
    selfManagedNetwork: z
      .strictObject({
        nlb: z.boolean().default(false).meta({ description: 'A Network Load Balancer as the stable endpoint clients connect to (moved on failover).' }),
        nlbGbPerMonth: z.number().min(0).max(10_000_000).default(0).meta({ description: 'GB per month through the NLB, for its capacity units.' }),
        natGatewayGbPerMonth: z
          .number()
          .min(0)
          .max(10_000_000)
          .optional()
          .meta({ description: 'A NAT gateway for private instances (OS and engine patches); GB per month it processes. Absent: none.' }),
      })
      .optional()
      .meta({ description: 'EC2 only: network pieces a self-managed design may need that RDS provides itself. Absent: none (as before).' }),
    highAvailability: z.boolean().meta({ description: 'RDS Multi-AZ; on EC2, a standby instance in another AZ with streaming replication.' }),
    readReplicas: z.number().int().min(0).max(15).default(0),
    hoursPerMonth: z
      .number()
      .gt(0, 'must be above 0')
      .max(HOURS_PER_MONTH, `must be at most ${HOURS_PER_MONTH} (24/7 in AWS's 730-hour month)`)
      .default(HOURS_PER_MONTH)
      .meta({ description: 'Hours the instances run each month; 730 = 24/7. Storage is billed all month either way.' }),
    replicationGbPerMonth: z
      .number()
      .min(0)
      .max(10_000_000)
      .optional()
      .meta({ description: 'Data replicated to each standby/replica per month, GB (priced as cross-AZ transfer on EC2; free on RDS Multi-AZ).' }),
    aurora: z
      .strictObject({
        storageConfiguration: z
          .enum(['standard', 'io-optimized'])
          .default('standard')
          .meta({ description: 'Aurora Standard (storage plus I/O per request) or I/O-Optimized (higher instance and storage rates, no I/O charge).' }),
        ioRequestsMillionsPerMonth: z
          .number()
          .min(0)
          .max(100_000_000)
          .optional()
          .meta({
            description:
              'Aurora Standard only: storage I/O requests per month, in millions (CloudWatch VolumeReadIOPs + VolumeWriteIOPs). Without it the I/O charge is not priced and the estimate warns.',
          }),
      })
      .optional()
      .meta({ description: 'The Aurora option (options: "aurora"): one cluster per database, its readers for high availability and read replicas.' }),
    pricing: z
      .strictObject({
        ec2: z.strictObject({ commitment: ec2Commitment.default({ model: 'on-demand' }) }).prefault({}),
        rds: z.strictObject({ commitment: rdsCommitment.default({ model: 'on-demand' }) }).prefault({}),
        aurora: z
          .strictObject({ commitment: rdsCommitment.default({ model: 'on-demand' }) })
          .optional()
          .meta({ description: 'Aurora instances (options: "aurora"): on-demand, reserved (priced at on-demand and flagged when no rate is known) or a Database Savings Plan.' }),
      })
      .prefault({}),
  })
  .superRefine((w, ctx) => {
    if (w.engineVersion !== undefined && !knownVersions(w.engine).includes(w.engineVersion)) {
      const known = knownVersions(w.engine);
      ctx.addIssue({
        code: 'custom',
        path: ['engineVersion'],
        message:
          known.length > 0
            ? `is not a known ${w.engine} major version (known: ${known.join(', ')})`
            : `cannot be given for ${w.engine}: its support calendar is not modelled yet, so leave engineVersion out`,
      });
    }
    if (w.cpuCreditSurplusVcpuHoursPerMonth !== undefined && w.cpuCreditSurplusVcpuHoursPerMonth > 0 && !isBurstableClass(w.instanceClass)) {
      ctx.addIssue({
        code: 'custom',
        path: ['cpuCreditSurplusVcpuHoursPerMonth'],
        message: `applies to burstable classes only (db.t3, db.t4g); ${w.instanceClass} is not burstable`,
      });
    }
    const s = w.storage;
    if (s.type === 'io1' || s.type === 'io2') {
      const perGb = PIOPS_PER_GIB[s.type];
      if (s.iops === undefined) {
        ctx.addIssue({ code: 'custom', path: ['storage', 'iops'], message: `is required for ${s.type} storage (1,000–256,000)` });
      } else if (s.iops < 1000) {
        ctx.addIssue({ code: 'custom', path: ['storage', 'iops'], message: `must be at least 1000 for ${s.type} (got ${s.iops})` });
      } else if (s.iops > perGb * s.sizeGb) {
        ctx.addIssue({
          code: 'custom',
          path: ['storage', 'iops'],
          message: `must be at most ${perGb} IOPS per GiB for ${s.type} (${perGb * s.sizeGb} for ${s.sizeGb} GiB; got ${s.iops})`,
        });
      }
      if (s.sizeGb < 100) {
        ctx.addIssue({ code: 'custom', path: ['storage', 'sizeGb'], message: `must be at least 100 for ${s.type} (got ${s.sizeGb})` });
      }
    }
    if (s.type === 'gp2' && s.iops !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['storage', 'iops'], message: 'is not allowed for gp2 (its IOPS follow its size)' });
    }
    if (s.type !== 'gp3' && s.throughputMBps !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['storage', 'throughputMBps'], message: 'is allowed for gp3 storage only' });
    }
    if (s.type === 'gp3' && s.iops !== undefined && s.iops > 64000) {
      ctx.addIssue({ code: 'custom', path: ['storage', 'iops'], message: `must be at most 64000 for gp3 (got ${s.iops})` });
    }
    for (const problem of licensingProblems(w.engine, w.licensing)) ctx.addIssue({ code: 'custom', path: ['licensing', ...problem.path], message: problem.message });
    const replicas = replicaProblem(w.engine, w.readReplicas);
    if (replicas !== undefined) ctx.addIssue({ code: 'custom', path: ['readReplicas'], message: replicas });
  });

// ---------------------------------------------------------------------------------------------
// ML platform workload
// ---------------------------------------------------------------------------------------------
const endpoint = z.strictObject({
  name: text(80),
  instanceType: mlType,
  instanceCount: z.number().int().min(1).max(100),
  hoursPerDay: z.number().gt(0, 'must be above 0').max(24),
});

/**
 * Default utilisation gain of EKS over one-instance-per-purpose EC2 for notebook, serving and batch
 * capacity (percent). An assumption inside published evidence: JupyterHub on Kubernetes packs users
 * onto shared nodes and culls idle servers (Zero to JupyterHub, "Optimizations"); Anthropic reported
 * 40% lower EKS compute cost year over year from Karpenter with spot (an upper bound: spot is priced
 * separately here); CAST AI finds clusters still use only 10–13% of provisioned CPU, so packing
 * gains are modest in practice. 25% (node-hours × 0.8), range 0–60%.
 */
export const DEFAULT_EKS_UTILISATION_GAIN_PCT = 25;

const mlWorkload = z.strictObject({
  kind: z.literal('ml-platform'),
  id: slug,
  name: text(120),
  team: z.strictObject({
    dataScientists: z.number().int().min(0).max(1000),
    notebookInstanceType: mlType.meta({ description: 'One notebook per person; its EC2 equivalent drops the "ml." prefix.' }),
    hoursPerDay: z.number().min(0).max(24),
    daysPerMonth: z.number().min(0).max(31),
  }),
  training: z
    .strictObject({
      jobsPerMonth: z.number().min(0).max(100_000),
      hoursPerJob: z.number().gt(0, 'must be above 0').max(720),
      instanceType: mlType,
      instanceCount: z.number().int().min(1).max(512),
      spotSharePct: pct(0, 100).default(0).meta({ description: 'Share of training hours run on Spot / managed spot.' }),
    })
    .optional(),
  realtimeInference: z
    .strictObject({
      endpoints: z
        .array(endpoint)
        .min(1)
        .max(SCENARIO_LIMITS.endpointsPerWorkload, `must have at most ${SCENARIO_LIMITS.endpointsPerWorkload} endpoints per ML workload, ${LIMIT_REASON}`),
    })
    .optional(),
  serverlessInference: z
    .strictObject({
      memoryMb: z.literal([1024, 2048, 3072, 4096, 5120, 6144]),
      requestsPerMonth: z.number().min(0).max(100_000_000_000),
      meanDurationMs: z.number().gt(0, 'must be above 0').max(60_000, 'must be at most 60000 (Serverless Inference times out at 60 s)'),
      selfManagedInstanceType: ec2Type
        .default('m5.large')
        .meta({ description: 'Always-on EC2 type that serves the same traffic in the self-managed options.' }),
    })
    .optional(),
  batchTransform: z
    .strictObject({
      jobsPerMonth: z.number().min(0).max(100_000),
      hoursPerJob: z.number().gt(0, 'must be above 0').max(720),
      instanceType: mlType,
      instanceCount: z.number().int().min(1).max(512),
    })
    .optional(),
  storage: z.strictObject({
    s3Gb: z.number().min(0).max(100_000_000),
    volumeGbPerInstance: z
      .number()
      .min(1)
      .max(16384)
      .meta({ description: 'Block storage per notebook, training and serving instance (EBS gp3 on EC2; ML storage on SageMaker).' }),
  }),
  inferenceDataGbPerMonth: z
    .number()
    .min(0)
    .max(100_000_000)
    .default(0)
    .meta({ description: 'Request + response data through real-time endpoints per month (SageMaker data processing; ALB LCUs on EC2/EKS).' }),
  selfManaged: z
    .strictObject({
      platformServicesInstanceType: ec2Type.default('m5.large'),
      platformServicesCount: z.number().int().min(0).max(20).default(1),
      eksUtilisationGainPct: pct(0, 300)
        .default(DEFAULT_EKS_UTILISATION_GAIN_PCT)
        .meta({
          description:
            'How much higher the average utilisation of notebook, serving and batch capacity is on EKS (pods bin-packed on shared, autoscaled nodes) than on one EC2 instance per purpose, percent: EKS node-hours for those parts = EC2 instance-hours ÷ (1 + gain). Default 25 (range 0–60); see docs/methodology.md.',
        }),
    })
    .default({ platformServicesInstanceType: 'm5.large', platformServicesCount: 1, eksUtilisationGainPct: DEFAULT_EKS_UTILISATION_GAIN_PCT })
    .meta({ description: 'Always-on hosts the self-managed options need for shared services (JupyterHub hub, experiment tracking, registry).' }),
  pricing: z
    .strictObject({
      ec2: z.strictObject({ commitment: ec2Commitment.default({ model: 'on-demand' }), spot: spot.prefault({}) }).prefault({}),
      eks: z.strictObject({ commitment: eksCommitment.default({ model: 'on-demand' }), spot: spot.prefault({}) }).prefault({}),
      sagemaker: z.strictObject({ commitment: sagemakerCommitment.default({ model: 'on-demand' }), spot: spot.prefault({}) }).prefault({}),
    })
    .prefault({}),
});

const workload = z.discriminatedUnion('kind', [databaseWorkload, mlWorkload]);

// ---------------------------------------------------------------------------------------------
// Assumptions: labour, ops effort, incidents
// ---------------------------------------------------------------------------------------------
const taskOverride = z.strictObject({
  enabled: z.boolean().optional(),
  role: z.enum(ROLE_IDS).optional(),
  setupFixedHours: z.number().min(0).max(100_000).optional(),
  setupPerUnitHours: z.number().min(0).max(10_000).optional(),
  monthlyFixedHours: z.number().min(0).max(10_000).optional(),
  monthlyPerUnitHours: z.number().min(0).max(1_000).optional(),
  scalePct: pct(0, 500)
    .optional()
    .meta({ description: 'Scales this task\'s setup and monthly hours, percent of the listed (or overridden) hours; the Monte Carlo input of one task\'s effort.' }),
});

const incidentOverride = z.strictObject({
  incidentsPerMonth: z.number().min(0).max(100).optional(),
  hoursPerIncident: z.number().min(0).max(1000).optional(),
  downtimeHoursPerMonth: z.number().min(0).max(HOURS_PER_MONTH).optional(),
});

/**
 * A map of overrides keyed by known ids (task ids, Regions, roles). An unknown key is reported on
 * the key itself with the allowed keys, so a typo in a task id is easy to fix.
 */
function overridesById<T extends z.ZodType>(ids: readonly string[], value: T, what: string) {
  return z
    .record(z.string(), value)
    .superRefine((record, ctx) => {
      for (const key of Object.keys(record)) {
        if (!ids.includes(key)) {
          ctx.addIssue({ code: 'custom', path: [key], message: `unknown ${what} "${key}"; allowed: ${ids.join(', ')}` });
        }
      }
    })
    .meta({ propertyNames: { enum: [...ids] } });
}

// ---------------------------------------------------------------------------------------------
// Trade-offs beyond dollars (src/tradeoffs, docs/tradeoffs.md): optional; without the block every
// default below applies and nothing is added to the TCO.
// ---------------------------------------------------------------------------------------------
const exitStepOverride = z.strictObject({
  role: z.enum(ROLE_IDS).optional(),
  fixedHours: z.number().min(0).max(100_000).optional(),
  perUnitHours: z.number().min(0).max(10_000).optional(),
});

const scoreOverride = z.strictObject({
  score: z.number().min(1).max(5).meta({ description: 'Your score, 1 (worst) to 5 (best).' }),
  reason: z.string().trim().max(500).optional().meta({ description: 'Why, shown next to the score.' }),
});

const tradeoffsBlock = z.strictObject({
  exitEffort: z
    .strictObject({
      includeInTco: z
        .boolean()
        .default(false)
        .meta({ description: 'Add each option\'s estimated one-time exit effort to its TCO, in the last month of the horizon.' }),
      steps: overridesById(EXIT_STEP_IDS, exitStepOverride, 'exit step')
        .default({})
        .meta({ description: 'Your own hours (or role) for exit steps, keyed by step id such as "rds.data-migration".' }),
    })
    .default({ includeInTco: false, steps: {} }),
  timeToValue: z
    .strictObject({
      setupTeamSize: z
        .number()
        .int()
        .min(1)
        .max(500)
        .default(TIME_TO_VALUE_DEFAULTS.setupTeamSize)
        .meta({ description: 'People working on the setup at the same time (default 2, an assumption).' }),
      hoursPerPersonPerWeek: z
        .number()
        .gt(0, 'must be above 0')
        .max(80)
        .default(TIME_TO_VALUE_DEFAULTS.hoursPerPersonPerWeek)
        .meta({ description: 'Hours each of them spends on the setup per week (default 32, an assumption).' }),
      monthlyBenefitUsd: usd(1_000_000_000)
        .optional()
        .meta({ description: 'What the workload is worth per month once live; a slower option forgoes it for its extra setup time.' }),
      includeDelayCostInTco: z
        .boolean()
        .default(false)
        .meta({ description: 'Add the benefit slower options forgo (relative to the fastest) to their TCO.' }),
    })
    .superRefine((t, ctx) => {
      if (t.includeDelayCostInTco && t.monthlyBenefitUsd === undefined) {
        ctx.addIssue({ code: 'custom', path: ['monthlyBenefitUsd'], message: 'is required when includeDelayCostInTco is true' });
      }
    })
    .default({ ...TIME_TO_VALUE_DEFAULTS, includeDelayCostInTco: false }),
  scorecard: z
    .strictObject({
      weights: overridesById(CRITERION_IDS, z.number().min(0).max(100), 'criterion')
        .default({})
        .meta({ description: 'Criterion weights in points, normalised to sum to 1; criteria left out keep their default weight.' }),
      scores: overridesById(OPTION_IDS, overridesById(CRITERION_IDS, scoreOverride, 'criterion'), 'option')
        .default({})
        .meta({ description: 'Your own 1–5 scores per option and criterion, replacing the computed defaults.' }),
    })
    .superRefine((sc, ctx) => {
      const total = CRITERION_IDS.reduce((sum, id) => sum + (sc.weights[id] ?? DEFAULT_WEIGHTS[id]), 0);
      if (total <= 0) ctx.addIssue({ code: 'custom', path: ['weights'], message: 'must give at least one criterion a weight above 0' });
    })
    .default({ weights: {}, scores: {} }),
});

// ---------------------------------------------------------------------------------------------
// What-if analysis and variants (src/analysis)
// ---------------------------------------------------------------------------------------------
const inputPath = z
  .string()
  .min(1)
  .max(300)
  .regex(/^[A-Za-z_$][\w$.\-[\]]*$/, 'must be a field path such as "workloads[0].storage.sizeGb" or "labour.dba.hourlyUsd"');

const distribution = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('fixed'), value: z.number() }),
    z.strictObject({ kind: z.literal('uniform'), min: z.number(), max: z.number() }),
    z.strictObject({ kind: z.literal('triangular'), min: z.number(), mode: z.number(), max: z.number() }),
    z.strictObject({
      kind: z.literal('lognormal'),
      p10: z.number().gt(0, 'must be above 0'),
      p90: z.number().gt(0, 'must be above 0'),
    }),
  ])
  .superRefine((d, ctx) => {
    if (d.kind === 'uniform' && !(d.min <= d.max)) ctx.addIssue({ code: 'custom', path: ['max'], message: `must be at least min (${d.min})` });
    if (d.kind === 'triangular' && !(d.min <= d.mode && d.mode <= d.max)) {
      ctx.addIssue({ code: 'custom', path: ['mode'], message: `must satisfy min ≤ mode ≤ max (got ${d.min}, ${d.mode}, ${d.max})` });
    }
    if (d.kind === 'lognormal' && !(d.p10 < d.p90)) ctx.addIssue({ code: 'custom', path: ['p90'], message: `must be above p10 (${d.p10})` });
  });

const analysisBlock = z.strictObject({
  defaultRanges: z
    .boolean()
    .default(true)
    .meta({
      description:
        'Monte Carlo also samples the default ranges of every ops-effort default (task hours, incidents, labour rates) the scenario does not set itself; false leaves only the distributions in `uncertainty`.',
    }),
  uncertainty: z
    .array(z.strictObject({ path: inputPath, distribution }))
    .max(100)
    .default([])
    .meta({ description: 'Inputs that carry a distribution for Monte Carlo (sampled independently; correlations are not modelled).' }),
  sensitivity: z
    .strictObject({
      rangePct: pct(1, 100).default(25).meta({ description: 'Default ± range for every input in the tornado, percent of its value.' }),
      ranges: z
        .array(z.strictObject({ path: inputPath, low: z.number(), high: z.number() }))
        .max(200)
        .default([])
        .meta({ description: 'Per-input ranges that replace the default ± range.' }),
    })
    .default({ rangePct: 25, ranges: [] }),
  breakEven: z
    .strictObject({
      input: inputPath
        .optional()
        .meta({ description: 'The input whose break-even the app and the report show (a path from `tco-studio inputs`); default: the first labour rate.' }),
    })
    .optional(),
  commitments: z
    .strictObject({
      utilisationPct: pct(1, 100)
        .optional()
        .meta({ description: 'Share of the month committed capacity is actually used; default: each workload\'s own schedule.' }),
      savingsPlanDiscountPct: z
        .number()
        .gt(0)
        .lt(100)
        .optional()
        .meta({ description: 'Savings Plan discount to compare, from the AWS Savings Plans pricing page (none is assumed).' }),
    })
    .default({}),
});

/** Most characters (code points) in a variant name. */
export const VARIANT_NAME_MAX = 60;
/**
 * One character of a variant name: a letter or mark of any script, a digit, punctuation (parentheses, commas,
 * apostrophes, ampersands, slashes, …) or a symbol. Control and format characters (text-direction overrides,
 * zero-width joiners) and spaces other than U+0020 are left out: a name is shown, matched and typed on a command line.
 */
const VARIANT_NAME_CHAR = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u;

/**
 * Why a text cannot name a variant, or undefined when it can: 1–60 characters of VARIANT_NAME_CHAR and plain
 * spaces, without a space at either end. Uniqueness and "base" are checked with the scenario (parse-scenario).
 */
export function variantNameProblem(name: string): string | undefined {
  const chars = [...name];
  if (chars.length === 0) return 'must not be empty';
  if (chars.length > VARIANT_NAME_MAX) return `must be at most ${VARIANT_NAME_MAX} characters (got ${chars.length})`;
  if (name.trim() !== name) return 'must not start or end with a space';
  if (!chars.every((c) => c === ' ' || VARIANT_NAME_CHAR.test(c))) {
    return 'may hold letters, digits, spaces and punctuation only (no control or text-direction characters)';
  }
  return undefined;
}

const overrideScalar = z.union([z.number(), z.string().max(200), z.boolean()]);
/** A value an override sets: a number, text, true/false, or a small object of those (a commitment such as {"model": "reserved", "term": "1yr", "purchaseOption": "no-upfront"}). */
const overrideValue = z.union([
  overrideScalar,
  z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/, 'must be a field name such as "model"'), overrideScalar).refine((o) => Object.keys(o).length <= 10, 'must have at most 10 fields'),
]);

const variant = z.strictObject({
  name: z
    .string()
    .superRefine((name, ctx) => {
      const problem = variantNameProblem(name);
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
    })
    .meta({ description: 'Unique among the variants, not "base": 1–60 letters, digits, spaces and punctuation, no space at either end.' }),
  description: z.string().max(500).optional(),
  overrides: z
    .array(z.strictObject({ path: inputPath, value: overrideValue }))
    .max(200)
    .default([]),
});

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    name: text(200),
    question: text(1000),
    region: z.enum(AWS_REGIONS),
    horizonMonths: z.number().int().min(1).max(SCENARIO_LIMITS.horizonMonths),
    startMonth: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as "2027-01"')
      .optional(),
    kubernetesVersion: z
      .string()
      .max(20)
      .optional()
      .meta({
        description:
          'Kubernetes minor version of the shared EKS cluster (eks option), e.g. "1.31": past its end of standard support, EKS charges extended support per cluster-hour. Absent: a version in standard support is assumed.',
      }),
    discountRateAnnualPct: pct(0, 50).meta({ description: 'Annual discount rate for NPV, percent (your cost of capital).' }),
    usageGrowthPctPerMonth: pct(-10, 20)
      .default(0)
      .meta({ description: 'Monthly growth of usage-driven quantities (storage, requests, jobs), compounding.' }),
    options: z
      .array(z.enum(OPTION_IDS))
      .min(1)
      .max(OPTION_IDS.length)
      .optional()
      .meta({ description: 'Options to compare; defaults to ec2 and managed, plus eks when there is an ML workload; "aurora" only when listed.' }),
    labour: overridesById(ROLE_IDS, z.strictObject({ hourlyUsd: z.number().gt(0, 'must be above 0').max(2000) }), 'role')
      .default({})
      .meta({ description: 'Loaded hourly rates per role; defaults are US medians (BLS) × BLS benefits loading.' }),
    opsEffort: z
      .strictObject({
        tasks: overridesById(OPS_TASK_IDS, taskOverride, 'ops task').default({}),
        incidents: overridesById(DEPLOYMENT_IDS, incidentOverride, 'deployment').default({}),
        downtimeCostPerHourUsd: usd(10_000_000)
          .default(0)
          .meta({ description: 'Business cost of an hour of downtime; 0 leaves downtime out of the TCO.' }),
        effortScalePct: pct(0, 500)
          .default(100)
          .meta({
            description:
              'Scales the hours of every ops-effort task (defaults and overrides) for all options alike: 100 = as listed. A single dial for "our team is faster/slower than the defaults", and the uncertainty input of ops effort.',
          }),
        practiceMaturity: z
          .enum(PRACTICE_MATURITY_LEVELS)
          .default(DEFAULT_PRACTICE_MATURITY)
          .meta({
            description:
              'How the team runs self-managed platforms: manual, scripted (the default, what the task hours describe) or automated (infrastructure as code). Scales the recurring hours of self-managed toil tasks: manual × 1.33, automated × 0.75.',
          }),
      })
      .default({ tasks: {}, incidents: {}, downtimeCostPerHourUsd: 0, effortScalePct: 100, practiceMaturity: DEFAULT_PRACTICE_MATURITY }),
    workloads: z
      .array(workload)
      .min(1)
      .max(SCENARIO_LIMITS.workloads, `must have at most ${SCENARIO_LIMITS.workloads} workloads, ${LIMIT_REASON}`)
      .refine((list) => list.filter((w) => w.kind === 'ml-platform').length <= SCENARIO_LIMITS.mlWorkloads, {
        message: `must have at most ${SCENARIO_LIMITS.mlWorkloads} ML platform workloads, ${LIMIT_REASON}`,
      }),
    analysis: analysisBlock
      .default({ defaultRanges: true, uncertainty: [], sensitivity: { rangePct: 25, ranges: [] }, commitments: {} })
      .meta({ description: 'What-if analysis settings: uncertainty distributions, sensitivity ranges, commitment comparison.' }),
    variants: z
      .array(variant)
      .max(50)
      .default([])
      .meta({ description: 'Named what-if variants: sets of overrides of this scenario, compared line by line.' }),
    tradeoffs: tradeoffsBlock
      .optional()
      .meta({ description: 'Trade-offs beyond dollars: exit effort, time to value and the weighted scorecard (docs/tradeoffs.md).' }),
    notes: z.string().max(20_000).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.kubernetesVersion !== undefined && !knownKubernetesVersions().includes(s.kubernetesVersion)) {
      ctx.addIssue({
        code: 'custom',
        path: ['kubernetesVersion'],
        message: `is not a known Amazon EKS Kubernetes version (known: ${knownKubernetesVersions().join(', ')})`,
      });
    }
    const seen = new Map<string, number>();
    s.workloads.forEach((w, i) => {
      const first = seen.get(w.id);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['workloads', i, 'id'], message: `duplicates workloads[${first}].id "${w.id}"` });
      } else seen.set(w.id, i);
    });
    if (s.options) {
      const unique = new Set(s.options);
      if (unique.size !== s.options.length) {
        ctx.addIssue({ code: 'custom', path: ['options'], message: 'must not repeat an option' });
      }
      if (s.options.includes('eks') && !s.workloads.some((w) => w.kind === 'ml-platform')) {
        ctx.addIssue({ code: 'custom', path: ['options'], message: '"eks" needs at least one ml-platform workload' });
      }
      if (s.options.includes('aurora')) {
        if (!s.workloads.some((w) => w.kind === 'database')) {
          ctx.addIssue({ code: 'custom', path: ['options'], message: '"aurora" needs at least one database workload' });
        }
        s.workloads.forEach((w, i) => {
          if (w.kind === 'database' && auroraEngineFor(w.engine) === undefined) {
            ctx.addIssue({
              code: 'custom',
              path: ['workloads', i, 'engine'],
              message: `${w.engine} has no Aurora edition (Aurora is MySQL- or PostgreSQL-compatible): use mysql or postgresql, or remove "aurora" from options`,
            });
          }
          const auroraEngine = w.kind === 'database' ? auroraEngineFor(w.engine) : undefined;
          if (w.kind === 'database' && auroraEngine !== undefined && w.engineVersion !== undefined && !knownAuroraVersions(auroraEngine).includes(w.engineVersion)) {
            ctx.addIssue({
              code: 'custom',
              path: ['workloads', i, 'engineVersion'],
              message: `is not a major version in the ${auroraEngine} support calendar (known for Aurora: ${knownAuroraVersions(auroraEngine).join(', ')}${auroraEngine === 'aurora-mysql' ? '; give the MySQL-compatible major: 5.7 for Aurora MySQL version 2, 8.0 for version 3' : ''}); leave engineVersion out for a version in standard support, or remove "aurora" from options`,
            });
          }
        });
      }
    }
  });

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Workload = Scenario['workloads'][number];
export type DatabaseWorkload = Extract<Workload, { kind: 'database' }>;
export type MlWorkload = Extract<Workload, { kind: 'ml-platform' }>;
export type Ec2Commitment = z.output<typeof ec2Commitment>;
export type RdsCommitment = z.output<typeof rdsCommitment>;
export type SageMakerCommitment = z.output<typeof sagemakerCommitment>;
export type Commitment = Ec2Commitment | RdsCommitment | SageMakerCommitment;
export type SpotSettings = z.output<typeof spot>;
export type Distribution = z.output<typeof distribution>;
export type AnalysisSettings = z.output<typeof analysisBlock>;
export type Variant = z.output<typeof variant>;
export type TradeoffSettings = z.output<typeof tradeoffsBlock>;
export type TradeoffSettingsInput = z.input<typeof tradeoffsBlock>;
