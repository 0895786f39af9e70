import { ec2InstanceKey, ec2ReservedKey, emitPriced, fmtCount, type BuildContext } from './build-context';
import { emitCompute, emitJobCompute, FLAT, GROWING } from './compute-usage';
import type { ComputeUsage, LineBase } from './line-spec';
import { DEFAULT_SPOT, type MlWorkload, type OptionId } from './scenario-schema';
import { DAYS_PER_MONTH, HOURS_PER_MONTH, SECONDS_PER_MONTH } from './units';

/** EC2 equivalent of a SageMaker type: the same instance without the "ml." prefix (ml.g5.xlarge → g5.xlarge). */
export function ec2TypeForMl(mlType: string): string {
  return mlType.replace(/^ml\./, '');
}

/**
 * Target average utilisation when sizing always-on instances to replace Serverless Inference:
 * half busy leaves headroom for bursts (assumption; see docs/methodology.md).
 */
export const SERVERLESS_REPLACEMENT_UTILISATION = 0.5;

/** Always-on instances needed to serve a serverless workload's busy seconds at the target utilisation (at least one). */
export function serverlessReplacementCount(requestsPerMonth: number, meanDurationMs: number): number {
  const busySeconds = (requestsPerMonth * meanDurationMs) / 1000;
  return Math.max(1, Math.ceil(busySeconds / (SECONDS_PER_MONTH * SERVERLESS_REPLACEMENT_UTILISATION)));
}

/** Instance-hours per month of one notebook: hours a day × days a month. */
export function notebookHours(w: MlWorkload): number {
  return w.team.hoursPerDay * w.team.daysPerMonth;
}

const VOLUMES_PERSIST = ['Volumes persist while instances are stopped.'];
const PRORATED_TO_JOBS = ['Prorated to job hours over the 730-hour month.'];
const ALB_ALL_MONTH = ['The load balancer stays up all month.'];
const LCU_NOTE = ['Counts the processed-bytes dimension only (1 LCU-hour per GB); connection and rule dimensions are ignored.'];

/**
 * Self-managed ML platform on EC2 instances, or on EKS (the same instances as worker nodes; the
 * EKS control plane is priced once per scenario by the caller): notebook boxes, training on
 * on-demand and spot, serving fleets behind an Application Load Balancer, always-on instances in
 * place of serverless inference, batch jobs, platform-service hosts, EBS volumes and S3.
 */
