import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import { basename } from 'node:path';
import { ingestOfferFile } from '../../src/aws/offer-file/offer-file-ingest';
import { priceKeyId } from '../../src/pricing/price-key';
import { emptyFamily, note, type LoadedFamily } from './feed-files';
import { formatUsd } from './snapshot-builder';

/**
 * AWS bulk offer files (the source of record, for a maintainer with internet: e.g.
 * https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/us-east-1/index.json),
 * read through the app's streaming ingest, so the snapshot keeps exactly the products the live
 * refresh keeps. The service and Region are read from the file itself (offerCode, and the first
 * product's regionCode).
 */
export async function loadOfferFiles(paths: readonly string[]): Promise<LoadedFamily> {
  const family = emptyFamily('offer-files');
  for (const path of paths) {
    const { serviceCode, region } = peekOfferFile(path);
    const result = await ingestOfferFile(createReadStream(path), { serviceCode, region, label: basename(path) });
    const sourceId = `offer-${serviceCode}-${region}-${result.version ?? result.publishedOn}`;
    family.sources[sourceId] = {
      title: `AWS bulk offer file ${serviceCode} ${region}${result.version ? ` version ${result.version}` : ''} (${basename(path)})`,
      url: `https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/${serviceCode}/${result.version ?? 'current'}/${region}/index.json`,
      asOf: result.publishedOn,
      feedDate: result.publishedOn,
      basis: 'published',
    };
    for (const p of result.prices) {
      const key = priceKeyId(p.key);
      if (p.upfrontUsd !== undefined || p.key.kind === 'reserved') {
        family.reserved.push({ key, hourly: formatUsd(p.usdPerUnit), upfront: formatUsd(p.upfrontUsd ?? 0), sourceId, sku: p.sku });
      } else if (p.tiers && p.tiers.length > 1) {
        family.tiered.push({ key, unit: p.unit, tiers: p.tiers.map((t) => [t.fromQuantity, t.toQuantity, formatUsd(t.usdPerUnit)]), sourceId, sku: p.sku });
      } else {
        family.prices.push({ key, unit: p.unit, usd: formatUsd(p.usdPerUnit), sourceId, sku: p.sku });
      }
    }
    for (const { specs } of result.specs) {
      if (specs.vcpu !== undefined && specs.memoryGib !== undefined) family.specs.push([specs.instanceType, specs.vcpu, specs.memoryGib]);
    }
    note(family, `${basename(path)}: ${result.prices.length} prices, ${result.warnings.length} warnings`);
  }
  return family;
}

/** offerCode and the first regionCode, from the head of the file (both come before the bulk of the products). */
export function peekOfferFile(path: string): { serviceCode: string; region: string } {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(256 * 1024);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, n).toString('utf8');
    const serviceCode = /"offerCode"\s*:\s*"([A-Za-z0-9]+)"/.exec(head)?.[1];
    const region = /"regionCode"\s*:\s*"([a-z0-9-]+)"/.exec(head)?.[1];
    if (!serviceCode || !region) throw new Error(`${path}: not a regional AWS offer file (no offerCode or regionCode in its head)`);
    return { serviceCode, region };
  } finally {
    closeSync(fd);
  }
}
