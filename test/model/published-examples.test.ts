import { describe, expect, it } from 'vitest';
import { estimate, type Estimate, type PriceCatalogue, type PriceRow, type ScenarioInput } from '../../src/index';
import { catalogueOfRows, dbWorkload, scenario } from '../support/scenarios';
import { snapshotCatalogue } from '../support/snapshot';

/**
 * Worked examples AWS publishes, rebuilt as scenarios and priced by the model. Each case cites the
 * page; where AWS gives figures rounded to the dollar, the model's cents are stated and the dollars
 * compared as AWS rounded them.
 */

const cents = (x: number) => Math.round(x * 100) / 100;
type DbOver = Parameters<typeof dbWorkload>[0];
function auroraRun(catalogue: PriceCatalogue, over: DbOver, scenarioOver: Partial<ScenarioInput> = {}): Estimate {
  return estimate(scenario([dbWorkload(over)], { options: ['aurora'], ...scenarioOver }), catalogue);
}
function lineMonthly(e: Estimate, id: string): number {
  const l = e.lines.find((x) => x.id === id);
  return l ? cents(l.monthly) : 0;
}
const auroraInfra = (e: Estimate) => cents(e.lines.filter((l) => l.option === 'aurora' && l.category === 'infrastructure').reduce((s, l) => s + l.monthly, 0));

describe('Aurora Standard against I/O-Optimized: AWS worked example', () => {
  // AWS, agent-toolkit-for-aws, Aurora MySQL skill, "Aurora I/O-Optimized — Worked Examples", "Worked example — offline assessment":
  // https://github.com/aws/agent-toolkit-for-aws/blob/main/skills/specialized-skills/database-skills/amazon-aurora-mysql/references/io-optimized-worked-examples.md
  // "2× db.r6g.2xlarge, 800 GiB storage, 1.2 billion I/O requests per month, region us-east-1", "db.r6g.2xlarge Standard rate $1.038/hr",
  // I/O-Optimized compute "$1.038 × 1.30", storage $0.10 and $0.225 per GiB-month, I/O $0.20 per million.
  // Two instances = a writer and one reader (highAvailability).
  const cluster = (storageConfiguration: 'standard' | 'io-optimized'): DbOver => ({
    engine: 'mysql',
    instanceClass: 'db.r6g.2xlarge',
    highAvailability: true,
    storage: { sizeGb: 800, type: 'gp3' },
    aurora: { storageConfiguration, ioRequestsMillionsPerMonth: 1200 },
  });
  const region = 'us-east-1';
  const exampleRates: PriceRow[] = [
    { key: `rds/aurora-instance/${region}/aurora-mysql/db.r6g.2xlarge/standard`, unit: 'Hrs', usd: 1.038, source: 'fixed' },
    { key: `rds/aurora-instance/${region}/aurora-mysql/db.r6g.2xlarge/io-optimized`, unit: 'Hrs', usd: 1.038 * 1.3, source: 'fixed' },
    { key: `rds/aurora-storage/${region}/standard`, unit: 'GB-Mo', usd: 0.1, source: 'fixed' },
    { key: `rds/aurora-storage/${region}/io-optimized`, unit: 'GB-Mo', usd: 0.225, source: 'fixed' },
    { key: `rds/aurora-io/${region}`, unit: 'IOs', usd: 0.0000002, source: 'fixed' },
  ];
  const atExampleRates = catalogueOfRows('The worked example\'s rates', exampleRates, { title: 'Aurora I/O-Optimized worked example', url: 'https://github.com/aws/agent-toolkit-for-aws', asOf: '2026-12-02' });
  const standard = auroraRun(atExampleRates, cluster('standard'));
  const optimized = auroraRun(atExampleRates, cluster('io-optimized'));

  it.each([
    // [published step, the model's figure to the cent, AWS's figure to the dollar]
    ['Standard compute: $1.038/hr × 730 × 2', () => lineMonthly(standard, 'aurora:db:writer') + lineMonthly(standard, 'aurora:db:readers'), 1515.48, 1515],
    ['Standard storage: 800 × $0.10', () => lineMonthly(standard, 'aurora:db:storage'), 80, 80],
    ['Standard I/O: 1,200 × $0.20', () => lineMonthly(standard, 'aurora:db:io'), 240, 240],
    ['Standard total', () => auroraInfra(standard), 1835.48, 1835],
    ['I/O-Optimized compute: $1.038 × 1.30 × 730 × 2', () => cents(lineMonthly(optimized, 'aurora:db:writer') + lineMonthly(optimized, 'aurora:db:readers')), 1970.12, 1970],
    ['I/O-Optimized storage: 800 × $0.225', () => lineMonthly(optimized, 'aurora:db:storage'), 180, 180],
    ['I/O-Optimized total: no I/O line', () => auroraInfra(optimized), 2150.12, 2150],
    ['Switch cost: I/O-Optimized − Standard', () => cents(auroraInfra(optimized) - auroraInfra(standard)), 314.64, 315],
  ] as const)('%s', (_step, model, modelCents, publishedDollars) => {
    expect(cents(model())).toBe(modelCents);
    expect(Math.round(model())).toBe(publishedDollars);
  });

  it('has I/O at 13.1% of the Standard bill, below the 25% rule of thumb', () => {
    expect(optimized.lines.some((l) => l.id === 'aurora:db:io')).toBe(false);
    expect(Math.round((lineMonthly(standard, 'aurora:db:io') / auroraInfra(standard)) * 1000) / 10).toBe(13.1);
  });

  it('gives the same Standard bill from the offline snapshot, and the I/O-Optimized bill at the published $1.349 an hour', () => {
    // The snapshot holds db.r6g.2xlarge Aurora MySQL at $1.038 (Standard) and $1.349 (I/O-Optimized, the rate AWS publishes,
    // where the example multiplies by 1.30): 2 × 730 × $1.349 + $180 = $2,149.54, still $2,150 to the dollar.
    const snap = snapshotCatalogue();
    expect(auroraInfra(auroraRun(snap, cluster('standard')))).toBe(1835.48);
    const snapOptimized = auroraInfra(auroraRun(snap, cluster('io-optimized')));
    expect(snapOptimized).toBe(2149.54);
    expect(Math.round(snapOptimized)).toBe(2150);
  });
});

