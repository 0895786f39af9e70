import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { regionOf, type SkippedLocations } from './locations';
import { addUnique, emptyFamily, note, readJson, readMeteredFeed, type Candidate, type LoadedFamily } from './feed-files';
import { EKS_LABELS, firstEntry, s3Tiers } from './aws-price-watcher';

/**
 * lamngockhuong/aws-price exports (folder `aws-price/`): the newest EC2 Linux on-demand list
 * (`ec2-transformed.json`, locations as slugs such as `us-west-(oregon)` or Region codes) and the
 * NAT gateway, S3 and EKS feeds as fetched (with manifest dates and rateCodes).
 *
 * Keys written: ec2/instance/<region>/<type> (Hrs), vpc/nat-gateway-hour/<region> (Hrs),
 * vpc/nat-gateway-gb/<region> (GB processed), s3/standard-storage/<region> (tiered),
 * eks/cluster-hour/<region>, eks/extended-cluster-hour/<region>.
 */
export const AWS_PRICE = { repository: 'lamngockhuong/aws-price', commit: '508fb45296c89efe38772babd7ec766644629267' } as const;
const AT = `${AWS_PRICE.repository}@${AWS_PRICE.commit.slice(0, 8)}`;

/**
 * ec2-transformed.json keeps no manifest. The EC2 feed it was made from was published on this date
 * (the same data, trimmed, is recorded in the project's EC2 samples as of 2025-11-03).
 */
export const AWS_PRICE_EC2_DATE = '2025-11-03';

export const AWS_PRICE_SOURCES = { ec2: 'awsprice-ec2-ondemand', nat: 'awsprice-natgateway', s3: 'awsprice-s3', eks: 'awsprice-eks' } as const;

interface TransformedRow {
  readonly region: string;
  readonly attributes: { readonly instanceType?: string; readonly operatingSystem?: string; readonly vcpu?: string; readonly memory?: string };
  readonly pricePerUnit: string;
  readonly unit: string;
}

export function loadAwsPrice(root: string, skipped?: SkippedLocations): LoadedFamily {
  const family = emptyFamily('aws-price');
  const base = { repository: AWS_PRICE.repository, commit: AWS_PRICE.commit, basis: 'published' as const };

  const ec2Path = join(root, 'ec2-transformed.json');
  if (existsSync(ec2Path)) {
    const rows = readJson(ec2Path) as TransformedRow[];
    const seen = new Map<string, Candidate>();
    for (const row of rows) {
      const type = row.attributes.instanceType;
      if (row.attributes.operatingSystem !== 'Linux' || row.unit !== 'USD per hour' || !type) {
        note(family, 'ec2: not a Linux hourly rate');
        continue;
      }
      const region = regionOf(row.region, skipped);
      if (!region) continue;
      addUnique(family.prices, seen, { key: `ec2/instance/${region}/${type}`, unit: 'Hrs', usd: row.pricePerUnit, sourceId: AWS_PRICE_SOURCES.ec2 });
      const memory = /^([\d.]+) GB$/.exec(row.attributes.memory ?? '');
      if (memory && row.attributes.vcpu) family.specs.push([type, Number(row.attributes.vcpu), Number(memory[1])]);
    }
    family.sources[AWS_PRICE_SOURCES.ec2] = {
      ...base,
      title: `AWS EC2 on-demand pricing page feed (Linux), via ${AT} lib/data/pricing/ec2-transformed.json`,
      url: 'https://aws.amazon.com/ec2/pricing/on-demand/',
      asOf: AWS_PRICE_EC2_DATE,
      feedDate: AWS_PRICE_EC2_DATE,
      dateNote: 'the transformed file keeps no manifest; date of the EC2 feed it was made from',
    };
  }

  const natPath = join(root, 'natgateway.json');
  if (existsSync(natPath)) {
    const feed = readMeteredFeed(natPath, skipped);
    for (const [region, entries] of feed.regions) {
      for (const [key, label, unit] of [
        [`vpc/nat-gateway-hour/${region}`, 'Hourly charge for NAT Gateways', 'Hrs'],
        [`vpc/nat-gateway-gb/${region}`, 'Charge for per GB data processed by NatGateways', 'GB'],
      ] as const) {
        const e = entries[label];
        if (!e) {
          note(family, `natgateway: "${label}" missing in ${region}`);
          continue;
        }
        family.prices.push({ key, unit, usd: e.price, sourceId: AWS_PRICE_SOURCES.nat, sku: e.rateCode });
      }
    }
    family.sources[AWS_PRICE_SOURCES.nat] = {
      ...base,
      title: `AWS NAT gateway pricing page feed, via ${AT} lib/data/pricing/natgateway.json`,
      url: 'https://aws.amazon.com/vpc/pricing/',
      asOf: feed.publishedOn!,
      feedDate: feed.publishedOn!,
    };
  }

  const s3Path = join(root, 's3.json');
  if (existsSync(s3Path)) {
    const feed = readMeteredFeed(s3Path, skipped);
    family.tiered.push(...s3Tiers(feed, AWS_PRICE_SOURCES.s3, (why) => note(family, `s3: ${why}`)));
    family.sources[AWS_PRICE_SOURCES.s3] = {
      ...base,
      title: `AWS S3 pricing page feed (Standard storage tiers), via ${AT} lib/data/pricing/s3.json`,
      url: 'https://aws.amazon.com/s3/pricing/',
      asOf: feed.publishedOn!,
      feedDate: feed.publishedOn!,
    };
  }

  const eksPath = join(root, 'eks.json');
  if (existsSync(eksPath)) {
    const feed = readMeteredFeed(eksPath, skipped);
    for (const [region, entries] of feed.regions) {
      for (const [key, label, unit] of EKS_LABELS) {
        const e = firstEntry(entries, label);
        if (!e) {
          note(family, `eks: "${label}" missing in ${region}`);
          continue;
        }
        family.prices.push({ key: key(region), unit, usd: e.price, sourceId: AWS_PRICE_SOURCES.eks, sku: e.rateCode });
      }
    }
    family.sources[AWS_PRICE_SOURCES.eks] = {
      ...base,
      title: `AWS EKS pricing page feed (cluster hour), via ${AT} lib/data/pricing/eks.json`,
      url: 'https://aws.amazon.com/eks/pricing/',
      asOf: feed.publishedOn!,
      feedDate: feed.publishedOn!,
    };
  }
  return family;
}
