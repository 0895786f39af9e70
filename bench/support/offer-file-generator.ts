import { createRandom } from '../../src/analysis/random';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes a synthetic AmazonEC2 regional offer file built from real record shapes: the product
 * attributes of a real 2026 GetProducts record, its on-demand term, and the 12 Reserved terms of
 * the real 2021 m5.large record, laid out and indented like an AWS bulk offer file (products
 * first, then terms.OnDemand and terms.Reserved keyed by SKU; aws-api.md §1.2). Every instance
 * type gets the variants a real file has — operating systems, tenancies, pre-installed SQL Server,
 * capacity reservations, a capacity block — with random SKUs, so exactly one SKU per type is the
 * Linux on-demand price the model wants, as in AWS's own files.
 */

interface Item {
  product: { sku: string; productFamily: string; attributes: Record<string, string> };
  terms: { OnDemand: Record<string, Term>; Reserved?: Record<string, Term> };
}
interface Term {
  sku: string;
  offerTermCode: string;
  effectiveDate: string;
  termAttributes: Record<string, string>;
  priceDimensions: Record<string, { rateCode: string; pricePerUnit: { USD: string }; [k: string]: unknown }>;
}

export interface GeneratedOffer {
  readonly bytes: number;
  readonly products: number;
  /** Instance types, each with exactly one Linux / Shared / no-SQL / Used / on-demand SKU. */
  readonly instanceTypes: readonly string[];
  /** Expected on-demand hourly price per instance type. */
  readonly onDemandUsd: ReadonlyMap<string, number>;
  readonly reservedTermsPerType: number;
}

const OPERATING_SYSTEMS = ['Linux', 'Windows', 'RHEL', 'SUSE', 'Red Hat Enterprise Linux with HA', 'Ubuntu Pro'];
const TENANCIES = ['Shared', 'Dedicated', 'Host'];
const SOFTWARE = ['NA', 'SQL Std', 'SQL Web', 'SQL Ent'];
const CAPACITY = ['Used', 'AllocatedCapacityReservation', 'UnusedCapacityReservation'];
const SKU_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

const prng = createRandom;

