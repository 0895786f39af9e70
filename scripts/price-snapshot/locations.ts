import { AWS_REGIONS, type AwsRegion } from '../../src/model/regions';

/**
 * The one table from AWS location names (as the pricing-page feeds and the Price List `location`
 * attribute spell them) to Region codes. Source: AWS General Reference, "Regions and endpoints",
 * cross-checked against lamngockhuong/aws-price locations.json@508fb452 (type "AWS Region").
 */
export const REGION_BY_LOCATION: Readonly<Record<string, AwsRegion>> = {
  'US East (N. Virginia)': 'us-east-1',
  'US East (Ohio)': 'us-east-2',
  'US West (N. California)': 'us-west-1',
  'US West (Oregon)': 'us-west-2',
  'Africa (Cape Town)': 'af-south-1',
  'Asia Pacific (Hong Kong)': 'ap-east-1',
  'Asia Pacific (Taipei)': 'ap-east-2',
  'Asia Pacific (Mumbai)': 'ap-south-1',
  'Asia Pacific (Hyderabad)': 'ap-south-2',
  'Asia Pacific (Singapore)': 'ap-southeast-1',
  'Asia Pacific (Sydney)': 'ap-southeast-2',
  'Asia Pacific (Jakarta)': 'ap-southeast-3',
  'Asia Pacific (Melbourne)': 'ap-southeast-4',
  'Asia Pacific (Malaysia)': 'ap-southeast-5',
  'Asia Pacific (Thailand)': 'ap-southeast-7',
  'Asia Pacific (Tokyo)': 'ap-northeast-1',
  'Asia Pacific (Seoul)': 'ap-northeast-2',
  'Asia Pacific (Osaka)': 'ap-northeast-3',
  'Canada (Central)': 'ca-central-1',
  'Canada West (Calgary)': 'ca-west-1',
  'EU (Frankfurt)': 'eu-central-1',
  'EU (Zurich)': 'eu-central-2',
  'EU (Ireland)': 'eu-west-1',
  'EU (London)': 'eu-west-2',
  'EU (Paris)': 'eu-west-3',
  'EU (Milan)': 'eu-south-1',
  'EU (Spain)': 'eu-south-2',
  'EU (Stockholm)': 'eu-north-1',
  'Israel (Tel Aviv)': 'il-central-1',
  'Middle East (Bahrain)': 'me-south-1',
  'Middle East (UAE)': 'me-central-1',
  'Mexico (Central)': 'mx-central-1',
  'South America (Sao Paulo)': 'sa-east-1',
};

/**
 * Commercial Regions the feeds carry that the scenario schema does not accept yet. They are skipped
 * by name (and counted), never silently: Asia Pacific (New Zealand) opened in 2025 and only the
 * Nov 2025 EC2 feed prices it, so it would have EC2 rates and nothing else.
 */
export const REGIONS_NOT_IN_SCHEMA: Readonly<Record<string, string>> = {
  'Asia Pacific (New Zealand)': 'ap-southeast-6',
};

/**
 * AWS Local Zones the feeds list, by name (lamngockhuong/aws-price locations.json@508fb452, type
 * "AWS Local Zone"; "US East (Kansas City)" is typed "AWS Region" there but its code
 * us-east-2-mci-1 is a Dedicated Local Zone). Their names look like Region names, so they are
 * listed: a new one fails the build until it is added here.
 */
export const LOCAL_ZONES: ReadonlySet<string> = new Set([
  'Argentina (Buenos Aires)',
  'Australia (Perth)',
  'Chile (Santiago)',
  'Denmark (Copenhagen)',
  'Finland (Helsinki)',
  'Germany (Hamburg)',
  'India (Delhi)',
  'India (Kolkata)',
  'Mexico (Queretaro)',
  'New Zealand (Auckland)',
  'Nigeria (Lagos)',
  'Oman (Muscat)',
  'Peru (Lima)',
  'Philippines (Manila)',
  'Poland (Warsaw)',
  'Taiwan (Taipei)',
  'Thailand (Bangkok)',
  'US East (Atlanta)',
  'US East (Boston)',
  'US East (Chicago)',
  'US East (Dallas)',
  'US East (Houston)',
  'US East (Kansas City)',
  'US East (Kansas City 2)',
  'US East (Miami)',
  'US East (Minneapolis)',
  'US East (New York City)',
  'US East (Philadelphia)',
  'US West (Denver)',
  'US West (Honolulu)',
  'US West (Las Vegas)',
  'US West (Los Angeles)',
  'US West (Phoenix)',
  'US West (Portland)',
  'US West (Seattle)',
]);

