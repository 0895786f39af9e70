/** Cached prices are refreshed after a week by default: AWS changes list prices rarely, and a refresh costs the user nothing but time. */
export const DEFAULT_PRICE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

export function ageInDays(fetchedAt: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(fetchedAt)) / DAY_MS));
}

export function isStale(fetchedAt: string, now: Date, ttlMs: number): boolean {
  return now.getTime() - Date.parse(fetchedAt) > ttlMs;
}

export function ttlDays(ttlMs: number): number {
  return Math.round((ttlMs / DAY_MS) * 10) / 10;
}
