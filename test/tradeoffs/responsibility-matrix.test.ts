import { describe, expect, it } from 'vitest';
import {
  awsPublishedRows,
  DEPLOYMENT_IDS,
  DUTIES,
  DUTY_IDS,
  dutyById,
  OPS_TASKS,
  ownerCounts,
  responsibilityMatrix,
  tasksFor,
  type DeploymentId,
} from '../../src/index';

/**
 * AWS's table, written out from ops-effort-sources §2.1 (RDS User Guide, "What is Amazon RDS?",
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Welcome.html), in AWS's row order:
 * feature, Amazon EC2 column, Amazon RDS column.
 */
const AWS_RDS_TABLE: readonly (readonly [string, 'Customer' | 'AWS', 'Customer' | 'AWS'])[] = [
  ['Application optimization', 'Customer', 'Customer'],
  ['Scaling', 'Customer', 'AWS'],
  ['High availability', 'Customer', 'AWS'],
  ['Database backups', 'Customer', 'AWS'],
  ['Database software patching', 'Customer', 'AWS'],
  ['Database software install', 'Customer', 'AWS'],
  ['OS patching', 'Customer', 'AWS'],
  ['OS installation', 'Customer', 'AWS'],
  ['Server maintenance', 'AWS', 'AWS'],
  ['Hardware lifecycle', 'AWS', 'AWS'],
  ['Power, network, and cooling', 'AWS', 'AWS'],
];

/** A task is priced when its defaults carry some hours (setup or recurring). */
function isPriced(taskId: string): boolean {
  const t = OPS_TASKS.find((x) => x.id === taskId);
  if (!t) return false;
  return t.setupFixedHours + t.setupPerUnitHours + t.monthlyFixedHours + t.monthlyPerUnitHours > 0;
}

describe('responsibility matrix: RDS and EC2 follow AWS\'s published table exactly', () => {
  it('the RDS matrix equals the table\'s Amazon RDS column, row for row', () => {
    expect(awsPublishedRows('rds')).toEqual(AWS_RDS_TABLE.map(([feature, , rds]) => ({ feature, owner: rds })));
  });

  it('the self-managed database on EC2 equals the table\'s Amazon EC2 column, row for row', () => {
    expect(awsPublishedRows('ec2-db')).toEqual(AWS_RDS_TABLE.map(([feature, ec2]) => ({ feature, owner: ec2 })));
  });

  it('has no RDS or EC2 database row marked "shared": the table has none', () => {
    for (const d of ['rds', 'ec2-db'] as const) {
      for (const e of responsibilityMatrix(d)) if (e.inAwsTable) expect(e.owner, `${d} ${e.duty}`).not.toBe('shared');
    }
  });

  it('keeps the 7 rows that move to AWS under RDS priced on EC2 (ops-effort-sources check RDS-1)', () => {
    const moving = AWS_RDS_TABLE.filter(([, ec2, rds]) => ec2 === 'Customer' && rds === 'AWS').map(([f]) => f);
    expect(moving).toHaveLength(7);
    for (const feature of moving) {
      const duty = DUTIES.find((d) => d.awsTableRow === feature)!;
      const ec2 = responsibilityMatrix('ec2-db').find((e) => e.duty === duty.id)!;
      const rds = responsibilityMatrix('rds').find((e) => e.duty === duty.id)!;
      expect(ec2.owner).toBe('you');
      expect(ec2.customerTaskIds.length, feature).toBeGreaterThan(0);
      expect(rds.owner).toBe('aws');
    }
  });
});

