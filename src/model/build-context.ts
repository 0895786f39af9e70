import type { PriceCatalogue, PriceQuote } from '../pricing/catalogue';
import { quoteCacheFor, type QuoteCache } from '../pricing/quote-cache';
import { tieredCost } from '../pricing/catalogue';
import { describePriceKey, priceKeyId, type OfferingClass, type PriceKey, type PurchaseOption, type ReservedTerm } from '../pricing/price-key';
import type { CostCategory, CostLine, LineProvenance, LineSchedule, ServiceName } from './cost-line';
import type { EstimatedLine } from './estimate';
import { ROLE_DEFAULTS, ROLE_IDS, type RoleId } from './labour';
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
  /** Memoised catalogue lookups, shared by every evaluation against the same catalogue. */
  readonly quotes: QuoteCache;
}

export function resolveRoles(scenario: Scenario): Record<RoleId, ResolvedRole> {
  const roles = {} as Record<RoleId, ResolvedRole>;
  for (const id of ROLE_IDS) {
    const override = scenario.labour[id];
    roles[id] = override ? { hourlyUsd: override.hourlyUsd, source: 'scenario' } : { hourlyUsd: ROLE_DEFAULTS[id].hourlyUsd, source: 'default' };
  }
  return roles;
}

export function createContext(scenario: Scenario, catalogue: PriceCatalogue, sink: LineSink): BuildContext {
  return { scenario, region: scenario.region, catalogue, roles: resolveRoles(scenario), sink, quotes: quoteCacheFor(catalogue) };
}

/** Where a line belongs: the same for every line a builder emits for one workload. */
export interface LineBase {
  readonly option: OptionId;
  readonly workloadId: string;
  readonly deployment: DeploymentId;
  readonly category: CostCategory;
}

/** A line's text, built only when a detailed estimate is asked for (never during what-if analysis). */
export interface LineText {
  readonly id: string;
  readonly label: string;
  readonly notes?: readonly string[] | undefined;
}
export type TextFn = () => LineText;

/** A multiplier on the catalogue price (e.g. 0.73 for a 27% Savings Plan discount) and its explanation. */
export interface PriceAdjustment {
  readonly factor: number;
  readonly note: string;
}

/**
 * Prices a quantity from the catalogue and emits the line. A missing price gives a flagged line
 * with no amount (never a silent $0: it is flagged and warned about); a derived price is flagged too.
 * `fallbackMessage` flags a line priced at a stand-in rate (on-demand in place of a reserved rate).
 */
export function emitPriced(
  ctx: BuildContext,
  base: LineBase,
  service: ServiceName,
  text: TextFn,
  quantity: number,
  unit: string,
  key: PriceKey,
  schedule: LineSchedule,
  path: string,
  adjustment?: PriceAdjustment,
  fallbackMessage?: string,
): void {
  const quote = ctx.quotes.lookup(key);
  let unitPrice: number | null = null;
  let amount = 0;
  if (quote) {
    const factor = adjustment === undefined ? 1 : adjustment.factor;
    if (quote.tiers !== undefined && quote.tiers.length > 0) {
      amount = tieredCost(quantity, quote.tiers) * factor;
      unitPrice = quantity > 0 ? amount / quantity : quote.usdPerUnit * factor;
    } else {
      unitPrice = quote.usdPerUnit * factor;
      amount = unitPrice * quantity;
    }
  }
  const totals = ctx.sink.totals(base.option);
  const horizonTotal = totals.add(base.category, amount, schedule, undefined, quote === undefined || fallbackMessage !== undefined);
  if (!ctx.sink.detailed) return;
  const flag: CostLine['flag'] =
    quote !== undefined && fallbackMessage !== undefined ? { kind: 'fallback-price', message: fallbackMessage } : priceFlag(ctx, key, quote, path);
  ctx.sink.keep(finishLine(base, service, text(), quantity, unit, unitPrice, amount, schedule, horizonTotal, undefined, priceProvenance(key, quote, adjustment), flag));
}

/** Emits a line whose unit price is not a catalogue price (engineer hours, rates typed into the scenario, downtime). */
export function emitRaw(
  ctx: BuildContext,
  base: LineBase,
  service: ServiceName,
  text: TextFn,
  quantity: number,
  unit: string,
  unitPrice: number,
  schedule: LineSchedule,
  provenance: () => LineProvenance,
  hours?: number,
  flag?: () => NonNullable<CostLine['flag']>,
): void {
  const amount = unitPrice * quantity;
  const totals = ctx.sink.totals(base.option);
  const horizonTotal = totals.add(base.category, amount, schedule, hours, flag !== undefined);
  if (!ctx.sink.detailed) return;
  ctx.sink.keep(finishLine(base, service, text(), quantity, unit, unitPrice, amount, schedule, horizonTotal, hours, provenance(), flag?.()));
}

/** Emits a line built elsewhere (trade-off lines folded into the TCO). */
export function emitLine(ctx: BuildContext, line: CostLine): void {
  const amount = line.schedule.kind === 'monthly' ? line.monthly : line.oneTime;
  const flagged = line.flag !== undefined && line.flag.kind !== 'derived-price';
  const horizonTotal = ctx.sink.totals(line.option).add(line.category, amount, line.schedule, line.hours, flagged);
  if (ctx.sink.detailed) ctx.sink.keep({ ...line, horizonTotal });
}

function finishLine(
  base: LineBase,
  service: ServiceName,
  t: LineText,
  quantity: number,
  unit: string,
  unitPrice: number | null,
  amount: number,
  schedule: LineSchedule,
  horizonTotal: number,
  hours: number | undefined,
  provenance: LineProvenance,
  flag: CostLine['flag'],
): EstimatedLine {
  const recurring = schedule.kind === 'monthly';
  return {
    id: t.id,
    option: base.option,
    workloadId: base.workloadId,
    deployment: base.deployment,
    service,
    category: base.category,
    label: t.label,
    quantity,
    unit,
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

function priceFlag(ctx: BuildContext, key: PriceKey, quote: PriceQuote | undefined, path: string): CostLine['flag'] {
  if (!quote) {
    const hint = 'instanceType' in key || 'instanceClass' in key ? 'check the instance type, or refresh prices' : 'refresh prices from AWS';
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

/** The on-demand EC2 Linux price key of an instance type. */
export function ec2InstanceKey(region: string, instanceType: string): PriceKey {
  return { service: 'ec2', kind: 'instance', region, instanceType };
}

/** A function giving the EC2 reserved price key of an instance type for a reserved commitment. */
export function ec2ReservedKey(region: string, instanceType: string) {
  return (c: { term: ReservedTerm; purchaseOption: PurchaseOption; offeringClass?: OfferingClass }): PriceKey => ({
    service: 'ec2',
    kind: 'reserved',
    region,
    instanceType,
    term: c.term,
    purchaseOption: c.purchaseOption,
    offeringClass: c.offeringClass ?? 'standard',
  });
}
