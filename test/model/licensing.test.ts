import { describe, expect, it } from 'vitest';
import { controlLevers, estimate, exitEffort, type PriceCatalogue } from '../../src/index';
import { oracleLicences, sqlServerTwoCorePacks } from '../../src/model/licensing';
import { pageCatalogue } from '../../src/report/report-input';
import { dbWorkload, scenario, issuesOf } from '../support/scenarios';
import { snapshotCatalogue } from '../support/snapshot';


const base = (w: unknown) => ({ schemaVersion: 1, name: 'T', question: 'Q?', region: 'us-east-1', horizonMonths: 12, discountRateAnnualPct: 0, workloads: [w] });

describe('licence arithmetic', () => {
  it.each([
    [2, 2],
    [4, 2],
    [6, 3],
    [8, 4],
    [16, 8],
    [96, 48],
  ])('SQL Server: %i vCPUs need %i 2-core packs (4-core minimum per VM)', (vcpus, packs) => {
    expect(sqlServerTwoCorePacks(vcpus)).toBe(packs);
  });

  it.each([
    ['oracle-ee', 2, 1],
    ['oracle-ee', 4, 2],
    ['oracle-ee', 8, 4],
    ['oracle-ee', 64, 32],
    ['oracle-se2', 2, 1],
    ['oracle-se2', 4, 1],
    ['oracle-se2', 8, 2],
  ] as const)('Oracle %s on %i vCPUs: %i licences (2 vCPUs per Processor; SE2 4 vCPUs per socket)', (engine, vcpus, licences) => {
    const count = oracleLicences(engine, vcpus);
    expect(count.ok && count.licences).toBe(licences);
  });

  it('refuses Oracle SE2 above 8 vCPUs, saying why', () => {
    const count = oracleLicences('oracle-se2', 16);
    expect(count.ok).toBe(false);
    expect(!count.ok && count.problem).toMatch(/up to 8 vCPUs \(this one has 16\)/);
  });
});

describe('licensing in the scenario', () => {
  it.each([
    ['SQL Server BYOL on RDS', { engine: 'sqlserver-se', licensing: { rds: 'byol' } }, 'workloads[0].licensing.rds', /not modelled for RDS for SQL Server/],
    ['Oracle EE licence included on RDS', { engine: 'oracle-ee', licensing: { rds: 'license-included' } }, 'workloads[0].licensing.rds', /byol only/],
    ['Oracle licence included on EC2', { engine: 'oracle-se2', licensing: { ec2: 'license-included' } }, 'workloads[0].licensing.ec2', /Oracle on EC2 is byol only/],
    ['licensing on PostgreSQL', { engine: 'postgresql', licensing: {} }, 'workloads[0].licensing', /SQL Server and Oracle engines only/],
    ['a licence price for Express', { engine: 'sqlserver-ex', licensing: { usdPerTwoCorePack: 100 } }, 'workloads[0].licensing.usdPerTwoCorePack', /Express is free/],
    ['an Oracle price on SQL Server', { engine: 'sqlserver-ee', licensing: { usdPerProcessor: 100 } }, 'workloads[0].licensing.usdPerProcessor', /SQL Server uses usdPerTwoCorePack/],
    ['read replicas of Oracle SE2', { engine: 'oracle-se2', readReplicas: 1 }, 'workloads[0].readReplicas', /Oracle replicas need Enterprise Edition.*\(got 1\)/],
  ])('refuses %s, naming the field', (_name, over, path, message) => {
    const issue = issuesOf(base(dbWorkload(over as never))).find((i) => i.path === path);
    expect(issue).toBeDefined();
    expect(issue!.message).toMatch(message);
  });
});

