import type { PriceCatalogue, PriceQuote } from '../pricing/catalogue';
import type { QuoteCache } from '../pricing/quote-cache';
import { tieredCost } from '../pricing/catalogue';
import { describePriceKey, priceKeyId, type Ec2Platform, type OfferingClass, type PriceKey, type PurchaseOption, type ReservedTerm } from '../pricing/price-key';
import type { CostLine, EstimatedLine, LineProvenance } from './cost-line';
import type { CatalogueLineSpec, FixedPriceLineSpec, PriceAdjustment } from './line-spec';
import { ROLE_DEFAULTS, ROLE_IDS, type RoleId } from './labour';
import type { EvaluationCache } from './evaluation-cache';
import type { LineSink } from './line-sink';
import type { DeploymentId } from './ops-tasks';
import type { OptionId, Scenario } from './scenario-schema';

export interface ResolvedRole {
  readonly hourlyUsd: number;
  readonly source: 'default' | 'scenario';
}

/** Everything a cost builder needs: the trusted scenario, the catalogue, resolved labour rates and where lines go. */
export interface BuildContext {
  readonly scenario: Scenario;
  readonly region: string;
  readonly catalogue: PriceCatalogue;
  readonly roles: Readonly<Record<RoleId, ResolvedRole>>;
  readonly sink: LineSink;
  /** Memoised catalogue lookups, from the evaluation cache. */
  readonly quotes: QuoteCache;
  /** What repeated evaluations reuse (quotes, horizon sums, unchanged workloads' amounts), passed in by the caller. */
  readonly cache: EvaluationCache;
}

export function resolveRoles(scenario: Scenario): Record<RoleId, ResolvedRole> {
  const roles = {} as Record<RoleId, ResolvedRole>;
  for (const id of ROLE_IDS) {
    const override = scenario.labour[id];
    roles[id] = override ? { hourlyUsd: override.hourlyUsd, source: 'scenario' } : { hourlyUsd: ROLE_DEFAULTS[id].hourlyUsd, source: 'default' };
  }
  return roles;
}

export function createContext(scenario: Scenario, catalogue: PriceCatalogue, sink: LineSink, cache: EvaluationCache): BuildContext {
  return { scenario, region: scenario.region, catalogue, roles: resolveRoles(scenario), sink, quotes: cache.quotes(catalogue), cache };
}

/** Stage 2, "price": a described quantity at its catalogue price (tiers, adjustment), or no price. */
export interface PricedAmount {
  /** USD per unit, or null when the catalogue has no price (the line is then flagged and counts as $0). */
  readonly unitPrice: number | null;
  /** The month-1 amount (recurring lines) or the amount per occurrence (lump sums). */
  readonly amount: number;
}

export function priceQuantity(quote: PriceQuote | undefined, quantity: number, adjustment: PriceAdjustment | undefined, tieredParts = 1): PricedAmount {
  if (!quote) return { unitPrice: null, amount: 0 };
  const factor = adjustment === undefined ? 1 : adjustment.factor;
  if (quote.tiers !== undefined && quote.tiers.length > 0) {
    const amount = tieredParts * tieredCost(quantity / tieredParts, quote.tiers) * factor;
    return { unitPrice: quantity > 0 ? amount / quantity : quote.usdPerUnit * factor, amount };
  }
  const unitPrice = quote.usdPerUnit * factor;
  return { unitPrice, amount: unitPrice * quantity };
}

/**
 * Describe → price → project for one catalogue-priced line. A missing price gives a flagged line
 * with no amount (never a silent $0: it is flagged and warned about); a derived price is flagged too.
 * The amount enters the option's projection (stage 3, src/model/projection.ts) whether or not the
 * evaluation is detailed; only a detailed one builds the line's text and provenance.
 */
export function emitPriced(ctx: BuildContext, spec: CatalogueLineSpec): void {
  const quote = ctx.quotes.lookup(spec.key);
  const priced = priceQuantity(quote, spec.quantity, spec.adjustment, spec.tieredParts);
  const flagged = quote === undefined || spec.fallbackMessage !== undefined;
  const horizonTotal = ctx.sink.projection(spec.base.option).add(spec.base.category, priced.amount, spec.schedule, undefined, flagged);
  if (!ctx.sink.detailed) return;
  const flag: CostLine['flag'] =
    quote !== undefined && spec.fallbackMessage !== undefined
      ? { kind: 'fallback-price', message: spec.fallbackMessage, ...(spec.fallbackPath !== undefined ? { path: spec.fallbackPath } : {}) }
      : priceFlag(ctx, spec.key, quote, spec.path, spec.missingHint);
  ctx.sink.keep(finishLine(spec, priced.unitPrice, priced.amount, horizonTotal, undefined, priceProvenance(spec.key, quote, spec.adjustment), flag));
}

