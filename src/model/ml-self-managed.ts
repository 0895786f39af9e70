import { ec2InstanceKey, ec2ReservedKey, fmtCount, pricedLine, type BuildContext } from './build-context';
import { computeLines, jobComputeLines, type ComputeUsage } from './compute-usage';
import type { CostLine } from './cost-line';
import type { MlWorkload, OptionId } from './scenario-schema';
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

/**
 * Self-managed ML platform on EC2 instances, or on EKS (the same instances as worker nodes plus the
 * EKS control plane, which is priced once per scenario by the caller): notebook boxes, training on
 * on-demand and spot, serving fleets behind an Application Load Balancer, always-on instances in
 * place of serverless inference, batch jobs, platform-service hosts, EBS volumes and S3.
 */
export function mlSelfManagedLines(
  ctx: BuildContext,
  option: OptionId,
  platform: 'ec2' | 'eks',
  w: MlWorkload,
  index: number,
): CostLine[] {
  const p = `workloads[${index}]`;
  const region = ctx.region;
  const deployment = platform === 'eks' ? ('eks-ml' as const) : ('ec2-ml' as const);
  const pricing = platform === 'eks' ? w.pricing.eks : w.pricing.ec2;
  const commitment = pricing?.commitment;
  const commitmentPath = `${p}.pricing.${platform}.commitment`;
  const base = { option, workloadId: w.id, deployment, category: 'infrastructure' as const };
  const host = platform === 'eks' ? 'EKS node' : 'EC2';
  const usage = (
    id: string,
    label: string,
    mlType: string,
    count: number,
    hoursPerInstance: number,
    steady: boolean,
    growsWithUsage: boolean,
    path: string,
    notes: string[] = [],
  ): ComputeUsage => {
    const type = ec2TypeForMl(mlType);
    return {
      ...base,
      service: 'Amazon EC2',
      id: `${option}:${w.id}:${id}`,
      label: `${label} (${host} ${type})`,
      count,
      hoursPerInstance,
      unit: 'instance-hours',
      onDemandKey: ec2InstanceKey(region, type),
      reservedKey: ec2ReservedKey(region, type),
      steady,
      growsWithUsage,
      path,
      commitmentPath,
      notes,
    };
  };
  const ebs = (id: string, label: string, gbMonths: number, growth: 'none' | 'usage', notes: string[] = []): CostLine =>
    pricedLine(ctx, {
      ...base,
      service: 'Amazon EBS',
      id: `${option}:${w.id}:${id}`,
      label,
      quantity: gbMonths,
      unit: 'GB-month',
      key: { service: 'ebs', kind: 'volume', region, volumeType: 'gp3' },
      schedule: { kind: 'monthly', growth },
      path: `${p}.storage.volumeGbPerInstance`,
      notes,
    });

  const lines: CostLine[] = [];
  const vol = w.storage.volumeGbPerInstance;

  // Notebooks: one box per data scientist, running the team's hours.
  const people = w.team.dataScientists;
  const nbHours = notebookHours(w);
  if (people > 0 && nbHours > 0) {
    lines.push(
      ...computeLines(
        ctx,
        usage('notebooks', `Notebook instances, ${people} × ${fmtCount(nbHours)} h`, w.team.notebookInstanceType, people, nbHours, false, false, `${p}.team.notebookInstanceType`, [
          `${fmtCount(w.team.hoursPerDay)} h/day × ${fmtCount(w.team.daysPerMonth)} days; stopped outside working hours.`,
        ]),
        commitment,
      ),
    );
  }
  if (people > 0) {
    lines.push(ebs('notebook-volumes', `Notebook volumes gp3 (${people} × ${fmtCount(vol)} GB)`, people * vol, 'none', ['Volumes persist while instances are stopped.']));
  }

  // Training jobs.
  if (w.training && w.training.jobsPerMonth > 0) {
    const t = w.training;
    const hours = t.jobsPerMonth * t.hoursPerJob;
    const spot = pricing?.spot ?? { expectedDiscountPct: 60, interruptionOverheadPct: 10 };
    lines.push(
      ...jobComputeLines(
        ctx,
        usage('training', `Training, ${fmtCount(t.jobsPerMonth)} jobs × ${fmtCount(t.hoursPerJob)} h × ${t.instanceCount}`, t.instanceType, t.instanceCount, hours, false, true, `${p}.training.instanceType`),
        commitment,
        t.spotSharePct,
        spot,
        'on Spot',
      ),
    );
    const spotExtra = (t.spotSharePct / 100) * (spot.interruptionOverheadPct / 100);
    lines.push(
      ebs(
        'training-volumes',
        `Training volumes gp3 (${fmtCount(vol)} GB per instance while jobs run)`,
        (t.instanceCount * hours * (1 + spotExtra) * vol) / HOURS_PER_MONTH,
        'usage',
        ['Prorated to job hours over the 730-hour month.'],
      ),
    );
  }

  // Real-time endpoints behind an Application Load Balancer.
  const endpoints = w.realtimeInference?.endpoints ?? [];
  endpoints.forEach((e, i) => {
    const hours = e.hoursPerDay * DAYS_PER_MONTH;
    lines.push(
      ...computeLines(
        ctx,
        usage(
          `endpoint-${i}`,
          `Serving fleet "${e.name}", ${e.instanceCount} × ${fmtCount(hours)} h`,
          e.instanceType,
          e.instanceCount,
          hours,
          e.hoursPerDay >= 24,
          false,
          `${p}.realtimeInference.endpoints[${i}].instanceType`,
        ),
        commitment,
      ),
    );
    lines.push(
      ebs(
        `endpoint-${i}-volumes`,
        `Serving volumes gp3 "${e.name}" (${e.instanceCount} × ${fmtCount(vol)} GB)`,
        (e.instanceCount * vol * e.hoursPerDay) / 24,
        'none',
      ),
    );
    lines.push(
      pricedLine(ctx, {
        ...base,
        service: 'Elastic Load Balancing',
        id: `${option}:${w.id}:endpoint-${i}-alb`,
        label: `Application Load Balancer for "${e.name}"`,
        quantity: HOURS_PER_MONTH,
        unit: 'ALB-hours',
        key: { service: 'elb', kind: 'alb-hour', region },
        schedule: { kind: 'monthly', growth: 'none' },
        path: `${p}.realtimeInference.endpoints[${i}]`,
        notes: ['The load balancer stays up all month.'],
      }),
    );
  });
  if (endpoints.length > 0 && w.inferenceDataGbPerMonth > 0) {
    lines.push(
      pricedLine(ctx, {
        ...base,
        service: 'Elastic Load Balancing',
        id: `${option}:${w.id}:alb-lcu`,
        label: `ALB capacity units for ${fmtCount(w.inferenceDataGbPerMonth)} GB processed`,
        // One LCU covers 1 GB processed per hour for EC2 targets; the other LCU dimensions are ignored.
        quantity: w.inferenceDataGbPerMonth,
        unit: 'LCU-hours',
        key: { service: 'elb', kind: 'alb-lcu', region },
        schedule: { kind: 'monthly', growth: 'usage' },
        path: `${p}.inferenceDataGbPerMonth`,
        notes: ['Counts the processed-bytes dimension only (1 LCU-hour per GB); connection and rule dimensions are ignored.'],
      }),
    );
  }

  // Serverless inference has no self-managed twin: always-on instances serve the same traffic.
  if (w.serverlessInference) {
    const sv = w.serverlessInference;
    const count = serverlessReplacementCount(sv.requestsPerMonth, sv.meanDurationMs);
    lines.push(
      ...computeLines(
        ctx,
        {
          ...usage(
            'serverless-replacement',
            `Always-on serving for the serverless workload, ${count} × 730 h`,
            `ml.${sv.selfManagedInstanceType}`,
            count,
            HOURS_PER_MONTH,
            true,
            false,
            `${p}.serverlessInference.selfManagedInstanceType`,
            [`Sized to ${fmtCount(sv.requestsPerMonth)} requests × ${fmtCount(sv.meanDurationMs)} ms at ${SERVERLESS_REPLACEMENT_UTILISATION * 100}% utilisation, at least one instance.`],
          ),
        },
        commitment,
      ),
    );
  }

  // Batch transform jobs.
  if (w.batchTransform && w.batchTransform.jobsPerMonth > 0) {
    const b = w.batchTransform;
    const hours = b.jobsPerMonth * b.hoursPerJob;
    lines.push(
      ...computeLines(
        ctx,
        usage('batch', `Batch inference, ${fmtCount(b.jobsPerMonth)} jobs × ${fmtCount(b.hoursPerJob)} h × ${b.instanceCount}`, b.instanceType, b.instanceCount, hours, false, true, `${p}.batchTransform.instanceType`),
        commitment,
      ),
    );
  }

  // Shared platform services (JupyterHub hub, experiment tracking, model registry).
  const sm = w.selfManaged;
  if (sm.platformServicesCount > 0) {
    lines.push(
      ...computeLines(
        ctx,
        usage(
          'platform-services',
          `Platform services hosts (hub, tracking, registry), ${sm.platformServicesCount} × 730 h`,
          `ml.${sm.platformServicesInstanceType}`,
          sm.platformServicesCount,
          HOURS_PER_MONTH,
          true,
          false,
          `${p}.selfManaged.platformServicesInstanceType`,
        ),
        commitment,
      ),
    );
    lines.push(ebs('platform-volumes', `Platform services volumes gp3 (${sm.platformServicesCount} × ${fmtCount(vol)} GB)`, sm.platformServicesCount * vol, 'none'));
  }

  if (w.storage.s3Gb > 0) lines.push(s3Line(ctx, base, w, index));
  return lines;
}