export function emitMlSelfManaged(ctx: BuildContext, option: OptionId, platform: 'ec2' | 'eks', w: MlWorkload, index: number): void {
  const p = `workloads[${index}]`;
  // On EKS, notebook, serving and batch pods share bin-packed, autoscaled nodes: fewer node-hours.
  const packed = packingFactor(platform, w);
  const packingNote = (): readonly string[] =>
    packed === 1 ? [] : [`EKS bin-packing and autoscaling: node-hours × ${fmtCount(packed)} = 1 ÷ (1 + ${fmtCount(w.selfManaged.eksUtilisationGainPct)}% utilisation gain, ${p}.selfManaged.eksUtilisationGainPct).`];
  const region = ctx.region;
  const pricing = platform === 'eks' ? w.pricing.eks : w.pricing.ec2;
  const commitment = pricing?.commitment;
  const commitmentPath = `${p}.pricing.${platform}.commitment`;
  const base: LineBase = { option, workloadId: w.id, deployment: platform === 'eks' ? 'eks-ml' : 'ec2-ml', category: 'infrastructure' };
  const id = `${option}:${w.id}`;
  const host = platform === 'eks' ? 'EKS node' : 'EC2';
  const usage = (
    suffix: string,
    label: () => string,
    mlType: string,
    count: number,
    hoursPerInstance: number,
    steady: boolean,
    growsWithUsage: boolean,
    path: string,
    notes?: () => readonly string[],
  ): ComputeUsage => {
    const type = ec2TypeForMl(mlType);
    return {
      base,
      service: 'Amazon EC2',
      text: () => ({ id: `${id}:${suffix}`, label: `${label()} (${host} ${type})`, notes: notes?.() }),
      count,
      hoursPerInstance,
      onDemandKey: ec2InstanceKey(region, type),
      reservedKey: ec2ReservedKey(region, type),
      steady,
      growsWithUsage,
      path,
      commitmentPath,
    };
  };
  const gp3 = { service: 'ebs', kind: 'volume', region, volumeType: 'gp3' } as const;
  const volumePath = `${p}.storage.volumeGbPerInstance`;
  const vol = w.storage.volumeGbPerInstance;

  // Notebooks: one box per data scientist, running the team's hours.
  const people = w.team.dataScientists;
  const nbHours = notebookHours(w);
  if (people > 0 && nbHours > 0) {
    emitCompute(
      ctx,
      usage(
        'notebooks',
        () => `Notebook instances, ${people} × ${fmtCount(nbHours)} h`,
        w.team.notebookInstanceType,
        people,
        nbHours * packed,
        false,
        false,
        `${p}.team.notebookInstanceType`,
        () => [`${fmtCount(w.team.hoursPerDay)} h/day × ${fmtCount(w.team.daysPerMonth)} days; stopped outside working hours.`, ...packingNote()],
      ),
      commitment,
    );
  }
  if (people > 0) {
    emitPriced(ctx, {
      base,
      service: 'Amazon EBS',
      text: () => ({ id: `${id}:notebook-volumes`, label: `Notebook volumes gp3 (${people} × ${fmtCount(vol)} GB)`, notes: VOLUMES_PERSIST }),
      quantity: people * vol,
      unit: 'GB-month',
      key: gp3,
      schedule: FLAT,
      path: volumePath,
    });
  }

  // Training jobs.
  const t = w.training;
  if (t !== undefined && t.jobsPerMonth > 0) {
    const hours = t.jobsPerMonth * t.hoursPerJob;
    const spot = pricing?.spot ?? DEFAULT_SPOT;
    emitJobCompute(
      ctx,
      usage(
        'training',
        () => `Training, ${fmtCount(t.jobsPerMonth)} jobs × ${fmtCount(t.hoursPerJob)} h × ${t.instanceCount}`,
        t.instanceType,
        t.instanceCount,
        hours,
        false,
        true,
        `${p}.training.instanceType`,
      ),
      commitment,
      t.spotSharePct,
      spot,
      'on Spot',
    );
    const spotExtra = (t.spotSharePct / 100) * (spot.interruptionOverheadPct / 100);
    emitPriced(ctx, {
      base,
      service: 'Amazon EBS',
      text: () => ({
        id: `${id}:training-volumes`,
        label: `Training volumes gp3 (${fmtCount(vol)} GB per instance while jobs run)`,
        notes: PRORATED_TO_JOBS,
      }),
      quantity: (t.instanceCount * hours * (1 + spotExtra) * vol) / HOURS_PER_MONTH,
      unit: 'GB-month',
      key: gp3,
      schedule: GROWING,
      path: volumePath,
    });
  }

  // Real-time endpoints behind an Application Load Balancer.
  const endpoints = w.realtimeInference?.endpoints ?? [];
  for (let i = 0; i < endpoints.length; i++) {
    const e = endpoints[i]!;
    const hours = e.hoursPerDay * DAYS_PER_MONTH;
    const ep = `${p}.realtimeInference.endpoints[${i}]`;
    emitCompute(
      ctx,
      usage(
        `endpoint-${i}`,
        () => `Serving fleet "${e.name}", ${e.instanceCount} × ${fmtCount(hours)} h`,
        e.instanceType,
        e.instanceCount * packed,
        hours,
        e.hoursPerDay >= 24,
        false,
        `${ep}.instanceType`,
        packed === 1 ? undefined : packingNote,
      ),
      commitment,
    );
    emitPriced(ctx, {
      base,
      service: 'Amazon EBS',
      text: () => ({ id: `${id}:endpoint-${i}-volumes`, label: `Serving volumes gp3 "${e.name}" (${e.instanceCount} × ${fmtCount(vol)} GB)` }),
      quantity: (e.instanceCount * vol * e.hoursPerDay) / 24,
      unit: 'GB-month',
      key: gp3,
      schedule: FLAT,
      path: volumePath,
    });
    emitPriced(ctx, {
      base,
      service: 'Elastic Load Balancing',
      text: () => ({ id: `${id}:endpoint-${i}-alb`, label: `Application Load Balancer for "${e.name}"`, notes: ALB_ALL_MONTH }),
      quantity: HOURS_PER_MONTH,
      unit: 'ALB-hours',
      key: { service: 'elb', kind: 'alb-hour', region },
      schedule: FLAT,
      path: ep,
    });
  }
  if (endpoints.length > 0 && w.inferenceDataGbPerMonth > 0) {
    emitPriced(ctx, {
      base,
      service: 'Elastic Load Balancing',
      text: () => ({ id: `${id}:alb-lcu`, label: `ALB capacity units for ${fmtCount(w.inferenceDataGbPerMonth)} GB processed`, notes: LCU_NOTE }),
      quantity: w.inferenceDataGbPerMonth,
      unit: 'LCU-hours',
      key: { service: 'elb', kind: 'alb-lcu', region },
      schedule: GROWING,
      path: `${p}.inferenceDataGbPerMonth`,
    });
  }

  // Serverless inference has no self-managed twin: always-on instances serve the same traffic.
  const sv = w.serverlessInference;
  if (sv !== undefined) {
    const count = serverlessReplacementCount(sv.requestsPerMonth, sv.meanDurationMs);
    emitCompute(
      ctx,
      usage(
        'serverless-replacement',
        () => `Always-on serving for the serverless workload, ${count} × 730 h`,
        `ml.${sv.selfManagedInstanceType}`,
        count * packed,
        HOURS_PER_MONTH,
        true,
        false,
        `${p}.serverlessInference.selfManagedInstanceType`,
        () => [
          `Sized to ${fmtCount(sv.requestsPerMonth)} requests × ${fmtCount(sv.meanDurationMs)} ms at ${SERVERLESS_REPLACEMENT_UTILISATION * 100}% utilisation, at least one instance.`,
          ...packingNote(),
        ],
      ),
      commitment,
    );
  }

  // Batch transform jobs.
  const b = w.batchTransform;
  if (b !== undefined && b.jobsPerMonth > 0) {
    emitCompute(
      ctx,
      usage(
        'batch',
        () => `Batch inference, ${fmtCount(b.jobsPerMonth)} jobs × ${fmtCount(b.hoursPerJob)} h × ${b.instanceCount}`,
        b.instanceType,
        b.instanceCount,
        b.jobsPerMonth * b.hoursPerJob * packed,
        false,
        true,
        `${p}.batchTransform.instanceType`,
        packed === 1 ? undefined : packingNote,
      ),
      commitment,
    );
  }

  // Shared platform services (JupyterHub hub, experiment tracking, model registry).
  const sm = w.selfManaged;
  if (sm.platformServicesCount > 0) {
    emitCompute(
      ctx,
      usage(
        'platform-services',
        () => `Platform services hosts (hub, tracking, registry), ${sm.platformServicesCount} × 730 h`,
        `ml.${sm.platformServicesInstanceType}`,
        sm.platformServicesCount,
        HOURS_PER_MONTH,
        true,
        false,
        `${p}.selfManaged.platformServicesInstanceType`,
      ),
      commitment,
    );
    emitPriced(ctx, {
      base,
      service: 'Amazon EBS',
      text: () => ({ id: `${id}:platform-volumes`, label: `Platform services volumes gp3 (${sm.platformServicesCount} × ${fmtCount(vol)} GB)` }),
      quantity: sm.platformServicesCount * vol,
      unit: 'GB-month',
      key: gp3,
      schedule: FLAT,
      path: volumePath,
    });
  }

  if (w.storage.s3Gb > 0) emitS3(ctx, base, w, index);
}

