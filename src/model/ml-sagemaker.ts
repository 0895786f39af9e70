import { fmtCount, pricedLine, type BuildContext } from './build-context';
import { computeLines, jobComputeLines, type ComputeUsage } from './compute-usage';
import type { CostLine } from './cost-line';
import { notebookHours, s3Line } from './ml-self-managed';
import type { MlWorkload, OptionId } from './scenario-schema';
import { DAYS_PER_MONTH, HOURS_PER_MONTH } from './units';
import type { SageMakerComponent } from '../pricing/price-key';

/**
 * Amazon SageMaker: Studio notebooks (JupyterLab spaces) at the Studio-Notebook rate, training jobs
 * including managed spot, real-time endpoints (Hosting), Serverless Inference per second of
 * compute at the chosen memory size, batch transform, ML storage volumes, endpoint data processing
 * and S3. SageMaker's two-month free tier is ignored, as the AWS Pricing Calculator does.
 */
export function mlSageMakerLines(ctx: BuildContext, option: OptionId, w: MlWorkload, index: number): CostLine[] {
  const p = `workloads[${index}]`;
  const region = ctx.region;
  const commitment = w.pricing.sagemaker?.commitment;
  const commitmentPath = `${p}.pricing.sagemaker.commitment`;
  const base = { option, workloadId: w.id, deployment: 'sagemaker' as const, category: 'infrastructure' as const };
  const usage = (
    id: string,
    label: string,
    component: SageMakerComponent,
    instanceType: string,
    count: number,
    hoursPerInstance: number,
    growsWithUsage: boolean,
    path: string,
    notes: string[] = [],
  ): ComputeUsage => ({
    ...base,
    service: 'Amazon SageMaker',
    id: `${option}:${w.id}:${id}`,
    label: `${label} (${instanceType})`,
    count,
    hoursPerInstance,
    unit: 'instance-hours',
    onDemandKey: { service: 'sagemaker', kind: 'instance', region, component, instanceType },
    steady: false,
    growsWithUsage,
    path,
    commitmentPath,
    notes,
  });
  const mlStorage = (id: string, label: string, gbMonths: number, growth: 'none' | 'usage', notes: string[] = []): CostLine =>
    pricedLine(ctx, {
      ...base,
      service: 'Amazon SageMaker',
      id: `${option}:${w.id}:${id}`,
      label,
      quantity: gbMonths,
      unit: 'GB-month',
      key: { service: 'sagemaker', kind: 'ml-storage', region },
      schedule: { kind: 'monthly', growth },
      path: `${p}.storage.volumeGbPerInstance`,
      notes,
    });

  const lines: CostLine[] = [];
  const vol = w.storage.volumeGbPerInstance;
  const people = w.team.dataScientists;
  const nbHours = notebookHours(w);
  if (people > 0 && nbHours > 0) {
    lines.push(
      ...computeLines(
        ctx,
        usage('notebooks', `Studio notebooks, ${people} × ${fmtCount(nbHours)} h`, 'studio-notebook', w.team.notebookInstanceType, people, nbHours, false, `${p}.team.notebookInstanceType`, [
          `${fmtCount(w.team.hoursPerDay)} h/day × ${fmtCount(w.team.daysPerMonth)} days; spaces stopped outside working hours.`,
        ]),
        commitment,
      ),
    );
  }
  if (people > 0) {
    lines.push(mlStorage('notebook-storage', `Studio space storage (${people} × ${fmtCount(vol)} GB)`, people * vol, 'none'));
  }

  if (w.training && w.training.jobsPerMonth > 0) {
    const t = w.training;
    const hours = t.jobsPerMonth * t.hoursPerJob;
    const spot = w.pricing.sagemaker?.spot ?? { expectedDiscountPct: 60, interruptionOverheadPct: 10 };
    lines.push(
      ...jobComputeLines(
        ctx,
        usage('training', `Training jobs, ${fmtCount(t.jobsPerMonth)} × ${fmtCount(t.hoursPerJob)} h × ${t.instanceCount}`, 'training', t.instanceType, t.instanceCount, hours, true, `${p}.training.instanceType`),
        commitment,
        t.spotSharePct,
        spot,
        'managed spot training',
      ),
    );
    const spotExtra = (t.spotSharePct / 100) * (spot.interruptionOverheadPct / 100);
    lines.push(
      mlStorage(
        'training-storage',
        `Training ML storage (${fmtCount(vol)} GB per instance while jobs run)`,
        (t.instanceCount * hours * (1 + spotExtra) * vol) / HOURS_PER_MONTH,
        'usage',
        ['Prorated to job hours over the 730-hour month.'],
      ),
    );
  }

  const endpoints = w.realtimeInference?.endpoints ?? [];
  endpoints.forEach((e, i) => {
    const hours = e.hoursPerDay * DAYS_PER_MONTH;
    lines.push(
      ...computeLines(
        ctx,
        usage(`endpoint-${i}`, `Real-time endpoint "${e.name}", ${e.instanceCount} × ${fmtCount(hours)} h`, 'hosting', e.instanceType, e.instanceCount, hours, false, `${p}.realtimeInference.endpoints[${i}].instanceType`),
        commitment,
      ),
    );
    lines.push(mlStorage(`endpoint-${i}-storage`, `Endpoint ML storage "${e.name}" (${e.instanceCount} × ${fmtCount(vol)} GB)`, (e.instanceCount * vol * e.hoursPerDay) / 24, 'none'));
  });
  if ((endpoints.length > 0 || w.serverlessInference) && w.inferenceDataGbPerMonth > 0) {
    lines.push(
      pricedLine(ctx, {
        ...base,
        service: 'Amazon SageMaker',
        id: `${option}:${w.id}:data-processing`,
        label: `Endpoint data processed in and out (${fmtCount(w.inferenceDataGbPerMonth)} GB)`,
        quantity: w.inferenceDataGbPerMonth,
        unit: 'GB',
        key: { service: 'sagemaker', kind: 'data-processing', region },
        schedule: { kind: 'monthly', growth: 'usage' },
        path: `${p}.inferenceDataGbPerMonth`,
      }),
    );
  }

  if (w.serverlessInference) {
    const sv = w.serverlessInference;
    const seconds = (sv.requestsPerMonth * sv.meanDurationMs) / 1000;
    const rate = commitment && commitment.model === 'savings-plan' ? 1 - commitment.discountPct / 100 : 1;
    lines.push(
      pricedLine(ctx, {
        ...base,
        service: 'Amazon SageMaker',
        id: `${option}:${w.id}:serverless`,
        label: `Serverless Inference ${sv.memoryMb} MB, ${fmtCount(sv.requestsPerMonth)} requests × ${fmtCount(sv.meanDurationMs)} ms`,
        quantity: seconds,
        unit: 'compute-seconds',
        key: { service: 'sagemaker', kind: 'serverless', region, memoryMb: sv.memoryMb },
        schedule: { kind: 'monthly', growth: 'usage' },
        path: `${p}.serverlessInference.memoryMb`,
        ...(rate < 1 ? { adjustment: { factor: rate, note: `SageMaker Savings Plan −${fmtCount(100 - rate * 100)}% (${commitmentPath})` } } : {}),
      }),
    );
  }

  if (w.batchTransform && w.batchTransform.jobsPerMonth > 0) {
    const b = w.batchTransform;
    lines.push(
      ...computeLines(
        ctx,
        usage('batch', `Batch transform, ${fmtCount(b.jobsPerMonth)} jobs × ${fmtCount(b.hoursPerJob)} h × ${b.instanceCount}`, 'batch-transform', b.instanceType, b.instanceCount, b.jobsPerMonth * b.hoursPerJob, true, `${p}.batchTransform.instanceType`),
        commitment,
      ),
    );
  }

  if (w.storage.s3Gb > 0) lines.push(s3Line(ctx, base, w, index));
  return lines;
}
