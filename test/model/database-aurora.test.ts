import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  estimate,
  evaluateTotals,
  EvaluationCache,
  optionLabel,
  optionsFor,
  parseScenario,
  type Estimate,
  type EstimatedLine,
  type PriceCatalogue,
  type PriceRow,
  type ScenarioInput,
} from '../../src/index';
import { IO_REQUESTS_PER_MILLION } from '../../src/model/database-aurora';
import { scenarioArb } from '../support/arbitraries';
import { catalogueOfRows, dbWorkload, issuesOf, mlWorkload, rawScenario, scenario } from '../support/scenarios';
import { snapshotCatalogue } from '../support/snapshot';

/**
 * Amazon Aurora's published us-east-1 rates (https://aws.amazon.com/rds/aurora/pricing/, the same
 * values the snapshot holds): db.r6g.large $0.26/h Standard and $0.338/h I/O-Optimized; storage
 * $0.10 and $0.225 per GB-month; I/O $0.20 per million requests (Standard only); backup storage
 * $0.021 per GB-month. db.r6g.xlarge is in to show each class keeps its own rate.
 */
function auroraCatalogue(): PriceCatalogue {
  const region = 'us-east-1';
  const src = 'fixed';
  const rows: PriceRow[] = [
    { key: `rds/aurora-instance/${region}/aurora-postgresql/db.r6g.large/standard`, unit: 'Hrs', usd: 0.26, source: src },
    { key: `rds/aurora-instance/${region}/aurora-postgresql/db.r6g.large/io-optimized`, unit: 'Hrs', usd: 0.338, source: src },
    { key: `rds/aurora-instance/${region}/aurora-mysql/db.r6g.large/standard`, unit: 'Hrs', usd: 0.26, source: src },
    { key: `rds/aurora-instance/${region}/aurora-postgresql/db.r6g.xlarge/standard`, unit: 'Hrs', usd: 0.519, source: src },
    { key: `rds/aurora-storage/${region}/standard`, unit: 'GB-Mo', usd: 0.1, source: src },
    { key: `rds/aurora-storage/${region}/io-optimized`, unit: 'GB-Mo', usd: 0.225, source: src },
    { key: `rds/aurora-io/${region}`, unit: 'IOs', usd: 0.0000002, source: src },
    { key: `rds/aurora-backup/${region}/aurora-postgresql`, unit: 'GB-Mo', usd: 0.021, source: src },
    { key: `rds/aurora-backup/${region}/aurora-mysql`, unit: 'GB-Mo', usd: 0.021, source: src },
  ];
  return catalogueOfRows('Aurora test prices', rows, { title: 'Amazon Aurora pricing', url: 'https://aws.amazon.com/rds/aurora/pricing/', asOf: '2026-12-02' });
}

const catalogue = auroraCatalogue();
type DbOver = Parameters<typeof dbWorkload>[0];

function run(over: DbOver, scenarioOver: Partial<ScenarioInput> = {}): Estimate {
  return estimate(scenario([dbWorkload({ instanceClass: 'db.r6g.large', ...over })], { options: ['aurora'], ...scenarioOver }), catalogue);
}

function line(e: Estimate, id: string): EstimatedLine {
  const found = e.lines.find((l) => l.id === id);
  if (!found) throw new Error(`no line ${id}; have ${e.lines.map((l) => l.id).join(', ')}`);
  return found;
}

const cents = (x: number) => Math.round(x * 100) / 100;
const infra = (e: Estimate) => cents(e.lines.filter((l) => l.option === 'aurora' && l.category === 'infrastructure').reduce((s, l) => s + l.monthly, 0));