/**
 * Wavelength Zones are named "<area> (<carrier>) - <city>" (e.g. "US East (Verizon) - Boston");
 * two (Lenexa, Casablanca, Dakar) are named like cities and are listed.
 */
const WAVELENGTH_NAME = /^[A-Za-z ]+ \([A-Za-z ]+\) - [A-Za-z .]+$/;
const WAVELENGTH_ZONES: ReadonlySet<string> = new Set(['US East (Lenexa)', 'Morocco (Casablanca)', 'Senegal (Dakar)']);
const GOVCLOUD = /^AWS GovCloud \(/;
const CHINA = /^China \(/;
/** Entries with no location: global rates ("Any") and blank keys. */
const NO_LOCATION = new Set(['', 'Any', 'Global']);

export type LocationClass =
  | { readonly region: AwsRegion }
  | { readonly skip: 'local-zone' | 'wavelength' | 'govcloud' | 'china' | 'no-location' | 'region-not-in-schema' };

export class UnmappedLocationError extends Error {
  override readonly name = 'UnmappedLocationError';
}

const REGION_CODES: ReadonlySet<string> = new Set(AWS_REGIONS);
const SLUGS: ReadonlyMap<string, string> = new Map(
  [...Object.keys(REGION_BY_LOCATION), ...Object.keys(REGIONS_NOT_IN_SCHEMA), ...LOCAL_ZONES, ...WAVELENGTH_ZONES].map((name) => [slugOf(name), name]),
);

/** lamngockhuong/aws-price writes a location as a slug: "US West (Oregon)" → "us-west-(oregon)". */
export function slugOf(name: string): string {
  return name.toLowerCase().replace(/ /g, '-');
}

/**
 * Classifies one location as a feed spells it: a location name, a Region code, or an aws-price
 * slug. A commercial Region the table lacks throws, so a new Region is never dropped silently.
 */
export function classifyLocation(spelled: string): LocationClass {
  const name = SLUGS.get(spelled) ?? spelled;
  const region = REGION_BY_LOCATION[name];
  if (region) return { region };
  if (REGION_CODES.has(name)) return { region: name as AwsRegion };
  if (REGIONS_NOT_IN_SCHEMA[name] || Object.values(REGIONS_NOT_IN_SCHEMA).includes(name)) return { skip: 'region-not-in-schema' };
  if (NO_LOCATION.has(name)) return { skip: 'no-location' };
  if (GOVCLOUD.test(name) || /^(us-gov-|aws-govcloud-\()/.test(name)) return { skip: 'govcloud' };
  if (CHINA.test(name) || /^(cn-|china-\()/.test(name)) return { skip: 'china' };
  if (LOCAL_ZONES.has(name)) return { skip: 'local-zone' };
  if (WAVELENGTH_ZONES.has(name) || WAVELENGTH_NAME.test(name) || spelled.includes(')---')) return { skip: 'wavelength' };
  throw new UnmappedLocationError(
    `unmapped AWS location "${spelled}": add it to REGION_BY_LOCATION (and AWS_REGIONS) if it is a commercial Region, or to LOCAL_ZONES if it is a Local Zone`,
  );
}

/** Counts of skipped locations by reason and name, for the build report. */
export class SkippedLocations {
  private readonly counts = new Map<string, number>();

  note(reason: string, name: string): void {
    const key = `${reason}: ${name}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  byReason(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [key, n] of this.counts) {
      const reason = key.slice(0, key.indexOf(':'));
      out[reason] = (out[reason] ?? 0) + n;
    }
    return out;
  }

  names(reason: string): string[] {
    return [...this.counts.keys()].filter((k) => k.startsWith(`${reason}: `)).map((k) => k.slice(reason.length + 2)).sort();
  }
}

/** The Region of a location, or undefined after noting why it is skipped. */
export function regionOf(spelled: string, skipped?: SkippedLocations): AwsRegion | undefined {
  const cls = classifyLocation(spelled);
  if ('region' in cls) return cls.region;
  skipped?.note(cls.skip, spelled);
  return undefined;
}
