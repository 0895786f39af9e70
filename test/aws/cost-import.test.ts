import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AwsFailure } from '../../src/aws/aws-failure';
import { createCostExplorerClient } from '../../src/aws/cost-explorer/cost-explorer-client';
import { importCosts } from '../../src/aws/cost-explorer/cost-import';
import { costAndUsagePageSchema } from '../../src/aws/cost-explorer/cost-response-schema';
import { forecastPeriod, lastCompleteMonths } from '../../src/aws/cost-explorer/import-period';
import { describeImportPlan, planCostImport } from '../../src/aws/cost-explorer/import-plan';
import { startFakeAws, type FakeAws } from '../fake-aws/fake-aws-server';
import { loadRealCostSample } from '../fake-aws/fake-cost-explorer';
import { recordingRetryPolicy, useFakeCredentials } from '../fake-aws/fake-credentials';
import { readSampleJson, SAMPLE } from '../fake-aws/recorded-samples';

beforeAll(useFakeCredentials);
let fake: FakeAws | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const now = new Date('2026-11-26T09:30:00Z');

async function runImport(options: { groupsPerPage?: number; forecast?: boolean; maxRequests?: number; months?: number } = {}) {
  fake = await startFakeAws({ costs: loadRealCostSample({ ...(options.groupsPerPage ? { groupsPerPage: options.groupsPerPage } : {}), forecast: options.forecast ?? true }) });
  const client = createCostExplorerClient({ endpoint: fake.endpoint });
  const warnings: string[] = [];
  try {
    const spend = await importCosts(client, {
      months: options.months ?? 3,
      now,
      retry: recordingRetryPolicy(),
      ...(options.maxRequests ? { maxRequests: options.maxRequests } : {}),
      observer: { onWarning: (w) => warnings.push(w) },
    });
    return { spend, warnings, fake };
  } finally {
    client.destroy();
  }
}

describe('calendar', () => {
  it('takes the last complete months, End exclusive', () => {
    expect(lastCompleteMonths(3, now)).toEqual({ start: '2026-08-01', end: '2026-11-01', months: ['2026-08', '2026-09', '2026-10'] });
    expect(lastCompleteMonths(2, new Date('2027-01-15T00:00:00Z'))).toEqual({ start: '2026-11-01', end: '2027-01-01', months: ['2026-11', '2026-12'] });
  });

  it('forecasts from today to the end of next month', () => {
    expect(forecastPeriod(now)).toEqual({ start: '2026-11-26', end: '2027-01-01' });
  });
});

describe('the cost is told before any call', () => {
  it('three requests at $0.01 each, and the cap', () => {
    const plan = planCostImport(3);
    expect(plan).toEqual({ months: 3, minimumRequests: 3, maximumRequests: 10, minimumUsd: 0.03, maximumUsd: 0.1 });
    expect(describeImportPlan(plan)).toBe(
      'Cost Explorer charges $0.01 per API request. Importing 3 months makes 3 requests ($0.03): cost by service, cost by usage type, and the forecast; more only if AWS splits a result into pages, never more than 10 ($0.10).',
    );
  });
});

