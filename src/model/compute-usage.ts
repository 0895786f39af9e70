import type { PriceKey, ReservedTerm } from '../pricing/price-key';
import { describePriceKey, priceKeyId } from '../pricing/price-key';
import { emitPriced, emitRaw, fmtCount, type BuildContext } from './build-context';
import type { ComputeUsage, LineText, ReservedCommitment, TextFn } from './line-spec';
import type { LineProvenance, ServiceName } from './cost-line';
import type { Commitment, SpotSettings } from './scenario-schema';
import { HOURS_PER_MONTH } from './units';

/** Months in a reserved instance or Savings Plan term. */
export const TERM_MONTHS: Readonly<Record<ReservedTerm, number>> = { '1yr': 12, '3yr': 36 };
/** Share of a Savings Plan's term commitment paid at purchase, by payment option. AWS: partial upfront = at least half. */
const UPFRONT_SHARE = { 'no-upfront': 0, 'partial-upfront': 0.5, 'all-upfront': 1 } as const;
const FLAT = { kind: 'monthly', growth: 'none' } as const;
const GROWING = { kind: 'monthly', growth: 'usage' } as const;
const ABOVE_BASE = { kind: 'monthly', growth: 'above-base' } as const;

/** A variant of a line's text: a suffix on the id, a new label, extra or replaced notes. */
function variant(
  text: TextFn,
  idSuffix: string,
  label: (base: LineText) => string,
  notes?: (base: LineText) => readonly string[] | undefined,
): TextFn {
  return () => {
    const t = text();
    return { id: idSuffix ? `${t.id}${idSuffix}` : t.id, label: label(t), notes: notes ? notes(t) : t.notes };
  };
}

function withNote(text: TextFn, note: string): TextFn {
  return variant(
    text,
    '',
    (t) => t.label,
    (t) => [...(t.notes ?? []), note],
  );
}

/** `fallbackMessage` flags the line as priced at on-demand in place of a rate that was not found. */
function emitOnDemand(ctx: BuildContext, usage: ComputeUsage, count: number, text: TextFn, fallbackMessage?: string): void {
  emitPriced(ctx, {
    base: usage.base,
    service: usage.service,
    text,
    quantity: count * usage.hoursPerInstance,
    unit: 'instance-hours',
    key: usage.onDemandKey,
    schedule: usage.growsWithUsage ? GROWING : FLAT,
    path: usage.path,
    missingHint: usage.missingHint,
    fallbackMessage,
    ...(fallbackMessage !== undefined ? { fallbackPath: usage.commitmentPath } : {}),
  });
}

function emitReserved(ctx: BuildContext, usage: ComputeUsage, c: ReservedCommitment): void {
  const termMonths = TERM_MONTHS[c.term];
  const billedHours = usage.count * HOURS_PER_MONTH;
  let hourly: number;
  let upfront: number;
  let provenance: () => LineProvenance;
  if (c.hourlyUsd !== undefined && c.upfrontUsd !== undefined) {
    hourly = c.hourlyUsd;
    upfront = c.upfrontUsd;
    provenance = () => ({ kind: 'scenario-price', note: `Rate entered in the scenario (${usage.commitmentPath})` });
  } else {
    const key = usage.reservedKey?.(c);
    const quote = key ? ctx.quotes.lookup(key) : undefined;
    if (!key || !quote) {
      // No reserved rate known: price at on-demand, flagged, rather than guess a discount.
      const what = key ? describePriceKey(key) : 'this usage';
      emitOnDemand(
        ctx,
        usage,
        usage.count,
        withNote(usage.text, 'Priced at on-demand because no reserved rate was found.'),
        `reserved rate not found for ${what} in ${ctx.region}; priced at on-demand (enter your own reserved hourly rate and upfront fee with the commitment, or refresh prices)`,
      );
      return;
    }
    hourly = quote.usdPerUnit;
    upfront = quote.upfrontUsd ?? 0;
    provenance = () => ({ kind: 'price', priceKey: priceKeyId(key), source: quote.source });
  }
  const recurringText = variant(
    usage.text,
    '',
    (t) => `${t.label}, reserved ${c.term} ${c.purchaseOption}`,
    (t) => [
      ...(t.notes ?? []),
      `Reserved instances are billed for every hour of the term (${fmtCount(billedHours)} h/month for ${fmtCount(usage.count)} instance${usage.count === 1 ? '' : 's'}), whatever the schedule.`,
    ],
  );
  emitRaw(ctx, {
    base: usage.base,
    service: usage.service,
    text: recurringText,
    quantity: billedHours,
    unit: 'instance-hours',
    unitPrice: hourly,
    schedule: FLAT,
    provenance,
  });
  const upfrontText = variant(
    usage.text,
    ':upfront',
    (t) => `${t.label}, reserved ${c.term} upfront fee`,
    () => [`Paid at the start of each ${c.term} term.`],
  );
  emitRaw(ctx, {
    base: usage.base,
    service: usage.service,
    text: upfrontText,
    quantity: usage.count,
    unit: 'instances',
    unitPrice: upfront,
    schedule: { kind: 'every', firstMonth: 1, everyMonths: termMonths },
    provenance,
  });
}