/** S3 Standard for datasets and model artifacts: the same on every option. */
export function emitS3(ctx: BuildContext, base: LineBase, w: MlWorkload, index: number): void {
  emitPriced(ctx, {
    base,
    service: 'Amazon S3',
    text: () => ({ id: `${base.option}:${w.id}:s3`, label: `S3 Standard for data and models (${fmtCount(w.storage.s3Gb)} GB)` }),
    quantity: w.storage.s3Gb,
    unit: 'GB-month',
    key: { service: 's3', kind: 'standard-storage', region: ctx.region },
    schedule: GROWING,
    path: `workloads[${index}].storage.s3Gb`,
  });
}

/**
 * The share of EC2 instance-hours that notebook, serving and batch capacity needs as EKS nodes:
 * 1 ÷ (1 + utilisation gain) on EKS, 1 on EC2. Training jobs and platform hosts are not packed
 * (a training job fills its instances; the platform hosts are few and small).
 */
export function packingFactor(platform: 'ec2' | 'eks', w: MlWorkload): number {
  return platform === 'eks' ? 1 / (1 + w.selfManaged.eksUtilisationGainPct / 100) : 1;
}

/**
 * Count of always-on self-managed instances (notebook boxes, serving, serverless replacement,
 * platform hosts): what host upkeep scales with. On EKS the packed parts count as node-equivalents.
 */
export function selfManagedMlInstanceCount(w: MlWorkload, platform: 'ec2' | 'eks' = 'ec2'): number {
  let endpointsCount = 0;
  for (const e of w.realtimeInference?.endpoints ?? []) endpointsCount += e.instanceCount;
  const serverless = w.serverlessInference
    ? serverlessReplacementCount(w.serverlessInference.requestsPerMonth, w.serverlessInference.meanDurationMs)
    : 0;
  return (w.team.dataScientists + endpointsCount + serverless) * packingFactor(platform, w) + w.selfManaged.platformServicesCount;
}
