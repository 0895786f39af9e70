import { fmtCount, type BuildContext } from './build-context';
import type { LineBase } from './line-spec';
import { emitPublishedRate, RDS_EXTENDED_SUPPORT } from './published-rates';
import { ASSUMED_START_MONTH, extendedSupportBands, versionSupport } from './support-calendar';

export interface ExtendedSupportUsage {
  readonly base: LineBase;
  /** Line id prefix, e.g. "managed:orders". */
  readonly id: string;
  /** Service name in labels, e.g. "RDS for PostgreSQL 12". */
  readonly serviceLabel: string;
  readonly engine: string;
  readonly version: string | undefined;
  /** Instance class whose vCPUs are billed (`db.r6i.xlarge`). */
  readonly instanceClass: string;
  /** Every instance billed: primary, Multi-AZ standby, read replicas. */
  readonly instances: number;
  readonly hoursPerInstance: number;
  readonly path: string;
}

/**
 * RDS Extended Support: from the month after the RDS end of standard support, every instance running
 * the version pays vCPUs × hours × the Extended Support rate of its year band (years 1–2, then
 * year 3), on top of the instance rate and whatever the instance pricing (reserved instances do not
 * cover it). "RDS Extended Support charges apply to standby instances in Multi-AZ deployments"
 * (RDS User Guide, https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support-charges.html).
 * One line per band, on a `window` schedule, so the projection steps up in the right month.
 * RDS builds call this today; Aurora can call it with its own instances and calendar rows.
 */
export function emitExtendedSupport(ctx: BuildContext, u: ExtendedSupportUsage): void {
  if (u.version === undefined) return;
  const support = versionSupport(u.engine, u.version);
  if (!support) return;
  const start = ctx.scenario.startMonth ?? ASSUMED_START_MONTH;
  const vcpus = ctx.catalogue.vcpus?.(ctx.region, u.instanceClass);
  const startNote =
    ctx.scenario.startMonth === undefined ? `The scenario has no startMonth: month 1 is assumed to be ${ASSUMED_START_MONTH}.` : `Month 1 is ${start}.`;
  for (const band of extendedSupportBands(support, start)) {
    if (band.lastMonth < 1 || band.firstMonth > ctx.scenario.horizonMonths) continue;
    const vcpuHours = u.instances * (vcpus ?? 0) * u.hoursPerInstance;
    emitPublishedRate(ctx, {
      base: u.base,
      service: 'Amazon RDS',
      text: () => ({
        id: `${u.id}:extended-support-${band.band}`,
        label: `RDS Extended Support ${band.label}, ${u.serviceLabel} (${u.instances} × ${vcpus ?? '?'} vCPU × ${fmtCount(u.hoursPerInstance)} h)`,
        notes: [
          `${u.serviceLabel} left RDS standard support after ${support.standardLast}; ${band.label} of Extended Support run ${band.calendarFirst} to ${band.calendarLast} (AWS release calendar), months ${band.firstMonth}–${band.lastMonth} here. ${startNote}`,
          'Charged per vCPU-hour on every instance, standby and read replicas included; reserved instances do not cover it. Upgrading to a version in standard support stops it.',
        ],
      }),
      quantity: vcpuHours,
      schedule: { kind: 'window', firstMonth: band.firstMonth, lastMonth: band.lastMonth },
      rates: RDS_EXTENDED_SUPPORT[band.band],
      rateId: `rds-extended-support/${band.band}`,
      path: u.path,
      unknownQuantity: vcpus === undefined ? `vCPU count of ${u.instanceClass} is not in the price data (${u.path}); Extended Support is billed per vCPU-hour` : undefined,
    });
  }
}