function emitSavingsPlan(ctx: BuildContext, usage: ComputeUsage, c: Extract<Commitment, { model: 'savings-plan' }>, count: number): void {
  const termMonths = TERM_MONTHS[c.term];
  const share = UPFRONT_SHARE[c.purchaseOption];
  const rate = 1 - c.discountPct / 100;
  const quantity = count * usage.hoursPerInstance;
  const what = `${c.plan} Savings Plan ${c.term} ${c.purchaseOption}, −${fmtCount(c.discountPct)}% (${usage.commitmentPath})`;
  if (share < 1) {
    emitPriced(ctx, {
      base: usage.base,
      service: usage.service,
      text: variant(
        usage.text,
        '',
        (t) => `${t.label}, ${c.plan} Savings Plan`,
        (t) => [...(t.notes ?? []), 'The commitment is sized to month-1 usage.'],
      ),
      quantity,
      unit: 'instance-hours',
      key: usage.onDemandKey,
      schedule: FLAT,
      path: usage.path,
      missingHint: usage.missingHint,
      adjustment: { factor: rate * (1 - share), note: share > 0 ? `${what}; the ${Math.round((1 - share) * 100)}% billed monthly` : what },
    });
  }
  if (share > 0) {
    emitPriced(ctx, {
      base: usage.base,
      service: usage.service,
      text: variant(
        usage.text,
        ':upfront',
        (t) => `${t.label}, ${c.plan} Savings Plan upfront payment`,
        () => [`Paid at the start of each ${c.term} term, sized to month-1 usage.`],
      ),
      quantity: quantity * termMonths,
      unit: 'instance-hours',
      key: usage.onDemandKey,
      schedule: { kind: 'every', firstMonth: 1, everyMonths: termMonths },
      path: usage.path,
      missingHint: usage.missingHint,
      adjustment: { factor: rate * share, note: `${what}; ${Math.round(share * 100)}% of the term paid at purchase` },
    });
  }
  if (usage.growsWithUsage) {
    emitPriced(ctx, {
      base: usage.base,
      service: usage.service,
      text: variant(
        usage.text,
        ':above-commitment',
        (t) => `${t.label}, usage above the Savings Plan commitment`,
        () => ['Usage growth beyond the month-1 commitment is billed at on-demand rates; $0 in month 1.'],
      ),
      quantity,
      unit: 'instance-hours',
      key: usage.onDemandKey,
      schedule: ABOVE_BASE,
      path: usage.path,
      missingHint: usage.missingHint,
    });
  }
}

/** Prices instance usage under the workload's pricing choice (on-demand, reserved or Savings Plan). */
export function emitCompute(ctx: BuildContext, usage: ComputeUsage, commitment: Commitment | undefined, count = usage.count): void {
  if (count <= 0 || usage.hoursPerInstance <= 0) return;
  ctx.sink.onCompute?.(count === usage.count ? usage : { ...usage, count }, commitment);
  if (!commitment || commitment.model === 'on-demand') return emitOnDemand(ctx, usage, count, usage.text);
  if (commitment.model === 'reserved') {
    if (!usage.steady || !usage.reservedKey) {
      return emitOnDemand(ctx, usage, count, withNote(usage.text, 'Reserved instances cover always-on capacity only; this usage stays on-demand.'));
    }
    return emitReserved(ctx, count === usage.count ? usage : { ...usage, count }, commitment);
  }
  return emitSavingsPlan(ctx, usage, commitment, count);
}

/**
 * Splits job usage into an on-demand part (under the pricing choice) and a spot part priced at the
 * expected spot discount, with the interruption overhead added as extra instance-hours.
 */
export function emitJobCompute(
  ctx: BuildContext,
  usage: ComputeUsage,
  commitment: Commitment | undefined,
  spotSharePct: number,
  spot: SpotSettings,
  spotLabel: string,
): void {
  const share = spotSharePct / 100;
  emitCompute(ctx, usage, commitment, usage.count * (1 - share));
  if (share <= 0 || usage.hoursPerInstance <= 0) return;
  const overhead = spot.interruptionOverheadPct / 100;
  emitPriced(ctx, {
    base: usage.base,
    service: usage.service,
    text: variant(
      usage.text,
      ':spot',
      (t) => `${t.label}, ${spotLabel}`,
      () => [`${fmtCount(spotSharePct)}% of hours on spot, plus ${fmtCount(spot.interruptionOverheadPct)}% re-run after interruptions.`],
    ),
    quantity: usage.count * share * usage.hoursPerInstance * (1 + overhead),
    unit: 'instance-hours',
    key: usage.onDemandKey,
    schedule: usage.growsWithUsage ? GROWING : FLAT,
    path: usage.path,
    missingHint: usage.missingHint,
    adjustment: {
      factor: 1 - spot.expectedDiscountPct / 100,
      note: `expected spot discount ${fmtCount(spot.expectedDiscountPct)}% (assumption; ${usage.commitmentPath.replace(/commitment$/, 'spot')})`,
    },
  });
}

export { FLAT, GROWING };
