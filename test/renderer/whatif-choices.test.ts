import { describe, expect, it } from 'vitest';
import { applyOverrides, variantOverridesOf } from '../../renderer/state/overrides';
import { checkVariantSave, type VariantOverride } from '../../renderer/state/variant-save';
import { driverGroups, isDriver } from '../../renderer/state/driver-groups';
import { COMMITMENT_AS_IN_SCENARIO, estimate, parseScenario, scenarioChoices, scenarioInputs, variantScenario } from '../../src/index';
import { dbWorkload, mlWorkload, scenario } from '../support/scenarios';
import { snapshotCatalogue } from '../support/snapshot';

/**
 * Instance types and commitments as what-if drivers: the session keeps a choice's id, the estimate
 * follows it, and saving the session as a variant stores what the file stores (a commitment object),
 * which the file's own parser accepts and which gives the same totals.
 */
const base = scenario([dbWorkload({ name: 'Orders', instanceClass: 'db.r6i.xlarge' }), mlWorkload({ name: 'Research', training: { jobsPerMonth: 10, hoursPerJob: 3, instanceType: 'ml.m5.xlarge', instanceCount: 1, spotSharePct: 0 } })], {
  horizonMonths: 36,
});
const total = (s: ReturnType<typeof scenario>, option: string) => estimate(s, snapshotCatalogue()).options.find((o) => o.option === option)!.horizonTotal;

