import * as z from 'zod';

/**
 * The shape of one AWS Price List record, checked once at the edge. The same pieces appear in a
 * GetProducts `PriceList` item and in a bulk offer file (where products and terms are split into
 * separate sections keyed by SKU). Field names are AWS's:
 * https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/reading-an-offer.html
 */

/** Attribute values are strings; anything else is dropped rather than failing the whole record. */
const attributes = z.record(z.string(), z.unknown()).transform((raw) => {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) if (typeof value === 'string') out[name] = value;
  return out;
});

export const productSchema = z.object({
  sku: z.string().min(1, 'must be a non-empty SKU'),
  productFamily: z.string().optional(),
  attributes,
});

export const priceDimensionSchema = z.object({
  unit: z.string(),
  pricePerUnit: z.record(z.string(), z.string()),
  beginRange: z.string().optional(),
  endRange: z.string().optional(),
  description: z.string().optional(),
  rateCode: z.string().optional(),
});

export const termSchema = z.object({
  sku: z.string().optional(),
  offerTermCode: z.string().optional(),
  effectiveDate: z.string().optional(),
  priceDimensions: z.record(z.string(), priceDimensionSchema),
  termAttributes: z.record(z.string(), z.string()).optional(),
});

/** Terms of one SKU keyed by "<SKU>.<offerTermCode>" (GetProducts item; offer file `terms.<type>.<SKU>`). */
export const termsBySkuSchema = z.record(z.string(), termSchema);

export const priceListItemSchema = z.object({
  product: productSchema,
  serviceCode: z.string(),
  terms: z.object({ OnDemand: termsBySkuSchema.optional(), Reserved: termsBySkuSchema.optional() }),
  version: z.string().optional(),
  publicationDate: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'must start with a YYYY-MM-DD date'),
});

export type PriceListProduct = z.infer<typeof productSchema>;
export type PriceListTerm = z.infer<typeof termSchema>;
export type PriceListTerms = z.infer<typeof termsBySkuSchema>;
export type PriceListItem = z.infer<typeof priceListItemSchema>;

/** "terms.OnDemand.X.priceDimensions: expected object" — the first problem, with its path. */
export function describeSchemaError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid record';
  const path = issue.path.map(String).join('.');
  return `${path || '(record)'}: ${issue.message}`;
}
