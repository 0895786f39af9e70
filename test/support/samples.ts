import { readFileSync } from 'node:fs';
import { awsFixturePath } from './paths';

/** Reads a recorded CSV under test/fixtures/aws (simple quoted fields) into objects keyed by header. */
export function readSampleCsv(relative: string): Record<string, string>[] {
  const text = readFileSync(awsFixturePath(relative), 'utf8').trim();
  const [header, ...rows] = text.split(/\r?\n/);
  const names = (header ?? '').split(',');
  return rows.map((line) => {
    const cells: string[] = [];
    let cur = '';
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) {
        cells.push(cur);
        cur = '';
      } else cur += ch;
    }
    cells.push(cur);
    return Object.fromEntries(names.map((n, i) => [n, cells[i] ?? '']));
  });
}

const LOCATIONS: Record<string, string> = {
  'US East (N. Virginia)': 'us-east-1',
  'EU (Ireland)': 'eu-west-1',
  'EU (Frankfurt)': 'eu-central-1',
};

/** Reads a recorded pricing-page feed under test/fixtures/aws: region code → entry name → { price, rateCode, ... }. */
export function readSampleFeed(relative: string): Record<string, Record<string, Record<string, string>>> {
  const feed = JSON.parse(readFileSync(awsFixturePath(relative), 'utf8')) as {
    regions: Record<string, Record<string, Record<string, string>>>;
  };
  const out: Record<string, Record<string, Record<string, string>>> = {};
  for (const [location, entries] of Object.entries(feed.regions)) {
    const region = LOCATIONS[location];
    if (region) out[region] = entries;
  }
  return out;
}

export function readSampleJson<T>(relative: string): T {
  return JSON.parse(readFileSync(awsFixturePath(relative), 'utf8')) as T;
}