/** AWS offer files put spaces around the colon of every key: `"sku" : "..."`. */
function pretty(value: unknown, baseIndent: number): string {
  const pad = ' '.repeat(baseIndent);
  return JSON.stringify(value, null, 2)
    .replace(/^(\s*"[^"\n]*"): /gm, '$1 : ')
    .split('\n')
    .map((line, i) => (i === 0 ? line : pad + line))
    .join('\n');
}

function readCsvColumn(path: string): { type: string; usd: number }[] {
  const [, ...rows] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  return rows.map((r) => {
    const [, type, usd] = r.split(',');
    return { type: type!, usd: Number(usd) };
  });
}

export function loadTemplates(fixturesDir: string) {
  const traps = JSON.parse(readFileSync(join(fixturesDir, 'api-responses/getproducts-priceitems-ec2-eu-west-2-2026-02-27.first6.json'), 'utf8')) as Item[];
  const m5 = JSON.parse(readFileSync(join(fixturesDir, 'api-responses/getproducts-priceitem-ec2-m5.large-us-east-1-2021.json'), 'utf8')) as Item;
  const types = readCsvColumn(join(fixturesDir, 'ec2-ondemand/karpenter-ec2-ondemand-linux-us-east-1-2026-07-20.csv'));
  // The Linux, no-SQL capacity-reservation record: the fullest 2026 attribute set of a Linux SKU.
  const compute = traps.find((t) => t.product.attributes.operatingSystem === 'Linux' && t.product.attributes.preInstalledSw === 'NA')!;
  return { compute, reserved: m5.terms.Reserved!, types };
}

export interface GenerateOptions {
  /** The project's recorded AWS data, test/fixtures/aws. */
  readonly fixturesDir: string;
  /** How many instance types (from the real us-east-1 list) to include. */
  readonly instanceTypes: number;
  readonly seed?: number;
}

/** Writes the file at `path`; returns what an ingest must find in it. */
export function writeGeneratedOfferFile(path: string, options: GenerateOptions): GeneratedOffer {
  const { compute, reserved, types } = loadTemplates(options.fixturesDir);
  const random = prng(options.seed ?? 20260227);
  const sku = () => {
    let s = '';
    for (let i = 0; i < 16; i++) s += SKU_CHARS[Math.floor(random() * SKU_CHARS.length)];
    return s;
  };
  const chosen = types.slice(0, options.instanceTypes);
  const fd = openSync(path, 'w');
  let pending: string[] = [];
  let pendingBytes = 0;
  let bytes = 0;
  const write = (text: string) => {
    pending.push(text);
    pendingBytes += text.length;
    if (pendingBytes > 8 * 1024 * 1024) flush();
  };
  const flush = () => {
    const buffer = Buffer.from(pending.join(''), 'utf8');
    writeSync(fd, buffer);
    bytes += buffer.length;
    pending = [];
    pendingBytes = 0;
  };

  interface Variant {
    sku: string;
    type: string;
    usd: string;
    reservedTerms: boolean;
  }
  const variants: Variant[] = [];
  const onDemandUsd = new Map<string, number>();
  const base = compute.product.attributes;
  write(
    `{\n  "formatVersion" : "v1.0",\n  "disclaimer" : "This pricing list is for informational purposes only. All prices are subject to the additional terms included in the pricing pages on http://aws.amazon.com. All Free Tier prices are also subject to the terms included at https://aws.amazon.com/free/",\n  "offerCode" : "AmazonEC2",\n  "version" : "20260227155715",\n  "publicationDate" : "2026-02-27T15:57:15Z",\n  "products" : {\n`,
  );
  let first = true;
  const product = (v: Variant, attributes: Record<string, string>) => {
    write(`${first ? '' : ',\n'}    "${v.sku}" : ${pretty({ sku: v.sku, productFamily: 'Compute Instance', attributes }, 4)}`);
    first = false;
    variants.push(v);
  };
  for (const { type, usd } of chosen) {
    for (const os of OPERATING_SYSTEMS)
      for (const tenancy of TENANCIES)
        for (const software of SOFTWARE)
          for (const capacity of CAPACITY) {
            const plain = os === 'Linux' && tenancy === 'Shared' && software === 'NA';
            const used = capacity === 'Used';
            const price = capacity === 'AllocatedCapacityReservation' ? 0 : usd * (1 + OPERATING_SYSTEMS.indexOf(os) * 0.1 + SOFTWARE.indexOf(software) * 0.5 + TENANCIES.indexOf(tenancy) * 0.1);
            const usage = `${used ? (tenancy === 'Shared' ? 'BoxUsage' : tenancy === 'Host' ? 'HostBoxUsage' : 'DedicatedUsage') : capacity === 'AllocatedCapacityReservation' ? 'Reservation' : 'UnusedBox'}:${type}`;
            const v: Variant = { sku: sku(), type, usd: price.toFixed(10), reservedTerms: used && tenancy !== 'Host' };
            if (plain && used) onDemandUsd.set(type, Number(price.toFixed(10)));
            product(v, {
              ...base,
              regionCode: 'us-east-1',
              location: 'US East (N. Virginia)',
              instanceType: type,
              instancesku: sku(),
              operatingSystem: os,
              tenancy,
              preInstalledSw: software,
              capacitystatus: capacity,
              licenseModel: 'No License required',
              marketoption: 'OnDemand',
              usagetype: usage,
              operation: plain ? 'RunInstances' : `RunInstances:${String(OPERATING_SYSTEMS.indexOf(os) * 100 + SOFTWARE.indexOf(software) * 4).padStart(4, '0')}`,
            });
          }
    // The capacity-block SKU: same attributes as the plain one, $0, operation RunInstances:CB.
    product(
      { sku: sku(), type, usd: '0.0000000000', reservedTerms: false },
      { ...base, regionCode: 'us-east-1', instanceType: type, operatingSystem: 'Linux', tenancy: 'Shared', preInstalledSw: 'NA', capacitystatus: 'Used', marketoption: 'CapacityBlock', usagetype: `BoxUsage:${type}`, operation: 'RunInstances:CB' },
    );
  }
  write('\n  },\n  "terms" : {\n    "OnDemand" : {\n');
  const onDemandTemplate = Object.values(compute.terms.OnDemand)[0]!;
  const dimTemplate = Object.values(onDemandTemplate.priceDimensions)[0]!;
  variants.forEach((v, i) => {
    const code = `${v.sku}.JRTCKXETXF`;
    const rate = `${code}.6YS6EN2CT7`;
    const term = {
      [code]: {
        ...onDemandTemplate,
        sku: v.sku,
        priceDimensions: { [rate]: { ...dimTemplate, rateCode: rate, description: `$${Number(v.usd)} per On Demand Linux ${v.type} Instance Hour`, pricePerUnit: { USD: v.usd } } },
      },
    };
    write(`${i === 0 ? '' : ',\n'}      "${v.sku}" : ${pretty(term, 6)}`);
  });
  write('\n    },\n    "Reserved" : {\n');
  let firstReserved = true;
  const reservedTerms = Object.values(reserved);
  for (const v of variants) {
    if (!v.reservedTerms) continue;
    const terms: Record<string, Term> = {};
    for (const t of reservedTerms) {
      const code = `${v.sku}.${t.offerTermCode}`;
      const dims: Term['priceDimensions'] = {};
      for (const [dimKey, d] of Object.entries(t.priceDimensions)) {
        const rate = `${code}.${dimKey.split('.').pop()}`;
        dims[rate] = { ...d, rateCode: rate };
      }
      terms[code] = { ...t, sku: v.sku, priceDimensions: dims };
    }
    write(`${firstReserved ? '' : ',\n'}      "${v.sku}" : ${pretty(terms, 6)}`);
    firstReserved = false;
  }
  write('\n    }\n  },\n  "attributesList" : { }\n}\n');
  flush();
  closeSync(fd);
  return { bytes, products: variants.length, instanceTypes: chosen.map((c) => c.type), onDemandUsd, reservedTermsPerType: reservedTerms.length };
}
