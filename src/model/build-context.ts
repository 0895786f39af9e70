import type { PriceCatalogue, PriceQuote } from '../pricing/catalogue';
import { tieredCost } from '../pricing/catalogue';
import { describePriceKey, priceKeyId, type OfferingClass, type PriceKey, type PurchaseOption, type ReservedTerm } from '../pricing/price-key';
import type { CostCategory, CostLine, LineSchedule, ServiceName } from './cost-line';
import { ROLE_DEFAULTS, ROLE_IDS, type RoleId } from './labour';
import type { DeploymentId } from './ops-tasks';
import type { OptionId, Scenario } from './scenario-schema';

export interface ResolvedRole {
  readonly hourlyUsd: number;
  readonly source: 'default' | 'scenario';
}

/** Everything a cost builder needs: the trusted scenario, the catalogue and resolved labour rates. */
export interface BuildContext {
  readonly scenario: Scenario;
  readonly region: string;
  readonly catalogue: PriceCatalogue;
  readonly roles: Readonly<Record<RoleId, ResolvedRole>>;
}

export function createContext(scenario: Scenario, catalogue: PriceCatalogue): BuildContext {
  const roles = {} as Record<RoleId, ResolvedRole>;
  for (const id of ROLE_IDS) {
    const override = scenario.labour[id];
    roles[id] = override
      ? { hourlyUsd: override.hourlyUsd, source: 'scenario' }
      : { hourlyUsd: ROLE_DEFAULTS[id].hourlyUsd, source: 'default' };
  }
  return { scenario, region: scenario.region, catalogue, roles };
}

/** Identity and presentation of a line, shared by every way of pricing it. */
export interface LineHead {
  readonly id: string;
  readonly option: OptionId;
  readonly workloadId: string;
  readonly deployment: DeploymentId;
  readonly service: ServiceName;
  readonly category: CostCategory;
  readonly label: string;
  readonly notes?: readonly string[];
}

export interface PricedLineSpec extends LineHead {
  readonly quantity: number;
  readonly unit: string;
  readonly key: PriceKey;
  readonly schedule: LineSchedule;
  /** The scenario field the line's price depends on, named in "price not found" messages. */
  readonly path: string;
  /** Multiplier on the catalogue price (e.g. 0.73 for a 27% Savings Plan discount) and its explanation. */
  readonly adjustment?: { readonly factor: number; readonly note: string };
}

function amountFor(quote: PriceQuote, quantity: number, factor: number): { unitPrice: number; amount: number } {
  if (quote.tiers && quote.tiers.length > 0) {
    const amount = tieredCost(quantity, quote.tiers) * factor;
    return { unitPrice: quantity > 0 ? amount / quantity : quote.usdPerUnit * factor, amount };
  }
  const unitPrice = quote.usdPerUnit * factor;
  return { unitPrice, amount: unitPrice * quantity };
}

/** Looks the price up and returns the finished line; a missing price gives a flagged line, never a silent $0. */
export function pricedLine(ctx: BuildContext, spec: PricedLineSpec): CostLine {
  const quote = ctx.catalogue.lookup(spec.key);
  const keyId = priceKeyId(spec.key);
  const recurring = spec.schedule.kind === 'monthly';
  if (!quote) {
    return {
      ...lineHead(spec),
      quantity: spec.quantity,
      unit: spec.unit,
      unitPrice: null,
      monthly: 0,
      oneTime: 0,
      schedule: spec.schedule,
      provenance: { kind: 'missing', priceKey: keyId },
      flag: {
        kind: 'missing-price',
        message: `price not found for ${describePriceKey(spec.key)} in ${ctx.region} (${spec.path}); ${
          'instanceType' in spec.key || 'instanceClass' in spec.key ? 'check the instance type, or refresh prices' : 'refresh prices from AWS'
        }`,
      },
    };
  }
  const factor = spec.adjustment?.factor ?? 1;
  const { unitPrice, amount } = amountFor(quote, spec.quantity, factor);
  return {
    ...lineHead(spec),
    quantity: spec.quantity,
    unit: spec.unit,
    unitPrice,
    monthly: recurring ? amount : 0,
    oneTime: recurring ? 0 : amount,
    schedule: spec.schedule,
    provenance: {
      kind: 'price',
      priceKey: keyId,
      source: quote.source,
      ...(spec.adjustment ? { adjustment: spec.adjustment.note } : {}),
    },
    ...(quote.source.basis === 'derived'
      ? {
          flag: {
            kind: 'derived-price' as const,
            message: `derived price for ${describePriceKey(spec.key)} in ${ctx.region}: ${quote.source.title}`,
          },
        }
      : {}),
  };
}

export function lineHead(spec: LineHead): LineHead {
  return {
    id: spec.id,
    option: spec.option,
    workloadId: spec.workloadId,
    deployment: spec.deployment,
    service: spec.service,
    category: spec.category,
    label: spec.label,
    ...(spec.notes && spec.notes.length > 0 ? { notes: spec.notes } : {}),
  };
}

/** Formats a count for labels: integers plainly, others with up to two decimals. */
export function fmtCount(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toLocaleString('en-US', { maximumFractionDigits: 2 });
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
