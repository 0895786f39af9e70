import { platformLabel } from '../pricing/price-key';
import { ec2InstanceKey, ec2ReservedKey, emitPriced, fmtCount, type BuildContext } from './build-context';
import { isOracle } from './licence-rules';
import { ec2Platform, emitLicences, engineTitle, needsOwnLicences } from './licensing';
import { emitCompute, FLAT, GROWING } from './compute-usage';
import type { ComputeUsage, LineBase } from './line-spec';
import { emitUnsupportedEngineWork } from './unsupported-engine';
import { emitSelfManagedNetwork } from './self-managed-network';
import { emitCpuCredits, isBurstableEc2Type } from './cpu-credits';
import type { DatabaseWorkload, OptionId } from './scenario-schema';

/**
 * gp3 volumes include 3,000 IOPS and 125 MiB/s at no charge whatever their size; more is billed per
 * provisioned IOPS-month and per provisioned throughput (AWS EBS pricing page, "gp3").
 */
export const EBS_GP3_BASELINE_IOPS = 3000;
export const EBS_GP3_BASELINE_THROUGHPUT_MBPS = 125;

/**
 * Largest single EBS volume, GiB: gp2, gp3 and io1 up to 16 TiB, io2 Block Express up to 64 TiB
 * (Amazon EBS User Guide, "Amazon EBS volume types", https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html).
 * A larger database volume on EC2 is striped (RAID 0 / LVM) across several volumes, each with its own
 * gp3 baseline.
 */
export const EBS_MAX_VOLUME_GIB: Readonly<Record<DatabaseWorkload['storage']['type'], number>> = { gp2: 16384, gp3: 16384, io1: 16384, io2: 65536 };

/** How many EBS volumes one instance's database storage takes: ⌈size / largest volume⌉. */
export function stripedVolumes(storage: DatabaseWorkload['storage']): number {
  return Math.ceil(storage.sizeGb / EBS_MAX_VOLUME_GIB[storage.type]);
}

const EACH_INSTANCE_COPY = ['Each instance keeps a full copy of the data on its own volume.'];
const NO_FREE_BACKUP = ['EC2 has no free backup allowance; every snapshot GB is billed.'];
const INCREMENTAL_SNAPSHOTS = [
  'EBS snapshots are incremental (Amazon EBS User Guide, "How Amazon EBS snapshots work"): one full copy of the volume, then each daily snapshot stores only the blocks changed since, kept for the retention period. One copy for the primary; a standby or replica is not snapshotted.',
];
const IO2_TIERS = [
  'io2 IOPS are priced in tiers per volume (AWS EBS pricing page): up to 32,000 IOPS at the tier 1 rate, 32,001–64,000 at tier 2, above 64,000 at tier 3.',
];
function stripeNote(type: DatabaseWorkload['storage']['type'], stripes: number): string {
  const perVolume = type === 'gp3' ? ` Each gp3 volume includes ${fmtCount(EBS_GP3_BASELINE_IOPS)} IOPS and ${EBS_GP3_BASELINE_THROUGHPUT_MBPS} MiB/s, so ${stripes} volumes include ${fmtCount(stripes * EBS_GP3_BASELINE_IOPS)} IOPS and ${fmtCount(stripes * EBS_GP3_BASELINE_THROUGHPUT_MBPS)} MiB/s.` : '';
  return `A ${type} volume holds at most ${fmtCount(EBS_MAX_VOLUME_GIB[type])} GiB (Amazon EBS volume types), so each instance's storage is striped across ${stripes} volumes of equal size.${perVolume}`;
}

const OTHER_AZ = ['Standby and replicas are assumed to sit in other Availability Zones. RDS Multi-AZ replication is not charged.'];

/** EC2 type for a self-managed database: the scenario's choice, or the RDS class without its "db." prefix. */
export function ec2TypeForDatabase(w: DatabaseWorkload): string {
  return w.ec2InstanceType ?? w.instanceClass.replace(/^db\./, '');
}

export function engineName(engine: DatabaseWorkload['engine']): string {
  return engineTitle(engine);
}

/** How the standby is kept in step, for commercial engines (open-source engines use streaming replication). */
const STANDBY_METHOD: Partial<Record<DatabaseWorkload['engine'], string>> = {
  'sqlserver-ex': 'log shipping; Express has no availability groups',
  'sqlserver-web': 'log shipping; Web has no availability groups',
  'sqlserver-se': 'Always On basic availability group',
  'sqlserver-ee': 'Always On availability group',
  'oracle-se2': 'standby database by archived-log shipping; Data Guard is Enterprise Edition only',
  'oracle-ee': 'Data Guard',
};

const LICENCE_INCLUDED_HINT = 'choose BYOL (licensing.ec2), or refresh prices from AWS';
const WINDOWS_HINT = 'choose Linux (licensing.ec2Os), or refresh prices from AWS';

/**
 * Self-managed database on EC2: a primary, a standby in another Availability Zone when highly
 * available (streaming replication and a failover manager, like RDS Multi-AZ), read replicas,
 * one EBS volume per instance, EBS snapshots for backups, and cross-AZ replication traffic.
 */