describe('commercial engines priced', () => {
  it('prices RDS SQL Server Standard db.m5.xlarge Multi-AZ from the snapshot row, licence included, to the cent', () => {
    const s = scenario([dbWorkload({ engine: 'sqlserver-se', instanceClass: 'db.m5.xlarge', highAvailability: true })], { options: ['managed'] });
    const line = estimate(s, snapshotCatalogue()).lines.find((l) => l.id === 'managed:db:instance')!;
    expect(line.provenance).toMatchObject({ kind: 'price', priceKey: 'rds/instance/us-east-1/sqlserver-se/db.m5.xlarge/multi-az' });
    expect(line.monthly).toBeCloseTo(730 * 2.448, 6); // $1,787.04
    expect(line.flag).toBeUndefined();
  });

  it('flags EC2 SQL Server licence included as missing offline, with the way out, and recommends nothing', () => {
    const s = scenario([dbWorkload({ engine: 'sqlserver-ee', instanceClass: 'db.m5.xlarge', licensing: { ec2: 'license-included' } })]);
    const result = estimate(s, snapshotCatalogue());
    const line = result.lines.find((l) => l.id === 'ec2:db:primary')!;
    expect(line.provenance).toEqual({ kind: 'missing', priceKey: 'ec2/instance/us-east-1/m5.xlarge/windows-sql-ent' });
    expect(line.flag?.message).toMatch(/Windows with SQL Server Enterprise.*choose BYOL \(licensing\.ec2\), or refresh prices from AWS/);
    expect(result.options.find((o) => o.option === 'ec2')!.flaggedLines).toBeGreaterThan(0);
    expect(result.lines.some((l) => l.service === 'Software licences')).toBe(false);
  });

  it('costs SQL Server Standard BYOL on EC2: 2 packs once at list, Software Assurance monthly, Linux rate, standby unlicensed', () => {
    const s = scenario([dbWorkload({ engine: 'sqlserver-se', instanceClass: 'db.m5.xlarge', highAvailability: true })], { options: ['ec2'] });
    const lines = estimate(s, snapshotCatalogue()).lines;
    const licence = lines.find((l) => l.id === 'ec2:db:licence')!;
    expect(licence.quantity).toBe(2);
    expect(licence.oneTime).toBe(7890);
    expect(licence.schedule).toEqual({ kind: 'once', month: 1 });
    expect(licence.provenance.kind).toBe('published-rate');
    const support = lines.find((l) => l.id === 'ec2:db:licence-support')!;
    expect(support.monthly).toBeCloseTo((7890 * 0.25) / 12, 9); // $164.375
    expect(lines.find((l) => l.id === 'ec2:db:primary')!.provenance).toMatchObject({ priceKey: 'ec2/instance/us-east-1/m5.xlarge' });
  });

  it('costs Oracle EE BYOL on RDS Multi-AZ: the BYOL rate plus licences for primary and standby, support at 22%', () => {
    const s = scenario([dbWorkload({ engine: 'oracle-ee', instanceClass: 'db.m5.xlarge', highAvailability: true, licensing: { usdPerProcessor: 20000 } })], { options: ['managed'] });
    const lines = estimate(s, snapshotCatalogue()).lines;
    expect(lines.find((l) => l.id === 'managed:db:instance')!.provenance).toMatchObject({ priceKey: 'rds/instance/us-east-1/oracle-ee-byol/db.m5.xlarge/multi-az' });
    const licence = lines.find((l) => l.id === 'managed:db:licence')!;
    expect(licence.quantity).toBe(4); // 2 instances × (4 vCPUs ÷ 2)
    expect(licence.oneTime).toBe(80000);
    expect(licence.provenance).toMatchObject({ kind: 'input', note: expect.stringMatching(/licensing\.usdPerProcessor/) });
    expect(lines.find((l) => l.id === 'managed:db:licence-support')!.monthly).toBeCloseTo((80000 * 0.22) / 12, 9);
  });

  it('flags the licence line when the vCPU count of the type is unknown, never guessing it', () => {
    const snap = snapshotCatalogue();
    const blind: PriceCatalogue = { info: snap.info, lookup: (k) => snap.lookup(k) };
    const s = scenario([dbWorkload({ engine: 'oracle-se2', instanceClass: 'db.m5.xlarge' })], { options: ['ec2'] });
    const result = estimate(s, blind);
    const licence = result.lines.find((l) => l.id === 'ec2:db:licence')!;
    expect(licence.unitPrice).toBeNull();
    expect(licence.flag).toMatchObject({ kind: 'missing-price', message: expect.stringMatching(/vCPU count of m5\.xlarge not found/) });
    expect(result.options[0]!.flaggedLines).toBeGreaterThan(0);
  });

  it('has no licence line for SQL Server Express, and none on RDS licence included', () => {
    const s = scenario([dbWorkload({ engine: 'sqlserver-ex', instanceClass: 'db.t3.medium' })]);
    expect(estimate(s, snapshotCatalogue()).lines.filter((l) => l.service === 'Software licences')).toEqual([]);
  });
});