describe('Aurora pricing, reproduced to the cent from the published us-east-1 rates', () => {
  // The pricing page's I/O arithmetic: a steady 2,000 I/Os per second (1,000 reads + 1,000 writes)
  // is 2,000 × 730 h × 3,600 s = 5,256,000,000 I/Os a month, billed per million requests.
  const ioMillions = (2000 * 730 * 3600) / IO_REQUESTS_PER_MILLION;

  it('has 5,256 million I/O requests in a month of 2,000 I/Os per second', () => {
    expect(ioMillions).toBe(5256);
  });

  it.each([
    // [name, storage configuration, line id, quantity, monthly $]
    ['Standard writer: 730 h × $0.26', 'standard', 'aurora:db:writer', 730, 189.8],
    ['Standard reader in another AZ: 730 h × $0.26', 'standard', 'aurora:db:readers', 730, 189.8],
    ['Standard cluster storage: 100 GB × $0.10', 'standard', 'aurora:db:storage', 100, 10],
    ['Standard I/O: 5,256,000,000 requests × $0.20 per million', 'standard', 'aurora:db:io', 5_256_000_000, 1051.2],
    ['I/O-Optimized writer: 730 h × $0.338', 'io-optimized', 'aurora:db:writer', 730, 246.74],
    ['I/O-Optimized reader: 730 h × $0.338', 'io-optimized', 'aurora:db:readers', 730, 246.74],
    ['I/O-Optimized cluster storage: 100 GB × $0.225', 'io-optimized', 'aurora:db:storage', 100, 22.5],
  ] as const)('%s', (_name, storageConfiguration, id, quantity, monthly) => {
    const e = run({ highAvailability: true, aurora: { storageConfiguration, ioRequestsMillionsPerMonth: ioMillions } });
    const l = line(e, id);
    expect(l.quantity).toBeCloseTo(quantity, 6);
    expect(cents(l.monthly)).toBe(monthly);
  });

  it('totals a highly available db.r6g.large cluster with 100 GB: Standard $1,440.80, I/O-Optimized $515.98 a month', () => {
    const standard = run({ highAvailability: true, aurora: { storageConfiguration: 'standard', ioRequestsMillionsPerMonth: ioMillions } });
    const optimized = run({ highAvailability: true, aurora: { storageConfiguration: 'io-optimized', ioRequestsMillionsPerMonth: ioMillions } });
    // 2 × 730 × 0.26 + 100 × 0.10 + 5,256 × 0.20 = 379.60 + 10.00 + 1,051.20
    expect(infra(standard)).toBe(1440.8);
    // 2 × 730 × 0.338 + 100 × 0.225 = 493.48 + 22.50, no I/O charge
    expect(infra(optimized)).toBe(515.98);
  });

  it('bills backup beyond 100% of the cluster storage at the Aurora backup rate of the engine', () => {
    const e = run({ engine: 'mysql', backup: { retentionDays: 7, storageGb: 350 }, aurora: { storageConfiguration: 'io-optimized' } });
    const l = line(e, 'aurora:db:backup');
    expect(l.quantity).toBe(250);
    expect(cents(l.monthly)).toBe(5.25);
    expect(l.provenance.kind === 'price' && l.provenance.priceKey).toBe('rds/aurora-backup/us-east-1/aurora-mysql');
    expect(run({ backup: { retentionDays: 7, storageGb: 100 } }).lines.some((x) => x.id === 'aurora:db:backup')).toBe(false);
  });
});

describe('Aurora cluster shape', () => {
  it('bills the cluster volume once, however many readers share it', () => {
    for (const [highAvailability, readReplicas] of [[false, 0], [true, 0], [true, 3], [false, 5]] as const) {
      const e = run({ highAvailability, readReplicas, storage: { sizeGb: 400, type: 'gp3' }, aurora: { storageConfiguration: 'io-optimized' } });
      const storage = e.lines.filter((l) => l.option === 'aurora' && l.unit === 'GB-month' && l.id.includes('storage'));
      expect(storage.map((l) => l.quantity)).toEqual([400]);
    }
  });

  it('counts a reader for high availability plus one per read replica, at the writer\'s rate', () => {
    expect(run({}).lines.some((l) => l.id === 'aurora:db:readers')).toBe(false);
    const e = run({ highAvailability: true, readReplicas: 2, aurora: { storageConfiguration: 'io-optimized' } });
    const readers = line(e, 'aurora:db:readers');
    expect(readers.quantity).toBe(3 * 730);
    expect(readers.unitPrice).toBe(line(e, 'aurora:db:writer').unitPrice);
    expect(line(run({ readReplicas: 1 }), 'aurora:db:readers').quantity).toBe(730);
  });

  it('has no I/O line on I/O-Optimized, even with an I/O volume entered', () => {
    const e = run({ aurora: { storageConfiguration: 'io-optimized', ioRequestsMillionsPerMonth: 10_000 } });
    expect(e.lines.some((l) => l.id === 'aurora:db:io')).toBe(false);
    expect(e.warnings.some((w) => w.message.includes('ioRequestsMillionsPerMonth'))).toBe(false);
  });

  it('asks for the I/O volume on Aurora Standard instead of pricing it at $0', () => {
    const e = run({});
    expect(e.lines.some((l) => l.id === 'aurora:db:io')).toBe(false);
    const w = e.warnings.find((x) => x.kind === 'input-needed' && x.message.includes('aurora'));
    expect(w?.message).toMatch(/^workloads\[0\]\.aurora\.ioRequestsMillionsPerMonth: not set/);
  });

  it('prices each instance class at its own rate', () => {
    const e = estimate(
      scenario(
        [
          dbWorkload({ id: 'a', instanceClass: 'db.r6g.large', aurora: { storageConfiguration: 'standard', ioRequestsMillionsPerMonth: 0 } }),
          dbWorkload({ id: 'b', instanceClass: 'db.r6g.xlarge', aurora: { storageConfiguration: 'standard', ioRequestsMillionsPerMonth: 0 } }),
        ],
        { options: ['aurora'] },
      ),
      catalogue,
    );
    expect(line(e, 'aurora:a:writer').unitPrice).toBe(0.26);
    expect(line(e, 'aurora:b:writer').unitPrice).toBe(0.519);
  });

  it('flags a class the catalogue has no Aurora rate for as missing, never $0 silently', () => {
    const e = run({ instanceClass: 'db.x2g.large', aurora: { storageConfiguration: 'io-optimized' } });
    const l = line(e, 'aurora:db:writer');
    expect(l.flag?.kind).toBe('missing-price');
    expect(e.warnings.some((w) => w.kind === 'missing-price' && w.message.includes('db.x2g.large'))).toBe(true);
  });

  it('runs ML workloads on SageMaker under the Aurora option', () => {
    const s = scenario([dbWorkload(), mlWorkload()], { options: ['ec2', 'aurora'] });
    const e = estimate(s, snapshotCatalogue());
    const aurora = e.options.find((o) => o.option === 'aurora')!;
    expect(aurora.deployments).toEqual(['aurora', 'sagemaker']);
    expect(aurora.label).toBe('Managed (Aurora + SageMaker)');
    expect(e.lines.some((l) => l.option === 'aurora' && l.service === 'Amazon SageMaker')).toBe(true);
  });
});

