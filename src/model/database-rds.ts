import type { RdsDeployment } from '../pricing/price-key';
import { fmtCount, pricedLine, type BuildContext } from './build-context';
import { computeLines } from './compute-usage';
import type { CostLine } from './cost-line';
import { engineName } from './database-ec2';
import type { DatabaseWorkload, OptionId } from './scenario-schema';

/**
 * RDS gp3 baseline for MySQL, MariaDB and PostgreSQL: volumes under 400 GiB get 3,000 IOPS and
 * 125 MiB/s and cannot provision more; from 400 GiB, 12,000 IOPS and 500 MiB/s are included and
 * more can be provisioned (Amazon RDS User Guide, "Amazon RDS DB instance storage", gp3).
 */
export function rdsGp3Baseline(sizeGb: number): { iops: number; throughputMBps: number; canProvision: boolean } {
  return sizeGb < 400
    ? { iops: 3000, throughputMBps: 125, canProvision: false }
    : { iops: 12000, throughputMBps: 500, canProvision: true };
}

/**
 * Amazon RDS: instance-hours at the Single-AZ or Multi-AZ rate (AWS publishes Multi-AZ at about
 * twice Single-AZ, for the standby), storage and provisioned IOPS/throughput at the deployment's
 * rate, read replicas as Single-AZ instances with their own storage, and backup storage beyond the
 * free allowance: "up to 100% of your provisioned database storage at no additional charge"
 * (RDS billing FAQ).
 */
