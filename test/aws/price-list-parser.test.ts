import { describe, expect, it } from 'vitest';
import { pricesFromProduct, type FetchOrigin } from '../../src/aws/price-list/fetched-price';
import { parsePriceListEntry } from '../../src/aws/price-list/parse-price-item';
import type { PriceListItem } from '../../src/aws/price-list/price-item-schema';
import { classifyProduct } from '../../src/aws/price-list/product-classifier';
import { parseOnDemand, parseReservedTerm } from '../../src/aws/price-list/term-parser';
import { priceKeyId } from '../../src/index';
import { itemsOfResponse, m5Large2021Item, offerExtractAsItems, readSampleJson, SAMPLE, traps2026Items } from '../fake-aws/recorded-samples';
import { snapshotCatalogue } from '../support/snapshot';

const origin: FetchOrigin = { serviceCode: 'AmazonEC2', publishedOn: '2021-02-05', method: 'targeted' };

/** Parses a recorded item the way a GetProducts entry arrives: as a String object (LazyJsonString). */
function parse(item: unknown): PriceListItem {
  const result = parsePriceListEntry(new String(JSON.stringify(item)));
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

function pricesOf(item: PriceListItem, region: string) {
  const cls = classifyProduct(item.serviceCode, item.product, region);
  if (!cls.accepted) throw new Error(`rejected: ${cls.code} ${cls.detail}`);
  return pricesFromProduct(cls, item.product.sku, item.terms.OnDemand ?? {}, item.terms.Reserved, origin);
}

describe('EC2 m5.large us-east-1, the real 2021 GetProducts record with 12 Reserved offers', () => {
  const item = parse(m5Large2021Item());

  it('gives the on-demand rate $0.096/h, taking the Region from the query (2021 records have no regionCode)', () => {
    const { prices, problems } = pricesOf(item, 'us-east-1');
    expect(problems).toEqual([]);
    const od = prices.find((p) => p.key.kind === 'instance');
    expect(od).toMatchObject({ key: { service: 'ec2', kind: 'instance', region: 'us-east-1', instanceType: 'm5.large' }, unit: 'Hrs', usdPerUnit: 0.096 });
    expect(od?.sku).toBe('6C86BEPQVG73ZGGR.JRTCKXETXF.6YS6EN2CT7');
  });

  it('parses all 12 Reserved offers: hourly rate, upfront fee, lease, purchase option and offering class', () => {
    const reserved = pricesOf(item, 'us-east-1').prices.filter((p) => p.key.kind === 'reserved');
    expect(reserved).toHaveLength(12);
    const ids = reserved.map((p) => priceKeyId(p.key)).sort();
    expect(new Set(ids).size).toBe(12);
    for (const offeringClass of ['standard', 'convertible'])
      for (const term of ['1yr', '3yr'])
        for (const option of ['no-upfront', 'partial-upfront', 'all-upfront'])
          expect(ids).toContain(`ec2/reserved/us-east-1/m5.large/${offeringClass}/${term}/${option}`);
    // All Upfront: no hourly charge, one fee; No Upfront: no fee.
    for (const p of reserved) {
      if (priceKeyId(p.key).endsWith('all-upfront')) expect(p.usdPerUnit).toBe(0);
      if (priceKeyId(p.key).endsWith('/no-upfront')) expect(p.upfrontUsd).toBe(0);
      expect(p.upfrontUsd).toBeGreaterThanOrEqual(0);
    }
  });

  it('agrees with the embedded snapshot, which was built from the same record by a separate script', () => {
    const snapshot = snapshotCatalogue();
    for (const p of pricesOf(item, 'us-east-1').prices.filter((x) => x.key.kind === 'reserved')) {
      const quote = snapshot.lookup(p.key);
      expect(quote, priceKeyId(p.key)).toBeDefined();
      expect(p.usdPerUnit, priceKeyId(p.key)).toBe(quote!.usdPerUnit);
      expect(p.upfrontUsd, priceKeyId(p.key)).toBe(quote!.upfrontUsd);
    }
  });

  it('is rejected for another Region when the record names one', () => {
    const withRegion = parse({ ...m5Large2021Item(), product: { ...m5Large2021Item().product, attributes: { ...m5Large2021Item().product.attributes, regionCode: 'us-east-1' } } });
    expect(classifyProduct('AmazonEC2', withRegion.product, 'eu-west-1')).toMatchObject({ accepted: false, code: 'other-region' });
  });
});

describe('the six real 2026 eu-west-2 records that a naive filter picks up', () => {
  const items = traps2026Items().map(parse);
  const expected: Record<string, string> = {
    '222G4FXBGE8WB8RP': 'capacity-reservation', // $0.00 per Reservation, Linux with SQL Std
    '22DV5TT4HUQXMPPE': 'capacity-reservation', // $0.00 per Reservation, Linux with SQL Web
    '22FNMU6XKKK6XMWQ': 'capacity-reservation', // $0.00 per Reservation, Windows with SQL Ent
    '22HZSRCPBSDPATGF': 'capacity-reservation', // Unused Reservation, Windows with SQL Std
    '22JGAJ79H6SVC98D': 'capacity-reservation', // $0.00 per Reservation, plain Linux: the subtle one
    '22P9EC5VAZPTACHD': 'license', // Windows BYOL: Windows is priced licence included only
  };

  it.each(Object.entries(expected))('rejects %s (%s)', (sku, code) => {
    const item = items.find((i) => i.product.sku === sku)!;
    expect(classifyProduct('AmazonEC2', item.product, 'eu-west-2')).toMatchObject({ accepted: false, code });
  });

  it('never yields a $0 on-demand rate even if the classifier were bypassed', () => {
    for (const item of items) {
      const rate = parseOnDemand(item.terms.OnDemand);
      if (rate.ok) expect(rate.value.usdPerUnit).toBeGreaterThan(0);
      else expect(rate.reason).toBe('$0 on-demand rate');
    }
    expect(items.filter((i) => !parseOnDemand(i.terms.OnDemand).ok)).toHaveLength(4); // the four AllocatedCapacityReservation SKUs
  });

  it('reads the SYNTHETIC envelope pages, whose PriceList entries are JSON strings', () => {
    const entries = [...itemsOfResponse(SAMPLE.traps2026Page1), ...itemsOfResponse(SAMPLE.traps2026Page2)];
    expect(entries.map((e) => e.product.sku).sort()).toEqual(Object.keys(expected).sort());
  });

  it('flags the BYOL record by license when the operating system is Linux', () => {
    const byol = items.find((i) => i.product.sku === '22P9EC5VAZPTACHD')!;
    const linuxByol = { ...byol.product, attributes: { ...byol.product.attributes, operatingSystem: 'Linux' } };
    expect(classifyProduct('AmazonEC2', linuxByol, 'eu-west-2')).toMatchObject({ accepted: false, code: 'license' });
  });
});

describe('the real opencost offer-file extracts', () => {
  it('us-east-1 p4d.24xlarge: keeps the on-demand $32.7726 SKU and rejects its $0 capacity-block twin', () => {
    const items = offerExtractAsItems(SAMPLE.offerUsEast1).map(parse);
    expect(items).toHaveLength(2);
    const results = items.map((i) => ({ sku: i.product.sku, cls: classifyProduct('AmazonEC2', i.product, 'us-east-1') }));
    expect(results.find((r) => r.sku === 'YSXJGN78QTXNVGDQ')?.cls).toMatchObject({ accepted: false, code: 'capacity-block' });
    const real = items.find((i) => i.product.sku === 'H7NGEAC6UEHNTKSJ')!;
    expect(pricesOf(real, 'us-east-1').prices).toEqual([
      expect.objectContaining({ key: { service: 'ec2', kind: 'instance', region: 'us-east-1', instanceType: 'p4d.24xlarge' }, usdPerUnit: 32.7726 }),
    ]);
    const block = items.find((i) => i.product.sku === 'YSXJGN78QTXNVGDQ')!;
    expect(parseOnDemand(block.terms.OnDemand)).toEqual({ ok: false, reason: '$0 on-demand rate' });
  });

  it('us-east-2: gp3 EBS at $0.08/GB-month, Windows BYOL and the NLB left out, and the Reserved term misfiled under OnDemand refused', () => {
    const items = offerExtractAsItems(SAMPLE.offerUsEast2).map(parse);
    const bySku = new Map(items.map((i) => [i.product.sku, i]));
    expect(pricesOf(bySku.get('M6UGCCQ3CDJQAA37')!, 'us-east-2').prices).toEqual([
      expect.objectContaining({ key: { service: 'ebs', kind: 'volume', region: 'us-east-2', volumeType: 'gp3' }, unit: 'GB-Mo', usdPerUnit: 0.08 }),
    ]);
    expect(classifyProduct('AmazonEC2', bySku.get('9ZEEN7WWWQKAG292')!.product, 'us-east-2')).toMatchObject({ accepted: false, code: 'license' });
    expect(classifyProduct('AmazonEC2', bySku.get('Y9RYMSE644KDSV4S')!.product, 'us-east-2')).toMatchObject({ accepted: false, code: 'not-modelled' });
    // m5.large is the right product, but its only "OnDemand" term is a 3-year convertible offer.
    const m5 = pricesOf(bySku.get('8D49XP354UEYTHGM')!, 'us-east-2');
    expect(m5.prices).toEqual([]);
    expect(m5.problems[0]).toMatch(/reserved term MZU6U2429S filed under OnDemand/);
  });
});

describe('AWS-published GetProducts examples', () => {
  it('the aws-cli EBS record (2018, no regionCode, no volumeApiName) prices io1 storage from its usagetype', () => {
    const [item] = itemsOfResponse(SAMPLE.awscliEbsPiops).map(parse);
    expect(pricesOf(item!, 'ap-southeast-1').prices).toEqual([
      expect.objectContaining({ key: { service: 'ebs', kind: 'volume', region: 'ap-southeast-1', volumeType: 'io1' }, usdPerUnit: 0.138 }),
    ]);
  });

  it('the botocore example (ca-central-1) parses the same way', () => {
    const [item] = itemsOfResponse(SAMPLE.botocoreGetProducts).map(parse);
    expect(item!.product.attributes.usagetype).toBe('CAN1-EBS:VolumeUsage.piops');
    expect(pricesOf(item!, 'ca-central-1').prices[0]).toMatchObject({ usdPerUnit: 0.138, unit: 'GB-Mo' });
  });

  it('the real response envelope keeps its NextToken for paging', () => {
    expect(readSampleJson<{ NextToken: string }>(SAMPLE.awscliEbsPiops).NextToken).toMatch(/==:/);
  });
});

describe('malformed entries are refused with a reason, never guessed', () => {
  it.each([
    ['{"product": ', /not JSON/],
    [JSON.stringify({ product: { sku: 'X', attributes: {} }, serviceCode: 'AmazonEC2', terms: {} }), /publicationDate/],
    [JSON.stringify({ product: { attributes: {} }, serviceCode: 'AmazonEC2', terms: {}, publicationDate: '2026-01-01T00:00:00Z' }), /product\.sku/],
    [JSON.stringify({ product: { sku: 'X', attributes: {} }, serviceCode: 'AmazonEC2', terms: { OnDemand: 'none' }, publicationDate: '2026-01-01T00:00:00Z' }), /terms\.OnDemand/],
  ])('%s', (entry, reason) => {
    const result = parsePriceListEntry(entry);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('terms', () => {
  const dim = (unit: string, usd: string, begin?: string, end?: string) => ({ unit, pricePerUnit: { USD: usd }, ...(begin ? { beginRange: begin } : {}), ...(end ? { endRange: end } : {}) });
  const term = (dims: Record<string, unknown>, termAttributes: Record<string, string> = {}) => ({ X: { priceDimensions: dims, termAttributes } }) as never;

  it('reads volume tiers in order, whatever order the dimensions come in', () => {
    const rate = parseOnDemand(term({ b: dim('GB-Mo', '0.022', '51200', '512000'), c: dim('GB-Mo', '0.021', '512000', 'Inf'), a: dim('GB-Mo', '0.023', '0', '51200') }));
    expect(rate).toEqual({
      ok: true,
      value: {
        unit: 'GB-Mo',
        usdPerUnit: 0.023,
        tiers: [
          { fromQuantity: 0, toQuantity: 51200, usdPerUnit: 0.023 },
          { fromQuantity: 51200, toQuantity: 512000, usdPerUnit: 0.022 },
          { fromQuantity: 512000, toQuantity: null, usdPerUnit: 0.021 },
        ],
      },
    });
  });

  it.each([
    [{ a: dim('GB-Mo', '0.023', '0', '100'), b: dim('GB-Mo', '0.022', '200', 'Inf') }, 'tiers with a gap or overlap'],
    [{ a: dim('GB-Mo', '0.023', '0', '100') , b: dim('Hrs', '0.022', '100', 'Inf') }, 'price dimensions with different units'],
    [{ a: dim('Hrs', '$0.10') }, 'price "$0.10" is not a USD decimal'],
    [{ a: dim('Quantity', '100') }, 'upfront fee in an on-demand term'],
    [{ a: dim('GB-Mo', '0.023', '0', '100') }, 'last tier is not open-ended'],
  ])('refuses %j', (dims, reason) => {
    expect(parseOnDemand(term(dims))).toEqual({ ok: false, reason });
  });

  it('refuses several on-demand terms for one SKU', () => {
    expect(parseOnDemand({ a: { priceDimensions: {} }, b: { priceDimensions: {} } } as never)).toEqual({ ok: false, reason: '2 on-demand terms for one SKU' });
  });

  it.each([
    [{ LeaseContractLength: '2yr', PurchaseOption: 'No Upfront' }, /lease length "2yr"/],
    [{ LeaseContractLength: '1yr', PurchaseOption: 'Heavy Utilization' }, /no longer|not offered/],
    [{ LeaseContractLength: '1yr', PurchaseOption: 'No Upfront', OfferingClass: 'premium' }, /offering class "premium"/],
  ])('refuses a Reserved term with %j', (attrs, reason) => {
    const result = parseReservedTerm({ priceDimensions: { a: dim('Hrs', '0.05') }, termAttributes: attrs });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('refuses an All Upfront term without a fee', () => {
    expect(parseReservedTerm({ priceDimensions: { a: dim('Hrs', '0') }, termAttributes: { LeaseContractLength: '1yr', PurchaseOption: 'All Upfront' } })).toEqual({
      ok: false,
      reason: 'All Upfront term without an upfront fee',
    });
  });
});

describe('Windows and SQL Server licence-included EC2 records', () => {
  /** A real m5.xlarge record's shape with the Windows attributes of the AWS Price List. */
  const windowsRecord = (preInstalledSw: string, operation: string, licenseModel = 'No License required') => {
    const base = m5Large2021Item().product;
    return {
      ...base,
      attributes: { ...base.attributes, operatingSystem: 'Windows', preInstalledSw, operation, licenseModel, usagetype: 'BoxUsage:m5.large' },
    } as PriceListItem['product'];
  };

  it.each([
    ['NA', 'RunInstances:0002', 'windows'],
    ['SQL Std', 'RunInstances:0006', 'windows-sql-std'],
    ['SQL Ent', 'RunInstances:0102', 'windows-sql-ent'],
    ['SQL Web', 'RunInstances:0202', 'windows-sql-web'],
  ])('keys Windows with preInstalledSw %s (%s) under platform %s', (sw, operation, platform) => {
    const cls = classifyProduct('AmazonEC2', windowsRecord(sw, operation), 'eu-west-2');
    expect(cls).toMatchObject({ accepted: true, key: { service: 'ec2', kind: 'instance', instanceType: 'm5.large', platform } });
    if (cls.accepted) expect(priceKeyId(cls.key)).toBe(`ec2/instance/eu-west-2/m5.large/${platform}`);
  });

  // The recorded 2026 eu-west-2 records carry AWS's own operation codes for these products: Windows with SQL Ent
  // RunInstances:0102 and Windows with SQL Std RunInstances:0006 (Linux with SQL Std :0004, Linux with SQL Web :0200).
  // They are capacity-reservation SKUs, so each is classified as a copy with only the two fields that make a record
  // plain usage changed to those of the fixture's own "Used" record (capacitystatus Used, usagetype EUW2-BoxUsage:<type>);
  // operating system, software, operation, licence model and tenancy stay as AWS recorded them.
  const asPlainUsage = (sku: string) => {
    const item = traps2026Items().map(parse).find((i) => i.product.sku === sku)!;
    const a = item.product.attributes;
    return { recorded: a, product: { ...item.product, attributes: { ...a, capacitystatus: 'Used', usagetype: `EUW2-BoxUsage:${a.instanceType}` } } };
  };

  it.each([
    ['22FNMU6XKKK6XMWQ', 'Windows', 'SQL Ent', 'RunInstances:0102', 'windows-sql-ent'],
    ['22HZSRCPBSDPATGF', 'Windows', 'SQL Std', 'RunInstances:0006', 'windows-sql-std'],
  ])('accepts the recorded %s (%s with %s, %s) under platform %s: the operation table matches AWS', (sku, os, sw, operation, platform) => {
    const { recorded, product } = asPlainUsage(sku);
    expect([recorded.operatingSystem, recorded.preInstalledSw, recorded.operation]).toEqual([os, sw, operation]);
    const cls = classifyProduct('AmazonEC2', product, 'eu-west-2');
    expect(cls).toMatchObject({ accepted: true, key: { service: 'ec2', kind: 'instance', instanceType: recorded.instanceType, platform } });
  });

  it.each([
    ['222G4FXBGE8WB8RP', 'SQL Std', 'RunInstances:0004'],
    ['22DV5TT4HUQXMPPE', 'SQL Web', 'RunInstances:0200'],
  ])('still refuses the recorded Linux-with-SQL %s (%s, %s) as plain usage: only Windows SQL Server is modelled', (sku, sw, operation) => {
    const { recorded, product } = asPlainUsage(sku);
    expect([recorded.operatingSystem, recorded.preInstalledSw, recorded.operation]).toEqual(['Linux', sw, operation]);
    expect(classifyProduct('AmazonEC2', product, 'eu-west-2')).toMatchObject({ accepted: false, code: 'preinstalled-software' });
  });

  it('refuses Windows BYOL and a SQL Server record billed under another operation', () => {
    expect(classifyProduct('AmazonEC2', windowsRecord('SQL Std', 'RunInstances:0800', 'Bring your own license'), 'eu-west-2')).toMatchObject({ accepted: false, code: 'license' });
    expect(classifyProduct('AmazonEC2', windowsRecord('SQL Std', 'RunInstances:0002'), 'eu-west-2')).toMatchObject({ accepted: false, code: 'not-plain-usage' });
    expect(classifyProduct('AmazonEC2', windowsRecord('SQL Ent', 'RunInstances:0100'), 'eu-west-2')).toMatchObject({ accepted: false, code: 'not-plain-usage' });
  });
});

describe('RDS SQL Server and Oracle records', () => {
  const rdsRecord = (databaseEngine: string, databaseEdition: string | undefined, licenseModel: string) =>
    ({
      sku: 'SYNTHETICRDS0001',
      productFamily: 'Database Instance',
      attributes: {
        regionCode: 'us-east-1',
        instanceType: 'db.m5.xlarge',
        databaseEngine,
        ...(databaseEdition === undefined ? {} : { databaseEdition }),
        deploymentOption: 'Multi-AZ',
        licenseModel,
        usagetype: 'Multi-AZUsage:db.m5.xlarge',
      },
    }) as unknown as PriceListItem['product'];

  it.each([
    ['SQL Server', 'Standard', 'License included', 'sqlserver-se'],
    ['SQL Server', 'Express', 'License included', 'sqlserver-ex'],
    ['Oracle', 'Standard Two', 'License included', 'oracle-se2'],
    ['Oracle', 'Standard Two', 'Bring your own license', 'oracle-se2-byol'],
    ['Oracle', 'Enterprise', 'Bring your own license', 'oracle-ee-byol'],
    ['PostgreSQL', undefined, 'No license required', 'postgresql'],
  ])('keys %s %s (%s) as %s', (engine, edition, licence, expected) => {
    expect(classifyProduct('AmazonRDS', rdsRecord(engine, edition, licence), 'us-east-1')).toMatchObject({ accepted: true, key: { engine: expected, deployment: 'multi-az' } });
  });

  it('refuses SQL Server BYOL, Oracle EE licence included (neither is modelled) and an unknown edition', () => {
    expect(classifyProduct('AmazonRDS', rdsRecord('SQL Server', 'Standard', 'Bring your own license'), 'us-east-1')).toMatchObject({ accepted: false, code: 'license' });
    expect(classifyProduct('AmazonRDS', rdsRecord('Oracle', 'Enterprise', 'License included'), 'us-east-1')).toMatchObject({ accepted: false, code: 'license' });
    expect(classifyProduct('AmazonRDS', rdsRecord('SQL Server', 'Developer', 'License included'), 'us-east-1')).toMatchObject({ accepted: false, code: 'engine' });
  });
});
