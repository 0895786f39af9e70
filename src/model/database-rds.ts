import type { PriceKey, PurchaseOption, RdsDeployment, ReservedTerm } from '../pricing/price-key';
import { emitPriced, fmtCount, type BuildContext } from './build-context';
import { emitCompute, FLAT, GROWING } from './compute-usage';
import type { ComputeUsage, LineBase } from './line-spec';
import { engineName } from './database-ec2';
import { emitCpuCredits } from './cpu-credits';
import { emitExtendedSupport } from './extended-support';
import { emitLicences, needsOwnLicences, rdsLicence, rdsPriceEngine } from './licensing';
import type { DatabaseWorkload, OptionId } from './scenario-schema';

/**
 * RDS gp3 baseline for MySQL, MariaDB and PostgreSQL: volumes under 400 GiB get 3,000 IOPS and
 * 125 MiB/s and cannot provision more; from 400 GiB, 12,000 IOPS and 500 MiB/s are included and
 * more can be provisioned (Amazon RDS User Guide, "Amazon RDS DB instance storage", gp3).
 */
export function rdsGp3Baseline(sizeGb: number): { iops: number; throughputMBps: number; canProvision: boolean } {
  return sizeGb < 400 ? { iops: 3000, throughputMBps: 125, canProvision: false } : { iops: 12000, throughputMBps: 500, canProvision: true };
}

const MULTI_AZ_NOTE = 'Multi-AZ bills the primary and its standby: AWS prices it at about twice Single-AZ.';
const FREE_BACKUP = [
  'Backup storage up to 100% of the provisioned storage is free (RDS billing FAQ). The allowance is Region-wide: it covers the total storage of all databases in the Region, read replicas included; this workload counts its own primary and replicas.',
];

/**
 * Amazon RDS: instance-hours at the Single-AZ or Multi-AZ rate (AWS publishes Multi-AZ at about
 * twice Single-AZ, for the standby), storage and provisioned IOPS/throughput at the deployment's
 * rate, read replicas as Single-AZ instances with their own storage, and backup storage beyond the
 * free allowance: "up to 100% of your provisioned database storage at no additional charge"
 * (RDS billing FAQ).
 */