describe('Extended Support on Aurora: the Aurora User Guide example', () => {
  // https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/extended-support-charges.html: "Aurora PostgreSQL 11 enters
  // Extended Support on March 1, 2024, but charges don't start until April 1, 2024. ... You continue running Aurora PostgreSQL 12
  // on this DB instance past the RDS end of standard support date of February 28, 2025. Your database will again incur RDS
  // Extended Support charges starting on March 1, 2025." Month 1 = 2024-03. db.r6g.2xlarge has 8 vCPUs in the snapshot:
  // a month of one instance is 8 × 730 × $0.100 = $584.00.
  const snap = snapshotCatalogue();
  const extra = (engineVersion: string) => {
    const totals = (v: string) => auroraRun(snap, { instanceClass: 'db.r6g.2xlarge', engineVersion: v }, { startMonth: '2024-03', horizonMonths: 24 }).options[0]!.projection.map((r) => r.total);
    const supported = totals('17');
    return totals(engineVersion).map((t, i) => cents(t - supported[i]!));
  };

  it.each([
    ['Aurora PostgreSQL 11: nothing in March 2024, charged from April 2024', '11', 2],
    ['Aurora PostgreSQL 12: nothing until February 2025, charged from March 2025', '12', 13],
  ] as const)('%s', (_name, engineVersion, firstCharged) => {
    const e = extra(engineVersion);
    expect(e[firstCharged - 2]).toBe(0);
    expect(e[firstCharged - 1]).toBe(584);
  });
});