describe('responsibility matrix and the ops-effort hours cannot disagree', () => {
  it.each(DEPLOYMENT_IDS)('%s lists every duty exactly once, in the duty order', (d) => {
    expect(responsibilityMatrix(d).map((e) => e.duty)).toEqual([...DUTY_IDS]);
  });

  it.each(DEPLOYMENT_IDS)('%s: every "you" or "shared" duty maps to at least one priced task of the same deployment', (d) => {
    for (const e of responsibilityMatrix(d)) {
      if (e.owner === 'aws') continue;
      expect(e.customerTaskIds.length, `${d} ${e.duty}`).toBeGreaterThan(0);
      expect(e.customerTaskIds.some(isPriced), `${d} ${e.duty}`).toBe(true);
    }
  });

  it.each(DEPLOYMENT_IDS)('%s: every task it links is a real task of that deployment', (d) => {
    const ids = new Set(tasksFor(d).map((t) => t.id));
    for (const e of responsibilityMatrix(d)) for (const id of e.customerTaskIds) expect(ids.has(id), `${d} ${e.duty} → ${id}`).toBe(true);
  });

  it.each(DEPLOYMENT_IDS)('%s: every ops task maps to a duty', (d) => {
    const linked = new Set(responsibilityMatrix(d).flatMap((e) => e.customerTaskIds));
    const unlinked = tasksFor(d).filter((t) => !linked.has(t.id)).map((t) => t.id);
    expect(unlinked).toEqual([]);
  });

  it('every ops task of every deployment is covered (none left out of the check above)', () => {
    const linked = new Set(DEPLOYMENT_IDS.flatMap((d) => responsibilityMatrix(d).flatMap((e) => e.customerTaskIds)));
    expect(OPS_TASKS.filter((t) => !linked.has(t.id)).map((t) => t.id)).toEqual([]);
  });

  it.each(DEPLOYMENT_IDS)('%s: a task tagged with an AWS table row prices the duty that is that row', (d) => {
    for (const t of tasksFor(d)) {
      if (t.responsibilityRow === null) continue;
      const entry = responsibilityMatrix(d).find((e) => dutyById(e.duty).awsTableRow === t.responsibilityRow)!;
      expect(entry.customerTaskIds, `${t.id} (${t.responsibilityRow})`).toContain(t.id);
    }
  });

  it('an AWS-owned duty links tasks only as explained residual work', () => {
    for (const d of DEPLOYMENT_IDS) {
      for (const e of responsibilityMatrix(d)) {
        if (e.owner === 'aws' && e.customerTaskIds.length > 0) expect(e.note, `${d} ${e.duty}`).toMatch(/[Rr]esidual/);
      }
    }
    // The only one today: validating the engine upgrades AWS applies on RDS.
    expect(responsibilityMatrix('rds').find((e) => e.duty === 'engine-patching')!.customerTaskIds).toEqual(['rds.upgrade-validation']);
  });
});

describe('responsibility matrix: every row is explained and cited', () => {
  it.each(DEPLOYMENT_IDS)('%s: each row has a note and at least one citation with a URL', (d) => {
    for (const e of responsibilityMatrix(d)) {
      expect(e.note.length, `${d} ${e.duty}`).toBeGreaterThan(10);
      expect(e.provenance.citations.length).toBeGreaterThan(0);
      for (const c of e.provenance.citations) expect(c.url).toMatch(/^(https:\/\/|docs\/)/);
    }
  });

  it('shared rows say who does which part', () => {
    for (const d of DEPLOYMENT_IDS) {
      for (const e of responsibilityMatrix(d)) if (e.owner === 'shared') expect(e.note, `${d} ${e.duty}`).toMatch(/^Shared: .*(you|your)/i);
    }
  });

  it('rows not in AWS\'s table are marked and cite something other than an assumption only', () => {
    for (const d of DEPLOYMENT_IDS) {
      for (const e of responsibilityMatrix(d)) {
        expect(e.inAwsTable).toBe(dutyById(e.duty).awsTableRow !== null);
        expect(e.provenance.citations.some((c) => c.grade !== 'A'), `${d} ${e.duty}`).toBe(true);
      }
    }
  });

  it('SageMaker splits duties by component where notebooks, training, processing and hosting differ', () => {
    const sm = responsibilityMatrix('sagemaker');
    const patching = sm.find((e) => e.duty === 'os-patching')!;
    expect(patching.owner).toBe('shared');
    expect(patching.components?.map((c) => [c.component, c.owner])).toEqual([
      ['notebooks', 'shared'],
      ['training', 'aws'],
      ['processing', 'aws'],
      ['hosting', 'aws'],
    ]);
    for (const e of sm) {
      if (!e.components) continue;
      const owners = new Set(e.components.map((c) => c.owner));
      // A row whose components differ, or share a duty, is shared overall.
      if (owners.size > 1 || owners.has('shared')) expect(e.owner, e.duty).toBe('shared');
      else expect(e.owner, e.duty).toBe([...owners][0]);
    }
  });

  it('managed options leave you fewer duties than self-managed ones', () => {
    const yours = (d: DeploymentId) => ownerCounts(d).you + ownerCounts(d).shared / 2;
    expect(yours('rds')).toBeLessThan(yours('ec2-db'));
    expect(yours('sagemaker')).toBeLessThan(yours('eks-ml'));
    expect(yours('eks-ml')).toBeLessThan(yours('ec2-ml'));
    expect(ownerCounts('rds')).toEqual({ aws: 10, you: 5, shared: 0 });
  });
});