export function databaseOnRdsLines(ctx: BuildContext, option: OptionId, w: DatabaseWorkload, index: number): CostLine[] {
  const p = `workloads[${index}]`;
  const region = ctx.region;
  const deployment: RdsDeployment = w.highAvailability ? 'multi-az' : 'single-az';
  const depLabel = w.highAvailability ? 'Multi-AZ' : 'Single-AZ';
  const commitment = w.pricing.rds?.commitment;
  const base = { option, workloadId: w.id, deployment: 'rds' as const, category: 'infrastructure' as const, service: 'Amazon RDS' as const };
  const instanceKey = (dep: RdsDeployment) =>
    ({ service: 'rds', kind: 'instance', region, engine: w.engine, instanceClass: w.instanceClass, deployment: dep }) as const;
  const reservedKey =
    (dep: RdsDeployment) =>
    (c: { term: '1yr' | '3yr'; purchaseOption: 'no-upfront' | 'partial-upfront' | 'all-upfront' }) =>
      ({
        service: 'rds',
        kind: 'reserved',
        region,
        engine: w.engine,
        instanceClass: w.instanceClass,
        deployment: dep,
        term: c.term,
        purchaseOption: c.purchaseOption,
      }) as const;
  const scheduleNote = w.hoursPerMonth < 730 ? [`Runs ${fmtCount(w.hoursPerMonth)} h of the 730-hour month; storage is billed all month.`] : [];
  const computeBase = {
    ...base,
    hoursPerInstance: w.hoursPerMonth,
    unit: 'instance-hours',
    steady: true,
    growsWithUsage: false,
    path: `${p}.instanceClass`,
    commitmentPath: `${p}.pricing.rds.commitment`,
  };

  const lines: CostLine[] = [];
  lines.push(
    ...computeLines(
      ctx,
      {
        ...computeBase,
        id: `${option}:${w.id}:instance`,
        label: `RDS ${engineName(w.engine)} ${w.instanceClass} ${depLabel}`,
        count: 1,
        onDemandKey: instanceKey(deployment),
        reservedKey: reservedKey(deployment),
        notes: [
          ...scheduleNote,
          ...(w.highAvailability ? ['Multi-AZ bills the primary and its standby: AWS prices it at about twice Single-AZ.'] : []),
        ],
      },
      commitment,
    ),
  );
  if (w.readReplicas > 0) {
    lines.push(
      ...computeLines(
        ctx,
        {
          ...computeBase,
          id: `${option}:${w.id}:replicas`,
          label: `RDS read replica${w.readReplicas > 1 ? 's' : ''} ${w.instanceClass} Single-AZ`,
          count: w.readReplicas,
          onDemandKey: instanceKey('single-az'),
          reservedKey: reservedKey('single-az'),
          notes: scheduleNote,
        },
        commitment,
      ),
    );
  }

  const s = w.storage;
  const storageParts: { dep: RdsDeployment; copies: number; label: string }[] = [
    { dep: deployment, copies: 1, label: depLabel },
  ];
  if (w.readReplicas > 0) storageParts.push({ dep: 'single-az', copies: w.readReplicas, label: 'read replicas' });
  for (const part of storageParts) {
    const suffix = part.dep === deployment && part.copies === 1 && part.label === depLabel ? '' : '-replicas';
    lines.push(
      pricedLine(ctx, {
        ...base,
        id: `${option}:${w.id}:storage${suffix}`,
        label: `RDS ${s.type} storage, ${part.label} (${part.copies > 1 ? `${part.copies} × ` : ''}${fmtCount(s.sizeGb)} GB)`,
        quantity: part.copies * s.sizeGb,
        unit: 'GB-month',
        key: { service: 'rds', kind: 'storage', region, storageType: s.type, deployment: part.dep },
        schedule: { kind: 'monthly', growth: 'usage' },
        path: `${p}.storage.type`,
      }),
    );
    if (s.type === 'io1' && s.iops !== undefined) {
      lines.push(
        pricedLine(ctx, {
          ...base,
          id: `${option}:${w.id}:iops${suffix}`,
          label: `RDS io1 provisioned IOPS, ${part.label} (${part.copies > 1 ? `${part.copies} × ` : ''}${fmtCount(s.iops)})`,
          quantity: part.copies * s.iops,
          unit: 'IOPS-month',
          key: { service: 'rds', kind: 'iops', region, storageType: 'io1', deployment: part.dep },
          schedule: { kind: 'monthly', growth: 'none' },
          path: `${p}.storage.iops`,
        }),
      );
    }
    if (s.type === 'gp3') {
      const baseline = rdsGp3Baseline(s.sizeGb);
      const extraIops = baseline.canProvision ? Math.max(0, (s.iops ?? 0) - baseline.iops) : 0;
      const extraTp = baseline.canProvision ? Math.max(0, (s.throughputMBps ?? 0) - baseline.throughputMBps) : 0;
      if (extraIops > 0) {
        lines.push(
          pricedLine(ctx, {
            ...base,
            id: `${option}:${w.id}:iops${suffix}`,
            label: `RDS gp3 IOPS above the ${fmtCount(baseline.iops)} included, ${part.label} (${part.copies > 1 ? `${part.copies} × ` : ''}${fmtCount(extraIops)})`,
            quantity: part.copies * extraIops,
            unit: 'IOPS-month',
            key: { service: 'rds', kind: 'iops', region, storageType: 'gp3', deployment: part.dep },
            schedule: { kind: 'monthly', growth: 'none' },
            path: `${p}.storage.iops`,
          }),
        );
      }
      if (extraTp > 0) {
        lines.push(
          pricedLine(ctx, {
            ...base,
            id: `${option}:${w.id}:throughput${suffix}`,
            label: `RDS gp3 throughput above the ${fmtCount(baseline.throughputMBps)} MiB/s included, ${part.label}`,
            quantity: part.copies * extraTp,
            unit: 'MiBps-month',
            key: { service: 'rds', kind: 'throughput', region, deployment: part.dep },
            schedule: { kind: 'monthly', growth: 'none' },
            path: `${p}.storage.throughputMBps`,
          }),
        );
      }
    }
  }

  const billableBackupGb = Math.max(0, w.backup.storageGb - s.sizeGb);
  if (billableBackupGb > 0) {
    lines.push(
      pricedLine(ctx, {
        ...base,
        id: `${option}:${w.id}:backup`,
        label: `RDS backup storage beyond the free allowance (${fmtCount(w.backup.storageGb)} − ${fmtCount(s.sizeGb)} GB)`,
        quantity: billableBackupGb,
        unit: 'GB-month',
        key: { service: 'rds', kind: 'backup', region },
        schedule: { kind: 'monthly', growth: 'usage' },
        path: `${p}.backup.storageGb`,
        notes: ['Backup storage up to 100% of the provisioned storage is free (RDS billing FAQ).'],
      }),
    );
  }
  return lines;
}