describe('commercial engines in ops effort and exit', () => {
  const taskIds = (over: Parameters<typeof dbWorkload>[0]) =>
    estimate(scenario([dbWorkload({ instanceClass: 'db.m5.xlarge', ...over })]), snapshotCatalogue())
      .lines.map((l) => (l.provenance.kind === 'labour' ? l.provenance.taskId : undefined))
      .filter((id): id is string => id !== undefined);

  it('adds licence-compliance work where the customer brings licences, and only there', () => {
    expect(taskIds({ engine: 'sqlserver-se' })).toContain('ec2-db.licence-compliance');
    expect(taskIds({ engine: 'sqlserver-se' })).not.toContain('rds.licence-compliance');
    expect(taskIds({ engine: 'oracle-ee' })).toEqual(expect.arrayContaining(['ec2-db.licence-compliance', 'rds.licence-compliance']));
    expect(taskIds({ engine: 'postgresql' }).filter((id) => id.endsWith('licence-compliance'))).toEqual([]);
    expect(taskIds({ engine: 'sqlserver-ex' }).filter((id) => id.endsWith('licence-compliance'))).toEqual([]);
  });

  it('counts sourcing licences as exit effort when leaving licence-included RDS, not when the licences are yours', () => {
    const step = (engine: Parameters<typeof dbWorkload>[0]) =>
      exitEffort(scenario([dbWorkload({ instanceClass: 'db.m5.xlarge', ...engine })]), 'managed').steps.find((s) => s.step.id === 'rds.licence-sourcing');
    expect(step({ engine: 'sqlserver-se' })?.hours).toBe(12);
    expect(step({ engine: 'oracle-ee' })).toBeUndefined();
    expect(step({ engine: 'postgresql' })).toBeUndefined();
  });
});

describe('instance vCPUs through every catalogue the app prices with', () => {
  it('the report page catalogue answers vCPUs from the snapshot specs the host sends, under cached quotes too', () => {
    const snapshot = { name: 'S', region: 'us-east-1', quotes: [], vcpus: [['m5.xlarge', 4]] as [string, number][] };
    expect(pageCatalogue({ snapshot }).vcpus?.('us-east-1', 'm5.xlarge')).toBe(4);
    const quote = snapshotCatalogue().lookup({ service: 'ebs', kind: 'snapshot', region: 'us-east-1' })!;
    const layered = pageCatalogue({ snapshot, prices: { name: 'cache', quotes: [['ebs/snapshot/us-east-1', quote]] } });
    expect(layered.vcpus?.('us-east-1', 'm5.xlarge')).toBe(4);
    expect(pageCatalogue({ snapshot: { ...snapshot, vcpus: undefined } }).vcpus?.('us-east-1', 'm5.xlarge')).toBeUndefined();
  });

  it('the snapshot catalogue answers EC2 and RDS names', () => {
    expect(snapshotCatalogue().vcpus?.('us-east-1', 'r6i.4xlarge')).toBe(16);
    expect(snapshotCatalogue().vcpus?.('us-east-1', 'db.r6i.4xlarge')).toBe(16);
    expect(snapshotCatalogue().vcpus?.('us-east-1', 'x9.large')).toBeUndefined();
  });
});

describe('control given up with the commercial engines', () => {
  it('says RDS withholds sysadmin (SQL Server) and SYSDBA (Oracle), citing the RDS pages, and that RDS Custom is not modelled', () => {
    const lever = controlLevers('rds').find((l) => l.lever === 'os-kernel-access')!;
    expect(lever.note).toMatch(/no sysadmin role.*no SYSDBA.*RDS Custom.*not modelled/);
    expect(lever.provenance.citations.map((c) => c.url)).toEqual(
      expect.arrayContaining(['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_SQLServer.html', 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Oracle.html']),
    );
  });
});
