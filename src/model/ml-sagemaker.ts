import type { SageMakerComponent } from '../pricing/price-key';
import { emitPriced, fmtCount, type BuildContext } from './build-context';
import { emitCompute, emitJobCompute, FLAT, GROWING } from './compute-usage';
import type { ComputeUsage, LineBase } from './line-spec';
import { emitS3, notebookHours } from './ml-self-managed';
import { DEFAULT_SPOT, type MlWorkload, type OptionId } from './scenario-schema';
import { DAYS_PER_MONTH, HOURS_PER_MONTH } from './units';

const PRORATED_TO_JOBS = ['Prorated to job hours over the 730-hour month.'];

/**
 * Amazon SageMaker: Studio notebooks (JupyterLab spaces) at the Studio-Notebook rate, training jobs
 * including managed spot, real-time endpoints (Hosting), Serverless Inference per second of
 * compute at the chosen memory size, batch transform, ML storage volumes, endpoint data processing
 * and S3. SageMaker's two-month free tier is ignored, as the AWS Pricing Calculator does.
 */
export function emitMlSageMaker(ctx: BuildContext, option: OptionId, w: MlWorkload, index: number): void {
  const p = `workloads[${index}]`;
  const region = ctx.region;
  const commitment = w.pricing.sagemaker?.commitment;
  const commitmentPath = `${p}.pricing.sagemaker.commitment`;
  const base: LineBase = { option, workloadId: w.id, deployment: 'sagemaker', category: 'infrastructure' };
  const id = `${option}:${w.id}`;
  const usage = (
    suffix: string,
    label: () => string,
    component: SageMakerComponent,
    instanceType: string,
    count: number,
    hoursPerInstance: number,
    growsWithUsage: boolean,
    path: string,
    notes?: () => readonly string[],
  ): ComputeUsage => ({
    base,
    service: 'Amazon SageMaker',
    text: () => ({ id: `${id}:${suffix}`, label: `${label()} (${instanceType})`, notes: notes?.() }),
    count,
    hoursPerInstance,
    onDemandKey: { service: 'sagemaker', kind: 'instance', region, component, instanceType },
    steady: false,
    growsWithUsage,
    path,
    commitmentPath,
  });
  const mlStorage = { service: 'sagemaker', kind: 'ml-storage', region } as const;
  const volumePath = `${p}.storage.volumeGbPerInstance`;
  const vol = w.storage.volumeGbPerInstance;
  const people = w.team.dataScientists;
  const nbHours = notebookHours(w);
  if (people > 0 && nbHours > 0) {
    emitCompute(
      ctx,
      usage(
        'notebooks',
        () => `Studio notebooks, ${people} × ${fmtCount(nbHours)} h`,
        'studio-notebook',
        w.team.notebookInstanceType,
        people,
        nbHours,
        false,
        `${p}.team.notebookInstanceType`,
        () => [`${fmtCount(w.team.hoursPerDay)} h/day × ${fmtCount(w.team.daysPerMonth)} days; spaces stopped outside working hours.`],
      ),
      commitment,
    );
  }
  if (people > 0) {
    emitPriced(ctx, {
      base,
      service: 'Amazon SageMaker',
      text: () => ({ id: `${id}:notebook-storage`, label: `Studio space storage (${people} × ${fmtCount(vol)} GB)` }),
      quantity: people * vol,
      unit: 'GB-month',
      key: mlStorage,
      schedule: FLAT,
      path: volumePath,
    });
  }

  const t = w.training;
  if (t !== undefined && t.jobsPerMonth > 0) {
    const hours = t.jobsPerMonth * t.hoursPerJob;
    const spot = w.pricing.sagemaker?.spot ?? DEFAULT_SPOT;
    emitJobCompute(
      ctx,
      usage(
        'training',
        () => `Training jobs, ${fmtCount(t.jobsPerMonth)} × ${fmtCount(t.hoursPerJob)} h × ${t.instanceCount}`,
        'training',
        t.instanceType,
        t.instanceCount,
        hours,
        true,
        `${p}.training.instanceType`,
      ),
      commitment,
      t.spotSharePct,
      spot,
      'managed spot training',
    );
    const spotExtra = (t.spotSharePct / 100) * (spot.interruptionOverheadPct / 100);
    emitPriced(ctx, {
      base,
      service: 'Amazon SageMaker',
      text: () => ({
        id: `${id}:training-storage`,
        label: `Training ML storage (${fmtCount(vol)} GB per instance while jobs run)`,
        notes: PRORATED_TO_JOBS,
      }),
      quantity: (t.instanceCount * hours * (1 + spotExtra) * vol) / HOURS_PER_MONTH,
      unit: 'GB-month',
      key: mlStorage,
      schedule: GROWING,
      path: volumePath,
    });
  }

  const endpoints = w.realtimeInference?.endpoints ?? [];
  for (let i = 0; i < endpoints.length; i++) {
    const e = endpoints[i]!;
    const hours = e.hoursPerDay * DAYS_PER_MONTH;
    emitCompute(
      ctx,
      usage(
        `endpoint-${i}`,
        () => `Real-time endpoint "${e.name}", ${e.instanceCount} × ${fmtCount(hours)} h`,
        'hosting',
        e.instanceType,
        e.instanceCount,
        hours,
        false,
        `${p}.realtimeInference.endpoints[${i}].instanceType`,
      ),
      commitment,
    );
    emitPriced(ctx, {
      base,
      service: 'Amazon SageMaker',
      text: () => ({ id: `${id}:endpoint-${i}-storage`, label: `Endpoint ML storage "${e.name}" (${e.instanceCount} × ${fmtCount(vol)} GB)` }),
      quantity: (e.instanceCount * vol * e.hoursPerDay) / 24,
      unit: 'GB-month',
      key: mlStorage,
      schedule: FLAT,
      path: volumePath,
    });
  }
  if ((endpoints.length > 0 || w.serverlessInference) && w.inferenceDataGbPerMonth > 0) {
    emitPriced(ctx, {
      base,
      service: 'Amazon SageMaker',
      text: () => ({ id: `${id}:data-processing`, label: `Endpoint data processed in and out (${fmtCount(w.inferenceDataGbPerMonth)} GB)` }),
      quantity: w.inferenceDataGbPerMonth,
      unit: 'GB',
      key: { service: 'sagemaker', kind: 'data-processing', region },
      schedule: GROWING,
      path: `${p}.inferenceDataGbPerMonth`,
    });
  }

  const sv = w.serverlessInference;
  if (sv !== undefined) {
    const seconds = (sv.requestsPerMonth * sv.meanDurationMs) / 1000;
    const discount = commitment && commitment.model === 'savings-plan' ? commitment.discountPct : 0;
    emitPriced(ctx, {
      base,
      service: 'Amazon SageMaker',
      text: () => ({
        id: `${id}:serverless`,
        label: `Serverless Inference ${sv.memoryMb} MB, ${fmtCount(sv.requestsPerMonth)} requests × ${fmtCount(sv.meanDurationMs)} ms`,
      }),
      quantity: seconds,
      unit: 'compute-seconds',
      key: { service: 'sagemaker', kind: 'serverless', region, memoryMb: sv.memoryMb },
      schedule: GROWING,
      path: `${p}.serverlessInference.memoryMb`,
      adjustment:
        discount > 0 ? { factor: 1 - discount / 100, note: `SageMaker Savings Plan −${fmtCount(discount)}% (${commitmentPath})` } : undefined,
    });
  }

  const b = w.batchTransform;
  if (b !== undefined && b.jobsPerMonth > 0) {
    emitCompute(
      ctx,
      usage(
        'batch',
        () => `Batch transform, ${fmtCount(b.jobsPerMonth)} jobs × ${fmtCount(b.hoursPerJob)} h × ${b.instanceCount}`,
        'batch-transform',
        b.instanceType,
        b.instanceCount,
        b.jobsPerMonth * b.hoursPerJob,
        true,
        `${p}.batchTransform.instanceType`,
      ),
      commitment,
    );
  }

  if (w.storage.s3Gb > 0) emitS3(ctx, base, w, index);
}
