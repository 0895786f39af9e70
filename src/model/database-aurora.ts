import { auroraStorageLabel, type AuroraStorageConfiguration, type PriceKey } from '../pricing/price-key';
import { emitPriced, fmtCount, type BuildContext } from './build-context';
import { emitCompute, GROWING } from './compute-usage';
import type { ComputeUsage, LineBase } from './line-spec';
import { engineName } from './database-ec2';
import { emitBackupBeyondAllowance } from './database-rds';
import { emitExtendedSupport } from './extended-support';
import { auroraEngineFor, type DatabaseWorkload, type OptionId } from './scenario-schema';

/** Requests in the "per 1 million requests" AWS publishes the Aurora Standard I/O rate in. */
export const IO_REQUESTS_PER_MILLION = 1_000_000;

const FREE_BACKUP = [
  'Backup storage up to 100% of the cluster\'s database storage is free (Amazon Aurora pricing, https://aws.amazon.com/rds/aurora/pricing/).',
];
const SHARED_VOLUME = 'One cluster volume shared by the writer and every reader, billed once (Aurora User Guide, "Amazon Aurora storage").';

/**
 * Amazon Aurora (provisioned, MySQL- or PostgreSQL-compatible), one cluster per database workload:
 *
 * - instance-hours of the writer and of each reader (the standby for high availability is an Aurora
 *   Replica in another AZ; read replicas are more readers), all at the class's rate for the
 *   cluster's storage configuration (I/O-Optimized instances cost more);
 * - the cluster volume, billed once per cluster however many instances read it, at the Standard
 *   or I/O-Optimized GB-month rate;
 * - Aurora Standard only: I/O requests at the per-request rate (AWS publishes $ per million);
 * - backup storage beyond the free allowance of 100% of the cluster's storage;
 * - RDS Extended Support on the writer and every reader when `engineVersion` is past Aurora's end of
 *   standard support (Aurora's own calendar and rates).
 *
 * Rates: https://aws.amazon.com/rds/aurora/pricing/; billing components: Aurora User Guide, "DB
 * instance billing for Aurora". The schema refuses engines without an Aurora edition (MariaDB).
 */
export function emitDatabaseOnAurora(ctx: BuildContext, option: OptionId, w: DatabaseWorkload, index: number): void {
  const engine = auroraEngineFor(w.engine);
  // The schema refuses this combination; a scenario built in code without parsing gets no lines.
  if (engine === undefined) return;
  const p = `workloads[${index}]`;
  const region = ctx.region;
  const configuration: AuroraStorageConfiguration = w.aurora?.storageConfiguration ?? 'standard';
  const configLabel = auroraStorageLabel(configuration);
  const base: LineBase = { option, workloadId: w.id, deployment: 'aurora', category: 'infrastructure' };
  const id = `${option}:${w.id}`;
  const instanceKey: PriceKey = { service: 'rds', kind: 'aurora-instance', region, engine, instanceClass: w.instanceClass, storageConfiguration: configuration };
  const partTime = w.hoursPerMonth < 730 ? `Runs ${fmtCount(w.hoursPerMonth)} h of the 730-hour month; storage is billed all month.` : undefined;
  const compute = (suffix: string, label: string, count: number, notes: readonly string[] | undefined): ComputeUsage => ({
    base,
    service: 'Amazon RDS',
    text: () => ({ id: `${id}:${suffix}`, label, notes }),
    count,
    hoursPerInstance: w.hoursPerMonth,
    onDemandKey: instanceKey,
    reservedKey: (c) => ({ ...instanceKey, kind: 'aurora-reserved', term: c.term, purchaseOption: c.purchaseOption }),
    steady: true,
    growsWithUsage: false,
    path: `${p}.instanceClass`,
    commitmentPath: `${p}.pricing.aurora.commitment`,
  });
  const name = `Aurora ${engineName(w.engine)}`;
  const commitment = w.pricing.aurora?.commitment;
  const writerNotes = [partTime, configuration === 'io-optimized' ? 'I/O-Optimized instance rate: no I/O charge.' : undefined].filter(
    (n): n is string => n !== undefined,
  );
  emitCompute(ctx, compute('writer', `${name} ${w.instanceClass} writer (${configLabel})`, 1, writerNotes.length > 0 ? writerNotes : undefined), commitment);
  const readers = (w.highAvailability ? 1 : 0) + w.readReplicas;
  if (readers > 0) {
    const parts = [w.highAvailability ? 'a replica in another AZ for failover' : undefined, w.readReplicas > 0 ? `${fmtCount(w.readReplicas)} read replica${w.readReplicas > 1 ? 's' : ''}` : undefined]
      .filter((n): n is string => n !== undefined)
      .join(' + ');
    emitCompute(
      ctx,
      compute('readers', `${name} ${w.instanceClass} reader${readers > 1 ? 's' : ''} (${parts}, ${configLabel})`, readers, partTime === undefined ? undefined : [partTime]),
      commitment,
    );
  }

  const sizeGb = w.storage.sizeGb;
  emitPriced(ctx, {
    base,
    service: 'Amazon RDS',
    text: () => ({ id: `${id}:storage`, label: `Aurora ${configLabel} cluster storage (${fmtCount(sizeGb)} GB)`, notes: [SHARED_VOLUME] }),
    quantity: sizeGb,
    unit: 'GB-month',
    key: { service: 'rds', kind: 'aurora-storage', region, storageConfiguration: configuration },
    schedule: GROWING,
    path: `${p}.storage.sizeGb`,
  });

  const ioMillions = w.aurora?.ioRequestsMillionsPerMonth;
  if (configuration === 'standard' && ioMillions !== undefined && ioMillions > 0) {
    emitPriced(ctx, {
      base,
      service: 'Amazon RDS',
      text: () => ({ id: `${id}:io`, label: `Aurora Standard I/O requests (${fmtCount(ioMillions)} million)` }),
      quantity: ioMillions * IO_REQUESTS_PER_MILLION,
      unit: 'requests',
      key: { service: 'rds', kind: 'aurora-io', region },
      schedule: GROWING,
      path: `${p}.aurora.ioRequestsMillionsPerMonth`,
    });
  }

  emitExtendedSupport(ctx, {
    base,
    id,
    serviceLabel: `${name} ${w.engineVersion ?? ''}`.trim(),
    service: { kind: 'aurora', engine },
    version: w.engineVersion,
    instanceClass: w.instanceClass,
    instances: 1 + readers,
    hoursPerInstance: w.hoursPerMonth,
    path: `${p}.engineVersion`,
  });

  emitBackupBeyondAllowance(ctx, {
    base,
    id,
    what: 'Aurora',
    backupGb: w.backup.storageGb,
    allowanceGb: sizeGb,
    key: { service: 'rds', kind: 'aurora-backup', region, engine },
    notes: FREE_BACKUP,
    path: `${p}.backup.storageGb`,
  });
}

