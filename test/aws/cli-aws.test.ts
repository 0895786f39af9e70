import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { starterScenario } from '../../src/index';
import { writeGeneratedOfferFile } from '../../bench/support/offer-file-generator';
import { startFakeAws, type FakeAws } from '../fake-aws/fake-aws-server';
import { loadRealCostSample } from '../fake-aws/fake-cost-explorer';
import { feedDerivedItems } from '../fake-aws/feed-derived-records';
import { AWS_FIXTURES_DIR } from '../support/paths';
import { cliEnv, runCli } from './support/cli-harness';

const tmp = mkdtempSync(join(tmpdir(), 'tco-cli-aws-'));
const scenarioFile = join(tmp, 'both.tco.json');
writeFileSync(scenarioFile, JSON.stringify(starterScenario('both')));
const offerFile = join(tmp, 'offer.json');
writeGeneratedOfferFile(offerFile, { fixturesDir: AWS_FIXTURES_DIR, instanceTypes: 3 });

let fake: FakeAws;
beforeAll(async () => {
  fake = await startFakeAws({
    products: feedDerivedItems(),
    priceLists: [{ serviceCode: 'AmazonEC2', region: 'us-east-1', file: offerFile }],
    costs: loadRealCostSample({ forecast: true }),
  });
});
afterAll(async () => {
  await fake.close();
  rmSync(tmp, { recursive: true, force: true });
});

const cacheDir = (name: string) => join(tmp, `cache-${name}`);
const cli = (args: string[], cache: string) => runCli(args, cliEnv(fake.endpoint, cache));

describe('tco-studio prices refresh / status and estimate from the cache', () => {
  const cache = cacheDir('prices');

  it('refreshes the prices a scenario uses, with progress as plain lines when stderr is not a terminal', async () => {
    const run = await cli(['prices', 'refresh', '--scenario', scenarioFile], cache);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Refreshed \d+ prices for us-east-1 from the AWS Price List \(GetProducts; \d+ requests; published 2025-06-17\)\./);
    expect(run.stdout).toMatch(/Not found live, still priced from the cache or the snapshot: .*SageMaker endpoint data processed in us-east-1 \(no Price List product\)/);
    // The exact filters keep the $0 reservation and SQL Server records (cloned onto m6i.large) from ever arriving.
    expect(run.stdout).not.toMatch(/Left out on purpose/);
    expect(run.stderr).toMatch(/^prices: AmazonEC2 us-east-1: .+ \(0 of \d+\)$/m);
    expect(run.stderr).not.toMatch(/\r|\x1b\[/); // no bar redraws outside a terminal
    expect(existsSync(join(cache, 'prices', 'us-east-1', 'ec2.json'))).toBe(true);
  });

  it('shows each cached service with its dates, then the snapshot', async () => {
    const run = await cli(['prices', 'status'], cache);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Price cache: .+ \(refreshed after 7 days\)/);
    expect(run.stdout).toMatch(/^us-east-1 +rds +\d+ +\d+ +targeted +2025-06-17 +\d{4}-\d{2}-\d{2} \d{2}:\d{2}Z +0 days +fresh$/m);
    expect(run.stdout).toMatch(/Embedded snapshot: Embedded AWS price snapshot of \d{4}-\d{2}-\d{2}/);
    const json = JSON.parse((await cli(['prices', 'status', '--format', 'json'], cache)).stdout) as { lookupOrder: string[]; cache: unknown[] };
    expect(json.lookupOrder).toEqual(['cache', 'snapshot']);
    expect(json.cache.length).toBeGreaterThan(4);
  });

  it('estimates with cached prices first and the snapshot for the rest, naming each source', async () => {
    const run = await cli(['estimate', scenarioFile, '--format', 'json', '--allow-missing'], cache);
    expect(run.code, run.stderr).toBe(0);
    const estimate = JSON.parse(run.stdout) as { priceSources: { source: { kind: string; asOf: string } }[] };
    const kinds = new Set(estimate.priceSources.map((s) => s.source.kind));
    expect(kinds).toEqual(new Set(['cache', 'snapshot']));
    expect(estimate.priceSources.find((s) => s.source.kind === 'cache')!.source.asOf).toBe('2025-06-17');
  });

  it('shows cached prices in prices show', async () => {
    const run = await cli(['prices', 'show', 'm6i.large'], cache);
    expect(run.stdout).toMatch(/EC2 m6i\.large \(Linux, on-demand\) +\$0\.096 per hour +cache, as of 2025-06-17/);
  });

  it('downloads the full regional catalogue with --full', async () => {
    const run = await cli(['prices', 'refresh', '--region', 'us-east-1', '--full', '--format', 'json'], cacheDir('full'));
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { mode: string; prices: number; files: { serviceCode: string }[] };
    expect(out).toMatchObject({ mode: 'full', prices: 3 * 13 });
    expect(out.files.map((f) => f.serviceCode)).toEqual(['AmazonEC2']);
    expect(run.stderr).toMatch(/prices: AmazonEC2 us-east-1 offer file \(1 of 7\)/);
    expect(run.stderr).toMatch(/prices: warning: AWS lists no AmazonRDS price list for us-east-1/);
  });

  it('fails with one line naming the IAM action, says where prices still come from, and changes nothing', async () => {
    const before = readFileSync(join(cache, 'prices', 'us-east-1', 'ec2.json'), 'utf8');
    fake.inject({ operation: 'GetProducts', kind: 'access-denied' });
    const run = await cli(['prices', 'refresh', '--region', 'us-east-1'], cache);
    expect(run.code).toBe(4);
    const message = run.stderr.split('\n').filter((l) => l.startsWith('tco-studio:'));
    expect(message).toHaveLength(1);
    expect(message[0]).toMatch(
      /^tco-studio: AWS denied pricing:GetProducts: grant the IAM action pricing:GetProducts .+; nothing was changed: prices still come from the cache \(us-east-1 ec2 fetched \d{4}-\d{2}-\d{2}, us-east-1 ebs fetched .+\), then the embedded snapshot of \d{4}-\d{2}-\d{2}/,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(cache, 'prices', 'us-east-1', 'ec2.json'), 'utf8')).toBe(before);
  });

  it.each([
    [['prices', 'refresh'], 2, /prices refresh needs --region, or --scenario files/],
    [['prices', 'refresh', '--region', 'mars-1'], 1, /unknown AWS Region "mars-1"/],
    [['prices', 'refresh', '--full'], 2, /--full needs --region/],
    [['prices', 'refresh', '--region', 'eu-west-1', '--scenario', scenarioFile], 2, /is priced in us-east-1, not eu-west-1/],
    [['prices', 'refresh', '--region', 'us-east-1', '--bogus'], 2, /Unknown option '--bogus'/],
  ])('refuses %j', async (args, code, message) => {
    const run = await cli(args, cacheDir('usage'));
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
  });
});

