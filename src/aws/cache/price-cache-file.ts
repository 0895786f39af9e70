import * as z from 'zod';
import { priceRowSchema, specsRowSchema, type PriceRow } from '../../pricing/price-rows';

/**
 * One cache file: the prices of one service in one Region (`prices/<region>/<service>.json`),
 * each tied to the source it was fetched from, with AWS's publication date and when it was
 * fetched. Read back through this schema, so a damaged file is reported and ignored. Its price
 * and specs rows are the ones the offline snapshot uses too (src/pricing/price-rows.ts).
 */
export const PRICE_CACHE_FORMAT = 'tco-studio-price-cache/1';

export const CACHE_SERVICES = ['ec2', 'ebs', 'rds', 'sagemaker', 's3', 'elb', 'eks'] as const;
export type CacheService = (typeof CACHE_SERVICES)[number];

const isoInstant = z.string().refine((s) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d{2}-\d{2}T/.test(s), 'must be an ISO date-time');

export const cacheSourceSchema = z.object({
  serviceCode: z.string().min(1),
  method: z.enum(['targeted', 'full']),
  publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'),
  version: z.string().optional(),
  fetchedAt: isoInstant,
});

export const priceCacheFileSchema = z
  .object({
    format: z.literal(PRICE_CACHE_FORMAT),
    region: z.string().min(1),
    service: z.enum(CACHE_SERVICES),
    writtenAt: isoInstant,
    sources: z.record(z.string(), cacheSourceSchema),
    prices: z.array(priceRowSchema),
    instanceTypes: z.array(specsRowSchema).default([]),
  })
  .superRefine((file, ctx) => {
    file.prices.forEach((price, i) => {
      const [service, , region] = price.key.split('/');
      if (service !== file.service || region !== file.region) {
        ctx.addIssue({ code: 'custom', path: ['prices', i, 'key'], message: `key ${price.key} does not belong to ${file.service} in ${file.region}` });
      }
      if (!file.sources[price.source]) ctx.addIssue({ code: 'custom', path: ['prices', i, 'source'], message: `names unknown source ${price.source}` });
    });
  });

export type PriceCacheFile = z.infer<typeof priceCacheFileSchema>;
/** A cache file's price row: the row shape the snapshot shares (src/pricing/price-rows.ts). */
export type CachedPrice = PriceRow;
export type CacheSource = z.infer<typeof cacheSourceSchema>;
