import { fmtCount, type BuildContext } from './build-context';
import type { LineBase } from './line-spec';
import { AURORA_EXTENDED_SUPPORT, emitPublishedRate, RDS_EXTENDED_SUPPORT } from './published-rates';
import { ASSUMED_START_MONTH, auroraVersionSupport, extendedSupportBands, versionSupport, type AuroraCalendarEngine, type VersionSupport } from './support-calendar';

/** Which service's calendar and rates apply: RDS's (by workload engine) or Aurora's (by Aurora engine). */
export type ExtendedSupportService = { readonly kind: 'rds'; readonly engine: string } | { readonly kind: 'aurora'; readonly engine: AuroraCalendarEngine };

export interface ExtendedSupportUsage {
  readonly base: LineBase;
  /** Line id prefix, e.g. "managed:orders". */
  readonly id: string;
  /** Service name in labels, e.g. "RDS for PostgreSQL 12". */
  readonly serviceLabel: string;
  readonly service: ExtendedSupportService;
  readonly version: string | undefined;
  /** Instance class whose vCPUs are billed (`db.r6i.xlarge`). */
  readonly instanceClass: string;
  /** Every instance billed: primary, Multi-AZ standby, read replicas (on Aurora: writer and readers). */
  readonly instances: number;
  readonly hoursPerInstance: number;
  readonly path: string;
}

const SERVICE = {
  rds: { name: 'RDS', rates: RDS_EXTENDED_SUPPORT, rateId: 'rds-extended-support', billed: 'standby and read replicas included' },
  aurora: { name: 'Aurora', rates: AURORA_EXTENDED_SUPPORT, rateId: 'aurora-extended-support', billed: 'writer and every reader' },
} as const;

function supportOf(s: ExtendedSupportService, version: string): VersionSupport | undefined {
  return s.kind === 'rds' ? versionSupport(s.engine, version) : auroraVersionSupport(s.engine, version);
}

/**
 * RDS Extended Support, on RDS or Aurora: from the month charges start after the service's end of
 * standard support, every instance running the version pays vCPUs × hours × the Extended Support
 * rate of its year band (years 1–2, then year 3 where the calendar has one), on top of the instance
 * rate and whatever the instance pricing (reserved instances do not cover it). "RDS Extended Support
 * charges apply to standby instances in Multi-AZ deployments"
 * (RDS User Guide, https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support-charges.html);
 * on Aurora it is priced per instance of the cluster (https://aws.amazon.com/rds/aurora/pricing/).
 * One line per band, on a `window` schedule, so the projection steps up in the right month.
 */
export function emitExtendedSupport(ctx: BuildContext, u: ExtendedSupportUsage): void {
  if (u.version === undefined) return;
  const support = supportOf(u.service, u.version);
  if (!support) return;
  const svc = SERVICE[u.service.kind];
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
          `${u.serviceLabel} left ${svc.name} standard support after ${support.standardLast}; ${band.label} of Extended Support run ${band.calendarFirst} to ${band.calendarLast} (AWS release calendar), months ${band.firstMonth}–${band.lastMonth} here. ${startNote}`,
          `Charged per vCPU-hour on every instance, ${svc.billed}; reserved instances do not cover it. Upgrading to a version in standard support stops it.`,
          ...(support.extendedSupport?.note !== undefined ? [support.extendedSupport.note] : []),
        ],
      }),
      quantity: vcpuHours,
      schedule: { kind: 'window', firstMonth: band.firstMonth, lastMonth: band.lastMonth },
      rates: svc.rates[band.band],
      rateId: `${svc.rateId}/${band.band}`,
      path: u.path,
      unknownQuantity: vcpus === undefined ? `vCPU count of ${u.instanceClass} is not in the price data (${u.path}); Extended Support is billed per vCPU-hour` : undefined,
    });
  }
}