describe('Cost Explorer import against the fake endpoint (real SDK, real account data)', () => {
  it('imports monthly cost by service and by usage type, and the forecast, in three requests', async () => {
    const { spend, fake: f } = await runImport();
    expect(spend.requests).toBe(3);
    expect(spend.period).toEqual({ start: '2026-08-01', end: '2026-11-01' });
    expect(spend.months.map((m) => m.month)).toEqual(['2026-08', '2026-09', '2026-10']);
    // The real April 2024 amounts (sum of the sample's days), moved onto the last requested month.
    const october = spend.months[2]!;
    expect(october.byService['Amazon Elastic Compute Cloud - Compute']).toBeCloseTo(3.1827, 3);
    expect(october.byService['Amazon Elastic Container Service for Kubernetes']).toBeCloseTo(17.5002, 3);
    expect(october.byService.Tax).toBeCloseTo(9.17, 2);
    expect(october.byUsageType.filter((u) => u.service === 'EC2 - Other').map((u) => u.usageType)).toEqual(['EBS:VolumeUsage.gp3', 'DataTransfer-Regional-Bytes', 'NatGateway-Hours']);
    expect(spend.forecast).toEqual({ start: '2026-11-26', end: '2027-01-01', meanUsd: 81, lowUsd: 60.5, highUsd: 101.5 });

    const [byService, byUsage, forecast] = f.requests;
    expect(byService!.body).toEqual({ TimePeriod: { Start: '2026-08-01', End: '2026-11-01' }, Granularity: 'MONTHLY', Metrics: ['UnblendedCost'], GroupBy: [{ Type: 'DIMENSION', Key: 'SERVICE' }] });
    expect(byUsage!.body).toMatchObject({
      Filter: { Dimensions: { Key: 'SERVICE', Values: ['Amazon Elastic Compute Cloud - Compute', 'EC2 - Other', 'Amazon Relational Database Service', 'Amazon SageMaker'] } },
      GroupBy: [{ Type: 'DIMENSION', Key: 'SERVICE' }, { Type: 'DIMENSION', Key: 'USAGE_TYPE' }],
    });
    expect(forecast!.body).toEqual({ TimePeriod: { Start: '2026-11-26', End: '2027-01-01' }, Metric: 'UNBLENDED_COST', Granularity: 'MONTHLY', PredictionIntervalLevel: 80 });
    expect(forecast!.authorization).toMatch(/\/us-east-1\/ce\/aws4_request/);
  });

  it('follows NextPageToken, each page a billed request, with the same totals', async () => {
    const whole = (await runImport()).spend;
    await fake!.close();
    fake = undefined;
    const paged = await runImport({ groupsPerPage: 20 });
    expect(paged.spend.requests).toBeGreaterThan(3);
    expect(paged.spend.months).toEqual(whole.months);
  });

  it('stops at the request cap and saves nothing', async () => {
    const failure = (await runImport({ groupsPerPage: 7, maxRequests: 4 }).catch((e: unknown) => e)) as AwsFailure;
    expect(failure.kind).toBe('request-budget');
    expect(failure.message).toBe('stopped after 4 Cost Explorer requests ($0.04) before the import was complete; nothing was saved (raise --max-requests to allow more)');
  });

  it('imports without a forecast when Cost Explorer has too little history, and says so', async () => {
    const { spend, warnings } = await runImport({ forecast: false });
    expect(spend.forecast).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/^no forecast: ce:GetCostForecast: Cost Explorer has no data/)]);
  });

  it('names ce:GetCostAndUsage when access is denied', async () => {
    fake = await startFakeAws({ costs: loadRealCostSample() });
    fake.inject({ operation: 'GetCostAndUsage', kind: 'access-denied' });
    const client = createCostExplorerClient({ endpoint: fake.endpoint });
    const failure = (await importCosts(client, { months: 3, now, retry: recordingRetryPolicy() }).catch((e: unknown) => e)) as AwsFailure;
    client.destroy();
    expect(failure.message).toMatch(/^AWS denied ce:GetCostAndUsage: grant the IAM action ce:GetCostAndUsage/);
  });

  it('retries throttling (LimitExceededException) and counts the retry as a billed request', async () => {
    fake = await startFakeAws({ costs: loadRealCostSample() });
    fake.inject({ operation: 'GetCostAndUsage', kind: 'throttle' });
    const client = createCostExplorerClient({ endpoint: fake.endpoint });
    const warnings: string[] = [];
    const spend = await importCosts(client, { months: 3, now, retry: recordingRetryPolicy(), observer: { onWarning: (w) => warnings.push(w) } });
    client.destroy();
    expect(spend.requests).toBe(4);
    expect(warnings[0]).toMatch(/each retry is another \$0\.01 request/);
  });
});

describe('Cost Explorer response parsing', () => {
  it('reads the real aws-cli example: TAG keys, UsageQuantity with Unit N/A', () => {
    const page = costAndUsagePageSchema.parse(readSampleJson(SAMPLE.ceAwscli2017));
    const groups = page.ResultsByTime[0]!.Groups!;
    expect(groups.map((g) => g.Keys)).toEqual([
      ['Amazon Simple Storage Service', 'Environment$'],
      ['Amazon Simple Storage Service', 'Environment$Dev'],
    ]);
    expect(groups[0]!.Metrics.UnblendedCost!.Amount).toBe(40.3543773134);
    expect(groups[0]!.Metrics.UsageQuantity).toEqual({ Amount: 9312771.098461578, Unit: 'N/A' });
  });

  it('reads all 26 real daily results of April 2024, amounts as tiny decimals', () => {
    const page = costAndUsagePageSchema.parse({ ResultsByTime: readSampleJson(SAMPLE.ceDailyByService2024) });
    expect(page.ResultsByTime).toHaveLength(26);
    expect(page.ResultsByTime[0]!.Total).toEqual({}); // empty when grouped (aws-api.md §1.4)
  });

  it.each([
    [{ ResultsByTime: [{ TimePeriod: { Start: '2026-01-01', End: '2026-02-01' }, Groups: [{ Keys: ['X'], Metrics: { UnblendedCost: { Amount: '12,5' } } }] }] }, /Amount/],
    [{ ResultsByTime: [{ TimePeriod: { Start: 'January', End: '2026-02-01' } }] }, /TimePeriod\.Start/],
  ])('refuses %j', (body, path) => {
    const result = costAndUsagePageSchema.safeParse(body);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues[0]?.path)).toMatch(path.source.replace(/\\\./g, '","').replace(/^/, ''));
  });
});
