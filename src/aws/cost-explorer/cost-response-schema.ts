import * as z from 'zod';

/**
 * Cost Explorer responses, checked once at the edge. Amounts are decimal strings
 * ("12.3456789", negative for credits and refunds); they are parsed here, once.
 * Shapes: API_GetCostAndUsage and API_GetCostForecast (aws-api.md §1.4).
 */
const amount = z
  .string()
  .regex(/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/, 'must be a decimal amount')
  .transform(Number);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');
const metric = z.object({ Amount: amount, Unit: z.string().optional() });
const period = z.object({ Start: date, End: date });

export const costAndUsagePageSchema = z.object({
  ResultsByTime: z
    .array(
      z.object({
        TimePeriod: period,
        Estimated: z.boolean().optional(),
        Total: z.record(z.string(), metric).optional(),
        Groups: z.array(z.object({ Keys: z.array(z.string()).min(1), Metrics: z.record(z.string(), metric) })).optional(),
      }),
    )
    .default([]),
  NextPageToken: z.string().optional(),
});

export const costForecastSchema = z.object({
  Total: metric.optional(),
  ForecastResultsByTime: z
    .array(
      z.object({
        TimePeriod: period,
        MeanValue: amount,
        PredictionIntervalLowerBound: amount.optional(),
        PredictionIntervalUpperBound: amount.optional(),
      }),
    )
    .default([]),
});

export type CostAndUsagePage = z.infer<typeof costAndUsagePageSchema>;

export function describeCostSchemaError(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.map(String).join('.') || '(response)'}: ${issue.message}` : 'invalid response';
}
