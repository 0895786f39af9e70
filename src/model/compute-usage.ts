import type { PriceKey, ReservedTerm } from '../pricing/price-key';
import { describePriceKey, priceKeyId } from '../pricing/price-key';
import { fmtCount, lineHead, pricedLine, type BuildContext, type LineHead } from './build-context';
import type { CostLine } from './cost-line';
import type { Commitment, SpotSettings } from './scenario-schema';
import { HOURS_PER_MONTH } from './units';

type ReservedCommitment = Extract<Commitment, { model: 'reserved' }>;

/** Instance-hours of one kind, before a pricing choice is applied. */
export interface ComputeUsage extends LineHead {
  readonly count: number;
  readonly hoursPerInstance: number;
  /** Human unit for the quantity, e.g. "instance-hours". */
  readonly unit: string;
  readonly onDemandKey: PriceKey;
  /** Present where AWS sells reserved instances for this usage (EC2, RDS). */
  readonly reservedKey?: (commitment: ReservedCommitment) => PriceKey;
  /** Always-on capacity, which reserved instances can cover; bursty usage (notebooks, jobs) cannot. */
  readonly steady: boolean;
  readonly growsWithUsage: boolean;
  /** Scenario path of the instance type, for "price not found" messages. */
  readonly path: string;
  /** Scenario path of the pricing choice, for messages about it. */
  readonly commitmentPath: string;
}

const TERM_MONTHS: Readonly<Record<ReservedTerm, number>> = { '1yr': 12, '3yr': 36 };
/** Share of a Savings Plan's term commitment paid at purchase, by payment option. AWS: partial upfront = at least half. */
const UPFRONT_SHARE = { 'no-upfront': 0, 'partial-upfront': 0.5, 'all-upfront': 1 } as const;

function withNote(usage: ComputeUsage, note: string): ComputeUsage {
  return { ...usage, notes: [...(usage.notes ?? []), note] };
}

function onDemandLine(ctx: BuildContext, usage: ComputeUsage, id = usage.id): CostLine {
  return pricedLine(ctx, {
    ...usage,
    id,
    quantity: usage.count * usage.hoursPerInstance,
    key: usage.onDemandKey,
    schedule: { kind: 'monthly', growth: usage.growsWithUsage ? 'usage' : 'none' },
  });
}

function reservedLines(ctx: BuildContext, usage: ComputeUsage, c: ReservedCommitment): CostLine[] {
  const termMonths = TERM_MONTHS[c.term];
  const billedHours = usage.count * HOURS_PER_MONTH;
  const label = `${usage.label}, reserved ${c.term} ${c.purchaseOption}`;
  const termNote = `Reserved instances are billed for every hour of the term (${fmtCount(billedHours)} h/month for ${fmtCount(usage.count)} instance${usage.count === 1 ? '' : 's'}), whatever the schedule.`;
  const notes = [...(usage.notes ?? []), termNote];
  const recurringSchedule = { kind: 'monthly', growth: 'none' } as const;
  const upfrontSchedule = { kind: 'every', firstMonth: 1, everyMonths: termMonths } as const;

  let hourly: number;
  let upfront: number;
  let provenance: CostLine['provenance'];
  if (c.hourlyUsd !== undefined && c.upfrontUsd !== undefined) {
    hourly = c.hourlyUsd;
    upfront = c.upfrontUsd;
    provenance = { kind: 'scenario-price', note: `Rate entered in the scenario (${usage.commitmentPath})` };
  } else {
    const key = usage.reservedKey?.(c);
    const quote = key ? ctx.catalogue.lookup(key) : undefined;
    if (!key || !quote) {
      const what = key ? describePriceKey(key) : `reserved ${usage.label}`;
      const fallback = onDemandLine(ctx, withNote(usage, 'Priced at on-demand because no reserved rate was found.'));
      return [
        {
          ...fallback,
          flag: {
            kind: 'fallback-price',
            message: `reserved rate not found for ${what} in ${ctx.region}; priced at on-demand (enter hourlyUsd and upfrontUsd at ${usage.commitmentPath}, or refresh prices)`,
          },
        },
      ];
    }
    hourly = quote.usdPerUnit;
    upfront = quote.upfrontUsd ?? 0;
    provenance = { kind: 'price', priceKey: priceKeyId(key), source: quote.source };
  }
  return [
    {
      ...lineHead(usage),
      label,
      notes,
      quantity: billedHours,
      unit: 'instance-hours',
      unitPrice: hourly,
      monthly: hourly * billedHours,
      oneTime: 0,
      schedule: recurringSchedule,
      provenance,
    },
    {
      ...lineHead(usage),
      id: `${usage.id}:upfront`,
      label: `${usage.label}, reserved ${c.term} upfront fee`,
      notes: [`Paid at the start of each ${c.term} term.`],
      quantity: usage.count,
      unit: 'instances',
      unitPrice: upfront,
      monthly: 0,
      oneTime: upfront * usage.count,
      schedule: upfrontSchedule,
      provenance,
    },
  ];
}