/** S3 Standard for datasets and model artifacts: the same on every option. */
export function s3Line(
  ctx: BuildContext,
  base: { option: OptionId; workloadId: string; deployment: CostLine['deployment']; category: 'infrastructure' },
  w: MlWorkload,
  index: number,
): CostLine {
  return pricedLine(ctx, {
    ...base,
    service: 'Amazon S3',
    id: `${base.option}:${w.id}:s3`,
    label: `S3 Standard for data and models (${fmtCount(w.storage.s3Gb)} GB)`,
    quantity: w.storage.s3Gb,
    unit: 'GB-month',
    key: { service: 's3', kind: 'standard-storage', region: ctx.region },
    schedule: { kind: 'monthly', growth: 'usage' },
    path: `workloads[${index}].storage.s3Gb`,
  });
}

/** Count of always-on self-managed instances (notebook boxes, serving, serverless replacement, platform hosts): what host upkeep scales with. */
export function selfManagedMlInstanceCount(w: MlWorkload): number {
  const endpointsCount = (w.realtimeInference?.endpoints ?? []).reduce((n, e) => n + e.instanceCount, 0);
  const serverless = w.serverlessInference
    ? serverlessReplacementCount(w.serverlessInference.requestsPerMonth, w.serverlessInference.meanDurationMs)
    : 0;
  return w.team.dataScientists + endpointsCount + serverless + w.selfManaged.platformServicesCount;
}

