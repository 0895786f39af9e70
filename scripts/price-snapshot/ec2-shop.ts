import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SkippedLocations } from './locations';
import { emptyFamily, gib, note, readJson, readMeteredFeed, type LoadedFamily, type MeteredEntry } from './feed-files';
import { regionOf } from './locations';
import type { Tier } from './snapshot-builder';

/**
 * yeo/ec2.shop exports (folder `ec2-shop/`): EC2 Linux on-demand and Reserved Instances (No
 * Upfront, standard and convertible, 1 and 3 years), RDS Reserved Instances (MySQL/PostgreSQL, and
 * MariaDB where a file exists), and the EBS feed. Every row carries AWS's rateCode.
 *
 * Keys written:
 *   ec2/instance/<region>/<type>                                             Hrs (competes with newer feeds)
 *   ec2/reserved/<region>/<type>/<standard|convertible>/<1yr|3yr>/no-upfront hourly, upfront "0"
 *   rds/reserved/<region>/<engine>/<class>/<single-az|multi-az>/<1yr|3yr>/<no-upfront|partial-upfront>
 *   ebs/volume|iops/<region>/<type>, ebs/throughput/<region>, ebs/snapshot/<region>
 *   ebs/iops/<region>/io2                                                    tiered per volume (IO2_IOPS_TIERS)
 */
export const EC2_SHOP = { repository: 'yeo/ec2.shop', commit: '74c9fd8ab5acfd9511cd6535f914d47071601ad2' } as const;
const AT = `${EC2_SHOP.repository}@${EC2_SHOP.commit.slice(0, 8)}`;

export const EC2_SHOP_SOURCES = {
  ec2OnDemand: 'ec2shop-ec2-ondemand',
  ec2Reserved: 'ec2shop-ec2-reserved',
  rdsReserved: 'ec2shop-rds-reserved',
  ebs: 'ebs-feed-2024-07-18',
} as const;

const EBS_LABELS: readonly [key: string, label: string, unit: string][] = [
  ['volume/gp2', 'Storage General Purpose gp2 GB Mo', 'GB-Mo'],
  ['volume/gp3', 'Storage General Purpose gp3 GB Mo', 'GB-Mo'],
  ['volume/io1', 'Storage Provisioned IOPS io1 GB Mo', 'GB-Mo'],
  ['volume/io2', 'Storage Provisioned IOPS io2 GB month', 'GB-Mo'],
  ['iops/io1', 'Provisioned EBS IOPS io1 Volumes per IOPS Mo', 'IOPS-Mo'],
  ['iops/gp3', 'Provisioned EBS IOPS gp3 Volumes per IOPS Mo', 'IOPS-Mo'],
  ['throughput', 'Provisioned Throughput gp3 per GiBps mo', 'GiBps-Mo'],
  ['snapshot', 'Storage Snapshot Amazon S3 GB Mo', 'GB-Mo'],
];

/**
 * io2 IOPS are priced in tiers per volume: "up to 32,000 IOPS", "32,001 to 64,000 IOPS" and "greater
 * than 64,000 IOPS" (AWS EBS pricing page, https://aws.amazon.com/ebs/pricing/). The feed gives the
 * three rates under these labels; the bounds are the page's.
 */
const IO2_IOPS_TIERS: readonly [label: string, from: number, to: number | null][] = [
  ['Provisioned EBS IOPS io2 Volumes per IOPS Mo', 0, 32000],
  ['Provisioned EBS IOPS Tier 2 io2 Volumes per IOPS Mo', 32000, 64000],
  ['Provisioned EBS IOPS Tier 3 io2 Volumes per IOPS Mo', 64000, null],
];

const TERM: Record<string, '1yr' | '3yr'> = { '1yr': '1yr', '3yr': '3yr' };
const PURCHASE: Record<string, 'no-upfront' | 'partial-upfront' | 'all-upfront'> = {
  'No Upfront': 'no-upfront',
  'Partial Upfront': 'partial-upfront',
  'All Upfront': 'all-upfront',
};
const DEPLOYMENT: Record<string, 'single-az' | 'multi-az'> = { 'Single-AZ': 'single-az', 'Multi-AZ': 'multi-az' };

function filesIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

