import { describe, expect, it } from 'vitest';
import { DEFAULT_STALE_AFTER_DAYS, formatAge, priceAge, priceAgeDays } from '../../src/pricing/price-age';

/** How old a price is on a given day, and when the app calls it stale (src/pricing/price-age.ts). */
describe('price age', () => {
  it('counts whole days from the as-of date to today, by the calendar (UTC)', () => {
    expect(priceAgeDays('2025-06-05', '2025-06-05')).toBe(0);
    expect(priceAgeDays('2025-06-05', '2025-06-06T23:59:59Z')).toBe(1);
    // 2024 is a leap year: 366 days from 2024-01-01 to 2025-01-01.
    expect(priceAgeDays('2024-01-01', '2025-01-01')).toBe(366);
    expect(priceAgeDays('2025-06-05', '2026-12-02')).toBe(545);
  });

  it('dates a monthly bill (YYYY-MM) from its first day, so its age is never understated', () => {
    expect(priceAgeDays('2023-12', '2024-01-01')).toBe(31);
  });

  it('never gives a negative age (a price dated after today), and no age for an unreadable date', () => {
    expect(priceAgeDays('2027-01-01', '2026-12-02')).toBe(0);
    expect(priceAgeDays('June 2025', '2026-12-02')).toBeUndefined();
    expect(priceAgeDays('2025-06-05', 'yesterday')).toBeUndefined();
  });

  it(`calls a price stale beyond ${DEFAULT_STALE_AFTER_DAYS} days by default, and at the threshold the user sets`, () => {
    expect(DEFAULT_STALE_AFTER_DAYS).toBe(90);
    expect(priceAge({ asOf: '2026-09-03', kind: 'snapshot' }, '2026-12-02')).toEqual({ days: 90, stale: false });
    expect(priceAge({ asOf: '2026-09-02', kind: 'snapshot' }, '2026-12-02')).toEqual({ days: 91, stale: true });
    expect(priceAge({ asOf: '2025-06-05', kind: 'cache' }, '2026-12-02', 600)).toEqual({ days: 545, stale: false });
  });

  it('never calls a rate the user typed into the scenario stale; an unreadable date is stale', () => {
    expect(priceAge({ asOf: '2020-01-01', kind: 'scenario' }, '2026-12-02').stale).toBe(false);
    const unknown = priceAge({ asOf: 'unknown', kind: 'snapshot' }, '2026-12-02');
    expect(unknown.stale).toBe(true);
    expect(Number.isNaN(unknown.days)).toBe(true);
  });

  it('writes ages for table cells', () => {
    expect([formatAge(0), formatAge(1), formatAge(545), formatAge(Number.NaN)]).toEqual(['today', '1 day', '545 days', 'unknown age']);
  });
});
