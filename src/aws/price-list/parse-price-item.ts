import { describeSchemaError, priceListItemSchema, type PriceListItem } from './price-item-schema';
import type { Parsed } from './term-parser';

/**
 * One GetProducts `PriceList` entry. The SDK hands each as a LazyJsonString (a String object,
 * `typeof` "object"), so it is converted with String() before parsing (aws-api.md §1.2).
 */
export function parsePriceListEntry(entry: unknown): Parsed<PriceListItem> {
  let json: unknown;
  try {
    json = JSON.parse(String(entry));
  } catch (error) {
    return { ok: false, reason: `not JSON (${(error as Error).message.split('\n')[0]})` };
  }
  const result = priceListItemSchema.safeParse(json);
  return result.success ? { ok: true, value: result.data } : { ok: false, reason: describeSchemaError(result.error) };
}