describe('tco-studio costs import / calibrate', () => {
  const cache = cacheDir('costs');

  it('states the Cost Explorer charge and makes no request without --yes (no terminal to ask on)', async () => {
    const before = fake.requests.filter((r) => r.operation.startsWith('GetCost')).length;
    const run = await cli(['costs', 'import', '--months', '3'], cache);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^costs: Cost Explorer charges \$0\.01 per API request\. Importing 3 months makes 3 requests \(\$0\.03\)/m);
    expect(run.stderr).toMatch(/tco-studio: add --yes to accept the Cost Explorer charge \(nothing was requested\)/);
    expect(fake.requests.filter((r) => r.operation.startsWith('GetCost')).length).toBe(before);
  });

  it('imports with --yes: spend by service per month, the forecast, and the requests paid for', async () => {
    const run = await cli(['costs', 'import', '--months', '3', '--yes'], cache);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^AWS spend by service, unblended cost in USD \(Cost Explorer, imported .+ UTC, default profile\)/);
    expect(run.stdout).toMatch(/^Amazon Elastic Container Service for Kubernetes +\$0\.00 +\$0\.00 +\$17\.50 +\$5\.83$/m);
    expect(run.stdout).toMatch(/^Forecast \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-01: \$81\.00 \(80% interval \$60\.50 to \$101\.50\)$/m);
    expect(run.stdout).toMatch(/^Cost Explorer requests made: 3 \(\$0\.03\)$/m);
    expect(run.stderr).toMatch(/costs: saved to .+costs\/default\.json/);
  });

  it('reads the same months back from the cache, for free', async () => {
    const before = fake.requests.length;
    const run = await cli(['costs', 'import', '--months', '3', '--format', 'csv'], cache);
    expect(run.code).toBe(0);
    expect(fake.requests.length).toBe(before);
    expect(run.stderr).toMatch(/no request made \(--refresh imports again\)/);
    expect(run.stdout.startsWith('\uFEFFmonth,estimated,service,usage_type,unblended_cost_usd\r\n')).toBe(true);
    expect(run.stdout).toMatch(/,EC2 - Other,EBS:VolumeUsage\.gp3,/);
  });

  it('calibrates a scenario against the imported bill, by service', async () => {
    const run = await cli(['costs', 'calibrate', scenarioFile, '--option', 'ec2'], cache);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Calibration of "Self-managed on EC2" against your AWS bill \(average of \d{4}-\d{2}, \d{4}-\d{2}, \d{4}-\d{2}\)/);
    expect(run.stdout).toMatch(/Today you spend \$[\d,.]+\/month on the services this scenario models; the model's current-state option says \$[\d,.]+\/month/);
    expect(run.stdout).toMatch(/^Amazon EC2 +\$[\d,.]+ +\$[\d,.]+ +[+−]\$[\d,.]+ +Amazon Elastic Compute Cloud - Compute$/m);
    expect(run.stdout).toMatch(/^Not compared \(services this option does not use\): \$[\d,.]+\/month \(.+\)$/m);
    const json = JSON.parse((await cli(['costs', 'calibrate', scenarioFile, '--format', 'json'], cache)).stdout) as { option: string; outsideScope: { awsService: string }[] };
    expect(json.option).toBe('ec2');
    expect(json.outsideScope.map((o) => o.awsService)).toContain('Amazon EKS (not in this option)');
  });

  it('names ce:GetCostAndUsage when Cost Explorer access is denied, and saves nothing', async () => {
    fake.inject({ operation: 'GetCostAndUsage', kind: 'access-denied' });
    const fresh = cacheDir('costs-denied');
    const run = await cli(['costs', 'import', '--months', '2', '--yes'], fresh);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/^tco-studio: AWS denied ce:GetCostAndUsage: grant the IAM action ce:GetCostAndUsage .+; nothing was saved$/m);
    expect(existsSync(join(fresh, 'costs'))).toBe(false);
  });

  it('asks to import first when there is nothing to calibrate against', async () => {
    const run = await cli(['costs', 'calibrate', scenarioFile], cacheDir('costs-none'));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('tco-studio: no imported costs yet; run: tco-studio costs import --months 3\n');
  });
});
