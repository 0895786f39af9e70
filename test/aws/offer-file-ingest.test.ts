import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OfferFileIngester, OfferFileLayoutError } from '../../src/aws/offer-file/offer-file-ingest';
import { priceKeyId } from '../../src/index';
import { writeGeneratedOfferFile } from '../../bench/support/offer-file-generator';
import { samplePath, SAMPLE } from '../fake-aws/recorded-samples';
import { AWS_FIXTURES_DIR } from '../support/paths';

function ingest(bytes: Uint8Array, serviceCode: string, region: string, chunkSize = bytes.length) {
  const events: number[] = [];
  const ingester = new OfferFileIngester({ serviceCode, region, bytesTotal: bytes.length, progressEveryBytes: 1024, observer: { onProgress: (p) => events.push(p.bytesDone) } });
  for (let i = 0; i < bytes.length; i += chunkSize) ingester.push(bytes.subarray(i, i + chunkSize));
  return { result: ingester.finish(), events };
}

const tmp = mkdtempSync(join(tmpdir(), 'tco-ingest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('offer-file ingest of the real extracts', () => {
  it('us-east-1: p4d.24xlarge at $32.7726/h; its $0 capacity-block twin counted as left out, not priced', () => {
    const { result } = ingest(readFileSync(samplePath(SAMPLE.offerUsEast1)), 'AmazonEC2', 'us-east-1');
    expect(result.prices.map((p) => [priceKeyId(p.key), p.usdPerUnit])).toEqual([['ec2/instance/us-east-1/p4d.24xlarge', 32.7726]]);
    expect(result.prices[0]!.origin).toEqual({ serviceCode: 'AmazonEC2', publishedOn: '2024-05-28', version: '20240528203522', method: 'full' });
    expect(result.stats).toMatchObject({ records: 2, accepted: 1, rejected: { 'capacity-block': 1 }, malformed: 0 });
    expect(result.specs).toEqual([{ service: 'ec2', region: 'us-east-1', specs: { instanceType: 'p4d.24xlarge', vcpu: 96, memoryGib: 1152, gpu: 8 } }]);
  });

  it('us-east-2: gp3 EBS at $0.08; the m5.large whose only "on-demand" term is a misfiled Reserved offer is reported, not priced', () => {
    const { result } = ingest(readFileSync(samplePath(SAMPLE.offerUsEast2)), 'AmazonEC2', 'us-east-2');
    expect(result.prices.map((p) => [priceKeyId(p.key), p.usdPerUnit])).toEqual([['ebs/volume/us-east-2/gp3', 0.08]]);
    expect(result.stats.unusable).toBe(1);
    expect(result.warnings.join('\n')).toMatch(/8D49XP354UEYTHGM: reserved term MZU6U2429S filed under OnDemand/);
  });

  it('reports progress in bytes with the total, ending at the file size', () => {
    const bytes = readFileSync(samplePath(SAMPLE.offerUsEast2));
    const { events } = ingest(bytes, 'AmazonEC2', 'us-east-2', 512);
    expect(events.length).toBeGreaterThan(3);
    expect(events[events.length - 1]).toBe(bytes.length);
    expect([...events].sort((a, b) => a - b)).toEqual(events);
  });
});

describe('offer-file ingest of a generated file with real record shapes', () => {
  const path = join(tmp, 'generated.json');
  const generated = writeGeneratedOfferFile(path, { fixturesDir: AWS_FIXTURES_DIR, instanceTypes: 12 });
  const bytes = readFileSync(path);

  it('finds one on-demand and twelve Reserved prices per instance type, and nothing else', () => {
    const { result } = ingest(bytes, 'AmazonEC2', 'us-east-1', 64 * 1024);
    const onDemand = result.prices.filter((p) => p.key.kind === 'instance');
    expect(onDemand).toHaveLength(generated.instanceTypes.length);
    for (const p of onDemand) expect(p.usdPerUnit).toBe(generated.onDemandUsd.get((p.key as { instanceType: string }).instanceType));
    expect(result.prices.filter((p) => p.key.kind === 'reserved')).toHaveLength(generated.instanceTypes.length * generated.reservedTermsPerType);
    expect(result.stats.records).toBe(generated.products);
    expect(result.stats.rejected['capacity-block']).toBe(generated.instanceTypes.length);
    expect(result.warnings).toEqual([]);
  });

  it('gives the same prices for any chunk size', () => {
    const small = readFileSync(path).subarray(0);
    const a = ingest(small, 'AmazonEC2', 'us-east-1', 7).result.prices.map((p) => [priceKeyId(p.key), p.usdPerUnit, p.upfrontUsd]);
    const b = ingest(small, 'AmazonEC2', 'us-east-1').result.prices.map((p) => [priceKeyId(p.key), p.usdPerUnit, p.upfrontUsd]);
    expect(a).toEqual(b);
  });
});

describe('offer-file ingest faults', () => {
  const base = JSON.parse(readFileSync(samplePath(SAMPLE.offerUsEast1), 'utf8')) as Record<string, unknown> & { products: Record<string, unknown> };

  it('skips and counts a candidate record that is valid JSON but not a product, with a warning', () => {
    // Looks like a Linux instance to the byte pre-filter, so it is parsed — and refused.
    const broken = { sku: 'BROKEN0000000000', productFamily: 'Compute Instance', attributes: ['Linux', 'Shared', 'BoxUsage:m5.large'] };
    const doc = { ...base, products: { BROKEN0000000000: broken, ...base.products } };
    const { result } = ingest(new TextEncoder().encode(JSON.stringify(doc)), 'AmazonEC2', 'us-east-1');
    expect(result.stats.malformed).toBe(1);
    expect(result.warnings[0]).toMatch(/skipped 1 malformed Price List record \(first: products\.BROKEN0000000000: attributes/);
    expect(result.prices).toHaveLength(1);
  });

  it('refuses a file that lists terms before products (it could not be streamed in bounded memory)', () => {
    const doc = { publicationDate: base.publicationDate, terms: base.terms, products: base.products };
    expect(() => ingest(new TextEncoder().encode(JSON.stringify(doc)), 'AmazonEC2', 'us-east-1')).toThrow(OfferFileLayoutError);
  });

  it('refuses a truncated file', () => {
    const bytes = readFileSync(samplePath(SAMPLE.offerUsEast1));
    expect(() => ingest(bytes.subarray(0, bytes.length / 2), 'AmazonEC2', 'us-east-1')).toThrow(/ends in the middle of a value \(truncated download\?\)/);
  });

  it('refuses a file without a publication date', () => {
    const { publicationDate: _, ...doc } = base;
    expect(() => ingest(new TextEncoder().encode(JSON.stringify(doc)), 'AmazonEC2', 'us-east-1')).toThrow(/no valid publicationDate/);
  });
});
