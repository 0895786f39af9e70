import { describe, expect, it } from 'vitest';
import { estimate, type Estimate, type ScenarioInput } from '../../src/index';
import { KUBERNETES_CALENDAR } from '../../src/model/kubernetes-calendar';
import { mlWorkload, roundCatalogue, scenario } from '../support/scenarios';
import { cents, lineById } from '../support/lines';
import { snapshotCatalogue } from '../support/snapshot';

const ID = 'eks:ml-platform:eks-extended-support';

function run(over: Partial<ScenarioInput> = {}): Estimate {
  return estimate(scenario([mlWorkload()], { options: ['eks'], horizonMonths: 24, startMonth: '2025-01', ...over }), snapshotCatalogue());
}
const line = lineById;

describe('the EKS Kubernetes release calendar', () => {
  const addMonths = (date: string, n: number) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const total = y * 12 + (m - 1) + n;
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  };
  it.each(KUBERNETES_CALENDAR.map((v) => [v.version, v] as const))('%s: 14 months of standard support, then 12 of extended (AWS rule)', (_v, v) => {
    expect(v.standardEnd).toBe(addMonths(v.released, 14));
    expect(v.extendedEnd).toBe(addMonths(v.standardEnd, 12));
  });
});

describe('EKS extended support (snapshot us-east-1: $0.50 per cluster-hour on top of the $0.10 standard hour)', () => {
  it.each([
    // 1.29: standard support ended 2025-03-23 → from month 3 of a scenario starting 2025-01.
    ['1.29 from month 3', '1.29', '2025-01', 3],
    // 1.32: standard support ends 2026-03-23 → month 15.
    ['1.32 from month 15', '1.32', '2025-01', 15],
    // 1.28 was already in extended support before month 1: the whole horizon.
    ['1.28, already extended, from month 1', '1.28', '2025-01', 1],
  ] as const)('%s', (_name, kubernetesVersion, startMonth, first) => {
    const l = line(run({ kubernetesVersion, startMonth }), ID);
    expect(l.quantity).toBe(730);
    expect(l.unitPrice).toBe(0.5);
    // 730 × $0.50 = $365.00 a month (recurring, on a window schedule, so the amount sits in oneTime).
    expect(cents(l.oneTime)).toBe(365);
    expect(l.schedule).toEqual({ kind: 'window', firstMonth: first, lastMonth: 24 });
    expect(cents(l.horizonTotal)).toBe(cents(365 * (24 - first + 1)));
    expect(l.provenance.kind === 'price' && l.provenance.priceKey).toBe('eks/extended-cluster-hour/us-east-1');
    expect(l.flag).toBeUndefined();
  });

  it('the month-by-month cost steps up by $365.00 in the month standard support ends, and the control plane stays at $73.00', () => {
    const old = run({ kubernetesVersion: '1.32' }).options[0]!.projection;
    const current = run({ kubernetesVersion: '1.35' }).options[0]!.projection;
    const extra = old.map((r, i) => cents(r.total - current[i]!.total));
    expect(extra.slice(0, 14).every((x) => x === 0)).toBe(true);
    expect(extra.slice(14)).toEqual(Array(10).fill(365));
    expect(cents(line(run({ kubernetesVersion: '1.32' }), 'eks:ml-platform:eks-control-plane').monthly)).toBe(73);
  });

  it('a version in standard support over the horizon, or no version, adds nothing', () => {
    expect(run({ kubernetesVersion: '1.35' }).lines.some((l) => l.id === ID)).toBe(false);
    expect(run().lines.some((l) => l.id === ID)).toBe(false);
  });

  it('without a start month assumes the month the calendar was read, and says so', () => {
    const e = run({ kubernetesVersion: '1.34', startMonth: undefined, horizonMonths: 6 });
    const l = line(e, ID);
    // 1.34 leaves standard support on 2026-12-02: month 1 (2026-12) already pays.
    expect(l.schedule).toEqual({ kind: 'window', firstMonth: 1, lastMonth: 6 });
    expect(l.notes?.join(' ')).toContain('month 1 is assumed to be 2026-12');
  });

  it('is flagged missing where the snapshot has no rate, never guessed', () => {
    // The round test catalogue has the standard cluster hour but no extended-support rate.
    const e = estimate(scenario([mlWorkload()], { options: ['eks'], startMonth: '2025-01', kubernetesVersion: '1.29' }), roundCatalogue());
    const l = line(e, ID);
    expect(l.flag?.kind).toBe('missing-price');
    expect(l.flag?.message).toContain('(kubernetesVersion)');
    expect(l.unitPrice).toBeNull();
  });

  it('only the eks option pays it', () => {
    const e = estimate(scenario([mlWorkload()], { options: ['ec2', 'eks', 'managed'], startMonth: '2025-01', kubernetesVersion: '1.29' }), snapshotCatalogue());
    expect(e.lines.filter((l) => l.id.endsWith('eks-extended-support')).map((l) => l.option)).toEqual(['eks']);
  });

  it('an unknown version is refused with the known ones listed', () => {
    expect(() => scenario([mlWorkload()], { kubernetesVersion: '1.20' })).toThrow(/kubernetesVersion.*not a known Amazon EKS Kubernetes version \(known: 1\.27, 1\.28, .*1\.35\)/);
  });
});