/** Describe → project for a line with a fixed unit price; the same projection as catalogue lines. */
export function emitRaw(ctx: BuildContext, spec: FixedPriceLineSpec): void {
  const amount = (spec.unitPrice ?? 0) * spec.quantity;
  const horizonTotal = ctx.sink.projection(spec.base.option).add(spec.base.category, amount, spec.schedule, spec.hours, spec.flag !== undefined);
  if (!ctx.sink.detailed) return;
  ctx.sink.keep(finishLine(spec, spec.unitPrice, amount, horizonTotal, spec.hours, spec.provenance(), spec.flag?.()));
}

/** Emits a line built elsewhere (trade-off lines folded into the TCO). */
export function emitLine(ctx: BuildContext, line: CostLine): void {
  const amount = line.schedule.kind === 'monthly' ? line.monthly : line.oneTime;
  const horizonTotal = ctx.sink.projection(line.option).add(line.category, amount, line.schedule, line.hours, countsAsFlagged(line.flag));
  if (ctx.sink.detailed) ctx.sink.keep({ ...line, horizonTotal });
}

/** Whether a line counts as flagged in an option's totals: a missing or stand-in price (a derived price is only noted). */
export function countsAsFlagged(flag: CostLine['flag']): boolean {
  return flag !== undefined && flag.kind !== 'derived-price';
}

function finishLine(
  spec: CatalogueLineSpec | FixedPriceLineSpec,
  unitPrice: number | null,
  amount: number,
  horizonTotal: number,
  hours: number | undefined,
  provenance: LineProvenance,
  flag: CostLine['flag'],
): EstimatedLine {
  const { base, schedule } = spec;
  const t = spec.text();
  const recurring = schedule.kind === 'monthly';
  return {
    id: t.id,
    option: base.option,
    workloadId: base.workloadId,
    deployment: base.deployment,
    service: spec.service,
    category: base.category,
    label: t.label,
    quantity: spec.quantity,
    unit: spec.unit,
    unitPrice,
    monthly: recurring ? amount : 0,
    oneTime: recurring ? 0 : amount,
    schedule,
    provenance,
    hours,
    flag,
    notes: t.notes,
    horizonTotal,
  };
}

function priceProvenance(key: PriceKey, quote: PriceQuote | undefined, adjustment: PriceAdjustment | undefined): LineProvenance {
  if (!quote) return { kind: 'missing', priceKey: priceKeyId(key) };
  return { kind: 'price', priceKey: priceKeyId(key), source: quote.source, adjustment: adjustment?.note };
}

function priceFlag(ctx: BuildContext, key: PriceKey, quote: PriceQuote | undefined, path: string, missingHint: string | undefined): CostLine['flag'] {
  if (!quote) {
    const hint = missingHint ?? ('instanceType' in key || 'instanceClass' in key ? 'check the instance type, or refresh prices' : 'refresh prices from AWS');
    return { kind: 'missing-price', message: `price not found for ${describePriceKey(key)} in ${ctx.region} (${path}); ${hint}` };
  }
  if (quote.source.basis === 'derived') {
    return { kind: 'derived-price', message: `derived price for ${describePriceKey(key)} in ${ctx.region}: ${quote.source.title}` };
  }
  return undefined;
}

/** Groups the digits of a non-negative integer string in threes: "1234567" → "1,234,567". */
function groupThousands(digits: string): string {
  if (digits.length <= 3) return digits;
  const lead = digits.length % 3 || 3;
  let out = digits.slice(0, lead);
  for (let i = lead; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/**
 * Formats a count for labels: integers with thousands separators, others with up to two decimals.
 * Hand-written rather than Intl because labels are built on every evaluation (what-if sliders).
 */
export function fmtCount(value: number): string {
  const negative = value < 0;
  const abs = Math.abs(value);
  let text: string;
  if (Number.isInteger(abs) && abs < 1e15) text = groupThousands(String(abs));
  else if (!Number.isFinite(abs) || abs >= 1e15) text = String(abs);
  else {
    const rounded = Math.round(abs * 100 + 1e-7) / 100;
    const whole = Math.trunc(rounded);
    const cents = Math.round((rounded - whole) * 100);
    text = cents === 0 ? groupThousands(String(whole)) : `${groupThousands(String(whole))}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
  }
  return negative && text !== '0' ? `-${text}` : text;
}

/** The on-demand EC2 price key of an instance type: Linux, or the platform given (Windows, Windows with SQL Server). */
export function ec2InstanceKey(region: string, instanceType: string, platform?: Ec2Platform): PriceKey {
  return platform === undefined ? { service: 'ec2', kind: 'instance', region, instanceType } : { service: 'ec2', kind: 'instance', region, instanceType, platform };
}

/** A function giving the EC2 reserved price key of an instance type for a reserved commitment. */
export function ec2ReservedKey(region: string, instanceType: string, platform?: Ec2Platform) {
  return (c: { term: ReservedTerm; purchaseOption: PurchaseOption; offeringClass?: OfferingClass }): PriceKey => ({
    service: 'ec2',
    kind: 'reserved',
    region,
    instanceType,
    ...(platform === undefined ? {} : { platform }),
    term: c.term,
    purchaseOption: c.purchaseOption,
    offeringClass: c.offeringClass ?? 'standard',
  });
}
