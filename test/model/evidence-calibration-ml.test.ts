import { describe, expect, it } from 'vitest';
import { solveBreakEven } from '../../src/analysis/breakeven';
import { estimate, evaluateTotals } from '../../src/model/estimate';
import { CALIBRATION_TEAM_SIZES, eksBreakEvenTeamSize, mlCalibration, standardMlFleet } from '../../src/model/evidence-calibration-ml';
import { snapshotCatalogue } from '../support/snapshot';

const catalogue = snapshotCatalogue();
const rows = mlCalibration(catalogue);

describe('ML evidence calibration', () => {
  it('has a SageMaker-vs-EC2 and a SageMaker-vs-EKS row for every team size, plus the trend and EKS rows', () => {
    for (const n of CALIBRATION_TEAM_SIZES) {
      expect(rows.some((r) => r.id === `ml.sagemaker-vs-ec2.saving.${n}`)).toBe(true);
      expect(rows.some((r) => r.id === `ml.sagemaker-vs-eks.saving.${n}`)).toBe(true);
    }
    expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(['ml.sagemaker-vs-ec2.saving.all-sizes', 'ml.instances-per-admin.ec2.250', 'ml.eks-vs-ec2.ratio.250', 'ml.eks-vs-ec2.break-even-team']));
  });

  it.each(rows.map((r) => [r.id, r] as const))('%s lies inside the published band', (_id, r) => {
    expect(r.inBand, `${r.model} not in [${r.published.low}, ${r.published.high}]`).toBe(true);
    expect(r.model).toBeGreaterThanOrEqual(r.published.low);
    expect(r.model).toBeLessThanOrEqual(r.published.high);
    expect(r.published.citation.url).toMatch(/^https:\/\//);
  });

  it('explains every row whose saving falls short of the whitepaper headline', () => {
    for (const r of rows.filter((x) => /^ml\.sagemaker-vs-(ec2|eks)\.saving\.\d+$/.test(x.id) && x.model < 0.54)) expect(r.note, r.id).toMatch(/AWS/);
  });

  it('self-managed ops hours grow with the team, and per data scientist they fall', () => {
    const hours = (n: number, option: string) => evaluateTotals(standardMlFleet(n), catalogue).find((t) => t.option === option)!.opsHoursPerMonth;
    for (const option of ['ec2', 'eks', 'managed']) {
      let prev = 0;
      let prevPer = Number.POSITIVE_INFINITY;
      for (const n of CALIBRATION_TEAM_SIZES) {
        const h = hours(n, option);
        expect(h, `${option} ${n}`).toBeGreaterThan(prev);
        expect(h / n, `${option} ${n}`).toBeLessThan(prevPer);
        prev = h;
        prevPer = h / n;
      }
    }
    // The managed residual is never zero, however small the team.
    for (const n of [1, 2, 3]) expect(hours(n, 'managed'), `managed ${n}`).toBeGreaterThan(0);
    // SageMaker's residual grows too, but more slowly than EC2's.
    expect(hours(250, 'managed') - hours(25, 'managed')).toBeLessThan((hours(250, 'ec2') - hours(25, 'ec2')) / 2);
  });

  it('EKS overtakes EC2 at the team size the break-even solver finds, cheaper above and dearer below', () => {
    const n = eksBreakEvenTeamSize(catalogue);
    expect(n).not.toBeNull();
    const total = (people: number, option: string) => evaluateTotals(standardMlFleet(people), catalogue).find((t) => t.option === option)!.horizonTotal;
    expect(total(n!, 'eks')).toBeLessThanOrEqual(total(n!, 'ec2'));
    expect(total(n! - 1, 'eks')).toBeGreaterThan(total(n! - 1, 'ec2'));
    // The solver, over one scenario's own team size, finds a crossing where the cheaper option swaps.
    const base = standardMlFleet(50);
    const solved = solveBreakEven(base, catalogue, 'workloads[0].team.dataScientists', { between: ['ec2', 'eks'], min: 1, max: 1000 });
    expect(solved.status).toBe('found');
    const c = solved.crossings[0]!;
    expect(c.cheaperBelow).toBe('ec2');
    expect(c.cheaperAbove).toBe('eks');
    const [below, above] = c.bracket ?? [c.value, c.value];
    const at = (people: number) => {
      const s = { ...base, workloads: [{ ...base.workloads[0]!, team: { ...(base.workloads[0] as { team: object }).team, dataScientists: people } }] } as typeof base;
      const t = evaluateTotals(s, catalogue);
      return t.find((x) => x.option === 'eks')!.horizonTotal - t.find((x) => x.option === 'ec2')!.horizonTotal;
    };
    expect(at(below)).toBeGreaterThan(0);
    expect(at(above)).toBeLessThanOrEqual(0);
    expect(solved.message).toMatch(/EKS/);
  });

  it('EKS packing: a higher utilisation gain never raises the EKS total, and at 0% EKS nodes run the EC2 instance-hours', () => {
    const withGain = (pct: number) => {
      const base = standardMlFleet(25);
      const w = base.workloads[0]!;
      if (w.kind !== 'ml-platform') throw new Error('ML fleet expected');
      return { ...base, workloads: [{ ...w, selfManaged: { ...w.selfManaged, eksUtilisationGainPct: pct } }] };
    };
    const eksTotal = (pct: number) => evaluateTotals(withGain(pct), catalogue).find((t) => t.option === 'eks')!.horizonTotal;
    let prev = Number.POSITIVE_INFINITY;
    for (const pct of [0, 10, 25, 60, 150]) {
      const t = eksTotal(pct);
      expect(t, `${pct}%`).toBeLessThan(prev);
      prev = t;
    }
    const e = estimate(withGain(0), catalogue);
    for (const part of ['notebooks', 'endpoint-0', 'batch']) {
      const q = (option: string) => e.lines.find((l) => l.id === `${option}:ml:${part}`)!.quantity;
      expect(q('eks'), part).toBeCloseTo(q('ec2'), 9);
    }
  });
});
