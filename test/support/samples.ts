import { readFileSync } from 'node:fs';
import { readCsv } from '../../scripts/price-snapshot/recorded-samples';
import { REGION_BY_LOCATION } from '../../scripts/price-snapshot/locations';
import { awsFixturePath } from './paths';

/** Reads a recorded CSV under test/fixtures/aws (simple quoted fields) into objects keyed by header: the snapshot builder's reader. */
export function readSampleCsv(relative: string): Record<string, string>[] {
  return readCsv(awsFixturePath(relative));
}

/** Reads a recorded pricing-page feed under test/fixtures/aws: region code → entry name → { price, rateCode, ... }. */
export function readSampleFeed(relative: string): Record<string, Record<string, Record<string, string>>> {
  const feed = JSON.parse(readFileSync(awsFixturePath(relative), 'utf8')) as {
    regions: Record<string, Record<string, Record<string, string>>>;
  };
  const out: Record<string, Record<string, Record<string, string>>> = {};
  for (const [location, entries] of Object.entries(feed.regions)) {
    const region = REGION_BY_LOCATION[location];
    if (region) out[region] = entries;
  }
  return out;
}

export function readSampleJson<T>(relative: string): T {
  return JSON.parse(readFileSync(awsFixturePath(relative), 'utf8')) as T;
}