function savingsPlanLines(
  ctx: BuildContext,
  usage: ComputeUsage,
  c: Extract<Commitment, { model: 'savings-plan' }>,
): CostLine[] {
  const termMonths = TERM_MONTHS[c.term];
  const share = UPFRONT_SHARE[c.purchaseOption];
  const rate = 1 - c.discountPct / 100;
  const quantity = usage.count * usage.hoursPerInstance;
  const what = `${c.plan} Savings Plan ${c.term} ${c.purchaseOption}, −${fmtCount(c.discountPct)}% (${usage.commitmentPath})`;
  const lines: CostLine[] = [];
  if (share < 1) {
    lines.push(
      pricedLine(ctx, {
        ...usage,
        label: `${usage.label}, ${c.plan} Savings Plan`,
        quantity,
        key: usage.onDemandKey,
        schedule: { kind: 'monthly', growth: 'none' },
        adjustment: {
          factor: rate * (1 - share),
          note: share > 0 ? `${what}; the ${Math.round((1 - share) * 100)}% billed monthly` : what,
        },
        notes: [...(usage.notes ?? []), 'The commitment is sized to month-1 usage.'],
      }),
    );
  }
  if (share > 0) {
    lines.push(
      pricedLine(ctx, {
        ...usage,
        id: `${usage.id}:upfront`,
        label: `${usage.label}, ${c.plan} Savings Plan upfront payment`,
        quantity: quantity * termMonths,
        key: usage.onDemandKey,
        schedule: { kind: 'every', firstMonth: 1, everyMonths: termMonths },
        adjustment: { factor: rate * share, note: `${what}; ${Math.round(share * 100)}% of the term paid at purchase` },
        notes: [`Paid at the start of each ${c.term} term, sized to month-1 usage.`],
      }),
    );
  }
  if (usage.growsWithUsage) {
    const above = pricedLine(ctx, {
      ...usage,
      id: `${usage.id}:above-commitment`,
      label: `${usage.label}, usage above the Savings Plan commitment`,
      quantity,
      key: usage.onDemandKey,
      schedule: { kind: 'monthly', growth: 'above-base' },
      notes: ['Usage growth beyond the month-1 commitment is billed at on-demand rates; $0 in month 1.'],
    });
    lines.push(above);
  }
  return lines;
}

/** Prices instance usage under the workload's pricing choice (on-demand, reserved or Savings Plan). */
export function computeLines(ctx: BuildContext, usage: ComputeUsage, commitment: Commitment | undefined): CostLine[] {
  if (usage.count <= 0 || usage.hoursPerInstance <= 0) return [];
  if (!commitment || commitment.model === 'on-demand') return [onDemandLine(ctx, usage)];
  if (commitment.model === 'reserved') {
    if (!usage.steady || !usage.reservedKey) {
      return [onDemandLine(ctx, withNote(usage, 'Reserved instances cover always-on capacity only; this usage stays on-demand.'))];
    }
    return reservedLines(ctx, usage, commitment);
  }
  return savingsPlanLines(ctx, usage, commitment);
}

/**
 * Splits job usage into an on-demand part (under the pricing choice) and a spot part priced at the
 * expected spot discount, with the interruption overhead added as extra instance-hours.
 */
export function jobComputeLines(
  ctx: BuildContext,
  usage: ComputeUsage,
  commitment: Commitment | undefined,
  spotSharePct: number,
  spot: SpotSettings,
  spotLabel: string,
): CostLine[] {
  const share = spotSharePct / 100;
  const lines = computeLines(ctx, { ...usage, count: usage.count * (1 - share) }, commitment);
  if (share > 0) {
    const overhead = spot.interruptionOverheadPct / 100;
    lines.push(
      pricedLine(ctx, {
        ...usage,
        id: `${usage.id}:spot`,
        label: `${usage.label}, ${spotLabel}`,
        quantity: usage.count * share * usage.hoursPerInstance * (1 + overhead),
        key: usage.onDemandKey,
        schedule: { kind: 'monthly', growth: usage.growsWithUsage ? 'usage' : 'none' },
        adjustment: {
          factor: 1 - spot.expectedDiscountPct / 100,
          note: `expected spot discount ${fmtCount(spot.expectedDiscountPct)}% (assumption; ${usage.commitmentPath.replace(/commitment$/, 'spot')})`,
        },
        notes: [
          `${fmtCount(spotSharePct)}% of hours on spot, plus ${fmtCount(spot.interruptionOverheadPct)}% re-run after interruptions.`,
        ],
      }),
    );
  }
  return lines;
}
