import {
  GetCostAndUsageCommand,
  GetCostForecastCommand,
  type CostExplorerClient,
  type GetCostAndUsageCommandInput,
} from '@aws-sdk/client-cost-explorer';
import { USAGE_TYPE_SERVICES, type ImportedSpend, type MonthlySpend, type SpendForecast, type UsageTypeSpend } from '../../analysis/imported-spend';
import { AwsFailure, type AwsAction } from '../aws-failure';
import { PagingGuard } from '../paging-guard';
import type { RefreshObserver } from '../progress';
import { DEFAULT_RETRY_POLICY, describeRetry, withRetries, type RetryPolicy } from '../retry';
import { costAndUsagePageSchema, costForecastSchema, describeCostSchemaError, type CostAndUsagePage } from './cost-response-schema';
import { forecastPeriod, lastCompleteMonths } from './import-period';
import { COST_EXPLORER_USD_PER_REQUEST, DEFAULT_MAX_IMPORT_REQUESTS, MINIMUM_IMPORT_REQUESTS } from './import-plan';

export interface CostImportOptions {
  readonly months: number;
  readonly now: Date;
  /** Hard cap on billed requests, retries included. */
  readonly maxRequests?: number;
  readonly retry?: RetryPolicy;
  readonly profile?: string;
  readonly observer?: RefreshObserver;
}

const METRIC = 'UnblendedCost';

/**
 * Imports the last N complete months of spend: GetCostAndUsage by SERVICE, GetCostAndUsage by
 * SERVICE and USAGE_TYPE for EC2, RDS and SageMaker, and GetCostForecast. Every request (retries
 * too: each is billed) counts against `maxRequests`; reaching it stops the import with nothing
 * saved. The caller has already shown the cost and had it accepted.
 */
export async function importCosts(client: CostExplorerClient, options: CostImportOptions): Promise<ImportedSpend> {
  const maxRequests = options.maxRequests ?? DEFAULT_MAX_IMPORT_REQUESTS;
  const retry = options.retry ?? DEFAULT_RETRY_POLICY;
  const period = lastCompleteMonths(options.months, options.now);
  const started = Date.now();
  let requests = 0;
  const warn = (m: string) => options.observer?.onWarning?.(m);
  const billed = async <T>(action: AwsAction, call: () => Promise<T>): Promise<T> =>
    withRetries(
      action,
      () => {
        if (requests >= maxRequests) {
          throw new AwsFailure(
            'request-budget',
            action,
            `stopped after ${requests} Cost Explorer requests ($${(requests * COST_EXPLORER_USD_PER_REQUEST).toFixed(2)}) before the import was complete; nothing was saved (raise --max-requests to allow more)`,
          );
        }
        requests++;
        return call();
      },
      retry,
      {
        ...(options.profile ? { profile: options.profile } : {}),
        onRetry: (n) => warn(`${describeRetry(n)} (each retry is another $0.01 request)`),
      },
    );
  const progress = (label: string, done: number) =>
    options.observer?.onProgress?.({ phase: 'query', label, itemsDone: done, itemsTotal: MINIMUM_IMPORT_REQUESTS, bytesDone: 0, elapsedMs: Date.now() - started });

  const allPages = async (input: GetCostAndUsageCommandInput): Promise<CostAndUsagePage['ResultsByTime']> => {
    const results: CostAndUsagePage['ResultsByTime'] = [];
    // The request budget stops an endless sequence too, but only after paying for it: a repeated
    // token is caught on the first repeat. The cap is the budget's own upper limit.
    const guard = new PagingGuard('ce:GetCostAndUsage', 'NextPageToken', Math.max(maxRequests, 1));
    let token: string | undefined;
    do {
      const raw = await billed('ce:GetCostAndUsage', () => client.send(new GetCostAndUsageCommand({ ...input, ...(token ? { NextPageToken: token } : {}) })));
      const page = costAndUsagePageSchema.safeParse(raw);
      if (!page.success) throw new AwsFailure('malformed-response', 'ce:GetCostAndUsage', `Cost Explorer sent an unexpected response: ${describeCostSchemaError(page.error)}`);
      results.push(...page.data.ResultsByTime);
      token = guard.next(page.data.NextPageToken || undefined);
    } while (token);
    return results;
  };

  const base = {
    TimePeriod: { Start: period.start, End: period.end },
    Granularity: 'MONTHLY' as const,
    Metrics: [METRIC],
  };
  progress('Cost Explorer: cost by service', 0);
  const byService = await allPages({ ...base, GroupBy: [{ Type: 'DIMENSION', Key: 'SERVICE' }] });
  progress('Cost Explorer: cost by usage type (EC2, RDS, SageMaker)', 1);
  const byUsage = await allPages({
    ...base,
    Filter: { Dimensions: { Key: 'SERVICE', Values: [...USAGE_TYPE_SERVICES] } },
    GroupBy: [
      { Type: 'DIMENSION', Key: 'SERVICE' },
      { Type: 'DIMENSION', Key: 'USAGE_TYPE' },
    ],
  });
  progress('Cost Explorer: forecast', 2);
  const forecast = await importForecast(client, options.now, billed, warn);
  progress('Cost Explorer: done', 3);

  const months = new Map<string, { estimated: boolean; byService: Record<string, number>; byUsageType: UsageTypeSpend[] }>();
  const monthOf = (start: string, estimated: boolean | undefined) => {
    const key = start.slice(0, 7);
    let m = months.get(key);
    if (!m) months.set(key, (m = { estimated: false, byService: {}, byUsageType: [] }));
    if (estimated) m.estimated = true;
    return m;
  };
  for (const r of byService) {
    const m = monthOf(r.TimePeriod.Start, r.Estimated);
    for (const g of r.Groups ?? []) {
      const usd = g.Metrics[METRIC]?.Amount ?? 0;
      m.byService[g.Keys[0]!] = (m.byService[g.Keys[0]!] ?? 0) + usd;
    }
  }
  for (const r of byUsage) {
    const m = monthOf(r.TimePeriod.Start, r.Estimated);
    for (const g of r.Groups ?? []) {
      const [service, usageType] = g.Keys;
      if (service === undefined || usageType === undefined) continue;
      m.byUsageType.push({ service, usageType, usd: g.Metrics[METRIC]?.Amount ?? 0 });
    }
  }
  const monthly: MonthlySpend[] = period.months.map((month) => {
    const m = months.get(month);
    return { month, estimated: m?.estimated ?? false, byService: m?.byService ?? {}, byUsageType: m?.byUsageType ?? [] };
  });
  return {
    source: { kind: 'cost-explorer', importedAt: options.now.toISOString(), ...(options.profile ? { profile: options.profile } : {}), metric: METRIC },
    period: { start: period.start, end: period.end },
    months: monthly,
    ...(forecast ? { forecast } : {}),
    requests,
  };
}