describe('Aurora commitments', () => {
  const io = { storageConfiguration: 'io-optimized' } as const;

  it('prices a reserved commitment at on-demand and flags it, naming the field, when no Aurora reserved rate is known', () => {
    const e = run({ highAvailability: true, aurora: io, pricing: { aurora: { commitment: { model: 'reserved', term: '1yr', purchaseOption: 'no-upfront' } } } });
    const writer = line(e, 'aurora:db:writer');
    expect(cents(writer.monthly)).toBe(246.74);
    expect(writer.flag?.kind).toBe('fallback-price');
    const w = e.warnings.find((x) => x.kind === 'fallback-price');
    expect(w?.path).toBe('workloads[0].pricing.aurora.commitment');
    expect(w?.message).toMatch(/reserved rate not found for Aurora PostgreSQL-Compatible db\.r6g\.large \(I\/O-Optimized\) reserved 1yr no-upfront/);
  });

  it('uses reserved rates typed into the scenario for the writer and every reader', () => {
    const e = run({
      readReplicas: 2,
      aurora: io,
      pricing: { aurora: { commitment: { model: 'reserved', term: '1yr', purchaseOption: 'no-upfront', hourlyUsd: 0.2, upfrontUsd: 0 } } },
    });
    expect(cents(line(e, 'aurora:db:writer').monthly)).toBe(146);
    expect(cents(line(e, 'aurora:db:readers').monthly)).toBe(292);
    expect(e.warnings.some((x) => x.kind === 'fallback-price')).toBe(false);
  });

  it('applies a Database Savings Plan discount to Aurora instance-hours', () => {
    const e = run({ aurora: io, pricing: { aurora: { commitment: { model: 'savings-plan', plan: 'database', term: '1yr', purchaseOption: 'no-upfront', discountPct: 20 } } } });
    // 730 h × $0.338 × (1 − 20%)
    expect(cents(e.lines.filter((l) => l.id.startsWith('aurora:db:writer')).reduce((sum, l) => sum + l.monthly, 0))).toBe(197.39);
  });
});

