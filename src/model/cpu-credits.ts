import { fmtCount, type BuildContext } from './build-context';
import type { LineBase } from './line-spec';
import { EC2_CPU_CREDIT, emitPublishedRate, RDS_CPU_CREDIT } from './published-rates';

/** EC2 burstable families billed for surplus credits in Unlimited mode (t2 Unlimited is priced alike; t3/t3a/t4g are Unlimited by default). */
export function isBurstableEc2Type(instanceType: string): boolean {
  return /^t[2-4][ag]?\./.test(instanceType);
}

/**
 * Surplus CPU credits: in Unlimited mode a burstable instance that runs above its baseline for
 * longer than its earned credits cover pays per vCPU-hour of surplus. The scenario states the
 * expected surplus directly (`cpuCreditSurplusVcpuHoursPerMonth`, vCPU-hours of the primary per
 * month), because the baseline share differs per size and the surplus is what the bill shows;
 * it is priced at the published rate of the service (RDS or EC2).
 */
export function emitCpuCredits(
  ctx: BuildContext,
  u: { base: LineBase; id: string; on: 'rds' | 'ec2'; instanceType: string; vcpuHours: number | undefined; path: string },
): void {
  const vcpuHours = u.vcpuHours;
  if (vcpuHours === undefined || vcpuHours <= 0) return;
  emitPublishedRate(ctx, {
    base: u.base,
    service: u.on === 'rds' ? 'Amazon RDS' : 'Amazon EC2',
    text: () => ({
      id: `${u.id}:cpu-credits`,
      label: `CPU credits above baseline, ${u.instanceType} Unlimited (${fmtCount(vcpuHours)} vCPU-hours)`,
      notes: ['Surplus credits of the primary in Unlimited mode (the RDS default for db.t3/db.t4g; EC2 T3/T4g launch as Unlimited).'],
    }),
    quantity: vcpuHours,
    schedule: { kind: 'monthly', growth: 'usage' },
    rates: u.on === 'rds' ? RDS_CPU_CREDIT : EC2_CPU_CREDIT,
    rateId: `${u.on}-cpu-credit`,
    path: u.path,
  });
}
