import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../support/paths';
import { runCli } from '../support/run-cli';
import { dbWorkload } from '../support/scenarios';

const dir = mkdtempSync(join(tmpdir(), 'tco-cli-'));
function scenarioFile(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}
const valid = { schemaVersion: 1, name: 'T', question: 'Q?', region: 'us-east-1', horizonMonths: 12, discountRateAnnualPct: 5, workloads: [dbWorkload()] };

/** Every failure is one line on stderr, names the problem, and has no stack trace. */
function expectOneLineError(r: { code: number | null; stderr: string }, code: number, pattern: RegExp): void {
  expect(r.code).toBe(code);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^tco-studio: /);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\s+at .+\(.+:\d+:\d+\)/);
}

describe('tco-studio estimate', () => {
  it('prints a comparison with totals, break-even and traceable lines', () => {
    const r = runCli(['estimate', join(EXAMPLES_DIR, 'postgres-oltp-ha.tco.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Total over 36 months/);
    expect(r.stdout).toMatch(/NPV at 8%\/year/);
    expect(r.stdout).toMatch(/Break-even:/);
    expect(r.stdout).toMatch(/Price sources:\n {2}\[1\]/);
    expect(r.stdout).toMatch(/Labour rates/);
  });

  it('prices the SQL Server Standard example: BYOL licences at the Microsoft list price on EC2, licence included on RDS', () => {
    const r = runCli(['estimate', join(EXAMPLES_DIR, 'sqlserver-standard.tco.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/SQL Server Standard licences for EC2 \(BYOL\) \(2 2-core packs, bought once\).*\$3,945\.00 +\$7,890\.00 +once, month 1.*published list price/);
    expect(r.stdout).toMatch(/RDS SQL Server Standard db\.m5\.xlarge Multi-AZ +Amazon RDS +730 .*\$1,787\.04/);
    expect(r.stdout).toMatch(/Flagged lines +0 +0/);
  });

  it('emits JSON whose totals equal the sum of its lines', () => {
    const r = runCli(['estimate', join(EXAMPLES_DIR, 'ml-team-of-eight.tco.json'), '--format', 'json']);
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout) as { formatVersion: number; options: { option: string; horizonTotal: number }[]; lines: { option: string; horizonTotal: number }[] };
    expect(e.formatVersion).toBe(2);
    for (const o of e.options) {
      const sum = e.lines.filter((l) => l.option === o.option).reduce((s, l) => s + l.horizonTotal, 0);
      expect(sum).toBeCloseTo(o.horizonTotal, 6);
    }
  });

  it('emits CSV with one row per line and a documented header', () => {
    const r = runCli(['estimate', join(EXAMPLES_DIR, 'startup-db-and-ml.tco.json'), '--format', 'csv', '--months', '12']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFFoption,option_label,workload,deployment,service,category,line_id,label,')).toBe(true);
    const json = JSON.parse(runCli(['estimate', join(EXAMPLES_DIR, 'startup-db-and-ml.tco.json'), '--format', 'json', '--months', '12']).stdout) as { lines: unknown[] };
    expect(r.stdout.trimEnd().split('\r\n')).toHaveLength(json.lines.length + 1);
  });

  it('overrides the horizon with --months', () => {
    const r = JSON.parse(runCli(['estimate', join(EXAMPLES_DIR, 'postgres-oltp-ha.tco.json'), '--format', 'json', '--months', '6']).stdout) as {
      scenario: { horizonMonths: number };
      options: { projection: unknown[] }[];
    };
    expect(r.scenario.horizonMonths).toBe(6);
    expect(r.options[0]!.projection).toHaveLength(6);
  });

  it.each([
    ['malformed JSON', '{"schemaVersion": 1,', 1, /bad\.tco\.json: \(root\): is not valid JSON/],
    ['an unknown field', { ...valid, colour: 'red' }, 1, /\(root\): unknown field "colour"/],
    ['a negative number', { ...valid, horizonMonths: -3 }, 1, /horizonMonths: must be at least 1 \(got -3\)/],
    ['an absurd number', { ...valid, workloads: [dbWorkload({ readReplicas: 500 })] }, 1, /workloads\[0\]\.readReplicas: must be at most 15 \(got 500\)/],
    ['an unknown region', { ...valid, region: 'xx-moon-1' }, 1, /region: must be one of "us-east-1"/],
    ['a malformed instance type', { ...valid, workloads: [dbWorkload({ instanceClass: 'huge' })] }, 1, /workloads\[0\]\.instanceClass: must be an RDS instance class/],
    ['an unknown instance type', { ...valid, workloads: [dbWorkload({ instanceClass: 'db.x9.large' })] }, 3, /2 prices not found; first: price not found for EC2 x9\.large .* \(workloads\[0\]\.instanceClass\); check the instance type/],
    // The offline price data has no EBS rows for Asia Pacific (Taipei), and no m5 types there.
    ['a Region with gaps in its prices', { ...valid, region: 'ap-east-2' }, 3, /prices not found; first: price not found for .* in ap-east-2/],
  ])('rejects %s with a one-line message and a non-zero exit', (_name, content, code, pattern) => {
    const r = runCli(['estimate', scenarioFile('bad.tco.json', content)]);
    expectOneLineError(r, code, pattern);
  });

  it('still prints the estimate, with the flagged line, when prices are missing', () => {
    const r = runCli(['estimate', scenarioFile('missing.tco.json', { ...valid, workloads: [dbWorkload({ instanceClass: 'db.x9.large' })] })]);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/! RDS PostgreSQL db\.x9\.large Single-AZ .* not found/);
    const accepted = runCli(['estimate', join(dir, 'missing.tco.json'), '--allow-missing']);
    expect(accepted.code).toBe(0);
  });

  it('prices a reserved choice the Region has no rate for at on-demand as a caveat, not a missing price, as the app does (exit 0)', () => {
    // AWS publishes no all-upfront RDS rate for db.r6i.xlarge PostgreSQL in the snapshot.
    const reserved = dbWorkload({ instanceClass: 'db.r6i.xlarge', pricing: { rds: { commitment: { model: 'reserved', term: '3yr', purchaseOption: 'all-upfront' } } } });
    const file = scenarioFile('fallback.tco.json', { ...valid, workloads: [reserved] });
    for (const command of ['estimate', 'tradeoffs']) {
      const r = runCli([command, file]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/^tco-studio: caveat: 1 commitment is priced at on-demand because the reserved rate was not found; first: reserved rate not found for RDS PostgreSQL db\.r6i\.xlarge Single-AZ reserved 3yr all-upfront in us-east-1/);
    }
  });

  it.each([
    ['a missing file', ['estimate', join(dir, 'nope.tco.json')], 1, /nope\.tco\.json: file not found/],
    ['a folder', ['estimate', dir], 1, /is a folder, not a scenario file/],
    ['an unknown flag', ['estimate', 'x.json', '--colour'], 2, /Unknown option '--colour'/],
    ['a bad format', ['estimate', 'x.json', '--format', 'xml'], 2, /--format: must be one of table, json, csv \(got "xml"\)/],
    ['a bad --months', ['estimate', 'x.json', '--months', '0'], 2, /--months: must be from 1 to 120 \(got 0\)/],
    ['no file', ['estimate'], 2, /estimate needs exactly one scenario file/],
    ['an unknown command', ['frobnicate'], 2, /unknown command "frobnicate"/],
  ])('reports %s on one line', (_name, args, code, pattern) => {
    expectOneLineError(runCli(args), code, pattern);
  });

  it('reports an unreadable file', () => {
    if (process.getuid?.() === 0) return; // root reads everything; the permission check is meaningless
    const path = scenarioFile('locked.tco.json', valid);
    chmodSync(path, 0o000);
    expectOneLineError(runCli(['estimate', path]), 1, /permission denied/);
  });
});

describe('tco-studio prices show', () => {
  it('lists on-demand and reserved EC2 prices with source and date', () => {
    const r = runCli(['prices', 'show', 'm5.large']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/EC2 m5\.large \(Linux, on-demand\)\s+\$0\.096 per hour/);
    expect(r.stdout).toMatch(/reserved \(standard\) 1yr partial-upfront\s+\$0\.029 per hour\s+\$252\.00\s+snapshot, as of 2021-02-05/);
  });

  it('lists RDS prices for every engine and deployment, as JSON on request', () => {
    const r = runCli(['prices', 'show', 'db.r6i.xlarge', '--region', 'eu-west-1', '--format', 'json']);
    expect(r.code).toBe(0);
    const items = JSON.parse(r.stdout) as { key: string; usdPerUnit: number; source: { asOf: string; basis: string } }[];
    expect(items.map((i) => i.key)).toEqual(
      expect.arrayContaining(['rds/instance/eu-west-1/postgresql/db.r6i.xlarge/multi-az', 'rds/instance/eu-west-1/mariadb/db.r6i.xlarge/single-az', 'rds/instance/eu-west-1/sqlserver-se/db.r6i.xlarge/multi-az', 'rds/instance/eu-west-1/oracle-ee-byol/db.r6i.xlarge/single-az']),
    );
    // MariaDB has its own published rates now (no longer derived from MySQL).
    expect(items.find((i) => i.key.includes('mariadb'))!.source).toMatchObject({ basis: 'published', title: expect.stringMatching(/mariadb/i) });
  });

  it('lists SageMaker components', () => {
    const r = runCli(['prices', 'show', 'ml.g5.xlarge', '--region', 'eu-west-1']);
    expect(r.stdout).toMatch(/SageMaker Training ml\.g5\.xlarge\s+\$1\.57 per hour/);
  });

  it.each([
    ['an unknown instance type', ['prices', 'show', 'x9.large'], 1, /no EC2 price for "x9\.large" in us-east-1/],
    ['a malformed type', ['prices', 'show', 'LARGE'], 1, /instance type "LARGE" is not valid/],
    ['an unknown region', ['prices', 'show', 'm5.large', '--region', 'moon-1'], 1, /--region: unknown AWS Region "moon-1"/],
    ['a type the Region does not offer', ['prices', 'show', 'm5.large', '--region', 'ap-east-2'], 1, /no EC2 price for "m5\.large" in ap-east-2 in Embedded AWS price snapshot of 2026-07-20; check the instance type, or refresh prices/],
    ['a service mismatch', ['prices', 'show', 'm5.large', '--service', 'rds'], 1, /does not fit --service rds/],
    ['no subcommand', ['prices'], 2, /prices needs a subcommand/],
  ])('rejects %s', (_name, args, code, pattern) => {
    expectOneLineError(runCli(args), code, pattern);
  });
});

describe('tco-studio schema and init', () => {
  it('prints the JSON Schema', () => {
    const r = runCli(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).title).toMatch(/TCO Studio scenario/);
  });

  it('writes a starter scenario that estimates cleanly, and refuses to overwrite it', () => {
    const cwd = join(dir, 'init');
    mkdirSync(cwd);
    for (const template of ['database', 'ml', 'both']) {
      const out = `${template}.tco.json`;
      const r = runCli(['init', '--template', template, '--out', out], { cwd });
      expect(r.code).toBe(0);
      expect(existsSync(join(cwd, out))).toBe(true);
      const e = runCli(['estimate', out], { cwd });
      expect(e.code, e.stderr).toBe(0);
    }
    const again = runCli(['init', '--template', 'ml', '--out', 'ml.tco.json'], { cwd });
    expectOneLineError(again, 1, /already exists; choose another --out or add --force/);
    expect(JSON.parse(readFileSync(join(cwd, 'ml.tco.json'), 'utf8')).name).toMatch(/ML platform/);
  });

  it('reports a folder that does not exist instead of crashing', () => {
    expectOneLineError(runCli(['init', '--out', join(dir, 'no/such/dir/x.json')]), 1, /cannot write \(folder does not exist\)/);
  });
});
