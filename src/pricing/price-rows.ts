import * as z from 'zod';

/**
 * The row shapes every per-Region price file shares: the live cache (src/aws/cache/price-cache-file.ts)
 * and the offline snapshot (src/pricing/snapshot-region.ts). One price row per price-key id, one
 * specs row per instance type; prices are plain USD numbers, parsed once when the file was written.
 */
const usd = z.number().finite().nonnegative();

export const priceRowSchema = z.object({
  key: z.string().min(1),
  unit: z.string().min(1),
  usd,
  upfrontUsd: usd.optional(),
  /** [from, to (null = no upper bound), usd] */
  tiers: z.array(z.tuple([z.number().nonnegative(), z.number().nonnegative().nullable(), usd])).min(1).optional(),
  /** Id of the row's source in the file's `sources`. */
  source: z.string().min(1),
  sku: z.string().optional(),
});

export const specsRowSchema = z.object({
  instanceType: z.string().min(1),
  vcpu: z.number().positive().optional(),
  memoryGib: z.number().positive().optional(),
  gpu: z.number().positive().optional(),
});

export type PriceRow = z.infer<typeof priceRowSchema>;
export type SpecsRow = z.infer<typeof specsRowSchema>;
