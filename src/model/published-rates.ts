import { emitRaw, type BuildContext } from './build-context';
import type { LineSchedule } from './cost-line';
import type { LineBase, TextFn } from './line-spec';

/**
 * Rates AWS publishes on its pricing pages that the price data (Price List feeds, snapshot) does not
 * hold. Each is a constant with the page, the date it was read and what it covers; a line priced
 * from one says "published rate" in its provenance (never presented as fetched). A rate is given
 * per Region only where it was read for that Region: any other Region's line is flagged missing.
 */
export interface PublishedRate {
  readonly usdPerUnit: number;
  readonly unit: string;
  readonly title: string;
  readonly url: string;
  readonly readOn: string;
  readonly covers: string;
}

type RatesByRegion = Readonly<Record<string, PublishedRate>>;

type ExtendedSupportRates = Readonly<Record<'year1-2' | 'year3', RatesByRegion>>;

/** The two us-east-1 Extended Support bands of a service, read from one pricing page on the same day. */
function extendedSupportRates(service: string, url: string, covers: string, usd: { 'year1-2': number; year3: number }): ExtendedSupportRates {
  const band = (label: string, usdPerUnit: number): RatesByRegion => ({
    'us-east-1': { usdPerUnit, unit: 'vCPU-hour', title: `${service}, ${label}, US East (N. Virginia)`, url, readOn: '2026-12', covers },
  });
  return { 'year1-2': band('years 1–2', usd['year1-2']), year3: band('year 3', usd.year3) };
}

/** RDS Extended Support per vCPU-hour (Amazon RDS for PostgreSQL / MySQL pricing pages, "Amazon RDS Extended Support costs"). */
export const RDS_EXTENDED_SUPPORT = extendedSupportRates(
  'Amazon RDS Extended Support',
  'https://aws.amazon.com/rds/postgresql/pricing/',
  'RDS for PostgreSQL and MySQL provisioned instances on a major version past RDS end of standard support; every instance (Multi-AZ standby and read replicas included), on-demand or reserved alike.',
  { 'year1-2': 0.1, year3: 0.2 },
);

/**
 * Amazon RDS Extended Support on Aurora provisioned instances, per vCPU-hour (Amazon Aurora pricing
 * page, "Amazon RDS Extended Support costs"). Which months pay the year 3 rate comes from Aurora's
 * release calendars (AURORA_SUPPORT_CALENDAR): Aurora MySQL version 3 has none.
 */
export const AURORA_EXTENDED_SUPPORT = extendedSupportRates(
  'Amazon RDS Extended Support on Aurora',
  'https://aws.amazon.com/rds/aurora/pricing/',
  'Aurora PostgreSQL and Aurora MySQL provisioned instances on a major version past Aurora end of standard support; the writer and every reader, on-demand or reserved alike. Provisioned instances pay the same per-vCPU-hour rates as RDS for PostgreSQL and MySQL; Aurora Serverless v2 (per ACU-hour) is not modelled.',
  { 'year1-2': 0.1, year3: 0.2 },
);

/**
 * Burstable CPU credits above baseline in Unlimited mode (the RDS default for db.t3/db.t4g): RDS
 * bills surplus credits at $0.075 per vCPU-hour (Amazon RDS pricing, "T4g and T3 CPU credits");
 * EC2 Linux T3/T4g at $0.05 per vCPU-hour (Amazon EC2 T instances pricing, "Unlimited mode").
 */
export const RDS_CPU_CREDIT: RatesByRegion = {
  'us-east-1': {
    usdPerUnit: 0.075,
    unit: 'vCPU-hour',
    title: 'Amazon RDS CPU credits (db.t4g, db.t3 Unlimited), US East (N. Virginia)',
    url: 'https://aws.amazon.com/rds/postgresql/pricing/',
    readOn: '2026-12',
    covers: 'Surplus CPU credits of db.t3/db.t4g instances in Unlimited mode, per vCPU-hour.',
  },
};
export const EC2_CPU_CREDIT: RatesByRegion = {
  'us-east-1': {
    usdPerUnit: 0.05,
    unit: 'vCPU-hour',
    title: 'Amazon EC2 T3/T4g Unlimited surplus credits, Linux, US East (N. Virginia)',
    url: 'https://aws.amazon.com/ec2/instance-types/t3/',
    readOn: '2026-12',
    covers: 'Surplus CPU credits of t3/t3a/t4g Linux instances in Unlimited mode, per vCPU-hour.',
  },
};

export interface PublishedRateLineSpec {
  readonly base: LineBase;
  readonly service: Parameters<typeof emitRaw>[1]['service'];
  readonly text: TextFn;
  readonly quantity: number;
  readonly schedule: LineSchedule;
  readonly rates: RatesByRegion;
  /** Names the rate in a missing-price message and the provenance key, e.g. "rds-extended-support/year3". */
  readonly rateId: string;
  /** The scenario field the charge comes from. */
  readonly path: string;
  /** Why the quantity itself is unknown (e.g. the class's vCPUs), which flags the line as missing too. */
  readonly unknownQuantity?: string | undefined;
}

/** A line priced at a published rate of the scenario's Region, or flagged missing where none was read. */
export function emitPublishedRate(ctx: BuildContext, spec: PublishedRateLineSpec): void {
  const rate = spec.rates[ctx.region];
  const missing =
    rate === undefined
      ? `no published ${spec.rateId} rate for ${ctx.region} in this version (${spec.path}); read for: ${Object.keys(spec.rates).join(', ')}`
      : spec.unknownQuantity;
  emitRaw(ctx, {
    base: spec.base,
    service: spec.service,
    text: spec.text,
    quantity: spec.quantity,
    unit: rate?.unit ?? 'vCPU-hour',
    unitPrice: missing === undefined && rate ? rate.usdPerUnit : 0,
    schedule: spec.schedule,
    provenance: () =>
      missing === undefined && rate
        ? {
            kind: 'input',
            note: `Published rate (AWS pricing page, not in the price data): $${rate.usdPerUnit} per ${rate.unit}, read ${rate.readOn}. ${rate.covers}`,
            provenance: { citations: [{ title: rate.title, url: rate.url, date: `read ${rate.readOn}`, grade: 'P' }], rationale: rate.covers },
          }
        : { kind: 'missing', priceKey: `published/${spec.rateId}/${ctx.region}` },
    ...(missing !== undefined ? { flag: () => ({ kind: 'missing-price' as const, message: `price not found: ${missing}` }) } : {}),
  });
}