export function emitDatabaseOnRds(ctx: BuildContext, option: OptionId, w: DatabaseWorkload, index: number): void {
  const p = `workloads[${index}]`;
  const region = ctx.region;
  const deployment: RdsDeployment = w.highAvailability ? 'multi-az' : 'single-az';
  const depLabel = w.highAvailability ? 'Multi-AZ' : 'Single-AZ';
  const commitment = w.pricing.rds?.commitment;
  const base: LineBase = { option, workloadId: w.id, deployment: 'rds', category: 'infrastructure' };
  const id = `${option}:${w.id}`;
  const engine = rdsPriceEngine(w);
  const licenceNote = w.engine === 'postgresql' || w.engine === 'mysql' || w.engine === 'mariadb' ? undefined : rdsLicence(w) === 'byol' ? 'Bring your own licence: the rate excludes the Oracle licence (priced on its own line).' : 'Licence included in the RDS rate.';
  const instanceKey = (dep: RdsDeployment): PriceKey => ({
    service: 'rds',
    kind: 'instance',
    region,
    engine,
    instanceClass: w.instanceClass,
    deployment: dep,
  });
  const reservedKey =
    (dep: RdsDeployment) =>
    (c: { term: ReservedTerm; purchaseOption: PurchaseOption }): PriceKey => ({
      service: 'rds',
      kind: 'reserved',
      region,
      engine,
      instanceClass: w.instanceClass,
      deployment: dep,
      term: c.term,
      purchaseOption: c.purchaseOption,
    });
  const partTime = w.hoursPerMonth < 730 ? `Runs ${fmtCount(w.hoursPerMonth)} h of the 730-hour month; storage is billed all month.` : undefined;
  const compute = (suffix: string, label: () => string, count: number, dep: RdsDeployment, notes: readonly string[] | undefined): ComputeUsage => ({
    base,
    service: 'Amazon RDS',
    text: () => ({ id: `${id}:${suffix}`, label: label(), notes }),
    count,
    hoursPerInstance: w.hoursPerMonth,
    onDemandKey: instanceKey(dep),
    reservedKey: reservedKey(dep),
    steady: true,
    growsWithUsage: false,
    path: `${p}.instanceClass`,
    commitmentPath: `${p}.pricing.rds.commitment`,
  });

  const instanceNotes = [partTime, w.highAvailability ? MULTI_AZ_NOTE : undefined, licenceNote].filter((n): n is string => n !== undefined);
  emitCompute(
    ctx,
    compute(
      'instance',
      () => `RDS ${engineName(w.engine)} ${w.instanceClass} ${depLabel}`,
      1,
      deployment,
      instanceNotes.length > 0 ? instanceNotes : undefined,
    ),
    commitment,
  );
  if (w.readReplicas > 0) {
    emitCompute(
      ctx,
      compute(
        'replicas',
        () => `RDS read replica${w.readReplicas > 1 ? 's' : ''} ${w.instanceClass} Single-AZ`,
        w.readReplicas,
        'single-az',
        partTime === undefined ? undefined : [partTime],
      ),
      commitment,
    );
  }

  if (needsOwnLicences(w, 'rds')) {
    emitLicences(ctx, w, index, {
      option,
      deployment: 'rds',
      instanceType: w.instanceClass,
      count: 1 + (w.highAvailability ? 1 : 0) + w.readReplicas,
      countNote: 'Under BYOL, AWS requires licences for the primary, the Multi-AZ standby and each read replica (RDS for Oracle licensing).',
    });
  }

  const s = w.storage;
  const parts: { dep: RdsDeployment; copies: number; label: string; suffix: string }[] = [
    { dep: deployment, copies: 1, label: depLabel, suffix: '' },
  ];
  if (w.readReplicas > 0) parts.push({ dep: 'single-az', copies: w.readReplicas, label: 'read replicas', suffix: '-replicas' });
  for (const part of parts) {
    const times = part.copies > 1 ? `${part.copies} × ` : '';
    emitPriced(ctx, {
      base,
      service: 'Amazon RDS',
      text: () => ({ id: `${id}:storage${part.suffix}`, label: `RDS ${s.type} storage, ${part.label} (${times}${fmtCount(s.sizeGb)} GB)` }),
      quantity: part.copies * s.sizeGb,
      unit: 'GB-month',
      key: { service: 'rds', kind: 'storage', region, storageType: s.type, deployment: part.dep },
      schedule: GROWING,
      path: `${p}.storage.type`,
    });
    if ((s.type === 'io1' || s.type === 'io2') && s.iops !== undefined) {
      const iops = s.iops;
      const storageType = s.type;
      emitPriced(ctx, {
        base,
        service: 'Amazon RDS',
        text: () => ({ id: `${id}:iops${part.suffix}`, label: `RDS ${storageType} provisioned IOPS, ${part.label} (${times}${fmtCount(iops)})` }),
        quantity: part.copies * iops,
        unit: 'IOPS-month',
        key: { service: 'rds', kind: 'iops', region, storageType, deployment: part.dep },
        schedule: FLAT,
        path: `${p}.storage.iops`,
      });
    }
    if (s.type === 'gp3') {
      const baseline = rdsGp3Baseline(s.sizeGb);
      const extraIops = baseline.canProvision ? Math.max(0, (s.iops ?? 0) - baseline.iops) : 0;
      const extraTp = baseline.canProvision ? Math.max(0, (s.throughputMBps ?? 0) - baseline.throughputMBps) : 0;
      if (extraIops > 0) {
        emitPriced(ctx, {
          base,
          service: 'Amazon RDS',
          text: () => ({
            id: `${id}:iops${part.suffix}`,
            label: `RDS gp3 IOPS above the ${fmtCount(baseline.iops)} included, ${part.label} (${times}${fmtCount(extraIops)})`,
          }),
          quantity: part.copies * extraIops,
          unit: 'IOPS-month',
          key: { service: 'rds', kind: 'iops', region, storageType: 'gp3', deployment: part.dep },
          schedule: FLAT,
          path: `${p}.storage.iops`,
        });
      }
      if (extraTp > 0) {
        emitPriced(ctx, {
          base,
          service: 'Amazon RDS',
          text: () => ({
            id: `${id}:throughput${part.suffix}`,
            label: `RDS gp3 throughput above the ${fmtCount(baseline.throughputMBps)} MiB/s included, ${part.label}`,
          }),
          quantity: part.copies * extraTp,
          unit: 'MiBps-month',
          key: { service: 'rds', kind: 'throughput', region, deployment: part.dep },
          schedule: FLAT,
          path: `${p}.storage.throughputMBps`,
        });
      }
    }
  }

  const credits = { vcpuHours: w.cpuCreditSurplusVcpuHoursPerMonth, path: `${p}.cpuCreditSurplusVcpuHoursPerMonth` };
  emitCpuCredits(ctx, { base, id, on: 'rds', instanceType: w.instanceClass, ...credits });
  emitExtendedSupport(ctx, {
    base,
    id,
    serviceLabel: `RDS for ${engineName(w.engine)} ${w.engineVersion ?? ''}`.trim(),
    service: { kind: 'rds', engine: w.engine },
    version: w.engineVersion,
    instanceClass: w.instanceClass,
    instances: 1 + (w.highAvailability ? 1 : 0) + w.readReplicas,
    hoursPerInstance: w.hoursPerMonth,
    path: `${p}.engineVersion`,
  });

  // The free allowance is the workload's total provisioned storage: the primary's and each replica's.
  const allowanceGb = (1 + w.readReplicas) * s.sizeGb;
  emitBackupBeyondAllowance(ctx, { base, id, what: 'RDS', backupGb: w.backup.storageGb, allowanceGb, key: { service: 'rds', kind: 'backup', region }, notes: FREE_BACKUP, path: `${p}.backup.storageGb` });
}

/**
 * Backup storage beyond the free allowance, RDS's and Aurora's alike: backups up to the allowance
 * are free, the rest is billed per GB-month at the backup rate (`key`).
 */
export function emitBackupBeyondAllowance(
  ctx: BuildContext,
  b: { base: LineBase; id: string; what: string; backupGb: number; allowanceGb: number; key: PriceKey; notes: readonly string[]; path: string },
): void {
  const billableGb = Math.max(0, b.backupGb - b.allowanceGb);
  if (billableGb <= 0) return;
  emitPriced(ctx, {
    base: b.base,
    service: 'Amazon RDS',
    text: () => ({
      id: `${b.id}:backup`,
      label: `${b.what} backup storage beyond the free allowance (${fmtCount(b.backupGb)} − ${fmtCount(b.allowanceGb)} GB)`,
      notes: b.notes,
    }),
    quantity: billableGb,
    unit: 'GB-month',
    key: b.key,
    schedule: GROWING,
    path: b.path,
  });
}
