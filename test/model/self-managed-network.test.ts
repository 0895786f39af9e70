import { describe, expect, it } from 'vitest';
import { estimate, type Estimate } from '../../src/index';
import { dbWorkload, roundCatalogue, scenario } from '../support/scenarios';
import { cents, lineById } from '../support/lines';
import { snapshotCatalogue } from '../support/snapshot';

function run(db: Parameters<typeof dbWorkload>[0]): Estimate {
  return estimate(scenario([dbWorkload(db)], { options: ['ec2', 'managed'] }), snapshotCatalogue());
}
const line = lineById;

describe('self-managed network on EC2: NLB endpoint and NAT gateway (snapshot us-east-1 rates)', () => {
  // NLB $0.0225 per hour and $0.006 per NLCU-hour; NAT gateway $0.045 per hour and $0.045 per GB processed.
  it.each([
    ['NLB hour', { nlb: true }, 'ec2:db:nlb', 730, 16.43, 'elb/nlb-hour/us-east-1'],
    ['NLB capacity: 1 NLCU-hour per GB processed', { nlb: true, nlbGbPerMonth: 5000 }, 'ec2:db:nlb-lcu', 5000, 30.0, 'elb/nlb-lcu/us-east-1'],
    ['NAT gateway hour', { natGatewayGbPerMonth: 200 }, 'ec2:db:nat-gateway', 730, 32.85, 'vpc/nat-gateway-hour/us-east-1'],
    ['NAT gateway data processed', { natGatewayGbPerMonth: 200 }, 'ec2:db:nat-gateway-gb', 200, 9.0, 'vpc/nat-gateway-gb/us-east-1'],
  ] as const)('%s', (_name, network, id, quantity, usd, key) => {
    const l = line(run({ selfManagedNetwork: network }), id);
    expect(l.quantity).toBe(quantity);
    expect(cents(l.monthly)).toBe(usd);
    expect(l.provenance.kind === 'price' && l.provenance.priceKey).toBe(key);
    expect(l.option).toBe('ec2');
  });

  it('is off by default: no network lines, and the same EC2 total as before', () => {
    const without = run({});
    expect(without.lines.some((l) => /:(nlb|nat-gateway)/.test(l.id))).toBe(false);
    const off = run({ selfManagedNetwork: {} });
    expect(off.options.find((o) => o.option === 'ec2')!.horizonTotal).toBe(without.options.find((o) => o.option === 'ec2')!.horizonTotal);
  });

  it('RDS never gets these lines: it provides its endpoint and patches itself', () => {
    const e = run({ selfManagedNetwork: { nlb: true, nlbGbPerMonth: 100, natGatewayGbPerMonth: 100 } });
    expect(e.lines.filter((l) => /:(nlb|nat-gateway)/.test(l.id)).every((l) => l.option === 'ec2')).toBe(true);
    expect(e.lines.filter((l) => /:(nlb|nat-gateway)/.test(l.id))).toHaveLength(4);
  });

  it('a Region without the rates gets flagged lines, never a guess', () => {
    const e = estimate(scenario([dbWorkload({ selfManagedNetwork: { nlb: true, natGatewayGbPerMonth: 10 } })], { options: ['ec2', 'managed'] }), roundCatalogue());
    expect(line(e, 'ec2:db:nlb').flag?.kind).toBe('missing-price');
    expect(line(e, 'ec2:db:nat-gateway').flag?.kind).toBe('missing-price');
  });

  it('names the field on bad input', () => {
    expect(() => scenario([dbWorkload({ selfManagedNetwork: { nlb: true, nlbGbPerMonth: -1 } })])).toThrow(/selfManagedNetwork\.nlbGbPerMonth/);
  });
});
