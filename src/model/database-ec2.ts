import { ec2InstanceKey, ec2ReservedKey, fmtCount, pricedLine, type BuildContext } from './build-context';
import { computeLines } from './compute-usage';
import type { CostLine } from './cost-line';
import type { DatabaseWorkload, OptionId } from './scenario-schema';

/**
 * gp3 volumes include 3,000 IOPS and 125 MiB/s at no charge whatever their size; more is billed per
 * provisioned IOPS-month and per provisioned throughput (AWS EBS pricing page, "gp3").
 */
export const EBS_GP3_BASELINE_IOPS = 3000;
export const EBS_GP3_BASELINE_THROUGHPUT_MBPS = 125;

/** EC2 type for a self-managed database: the scenario's choice, or the RDS class without its "db." prefix. */
export function ec2TypeForDatabase(w: DatabaseWorkload): string {
  return w.ec2InstanceType ?? w.instanceClass.replace(/^db\./, '');
}

/**
 * Self-managed database on EC2: a primary, a standby in another Availability Zone when highly
 * available (streaming replication and a failover manager, like RDS Multi-AZ), read replicas,
 * one EBS volume per instance, EBS snapshots for backups, and cross-AZ replication traffic.
 */
export function databaseOnEc2Lines(ctx: BuildContext, option: OptionId, w: DatabaseWorkload, index: number): CostLine[] {
  const p = `workloads[${index}]`;
  const type = ec2TypeForDatabase(w);
  const typePath = w.ec2InstanceType ? `${p}.ec2InstanceType` : `${p}.instanceClass`;
  const commitment = w.pricing.ec2?.commitment;
  const base = { option, workloadId: w.id, deployment: 'ec2-db' as const, category: 'infrastructure' as const };
  const region = ctx.region;
  const instanceKey = ec2InstanceKey(region, type);
  const reservedKey = ec2ReservedKey(region, type);
  const scheduleNote = w.hoursPerMonth < 730 ? [`Runs ${fmtCount(w.hoursPerMonth)} h of the 730-hour month.`] : [];
  const computeBase = {
    ...base,
    service: 'Amazon EC2' as const,
    hoursPerInstance: w.hoursPerMonth,
    unit: 'instance-hours',
    onDemandKey: instanceKey,
    reservedKey,
    steady: true,
    growsWithUsage: false,
    path: typePath,
    commitmentPath: `${p}.pricing.ec2.commitment`,
  };

  const lines: CostLine[] = [];
  lines.push(
    ...computeLines(
      ctx,
      { ...computeBase, id: `${option}:${w.id}:primary`, label: `Primary instance ${type} (${engineName(w.engine)})`, count: 1, notes: scheduleNote },
      commitment,
    ),
  );
  if (w.highAvailability) {
    lines.push(
      ...computeLines(
        ctx,
        {
          ...computeBase,
          id: `${option}:${w.id}:standby`,
          label: `Standby instance ${type} in a second AZ (streaming replication)`,
          count: 1,
          notes: scheduleNote,
        },
        commitment,
      ),
    );
  }
  if (w.readReplicas > 0) {
    lines.push(
      ...computeLines(
        ctx,
        {
          ...computeBase,
          id: `${option}:${w.id}:replicas`,
          label: `Read replica${w.readReplicas > 1 ? 's' : ''} ${type}`,
          count: w.readReplicas,
          notes: scheduleNote,
        },
        commitment,
      ),
    );
  }

  const nodes = 1 + (w.highAvailability ? 1 : 0) + w.readReplicas;
  const s = w.storage;
  const ebs = { ...base, service: 'Amazon EBS' as const };
  lines.push(
    pricedLine(ctx, {
      ...ebs,
      id: `${option}:${w.id}:ebs`,
      label: `EBS ${s.type} volume${nodes > 1 ? 's' : ''} (${nodes} × ${fmtCount(s.sizeGb)} GB)`,
      quantity: nodes * s.sizeGb,
      unit: 'GB-month',
      key: { service: 'ebs', kind: 'volume', region, volumeType: s.type },
      schedule: { kind: 'monthly', growth: 'usage' },
      path: `${p}.storage.type`,
      notes: ['Each instance keeps a full copy of the data on its own volume.'],
    }),
  );
  if (s.type === 'io1' && s.iops !== undefined) {
    lines.push(
      pricedLine(ctx, {
        ...ebs,
        id: `${option}:${w.id}:ebs-iops`,
        label: `EBS io1 provisioned IOPS (${nodes} × ${fmtCount(s.iops)})`,
        quantity: nodes * s.iops,
        unit: 'IOPS-month',
        key: { service: 'ebs', kind: 'iops', region, volumeType: 'io1' },
        schedule: { kind: 'monthly', growth: 'none' },
        path: `${p}.storage.iops`,
      }),
    );
  }
  if (s.type === 'gp3') {
    const extraIops = Math.max(0, (s.iops ?? 0) - EBS_GP3_BASELINE_IOPS);
    if (extraIops > 0) {
      lines.push(
        pricedLine(ctx, {
          ...ebs,
          id: `${option}:${w.id}:ebs-iops`,
          label: `EBS gp3 IOPS above the 3,000 included (${nodes} × ${fmtCount(extraIops)})`,
          quantity: nodes * extraIops,
          unit: 'IOPS-month',
          key: { service: 'ebs', kind: 'iops', region, volumeType: 'gp3' },
          schedule: { kind: 'monthly', growth: 'none' },
          path: `${p}.storage.iops`,
        }),
      );
    }
    const extraThroughput = Math.max(0, (s.throughputMBps ?? 0) - EBS_GP3_BASELINE_THROUGHPUT_MBPS);
    if (extraThroughput > 0) {
      lines.push(
        pricedLine(ctx, {
          ...ebs,
          id: `${option}:${w.id}:ebs-throughput`,
          label: `EBS gp3 throughput above the 125 MiB/s included (${nodes} × ${fmtCount(extraThroughput)} MiB/s)`,
          // EBS prices throughput per GiB/s-month; 1 GiB/s = 1,024 MiB/s.
          quantity: (nodes * extraThroughput) / 1024,
          unit: 'GiBps-month',
          key: { service: 'ebs', kind: 'throughput', region },
          schedule: { kind: 'monthly', growth: 'none' },
          path: `${p}.storage.throughputMBps`,
        }),
      );
    }
  }
  if (w.backup.storageGb > 0) {
    lines.push(
      pricedLine(ctx, {
        ...ebs,
        id: `${option}:${w.id}:snapshots`,
        label: `EBS snapshots for backups (${fmtCount(w.backup.storageGb)} GB, ${w.backup.retentionDays}-day retention)`,
        quantity: w.backup.storageGb,
        unit: 'GB-month',
        key: { service: 'ebs', kind: 'snapshot', region },
        schedule: { kind: 'monthly', growth: 'usage' },
        path: `${p}.backup.storageGb`,
        notes: ['EC2 has no free backup allowance; every snapshot GB is billed.'],
      }),
    );
  }
  const replicaCount = nodes - 1;
  if (replicaCount > 0 && w.replicationGbPerMonth !== undefined && w.replicationGbPerMonth > 0) {
    lines.push(
      pricedLine(ctx, {
        ...base,
        service: 'Data transfer',
        id: `${option}:${w.id}:replication-transfer`,
        label: `Cross-AZ replication traffic (${replicaCount} × ${fmtCount(w.replicationGbPerMonth)} GB, out and in)`,
        // Charged once leaving the source AZ and once entering the target AZ.
        quantity: 2 * replicaCount * w.replicationGbPerMonth,
        unit: 'GB',
        key: { service: 'ec2', kind: 'inter-az-transfer', region },
        schedule: { kind: 'monthly', growth: 'usage' },
        path: `${p}.replicationGbPerMonth`,
        notes: ['Standby and replicas are assumed to sit in other Availability Zones. RDS Multi-AZ replication is not charged.'],
      }),
    );
  }
  return lines;
}

export function engineName(engine: DatabaseWorkload['engine']): string {
  return engine === 'postgresql' ? 'PostgreSQL' : engine === 'mysql' ? 'MySQL' : 'MariaDB';
}