describe('Aurora on the one pipeline', () => {
  /** Generated scenarios with Aurora compared beside EC2 and RDS, at either configuration, with or without an I/O volume. */
  const auroraScenarioArb = fc
    .tuple(scenarioArb, fc.constantFrom('standard', 'io-optimized') as fc.Arbitrary<'standard' | 'io-optimized'>, fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: undefined }))
    .map(([input, storageConfiguration, io]) => ({
      ...input,
      options: ['ec2', 'managed', 'aurora'] as const,
      workloads: input.workloads.map((w) =>
        w.kind === 'database'
          ? { ...w, engine: w.engine === 'mariadb' ? ('mysql' as const) : w.engine, aurora: { storageConfiguration, ...(io === undefined ? {} : { ioRequestsMillionsPerMonth: io }) } }
          : w,
      ),
    }))
    .filter((input) => input.workloads.some((w) => w.kind === 'database'));
  const snapshot = snapshotCatalogue();

  it('gives the same month rows on the detailed, totals-only and replayed paths, with costs finite and non-negative', () => {
    fc.assert(
      fc.property(auroraScenarioArb, (input) => {
        const s = parseScenario(input);
        const detailed = estimate(s, snapshot);
        const expected = detailed.options.map((o) => [...o.projection]);
        expect(evaluateTotals(s, snapshot).map((t) => t.rows())).toEqual(expected);
        const cache = new EvaluationCache();
        for (let i = 0; i < 3; i++) expect(evaluateTotals(s, snapshot, { cache }).map((t) => t.rows())).toEqual(expected);
        const aurora = detailed.options.find((o) => o.option === 'aurora')!;
        expect(Number.isFinite(aurora.horizonTotal) && aurora.horizonTotal >= 0).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the real snapshot', () => {
  it('prices I/O-Optimized instances at about 1.3× Standard and storage at 2.25×', () => {
    const cat = snapshotCatalogue();
    const std = cat.lookup({ service: 'rds', kind: 'aurora-instance', region: 'us-east-1', engine: 'aurora-postgresql', instanceClass: 'db.r6g.xlarge', storageConfiguration: 'standard' })!;
    const opt = cat.lookup({ service: 'rds', kind: 'aurora-instance', region: 'us-east-1', engine: 'aurora-postgresql', instanceClass: 'db.r6g.xlarge', storageConfiguration: 'io-optimized' })!;
    expect(opt.usdPerUnit / std.usdPerUnit).toBeCloseTo(1.3, 2);
    const sStd = cat.lookup({ service: 'rds', kind: 'aurora-storage', region: 'us-east-1', storageConfiguration: 'standard' })!;
    const sOpt = cat.lookup({ service: 'rds', kind: 'aurora-storage', region: 'us-east-1', storageConfiguration: 'io-optimized' })!;
    expect(sOpt.usdPerUnit / sStd.usdPerUnit).toBeCloseTo(2.25, 6);
    // AWS publishes I/O per million requests; the snapshot row is per request.
    expect(cat.lookup({ service: 'rds', kind: 'aurora-io', region: 'us-east-1' })!.usdPerUnit * IO_REQUESTS_PER_MILLION).toBeCloseTo(0.2, 9);
  });
});

describe('choosing Aurora in a scenario', () => {
  const base = (options: ScenarioInput['options'], workloads: ScenarioInput['workloads'] = [dbWorkload()]) =>
    rawScenario(workloads, options ? { options } : {});
  const issues = issuesOf;

  it('is compared only when listed: the default stays EC2 vs managed', () => {
    expect(optionsFor(parseScenario(base(undefined)))).toEqual(['ec2', 'managed']);
    const s = parseScenario(base(['ec2', 'managed', 'aurora']));
    expect(optionsFor(s)).toEqual(['ec2', 'managed', 'aurora']);
    expect(optionLabel('aurora', s)).toBe('Managed: Amazon Aurora');
  });

  it('accepts all four options at once', () => {
    const s = parseScenario(base(['ec2', 'eks', 'managed', 'aurora'], [dbWorkload(), mlWorkload()]));
    expect(s.options).toHaveLength(4);
  });

  it('refuses Aurora for a MariaDB database, naming the engine field', () => {
    const found = issues(base(['ec2', 'aurora'], [dbWorkload(), dbWorkload({ id: 'm', engine: 'mariadb' })]));
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toBe('workloads[1].engine');
    expect(found[0]!.message).toMatch(/mariadb has no Aurora edition.*remove "aurora" from options/);
    // Without the aurora option a MariaDB database is fine.
    expect(() => parseScenario(base(['ec2', 'managed'], [dbWorkload({ engine: 'mariadb' })]))).not.toThrow();
  });

  it('refuses the Aurora option without a database workload', () => {
    const found = issues(base(['aurora'], [mlWorkload()]));
    expect(found.map((i) => `${i.path}: ${i.message}`)).toContain('options: "aurora" needs at least one database workload');
  });

  it('names the field of a bad Aurora setting', () => {
    const found = issues(base(['aurora'], [dbWorkload({ aurora: { storageConfiguration: 'fast' as 'standard' } })]));
    expect(found[0]!.path).toBe('workloads[0].aurora.storageConfiguration');
    const negative = issues(base(['aurora'], [dbWorkload({ aurora: { ioRequestsMillionsPerMonth: -1 } })]));
    expect(negative[0]!.path).toBe('workloads[0].aurora.ioRequestsMillionsPerMonth');
  });
});