export function loadEc2Shop(root: string, skipped?: SkippedLocations): LoadedFamily {
  const family = emptyFamily('ec2-shop');
  let ec2Date: string | undefined;
  let rdsDate: string | undefined;

  // ---- EC2 on-demand (current and previous generation) ----
  for (const file of filesIn(join(root, 'ec2'))) {
    if (!/-(previousgen-)?ondemand\.json$/.test(file)) continue;
    const feed = readMeteredFeed(join(root, 'ec2', file), skipped);
    ec2Date = maxDate(ec2Date, feed.publishedOn);
    for (const [region, entries] of feed.regions) {
      for (const e of Object.values(entries)) {
        if (e['Operating System'] !== 'Linux' || e['Pre Installed S/W'] !== 'NA' || !e['Instance Type']) {
          note(family, 'ec2 on-demand: not Linux without pre-installed software');
          continue;
        }
        family.prices.push({ key: `ec2/instance/${region}/${e['Instance Type']}`, unit: 'Hrs', usd: e.price, sourceId: EC2_SHOP_SOURCES.ec2OnDemand, sku: e.rateCode });
        family.specs.push([e['Instance Type'], Number(e.vCPU), gib(e.Memory)]);
      }
    }
  }

  // ---- EC2 Reserved Instances (No Upfront) ----
  for (const file of filesIn(join(root, 'ec2'))) {
    const m = /-reservedinstance(-convertible)?-(1y|3y)\.json$/.exec(file);
    if (!m) continue;
    const offeringClass = m[1] ? 'convertible' : 'standard';
    const json = readJson(join(root, 'ec2', file)) as { regions: Record<string, Record<string, MeteredEntry>> };
    for (const [location, entries] of Object.entries(json.regions)) {
      const region = regionOf(location, skipped);
      if (!region) continue;
      for (const e of Object.values(entries)) {
        const term = TERM[e.LeaseContractLength ?? ''];
        const purchase = PURCHASE[e.PurchaseOption ?? ''];
        if (!term || !purchase || e.Tenancy !== 'Shared' || e['Operating System'] !== 'Linux' || e['Pre Installed S/W'] !== 'NA') {
          note(family, 'ec2 reserved: not shared-tenancy Linux');
          continue;
        }
        const type = e['Instance Type']!;
        family.reserved.push({
          key: `ec2/reserved/${region}/${type}/${offeringClass}/${term}/${purchase}`,
          hourly: e.price,
          upfront: '0',
          sourceId: EC2_SHOP_SOURCES.ec2Reserved,
          sku: e.rateCode,
        });
        if (e['OnDemand:PricePerUnit']) {
          family.references.push({
            key: `ec2/instance/${region}/${type}`,
            unit: 'Hrs',
            usd: e['OnDemand:PricePerUnit'],
            sourceId: EC2_SHOP_SOURCES.ec2Reserved,
            sku: e['OnDemand:RateCode'],
          });
        }
      }
    }
  }

  // ---- RDS Reserved Instances ----
  for (const file of filesIn(join(root, 'rds'))) {
    const m = /^[a-z0-9-]+?-rds-(mysql|postgresql|mariadb)-reservedinstance-(?:single|multi)-az-(?:1y|1y-partial|3y)\.json$/.exec(file);
    if (!m) {
      note(family, `rds: file not recognised: ${file}`);
      continue;
    }
    const engine = m[1]!;
    const feed = readMeteredFeed(join(root, 'rds', file), skipped);
    rdsDate = maxDate(rdsDate, feed.publishedOn);
    for (const [region, entries] of feed.regions) {
      for (const e of Object.values(entries)) {
        const term = TERM[e.LeaseContractLength ?? ''];
        const purchase = PURCHASE[e.PurchaseOption ?? ''];
        const deployment = DEPLOYMENT[e['Deployment Option'] ?? ''];
        const cls = e['Instance Type'];
        if (!term || !purchase || !deployment || !cls) {
          note(family, 'rds reserved: entry without term, purchase option, deployment or class');
          continue;
        }
        const upfront = purchase === 'no-upfront' ? '0' : e['riupfront:PricePerUnit'];
        if (upfront === undefined) throw new Error(`${file}: ${cls} ${purchase} has no upfront fee`);
        family.reserved.push({
          key: `rds/reserved/${region}/${engine}/${cls}/${deployment}/${term}/${purchase}`,
          hourly: e.price,
          upfront,
          sourceId: EC2_SHOP_SOURCES.rdsReserved,
          sku: e.rateCode,
        });
        if (e['OnDemand:PricePerUnit']) {
          family.references.push({
            key: `rds/instance/${region}/${engine}/${cls}/${deployment}`,
            unit: 'Hrs',
            usd: e['OnDemand:PricePerUnit'],
            sourceId: EC2_SHOP_SOURCES.rdsReserved,
            sku: e['OnDemand:RateCode'],
          });
        }
      }
    }
  }

  // ---- EBS ----
  let ebsDate: string | undefined;
  const ebsPath = join(root, 'ebs', 'ebs.json');
  if (existsSync(ebsPath)) {
    const feed = readMeteredFeed(ebsPath, skipped);
    ebsDate = feed.publishedOn;
    for (const [region, entries] of feed.regions) {
      for (const [suffix, label, unit] of EBS_LABELS) {
        const e = entries[label];
        if (!e) {
          note(family, `ebs: "${label}" missing in ${region}`);
          continue;
        }
        const [kind, type] = suffix.split('/');
        family.prices.push({ key: type ? `ebs/${kind}/${region}/${type}` : `ebs/${kind}/${region}`, unit, usd: e.price, sourceId: EC2_SHOP_SOURCES.ebs, sku: e.rateCode });
      }
      const io2 = IO2_IOPS_TIERS.map(([label, from, to]) => ({ label, from, to, e: entries[label] }));
      const absent = io2.filter((t) => !t.e).map((t) => `"${t.label}"`);
      if (absent.length > 0) {
        note(family, `ebs: ${absent.join(', ')} missing in ${region}`);
        continue;
      }
      family.tiered.push({
        key: `ebs/iops/${region}/io2`,
        unit: 'IOPS-Mo',
        tiers: io2.map((t): Tier => [t.from, t.to, t.e!.price]),
        sourceId: EC2_SHOP_SOURCES.ebs,
        sku: io2[0]!.e!.rateCode,
      });
    }
  }

  const base = { repository: EC2_SHOP.repository, commit: EC2_SHOP.commit, basis: 'published' as const };
  if (ec2Date) {
    family.sources[EC2_SHOP_SOURCES.ec2OnDemand] = {
      ...base,
      title: `AWS EC2 on-demand pricing page feed (Linux), via ${AT} data/ec2/<region>-ondemand.json`,
      url: 'https://aws.amazon.com/ec2/pricing/on-demand/',
      asOf: ec2Date,
      feedDate: ec2Date,
    };
  }
  if (family.reserved.some((r) => r.sourceId === EC2_SHOP_SOURCES.ec2Reserved)) {
    // The reserved files carry no manifest date; they were fetched with the on-demand files.
    const date = ec2Date ?? '2025-04-04';
    family.sources[EC2_SHOP_SOURCES.ec2Reserved] = {
      ...base,
      title: `AWS EC2 Reserved Instance pricing page feed (Linux, shared tenancy, No Upfront), via ${AT} data/ec2/<region>-reservedinstance*.json`,
      url: 'https://aws.amazon.com/ec2/pricing/reserved-instances/pricing/',
      asOf: date,
      feedDate: date,
      dateNote: 'the reserved-instance files carry no publication date; the on-demand feed fetched with them was published on this date',
    };
  }
  if (rdsDate) {
    family.sources[EC2_SHOP_SOURCES.rdsReserved] = {
      ...base,
      title: `AWS RDS Reserved Instance pricing page feed (MySQL, PostgreSQL), via ${AT} data/rds/<region>-rds-<engine>-reservedinstance-*.json`,
      url: 'https://aws.amazon.com/rds/pricing/',
      asOf: rdsDate,
      feedDate: rdsDate,
    };
  }
  if (ebsDate) {
    family.sources[EC2_SHOP_SOURCES.ebs] = {
      ...base,
      title: `AWS EBS pricing page feed, via ${AT} data/ebs/ebs.json`,
      url: 'https://aws.amazon.com/ebs/pricing/',
      asOf: ebsDate,
      feedDate: ebsDate,
    };
  }
  return family;
}

function maxDate(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}
