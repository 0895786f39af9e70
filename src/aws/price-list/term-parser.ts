import type { PriceTier } from '../../pricing/catalogue';
import type { OfferingClass, PurchaseOption, ReservedTerm } from '../../pricing/price-key';
import { parseAwsUsd, parseRangeBound } from './aws-decimal';
import type { PriceListTerm, PriceListTerms } from './price-item-schema';

/** An on-demand rate as AWS lists it: one dimension, or several volume tiers of the same unit. */
export interface OnDemandRate {
  readonly unit: string;
  /** First tier's rate for tiered prices. */
  readonly usdPerUnit: number;
  readonly tiers?: readonly PriceTier[];
  readonly rateCode?: string;
}

export interface ReservedOffer {
  readonly term: ReservedTerm;
  readonly purchaseOption: PurchaseOption;
  /** EC2 only; RDS reserved offers carry no offering class (or "standard"). */
  readonly offeringClass?: OfferingClass;
  readonly unit: string;
  readonly hourlyUsd: number;
  readonly upfrontUsd: number;
  readonly offerTermCode?: string;
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const USD = 'USD';

/**
 * The on-demand rate of a SKU from its `terms.OnDemand` entries. Rejects what is not a usable
 * rate: several on-demand terms, a reserved term filed under OnDemand (the opencost test file
 * does this on purpose), an upfront fee, mixed units, gaps between tiers, and a rate that is $0 in
 * every dimension — $0 on-demand SKUs are capacity reservations and capacity blocks, never the
 * price of what the model buys (aws-api.md §1.2).
 */
export function parseOnDemand(terms: PriceListTerms | undefined): Parsed<OnDemandRate> {
  const list = Object.values(terms ?? {});
  if (list.length === 0) return { ok: false, reason: 'no on-demand term' };
  if (list.length > 1) return { ok: false, reason: `${list.length} on-demand terms for one SKU` };
  const term = list[0]!;
  const attrs = term.termAttributes ?? {};
  if (attrs.LeaseContractLength || attrs.PurchaseOption) {
    return { ok: false, reason: `reserved term ${term.offerTermCode ? `${term.offerTermCode} ` : ''}filed under OnDemand` };
  }
  const dims = Object.values(term.priceDimensions);
  if (dims.length === 0) return { ok: false, reason: 'on-demand term without price dimensions' };
  const tiers: (PriceTier & { unit: string; rateCode?: string })[] = [];
  for (const dim of dims) {
    if (dim.unit === 'Quantity') return { ok: false, reason: 'upfront fee in an on-demand term' };
    const text = dim.pricePerUnit[USD];
    const usd = text === undefined ? undefined : parseAwsUsd(text);
    if (usd === undefined) return { ok: false, reason: `price "${text ?? '(no USD)'}" is not a USD decimal` };
    const from = parseRangeBound(dim.beginRange ?? '0');
    const to = parseRangeBound(dim.endRange ?? 'Inf');
    if (from === undefined || from === null || to === undefined) return { ok: false, reason: `bad tier range ${dim.beginRange}–${dim.endRange}` };
    tiers.push({ fromQuantity: from, toQuantity: to, usdPerUnit: usd, unit: dim.unit, ...(dim.rateCode ? { rateCode: dim.rateCode } : {}) });
  }
  tiers.sort((a, b) => a.fromQuantity - b.fromQuantity);
  const first = tiers[0]!;
  if (tiers.some((t) => t.unit !== first.unit)) return { ok: false, reason: 'price dimensions with different units' };
  if (tiers.every((t) => t.usdPerUnit === 0)) return { ok: false, reason: '$0 on-demand rate' };
  if (first.fromQuantity !== 0) return { ok: false, reason: 'first tier does not start at 0' };
  for (let i = 1; i < tiers.length; i++) {
    if (tiers[i - 1]!.toQuantity !== tiers[i]!.fromQuantity) return { ok: false, reason: 'tiers with a gap or overlap' };
  }
  if (tiers[tiers.length - 1]!.toQuantity !== null) return { ok: false, reason: 'last tier is not open-ended' };
  if (tiers.length === 1) {
    return { ok: true, value: { unit: first.unit, usdPerUnit: first.usdPerUnit, ...(first.rateCode ? { rateCode: first.rateCode } : {}) } };
  }
  return {
    ok: true,
    value: {
      unit: first.unit,
      usdPerUnit: first.usdPerUnit,
      tiers: tiers.map((t) => ({ fromQuantity: t.fromQuantity, toQuantity: t.toQuantity, usdPerUnit: t.usdPerUnit })),
      ...(first.rateCode ? { rateCode: first.rateCode } : {}),
    },
  };
}

const TERMS: Readonly<Record<string, ReservedTerm>> = { '1yr': '1yr', '3yr': '3yr', '1 yr': '1yr', '3 yr': '3yr' };
const PURCHASE: Readonly<Record<string, PurchaseOption>> = {
  'No Upfront': 'no-upfront',
  'Partial Upfront': 'partial-upfront',
  'All Upfront': 'all-upfront',
};
const OFFERING: Readonly<Record<string, OfferingClass>> = { standard: 'standard', convertible: 'convertible' };

/**
 * One Reserved offer: termAttributes LeaseContractLength / PurchaseOption / OfferingClass, an
 * hourly dimension (unit "Hrs") and an optional one-time fee (unit "Quantity", "Upfront Fee").
 * Legacy purchase options ("Heavy Utilization" and the like) are not offered any more and are
 * rejected. https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/reading-an-offer.html
 */
export function parseReservedTerm(term: PriceListTerm): Parsed<ReservedOffer> {
  const attrs = term.termAttributes ?? {};
  const lease = TERMS[attrs.LeaseContractLength ?? ''];
  const purchase = PURCHASE[attrs.PurchaseOption ?? ''];
  if (!lease) return { ok: false, reason: `lease length "${attrs.LeaseContractLength ?? ''}" is not 1yr or 3yr` };
  if (!purchase) return { ok: false, reason: `purchase option "${attrs.PurchaseOption ?? ''}" is not offered any more` };
  const offeringText = attrs.OfferingClass;
  const offering = offeringText === undefined ? undefined : OFFERING[offeringText];
  if (offeringText !== undefined && !offering) return { ok: false, reason: `offering class "${offeringText}" is unknown` };
  let hourly: { usd: number; unit: string } | undefined;
  let upfront = 0;
  for (const dim of Object.values(term.priceDimensions)) {
    const text = dim.pricePerUnit[USD];
    const usd = text === undefined ? undefined : parseAwsUsd(text);
    if (usd === undefined) return { ok: false, reason: `price "${text ?? '(no USD)'}" is not a USD decimal` };
    if (dim.unit === 'Quantity') upfront += usd;
    else if (hourly) return { ok: false, reason: 'several recurring dimensions in a reserved term' };
    else hourly = { usd, unit: dim.unit };
  }
  if (!hourly && upfront === 0) return { ok: false, reason: 'reserved term without a rate or fee' };
  if (purchase === 'all-upfront' && upfront === 0) return { ok: false, reason: 'All Upfront term without an upfront fee' };
  return {
    ok: true,
    value: {
      term: lease,
      purchaseOption: purchase,
      ...(offering ? { offeringClass: offering } : {}),
      unit: hourly?.unit ?? 'Hrs',
      hourlyUsd: hourly?.usd ?? 0,
      upfrontUsd: upfront,
      ...(term.offerTermCode ? { offerTermCode: term.offerTermCode } : {}),
    },
  };
}