async function importForecast(
  client: CostExplorerClient,
  now: Date,
  billed: <T>(action: AwsAction, call: () => Promise<T>) => Promise<T>,
  warn: (m: string) => void,
): Promise<SpendForecast | undefined> {
  const window = forecastPeriod(now);
  let raw: unknown;
  try {
    raw = await billed('ce:GetCostForecast', () =>
      client.send(
        new GetCostForecastCommand({
          TimePeriod: { Start: window.start, End: window.end },
          Metric: 'UNBLENDED_COST',
          Granularity: 'MONTHLY',
          PredictionIntervalLevel: 80,
        }),
      ),
    );
  } catch (error) {
    // A new or quiet account has too little history to forecast; the import is still useful.
    if (error instanceof AwsFailure && error.kind === 'data-unavailable') {
      warn(`no forecast: ${error.message}`);
      return undefined;
    }
    throw error;
  }
  const parsed = costForecastSchema.safeParse(raw);
  if (!parsed.success) throw new AwsFailure('malformed-response', 'ce:GetCostForecast', `Cost Explorer sent an unexpected forecast: ${describeCostSchemaError(parsed.error)}`);
  const rows = parsed.data.ForecastResultsByTime;
  const mean = parsed.data.Total?.Amount ?? rows.reduce((s, r) => s + r.MeanValue, 0);
  const low = rows.every((r) => r.PredictionIntervalLowerBound !== undefined) && rows.length > 0 ? rows.reduce((s, r) => s + r.PredictionIntervalLowerBound!, 0) : undefined;
  const high = rows.every((r) => r.PredictionIntervalUpperBound !== undefined) && rows.length > 0 ? rows.reduce((s, r) => s + r.PredictionIntervalUpperBound!, 0) : undefined;
  return { start: window.start, end: window.end, meanUsd: mean, ...(low !== undefined ? { lowUsd: low } : {}), ...(high !== undefined ? { highUsd: high } : {}) };
}
