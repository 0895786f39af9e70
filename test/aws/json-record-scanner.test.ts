import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JsonRecordScanner, JsonScanError, type MemberAction } from '../../src/aws/offer-file/json-record-scanner';
import { samplePath, SAMPLE } from '../fake-aws/recorded-samples';

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Scans `bytes` split into chunks at the given offsets; returns each captured value, parsed, by path. */
function scan(bytes: Uint8Array, cuts: readonly number[], decide: (path: readonly string[]) => MemberAction): [string, unknown][] {
  const out: [string, unknown][] = [];
  const scanner = new JsonRecordScanner({
    member: decide,
    captured: (path, b, s, e) => out.push([path.join('/'), JSON.parse(dec.decode(b.subarray(s, e)))]),
  });
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    scanner.push(bytes.subarray(from, cut));
    from = cut;
  }
  scanner.finish();
  expect(scanner.bytesScanned).toBe(bytes.length);
  return out;
}

/** Offer-file navigation: products and terms records, plus the publication date. */
const offerPaths = (path: readonly string[]): MemberAction => {
  if (path.length === 1) return path[0] === 'products' || path[0] === 'terms' ? 'descend' : path[0] === 'publicationDate' ? 'capture' : 'skip';
  if (path.length === 2) return path[0] === 'products' ? 'capture' : path[0] === 'terms' ? 'descend' : 'skip';
  return path.length === 3 ? 'capture' : 'skip';
};

function reference(text: string): [string, unknown][] {
  const doc = JSON.parse(text) as { publicationDate: string; products: Record<string, unknown>; terms: Record<string, Record<string, unknown>> };
  const out: [string, unknown][] = [['publicationDate', doc.publicationDate]];
  for (const [sku, p] of Object.entries(doc.products)) out.push([`products/${sku}`, p]);
  for (const [type, bySku] of Object.entries(doc.terms)) {
    if (typeof bySku !== 'object' || bySku === null) continue;
    for (const [sku, t] of Object.entries(bySku)) out.push([`terms/${type}/${sku}`, t]);
  }
  return out;
}

describe('JsonRecordScanner on the real offer-file extracts', () => {
  for (const file of [SAMPLE.offerUsEast1, SAMPLE.offerUsEast2]) {
    const text = readFileSync(samplePath(file), 'utf8');
    const bytes = enc.encode(text);
    const expected = reference(text);

    it(`${file}: finds exactly what JSON.parse finds, whole`, () => {
      expect(scan(bytes, [], offerPaths)).toEqual(expected);
    });

    it(`${file}: gives the same result wherever the stream is cut (every split point)`, () => {
      for (let cut = 1; cut < bytes.length; cut++) {
        const got = scan(bytes, [cut], offerPaths);
        if (JSON.stringify(got) !== JSON.stringify(expected)) throw new Error(`differs when cut at byte ${cut}`);
      }
    });

    it(`${file}: works one byte at a time`, () => {
      expect(scan(bytes, Array.from({ length: bytes.length - 1 }, (_, i) => i + 1), offerPaths)).toEqual(expected);
    });
  }
});

describe('JsonRecordScanner on awkward JSON', () => {
  const tricky = String.raw`{"a\"b": {"k": "v"}, "braces": {"s": "}{][", "esc": "x\\\"y\\", "u": "caf\u00e9 ✓", "n": [1, {"deep": [true, null]}]}, "num": -1.5e3, "t": true, "z": null, "e": {}, "arr": [ ]}`;
  const bytes = enc.encode(tricky);
  const all = (): MemberAction => 'capture';

  it('captures every top-level value, whatever it holds', () => {
    const expected = Object.entries(JSON.parse(tricky) as Record<string, unknown>);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const got = scan(bytes, cut === 0 || cut === bytes.length ? [] : [cut], all);
      expect(got, `cut at ${cut}`).toEqual(expected);
    }
  });

  it('decodes escaped keys when descending', () => {
    const got = scan(bytes, [], (p) => (p.length === 1 && p[0] === 'a"b' ? 'descend' : p.length === 2 ? 'capture' : 'skip'));
    expect(got).toEqual([['a"b/k', 'v']]);
  });

  it('skips a value it was told to descend into when it is not an object', () => {
    expect(scan(enc.encode('{"x": [1,2], "y": "s"}'), [], (p) => (p[0] === 'x' ? 'descend' : 'capture'))).toEqual([['y', 's']]);
  });

  it.each([
    ['', /empty/],
    ['{"a": {"b": 1}', /ends in the middle/],
    ['{"a": "unterminated', /ends in the middle/],
    ['{"a" 1}', /expected ":"/],
    ['{"a": 1,}', /expected a key after ","/],
    ['{"a": 1} x', /after the end of the document/],
    ['[1, 2]', /expected "\{"/],
    ['{"a": }', /expected a value/],
  ])('refuses %j with a message naming the problem', (text, message) => {
    const scanner = new JsonRecordScanner({ member: () => 'skip', captured: () => undefined });
    expect(() => {
      scanner.push(enc.encode(text));
      scanner.finish();
    }).toThrow(message);
    expect(() => {
      const s = new JsonRecordScanner({ member: () => 'skip', captured: () => undefined });
      s.push(enc.encode(text));
      s.finish();
    }).toThrow(JsonScanError);
  });

  it('refuses a captured record larger than its cap, so one bad record cannot exhaust memory', () => {
    const scanner = new JsonRecordScanner({ member: () => 'capture', captured: () => undefined }, { maxCaptureBytes: 64 });
    scanner.push(enc.encode(`{"big": "${'x'.repeat(50)}`));
    expect(() => scanner.push(enc.encode(`${'x'.repeat(50)}"}`))).toThrow(/larger than 64 bytes/);
  });
});