describe('what-if choices (instance types and commitments)', () => {
  it('lists each workload’s instance types and commitments for the options compared, with the scenario’s current values', () => {
    const choices = scenarioChoices(base);
    const byLabel = new Map(choices.map((c) => [c.label, c]));
    expect(byLabel.get('Orders: RDS instance class')).toMatchObject({ path: 'workloads[0].instanceClass', value: 'db.r6i.xlarge', service: 'rds', engine: 'postgresql' });
    // The EC2 type defaults to the RDS class without "db.".
    expect(byLabel.get('Orders: EC2 instance type')).toMatchObject({ path: 'workloads[0].ec2InstanceType', value: 'r6i.xlarge', service: 'ec2' });
    expect(byLabel.get('Orders: RDS commitment')?.value).toBe('on-demand');
    expect(byLabel.get('Research: training instance type')?.value).toBe('ml.m5.xlarge');
    // SageMaker offers no reserved instances: only on-demand is a choice there.
    expect(byLabel.get('Research: SageMaker commitment')?.options.map((o) => o.id)).toEqual(['on-demand']);
    expect(byLabel.get('Research: EKS commitment')?.options).toHaveLength(7);
  });

  it('re-estimates with a reserved commitment and with another instance class, each on the options it belongs to', () => {
    const before = { managed: total(base, 'managed'), ec2: total(base, 'ec2') };
    const reserved = applyOverrides(base, new Map([['workloads[0].pricing.rds.commitment', 'reserved-1yr-no-upfront']]));
    expect(reserved.workloads[0]!.kind === 'database' && reserved.workloads[0]!.pricing.rds?.commitment).toEqual({ model: 'reserved', term: '1yr', purchaseOption: 'no-upfront', offeringClass: 'standard' });
    expect(total(reserved, 'managed')).toBeLessThan(before.managed);
    expect(total(reserved, 'ec2')).toBe(before.ec2);
    // AWS publishes no all-upfront RDS rate for this class in the snapshot: priced on-demand, and the estimate says so at the choice's path.
    const allUpfront = applyOverrides(base, new Map([['workloads[0].pricing.rds.commitment', 'reserved-3yr-all-upfront']]));
    expect(total(allUpfront, 'managed')).toBe(before.managed);
    expect(estimate(allUpfront, snapshotCatalogue()).warnings.filter((w) => w.path === 'workloads[0].pricing.rds.commitment').map((w) => w.message).join()).toMatch(/reserved/i);
    // The EC2 type follows the RDS class unless the scenario names one: a bigger class is bigger on both sides...
    const bigger = applyOverrides(base, new Map([['workloads[0].instanceClass', 'db.r6i.2xlarge']]));
    expect(total(bigger, 'managed')).toBeGreaterThan(before.managed);
    expect(total(bigger, 'ec2')).toBeGreaterThan(before.ec2);
    // ...and with the EC2 type chosen too, only RDS changes.
    const rdsOnly = applyOverrides(base, new Map([['workloads[0].instanceClass', 'db.r6i.2xlarge'], ['workloads[0].ec2InstanceType', 'r6i.xlarge']]));
    expect(total(rdsOnly, 'managed')).toBe(total(bigger, 'managed'));
    expect(total(rdsOnly, 'ec2')).toBe(before.ec2);
  });

  it('writes nothing for an id a choice does not have, or for a path the scenario no longer has', () => {
    expect(applyOverrides(base, new Map([['workloads[0].pricing.rds.commitment', 'reserved-5yr']]))).toEqual(base);
    expect(applyOverrides(base, new Map([['workloads[7].instanceClass', 'db.r6i.2xlarge']]))).toEqual(base);
    expect(applyOverrides(base, new Map([['workloads[0].instanceClass', 'DROP TABLE']]))).toEqual(base);
  });

  it('keeps a Savings Plan of the scenario as a choice of its own, named, and can go back to it', () => {
    const withPlan = scenario([dbWorkload({ name: 'Orders', pricing: { rds: { commitment: { model: 'savings-plan', plan: 'database', term: '1yr', purchaseOption: 'no-upfront', discountPct: 20 } } } })]);
    const choice = scenarioChoices(withPlan).find((c) => c.label === 'Orders: RDS commitment')!;
    expect(choice.value).toBe(COMMITMENT_AS_IN_SCENARIO);
    expect(choice.options[0]!.label).toBe('As in the scenario: database Savings Plan, 1yr, −20%');
    expect(applyOverrides(withPlan, new Map([['workloads[0].pricing.rds.commitment', COMMITMENT_AS_IN_SCENARIO]]))).toEqual(withPlan);
  });

  it('saves a session with a commitment and an instance type as a variant the file accepts, with the same totals', () => {
    const session = new Map<string, number | string>([
      ['workloads[0].pricing.ec2.commitment', 'reserved-1yr-no-upfront'],
      ['workloads[1].training.instanceType', 'ml.c5.2xlarge'],
      ['workloads[1].training.spotSharePct', 50],
    ]);
    const overrides = variantOverridesOf(base, session) as VariantOverride[];
    expect(overrides[0]!.value).toEqual({ model: 'reserved', term: '1yr', purchaseOption: 'no-upfront', offeringClass: 'standard' });
    const draft = JSON.parse(JSON.stringify(base)) as object;
    const check = checkVariantSave(draft, base, 'Reserve EC2 (1 year), c5 training', overrides);
    expect(check.ok).toBe(true);
    const saved = parseScenario({ ...draft, variants: check.ok ? check.variants : [] });
    const variant = variantScenario(saved, 'Reserve EC2 (1 year), c5 training', parseScenario);
    const live = applyOverrides(base, session);
    for (const option of ['ec2', 'eks', 'managed']) expect(total(variant, option)).toBe(total(live, option));
  });

  it('puts training hours and spot share among the sliders, and choices in their workload’s group, found by label', () => {
    const inputs = scenarioInputs(base);
    const groups = driverGroups(base, inputs.filter((i) => /hoursPerJob|spotSharePct/.test(i.path)), scenarioChoices(base), 'research');
    expect(groups.map((g) => g.title)).toEqual(['Research']);
    expect(groups[0]!.inputs.map((i) => i.label)).toEqual(['Research: hours per training job', 'Research: training on spot']);
    expect(groups[0]!.choices.map((c) => c.label)).toContain('Research: training instance type');
    expect(driverGroups(base, [], scenarioChoices(base), 'commitment orders').flatMap((g) => g.choices.map((c) => c.label))).toEqual(['Orders: EC2 commitment', 'Orders: RDS commitment']);
  });

  it('offers practice maturity as a general choice: automated lowers self-managed effort only, and a saved variant stores the level', () => {
    const choice = scenarioChoices(base).find((c) => c.path === 'opsEffort.practiceMaturity')!;
    expect(choice).toMatchObject({ kind: 'practice-maturity', value: 'scripted' });
    expect(choice.options.map((o) => o.id)).toEqual(['manual', 'scripted', 'automated']);
    expect(choice.write('heroic')).toBeUndefined();
    const automated = applyOverrides(base, new Map([['opsEffort.practiceMaturity', 'automated']]));
    expect(total(automated, 'ec2')).toBeLessThan(total(base, 'ec2'));
    expect(total(automated, 'managed')).toBe(total(base, 'managed'));
    expect(variantOverridesOf(base, new Map([['opsEffort.practiceMaturity', 'manual']]))).toEqual([{ path: 'opsEffort.practiceMaturity', value: 'manual' }]);
    expect(driverGroups(base, [], scenarioChoices(base), 'maturity').map((g) => g.title)).toEqual([driverGroups(base, [], scenarioChoices(base), '')[0]!.title]);
  });

  it('makes the new charges’ inputs sliders when the scenario states them: Aurora I/O, CPU credits, the snapshots’ daily change', () => {
    const s = scenario(
      [
        dbWorkload({
          name: 'Ledger',
          instanceClass: 'db.t4g.large',
          cpuCreditSurplusVcpuHoursPerMonth: 100,
          backup: { retentionDays: 7, storageGb: 100, dailyChangePct: 2 },
          aurora: { storageConfiguration: 'standard', ioRequestsMillionsPerMonth: 500 },
        }),
      ],
      { options: ['ec2', 'managed', 'aurora'] },
    );
    const labels = scenarioInputs(s).filter(isDriver).map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['Ledger: Aurora I/O requests', 'Ledger: CPU above baseline', 'Ledger: daily change (snapshots)']));
    // Not every input is a slider: the backup size stays in the editor.
    expect(scenarioInputs(s).filter((i) => !isDriver(i)).map((i) => i.label)).toContain('Ledger: backup storage');
  });
});
