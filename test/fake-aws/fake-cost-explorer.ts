import { readSampleJson, SAMPLE } from './recorded-samples';

/**
 * Cost Explorer answers for the fake endpoint, built from the real daily-by-SERVICE ResultsByTime
 * of an AWS account (April 2024, test/fixtures/aws/api-responses). The fake sums the real days
 * into months and moves them onto the months the request asks for (the last months of the period
 * get the last sample months; earlier ones are empty), so a client asking for "the last 3 months"
 * today gets real amounts.
 * USAGE_TYPE splits and the forecast are SYNTHETIC: no real sample of either exists offline.
 */
interface DailyResult {
  TimePeriod: { Start: string; End: string };
  Groups: { Keys: string[]; Metrics: Record<string, { Amount: string; Unit: string }> }[];
}

export interface FakeCostData {
  /** month (YYYY-MM) → SERVICE → USD, from the real sample. */
  readonly months: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Groups per response page, to force NextPageToken paging. */
  readonly groupsPerPage?: number;
  /** Whether GetCostForecast answers (false: DataUnavailableException). */
  readonly forecast?: boolean;
}

export function loadRealCostSample(options: { groupsPerPage?: number; forecast?: boolean } = {}): FakeCostData {
  const daily = readSampleJson<DailyResult[]>(SAMPLE.ceDailyByService2024);
  const months = new Map<string, Map<string, number>>();
  for (const day of daily) {
    const month = day.TimePeriod.Start.slice(0, 7);
    const m = months.get(month) ?? new Map<string, number>();
    for (const g of day.Groups) m.set(g.Keys[0]!, (m.get(g.Keys[0]!) ?? 0) + Number(g.Metrics.UnblendedCost!.Amount));
    months.set(month, m);
  }
  return { months, ...options };
}

/** SYNTHETIC usage-type shares per service (CE USAGE_TYPE values as in aws-api.md §2). */
const USAGE_SPLIT: Record<string, [string, number][]> = {
  'Amazon Elastic Compute Cloud - Compute': [['BoxUsage:m5.large', 1]],
  'EC2 - Other': [
    ['EBS:VolumeUsage.gp3', 0.7],
    ['DataTransfer-Regional-Bytes', 0.2],
    ['NatGateway-Hours', 0.1],
  ],
  'Amazon Relational Database Service': [
    ['InstanceUsage:db.m5.large', 0.8],
    ['RDS:GP3-Storage', 0.2],
  ],
  'Amazon SageMaker': [
    ['USE1-Host:ml.m5.xlarge', 0.6],
    ['USE1-Train:ml.m5.xlarge', 0.4],
  ],
};

function monthsBetween(start: string, end: string): string[] {
  const out: string[] = [];
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7));
  while (`${y}-${String(m).padStart(2, '0')}-01` < end) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

const amount = (usd: number) => ({ Amount: usd.toFixed(10), Unit: 'USD' });

export function costAndUsageResponse(data: FakeCostData, body: Record<string, unknown>): unknown {
  const period = body.TimePeriod as { Start: string; End: string };
  const requested = monthsBetween(period.Start, period.End);
  const sampleMonths = [...data.months.keys()].sort();
  const groupBy = ((body.GroupBy ?? []) as { Key: string }[]).map((g) => g.Key);
  const filterValues = ((body.Filter as { Dimensions?: { Values?: string[] } } | undefined)?.Dimensions?.Values ?? null) as string[] | null;

  const entries: { month: string; keys: string[]; usd: number }[] = [];
  requested.forEach((month, i) => {
    const sampleIndex = sampleMonths.length - (requested.length - i);
    const services = sampleIndex >= 0 ? data.months.get(sampleMonths[sampleIndex]!)! : new Map<string, number>();
    for (const [service, usd] of services) {
      if (filterValues && !filterValues.includes(service)) continue;
      if (groupBy.length === 2) {
        for (const [usage, share] of USAGE_SPLIT[service] ?? [['Other', 1]]) entries.push({ month, keys: [service, usage], usd: usd * share });
      } else entries.push({ month, keys: [service], usd });
    }
  });

  const size = data.groupsPerPage ?? 1000;
  const token = typeof body.NextPageToken === 'string' ? Number(Buffer.from(body.NextPageToken, 'base64').toString('utf8')) || 0 : 0;
  const slice = entries.slice(token, token + size);
  const results = requested
    .map((month) => ({
      TimePeriod: { Start: `${month}-01`, End: `${nextMonth(month)}-01` },
      Total: {},
      Groups: slice.filter((e) => e.month === month).map((e) => ({ Keys: e.keys, Metrics: { UnblendedCost: amount(e.usd) } })),
      Estimated: false,
    }))
    .filter((r) => r.Groups.length > 0 || token === 0);
  const next = token + size < entries.length ? Buffer.from(String(token + size)).toString('base64') : undefined;
  return {
    GroupDefinitions: groupBy.map((Key) => ({ Type: 'DIMENSION', Key })),
    ResultsByTime: results,
    DimensionValueAttributes: [],
    ...(next ? { NextPageToken: next } : {}),
  };
}

/** SYNTHETIC forecast in the SDK's documented shape (aws-api.md §1.4). */
export function costForecastResponse(data: FakeCostData, body: Record<string, unknown>): unknown {
  if (data.forecast === false) return undefined;
  const period = body.TimePeriod as { Start: string; End: string };
  const months = monthsBetween(`${period.Start.slice(0, 7)}-01`, period.End);
  const rows = months.map((month, i) => ({
    TimePeriod: { Start: i === 0 ? period.Start : `${month}-01`, End: i + 1 < months.length ? `${months[i + 1]}-01` : period.End },
    MeanValue: '40.5',
    PredictionIntervalLowerBound: '30.25',
    PredictionIntervalUpperBound: '50.75',
  }));
  return { Total: amount(40.5 * rows.length), ForecastResultsByTime: rows };
}
