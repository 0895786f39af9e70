import { emitPriced, fmtCount, type BuildContext } from './build-context';
import { FLAT, GROWING } from './compute-usage';
import type { LineBase } from './line-spec';
import type { DatabaseWorkload } from './scenario-schema';
import { HOURS_PER_MONTH } from './units';

/** NAT gateways are billed under Amazon EC2 (the Price List's AmazonEC2 service). */
export type SelfManagedNetwork = NonNullable<DatabaseWorkload['selfManagedNetwork']>;

/**
 * GB processed per NLB capacity unit-hour for TCP traffic: "1 GB per hour" (with 800 new connections
 * per second and 100,000 active connections per minute; the hour is billed at the largest dimension),
 * Elastic Load Balancing pricing, Network Load Balancer, https://aws.amazon.com/elasticloadbalancing/pricing/.
 */
export const NLB_GB_PER_LCU_HOUR = 1;

const NLB_NOTES = [
  'RDS gives every database a DNS endpoint that follows a failover; a self-managed primary and standby need their own stable endpoint, here a Network Load Balancer whose target is moved on failover.',
];
const NLB_LCU_NOTES = [
  'Processed-bytes dimension only (1 GB per capacity unit-hour for TCP): a floor, since each hour is billed at its largest dimension (new and active connections are not estimated).',
];
const NAT_NOTES = [
  'Instances in private subnets reach OS and engine package repositories through a NAT gateway; RDS patches itself without one. One gateway; a gateway per Availability Zone (AWS best practice for resilience) adds its hourly charge per AZ.',
];

/**
 * Network pieces a self-managed database on EC2 may need and RDS provides itself: a Network Load
 * Balancer as the stable endpoint, and a NAT gateway for patching private instances. Only what the
 * scenario asks for (`selfManagedNetwork`), so scenarios without it keep their figures.
 */
export function emitSelfManagedNetwork(ctx: BuildContext, u: { base: LineBase; id: string; network: SelfManagedNetwork; path: string }): void {
  const { base, id, network: n, path } = u;
  const region = ctx.region;
  if (n.nlb) {
    emitPriced(ctx, {
      base,
      service: 'Elastic Load Balancing',
      text: () => ({ id: `${id}:nlb`, label: 'Network Load Balancer as the database endpoint (730 h)', notes: NLB_NOTES }),
      quantity: HOURS_PER_MONTH,
      unit: 'NLB-hours',
      key: { service: 'elb', kind: 'nlb-hour', region },
      schedule: FLAT,
      path: `${path}.nlb`,
    });
    if (n.nlbGbPerMonth > 0) {
      emitPriced(ctx, {
        base,
        service: 'Elastic Load Balancing',
        text: () => ({ id: `${id}:nlb-lcu`, label: `NLB capacity units for ${fmtCount(n.nlbGbPerMonth)} GB processed`, notes: NLB_LCU_NOTES }),
        quantity: n.nlbGbPerMonth / NLB_GB_PER_LCU_HOUR,
        unit: 'NLCU-hours',
        key: { service: 'elb', kind: 'nlb-lcu', region },
        schedule: GROWING,
        path: `${path}.nlbGbPerMonth`,
      });
    }
  }
  const natGb = n.natGatewayGbPerMonth;
  if (natGb !== undefined) {
    emitPriced(ctx, {
      base,
      service: 'Amazon EC2',
      text: () => ({ id: `${id}:nat-gateway`, label: 'NAT gateway for patching private instances (730 h)', notes: NAT_NOTES }),
      quantity: HOURS_PER_MONTH,
      unit: 'NAT gateway-hours',
      key: { service: 'ec2', kind: 'nat-gateway-hour', region },
      schedule: FLAT,
      path: `${path}.natGatewayGbPerMonth`,
    });
    if (natGb > 0) {
      emitPriced(ctx, {
        base,
        service: 'Amazon EC2',
        text: () => ({ id: `${id}:nat-gateway-gb`, label: `NAT gateway data processed (${fmtCount(natGb)} GB)` }),
        quantity: natGb,
        unit: 'GB',
        key: { service: 'ec2', kind: 'nat-gateway-gb', region },
        schedule: GROWING,
        path: `${path}.natGatewayGbPerMonth`,
      });
    }
  }
}