export function emitDatabaseOnEc2(ctx: BuildContext, option: OptionId, w: DatabaseWorkload, index: number): void {
  const p = `workloads[${index}]`;
  const type = ec2TypeForDatabase(w);
  const region = ctx.region;
  const commitment = w.pricing.ec2?.commitment;
  const platform = ec2Platform(w);
  const platformNote = platform === undefined ? undefined : `${platformLabel(platform)} (licence included in the EC2 rate).`;
  const base: LineBase = { option, workloadId: w.id, deployment: 'ec2-db', category: 'infrastructure' };
  const id = `${option}:${w.id}`;
  const noteList = [w.hoursPerMonth < 730 ? `Runs ${fmtCount(w.hoursPerMonth)} h of the 730-hour month.` : undefined, platformNote].filter(
    (n): n is string => n !== undefined,
  );
  const scheduleNote = noteList.length > 0 ? noteList : undefined;
  const compute = (suffix: string, label: () => string, count: number): ComputeUsage => ({
    base,
    service: 'Amazon EC2',
    text: () => ({ id: `${id}:${suffix}`, label: label(), notes: scheduleNote }),
    count,
    hoursPerInstance: w.hoursPerMonth,
    onDemandKey: ec2InstanceKey(region, type, platform),
    reservedKey: ec2ReservedKey(region, type, platform),
    missingHint: platform === undefined ? undefined : platform === 'windows' ? WINDOWS_HINT : LICENCE_INCLUDED_HINT,
    steady: true,
    growsWithUsage: false,
    path: w.ec2InstanceType ? `${p}.ec2InstanceType` : `${p}.instanceClass`,
    commitmentPath: `${p}.pricing.ec2.commitment`,
  });

  emitCompute(
    ctx,
    compute('primary', () => `Primary instance ${type} (${engineName(w.engine)})`, 1),
    commitment,
  );
  if (w.highAvailability) {
    emitCompute(
      ctx,
      compute('standby', () => `Standby instance ${type} in a second AZ (${STANDBY_METHOD[w.engine] ?? 'streaming replication'})`, 1),
      commitment,
    );
  }
  if (w.readReplicas > 0) {
    emitCompute(
      ctx,
      compute('replicas', () => `Read replica${w.readReplicas > 1 ? 's' : ''} ${type}`, w.readReplicas),
      commitment,
    );
  }

  if (needsOwnLicences(w, 'ec2-db')) {
    // SQL Server's passive standby is covered by Software Assurance failover rights; Oracle licenses every instance it runs on.
    const oracle = isOracle(w.engine);
    const licensed = 1 + (w.highAvailability && oracle ? 1 : 0) + w.readReplicas;
    emitLicences(ctx, w, index, {
      option,
      deployment: 'ec2-db',
      instanceType: type,
      count: licensed,
      countNote: oracle
        ? 'Oracle licenses every instance it is installed and running on: primary, standby and replicas.'
        : w.highAvailability
          ? 'The passive standby needs no licences under Software Assurance failover rights; the primary and readable replicas do.'
          : 'The primary and any readable replicas are licensed.',
    });
  }

  const nodes = 1 + (w.highAvailability ? 1 : 0) + w.readReplicas;
  const s = w.storage;
  const stripes = stripedVolumes(s);
  const striped = stripes > 1 ? `, each striped across ${stripes} volumes` : '';
  emitPriced(ctx, {
    base,
    service: 'Amazon EBS',
    text: () => ({
      id: `${id}:ebs`,
      label: `EBS ${s.type} volume${nodes > 1 ? 's' : ''} (${nodes} × ${fmtCount(s.sizeGb)} GB${striped})`,
      notes: stripes > 1 ? [...EACH_INSTANCE_COPY, stripeNote(s.type, stripes)] : EACH_INSTANCE_COPY,
    }),
    quantity: nodes * s.sizeGb,
    unit: 'GB-month',
    key: { service: 'ebs', kind: 'volume', region, volumeType: s.type },
    schedule: GROWING,
    path: `${p}.storage.type`,
  });
  if ((s.type === 'io1' || s.type === 'io2') && s.iops !== undefined) {
    const iops = s.iops;
    const volumeType = s.type;
    emitPriced(ctx, {
      base,
      service: 'Amazon EBS',
      text: () => ({
        id: `${id}:ebs-iops`,
        label: `EBS ${volumeType} provisioned IOPS (${nodes} × ${fmtCount(iops)})`,
        notes: volumeType === 'io2' ? IO2_TIERS : undefined,
      }),
      quantity: nodes * iops,
      unit: 'IOPS-month',
      key: { service: 'ebs', kind: 'iops', region, volumeType },
      schedule: FLAT,
      path: `${p}.storage.iops`,
      tieredParts: nodes * stripes,
    });
  }
  if (s.type === 'gp3') {
    // Each striped volume brings its own baseline; the provisioned total is spread evenly across them.
    const includedIops = stripes * EBS_GP3_BASELINE_IOPS;
    const includedThroughput = stripes * EBS_GP3_BASELINE_THROUGHPUT_MBPS;
    const extraIops = Math.max(0, (s.iops ?? 0) - includedIops);
    if (extraIops > 0) {
      emitPriced(ctx, {
        base,
        service: 'Amazon EBS',
        text: () => ({ id: `${id}:ebs-iops`, label: `EBS gp3 IOPS above the ${fmtCount(includedIops)} included${striped} (${nodes} × ${fmtCount(extraIops)})` }),
        quantity: nodes * extraIops,
        unit: 'IOPS-month',
        key: { service: 'ebs', kind: 'iops', region, volumeType: 'gp3' },
        schedule: FLAT,
        path: `${p}.storage.iops`,
      });
    }
    const extraThroughput = Math.max(0, (s.throughputMBps ?? 0) - includedThroughput);
    if (extraThroughput > 0) {
      emitPriced(ctx, {
        base,
        service: 'Amazon EBS',
        text: () => ({
          id: `${id}:ebs-throughput`,
          label: `EBS gp3 throughput above the ${fmtCount(includedThroughput)} MiB/s included${striped} (${nodes} × ${fmtCount(extraThroughput)} MiB/s)`,
        }),
        quantity: (nodes * extraThroughput) / 1024,
        unit: 'GiBps-month',
        key: { service: 'ebs', kind: 'throughput', region },
        schedule: FLAT,
        path: `${p}.storage.throughputMBps`,
      });
    }
  }
  const rootGb = w.rootVolumeGb ?? 0;
  if (rootGb > 0) {
    emitPriced(ctx, {
      base,
      service: 'Amazon EBS',
      text: () => ({
        id: `${id}:ebs-root`,
        label: `EBS ${w.rootVolumeType} root volume${nodes > 1 ? 's' : ''} (${nodes} × ${fmtCount(rootGb)} GB)`,
        notes: ['Every instance boots from its own root volume (the AMI sets its size, commonly 8–30 GiB).'],
      }),
      quantity: nodes * rootGb,
      unit: 'GB-month',
      key: { service: 'ebs', kind: 'volume', region, volumeType: w.rootVolumeType },
      schedule: FLAT,
      path: `${p}.rootVolumeGb`,
    });
  }
  const changePct = w.backup.dailyChangePct;
  // EBS snapshots are incremental: the first holds every used block, later ones only the blocks changed since.
  const snapshotGb = changePct === undefined ? w.backup.storageGb : s.sizeGb * (1 + (changePct / 100) * w.backup.retentionDays);
  if (snapshotGb > 0) {
    emitPriced(ctx, {
      base,
      service: 'Amazon EBS',
      text: () =>
        changePct === undefined
          ? {
              id: `${id}:snapshots`,
              label: `EBS snapshots for backups (${fmtCount(w.backup.storageGb)} GB, ${w.backup.retentionDays}-day retention)`,
              notes: NO_FREE_BACKUP,
            }
          : {
              id: `${id}:snapshots`,
              label: `EBS snapshots, incremental (${fmtCount(s.sizeGb)} GB full + ${fmtCount(changePct)}%/day × ${w.backup.retentionDays} days)`,
              notes: INCREMENTAL_SNAPSHOTS,
            },
      quantity: snapshotGb,
      unit: 'GB-month',
      key: { service: 'ebs', kind: 'snapshot', region },
      schedule: GROWING,
      path: changePct === undefined ? `${p}.backup.storageGb` : `${p}.backup.dailyChangePct`,
    });
  }
  if (isBurstableEc2Type(type)) {
    emitCpuCredits(ctx, { base, id, on: 'ec2', instanceType: type, vcpuHours: w.cpuCreditSurplusVcpuHoursPerMonth, path: `${p}.cpuCreditSurplusVcpuHoursPerMonth` });
  }
  emitUnsupportedEngineWork(ctx, { base, id, engine: w.engine, engineLabel: engineName(w.engine), version: w.engineVersion, path: `${p}.engineVersion` });
  if (w.selfManagedNetwork) emitSelfManagedNetwork(ctx, { base, id, network: w.selfManagedNetwork, path: `${p}.selfManagedNetwork` });
  const replicaCount = nodes - 1;
  const replicationGb = w.replicationGbPerMonth;
  if (replicaCount > 0 && replicationGb !== undefined && replicationGb > 0) {
    emitPriced(ctx, {
      base,
      service: 'Data transfer',
      text: () => ({
        id: `${id}:replication-transfer`,
        label: `Cross-AZ replication traffic (${replicaCount} × ${fmtCount(replicationGb)} GB, out and in)`,
        notes: OTHER_AZ,
      }),
      quantity: 2 * replicaCount * replicationGb,
      unit: 'GB',
      key: { service: 'ec2', kind: 'inter-az-transfer', region },
      schedule: GROWING,
      path: `${p}.replicationGbPerMonth`,
    });
  }
}
