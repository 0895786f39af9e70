import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/report/csv';
import { formatMachineNumber, formatMonth, formatUnitPrice, formatUsd, formatUsdCompact, roundCents } from '../../src/format/format';

describe('formatting (the only place numbers are rounded)', () => {
  it.each([
    [1.005, 1.01],
    [2.675, 2.68],
    [-1.005, -1.01],
    [0.004999, 0],
    [1234.5649, 1234.56],
  ])('rounds %d to %d cents, half away from zero', (value, expected) => {
    expect(roundCents(value)).toBe(expected);
  });

  it.each([
    [1234.5, '$1,234.50'],
    [-12, '−$12.00'],
    [0, '$0.00'],
    [1e9, '$1,000,000,000.00'],
  ])('formats %d as %s', (value, text) => expect(formatUsd(value)).toBe(text));

  it.each([
    [0.096, '$0.096'],
    [0.0000002, '$0.0000002'],
    [0.1, '$0.10'],
    [0.0225, '$0.0225'],
    [40.96, '$40.96'],
    [null, 'not found'],
  ])('keeps unit-price precision: %s → %s', (value, text) => expect(formatUnitPrice(value)).toBe(text));

  it('labels months from a start month across year ends', () => {
    expect(formatMonth(1, '2027-11')).toBe('2027-11');
    expect(formatMonth(3, '2027-11')).toBe('2028-01');
    expect(formatMonth(25, '2027-01')).toBe('2029-01');
    expect(formatMonth(7)).toBe('Month 7');
  });

  it('writes machine numbers without locale or binary noise', () => {
    expect(formatMachineNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatMachineNumber(1234567.891)).toBe('1234567.891');
    expect(formatMachineNumber(-0)).toBe('0');
    expect(formatMachineNumber(NaN)).toBe('');
  });

  it('compacts chart ticks', () => {
    expect(formatUsdCompact(950)).toBe('$950');
    expect(formatUsdCompact(12345)).toBe('$12k');
    expect(formatUsdCompact(1_250_000)).toBe('$1.3M');
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and nothing else', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('starts with a byte-order mark and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', 'x,y']])).toBe('\uFEFFa,b\r\n1,"x,y"\r\n');
  });
});
