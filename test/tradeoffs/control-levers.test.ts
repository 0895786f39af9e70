import { describe, expect, it } from 'vitest';
import { controlLevers, controlPoints, DEPLOYMENT_IDS, LEVER_IDS } from '../../src/index';

describe('control levers', () => {
  it.each(DEPLOYMENT_IDS)('%s lists every lever once, in the same order, each with a note and a cited source', (d) => {
    const levers = controlLevers(d);
    expect(levers.map((l) => l.lever)).toEqual([...LEVER_IDS]);
    for (const l of levers) {
      expect(l.note.length).toBeGreaterThan(5);
      expect(l.provenance.citations.length).toBeGreaterThan(0);
    }
  });

  it('marks ML-only levers not applicable to databases, and nothing not applicable to ML platforms', () => {
    for (const d of ['ec2-db', 'rds'] as const) {
      const na = controlLevers(d).filter((l) => l.level === 'not-applicable').map((l) => l.lever);
      expect(na).toEqual(['custom-containers-drivers', 'distributed-training']);
    }
    for (const d of ['ec2-ml', 'eks-ml', 'sagemaker'] as const) {
      expect(controlLevers(d).some((l) => l.level === 'not-applicable')).toBe(false);
    }
  });

  it('cites AWS documentation (not only assumptions) for every applicable lever', () => {
    for (const d of DEPLOYMENT_IDS) {
      for (const l of controlLevers(d)) {
        if (l.level === 'not-applicable') continue;
        expect(l.provenance.citations.some((c) => c.url.startsWith('https://') && c.grade !== 'A'), `${d} ${l.lever}`).toBe(true);
      }
    }
  });

  it('RDS gives no OS access and SageMaker no host drivers: managed options keep less control', () => {
    expect(controlLevers('rds').find((l) => l.lever === 'os-kernel-access')!.level).toBe('none');
    expect(controlLevers('sagemaker').find((l) => l.lever === 'custom-containers-drivers')!.level).toBe('partial');
    expect(controlPoints(['rds'])).toBeLessThan(controlPoints(['ec2-db']));
    expect(controlPoints(['sagemaker'])).toBeLessThan(controlPoints(['eks-ml']));
  });

  it('control points are the mean of full 5 / partial 3 / none 1 over applicable levers', () => {
    // RDS: sizing 3, OS 1, engine 3, networking 3, autoscaling 3, deployment 3 → 16 / 6.
    expect(controlPoints(['rds'])).toBeCloseTo(16 / 6, 12);
    expect(controlPoints(['ec2-db'])).toBe(5);
    expect(controlPoints(['sagemaker'])).toBe(3);
    // Two deployments pool their levers: (16 + 8 × 3) / (6 + 8).
    expect(controlPoints(['rds', 'sagemaker'])).toBeCloseTo(40 / 14, 12);
  });
});
