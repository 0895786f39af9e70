import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SkippedLocations } from './locations';
import {
  addUnique,
  emptyFamily,
  gib,
  isHashedLabel,
  note,
  processedPoints,
  readJson,
  readMeteredFeed,
  type Candidate,
  type LoadedFamily,
  type MeteredFeed,
} from './feed-files';
import type { SourceInfo, Tier } from './snapshot-builder';

/**
 * QuinnyPig/aws-price-watcher exports (folder `aws-price-watcher/`): `processed/*.json` (label →
 * location → price; attributes folded into the location text) and `raw/*.json` (the feeds as
 * fetched, with rateCodes and a manifest date).
 *
 * Keys written (besides the existing ones):
 *   rds/instance/<region>/<engine>/<class>/<single-az|multi-az> with engine one of mysql, postgresql,
 *     mariadb (published; replaces the MariaDB-at-MySQL derivation), sqlserver-ex, sqlserver-web,
 *     sqlserver-se, sqlserver-ee (licence included), oracle-se2 (licence included), oracle-se2-byol,
 *     oracle-ee-byol                                                                       Hrs
 *   rds/aurora-instance/<region>/<aurora-mysql|aurora-postgresql>/<class>/<standard|io-optimized> Hrs
 *   rds/aurora-storage/<region>/<standard|io-optimized>                                    GB-Mo
 *   rds/aurora-io/<region>                                                                 IOs (per request)
 *   rds/aurora-backup/<region>/<aurora-mysql|aurora-postgresql>                            GB-Mo
 *   elb/nlb-hour/<region> (Hrs), elb/nlb-lcu/<region> (NLCU-Hrs)
 *   eks/extended-cluster-hour/<region>: the extended-support charge per cluster-hour, billed on top of eks/cluster-hour
 *   ec2/internet-egress/<region>: tiered GB, tier bounds from the feed's StartingRange/EndingRange
 */
export const PRICE_WATCHER = { repository: 'QuinnyPig/aws-price-watcher', commit: 'a6645eb2e53e9399396a714cdc4f3c346c7f06c0', commitDate: '2025-06-18' } as const;
const AT = `${PRICE_WATCHER.repository}@${PRICE_WATCHER.commit.slice(0, 8)}`;

/** The processed files keep no manifest: their date is the commit's, an upper bound on the feed's own date. */
const PROCESSED_DATE_NOTE = 'the processed export keeps no publication date; this is the date of the commit that holds it (the feed is at most this new)';

const RDS_ENGINES: readonly [file: string, page: string][] = [
  ['rds-mysql-ondemand', 'mysql'],
  ['rds-postgresql-ondemand', 'postgresql'],
  ['rds-mariadb-ondemand', 'mariadb'],
  ['rds-sqlserver-ondemand', 'sqlserver'],
  ['rds-oracle-ondemand', 'oracle'],
];

/** (engine words, licence) in a "Database Instance …" label → the engine segment of the key. */
const ENGINE_ID: Readonly<Record<string, string>> = {
  'MySQL|No license required': 'mysql',
  'PostgreSQL|No license required': 'postgresql',
  'MariaDB|No license required': 'mariadb',
  'SQL Server Express|License included': 'sqlserver-ex',
  'SQL Server Web|License included': 'sqlserver-web',
  'SQL Server Standard|License included': 'sqlserver-se',
  'SQL Server Enterprise|License included': 'sqlserver-ee',
  'Oracle Standard Two|License included': 'oracle-se2',
  'Oracle Standard Two|Bring your own license': 'oracle-se2-byol',
  'Oracle Enterprise|Bring your own license': 'oracle-ee-byol',
};

const RDS_LABEL = /^(?:\[[^\]]*\] )?Database Instance (.+?) (No license required|License included|Bring your own license) (.*)$/;

export function parseRdsLabel(label: string): { engine: string; deployment: 'single-az' | 'multi-az' } | { skip: string } {
  const m = RDS_LABEL.exec(label);
  if (!m) return { skip: 'not an instance label' };
  const engine = ENGINE_ID[`${m[1]}|${m[2]}`];
  if (!engine) return { skip: `engine not loaded: ${m[1]} (${m[2]})` };
  const rest = ` ${m[3]} `;
  if (rest.includes(' Multi-AZ readable standbys ')) return { skip: 'Multi-AZ DB cluster (readable standbys)' };
  if (rest.includes(' Multi-AZ ')) return { engine, deployment: 'multi-az' };
  if (rest.includes(' Single-AZ ')) return { engine, deployment: 'single-az' };
  return { skip: 'no deployment option in label' };
}

const RDS_STORAGE: readonly [key: (region: string, d: string) => string, label: (az: string) => string, unit: string][] = [
  [(r, d) => `rds/storage/${r}/gp2/${d}`, (az) => `Database Storage ${az} General Purpose`, 'GB-Mo'],
  [(r, d) => `rds/storage/${r}/gp3/${d}`, (az) => `Database Storage ${az} General Purpose-GP3`, 'GB-Mo'],
  [(r, d) => `rds/storage/${r}/io1/${d}`, (az) => `Database Storage ${az} Provisioned IOPS`, 'GB-Mo'],
  [(r, d) => `rds/iops/${r}/io1/${d}`, (az) => `Provisioned IOPS ${az}`, 'IOPS-Mo'],
  [(r, d) => `rds/iops/${r}/gp3/${d}`, (az) => `Provisioned GP3 IOPS ${az}`, 'IOPS-Mo'],
  [(r, d) => `rds/throughput/${r}/${d}`, (az) => `Provisioned Throughput ${az}`, 'MiBps-Mo'],
];

export const PRICE_WATCHER_SOURCES = {
  ec2: 'pw-ec2-ondemand',
  rds: (page: string) => `pw-rds-${page}-ondemand`,
  aurora: 'pw-rds-aurora-ondemand',
  rdsStorage: 'pw-rds-storage',
  auroraStorage: 'pw-rds-aurora-storage',
  elb: 'pw-elb',
  eks: 'pw-eks',
  s3: 'pw-s3',
  studio: 'pw-sagemaker-studio',
  transfer: 'pw-datatransfer',
} as const;

export function loadPriceWatcher(root: string, skipped?: SkippedLocations): LoadedFamily {
  const family = emptyFamily('aws-price-watcher');
  const base = { repository: PRICE_WATCHER.repository, commit: PRICE_WATCHER.commit, basis: 'published' as const };
  const processedSource = (title: string, url: string): SourceInfo => ({
    ...base,
    title: `${title}, via ${AT}`,
    url,
    asOf: PRICE_WATCHER.commitDate,
    feedDate: PRICE_WATCHER.commitDate,
    dateNote: PROCESSED_DATE_NOTE,
  });
  const rawSource = (feed: MeteredFeed, title: string, url: string): SourceInfo => {
    if (!feed.publishedOn) throw new Error(`${title}: raw feed without manifest date`);
    return { ...base, title: `${title}, via ${AT}`, url, asOf: feed.publishedOn, feedDate: feed.publishedOn };
  };
  const processed = (name: string) => join(root, 'processed', `${name}.json`);
  const raw = (name: string) => join(root, 'raw', `${name}.json`);

  // ---- EC2 on-demand (Linux) ----
  if (existsSync(processed('ec2'))) {
    const json = readJson(processed('ec2')) as Record<string, Record<string, string>>;
    const seen = new Map<string, Candidate>();
    for (const [label, values] of Object.entries(json)) {
      const m = /^OnDemand Linux-instancetype-(\S+)$/.exec(label);
      if (!m) {
        note(family, 'ec2: label not Linux on-demand');
        continue;
      }
      for (const p of processedPoints(values, skipped)) {
        addUnique(family.prices, seen, { key: `ec2/instance/${p.region}/${m[1]}`, unit: 'Hrs', usd: p.usd, sourceId: PRICE_WATCHER_SOURCES.ec2 });
      }
    }
    family.sources[PRICE_WATCHER_SOURCES.ec2] = processedSource('AWS EC2 on-demand pricing page feed (Linux), processed/ec2.json', 'https://aws.amazon.com/ec2/pricing/on-demand/');
  }

  // ---- RDS on-demand instances ----
  for (const [file, page] of RDS_ENGINES) {
    if (!existsSync(processed(file))) continue;
    const json = readJson(processed(file)) as Record<string, Record<string, string>>;
    const seen = new Map<string, Candidate>();
    const sourceId = PRICE_WATCHER_SOURCES.rds(page);
    for (const [label, values] of Object.entries(json)) {
      if (isHashedLabel(label)) {
        // Storage, proxy and (for SQL Server and Oracle) unattributed rows: the raw feed keeps no attributes for them.
        note(family, `${file}: hashed label, not used`);
        continue;
      }
      const parsed = parseRdsLabel(label);
      if ('skip' in parsed) {
        note(family, `${file}: ${parsed.skip}`);
        continue;
      }
      for (const p of processedPoints(values, skipped)) {
        const cls = p.attributes['Instance Type'];
        if (!cls) throw new Error(`${file}: "${label}" has no Instance Type`);
        addUnique(family.prices, seen, { key: `rds/instance/${p.region}/${parsed.engine}/${cls}/${parsed.deployment}`, unit: 'Hrs', usd: p.usd, sourceId });
        family.specs.push([cls, Number(p.attributes.vCPU), gib(p.attributes.Memory)]);
      }
    }
    family.sources[sourceId] = processedSource(`AWS RDS on-demand pricing page feed (${page}), processed/${file}.json`, `https://aws.amazon.com/rds/${page}/pricing/`);
  }

  // ---- Aurora instances ----
  if (existsSync(processed('rds-aurora-ondemand'))) {
    const json = readJson(processed('rds-aurora-ondemand')) as Record<string, Record<string, string>>;
    const seen = new Map<string, Candidate>();
    for (const [label, values] of Object.entries(json)) {
      const m = /Database Instance (Aurora MySQL|Aurora PostgreSQL) No license required/.exec(label);
      if (!m) {
        note(family, 'rds-aurora-ondemand: not an Aurora instance label');
        continue;
      }
      const engine = m[1] === 'Aurora MySQL' ? 'aurora-mysql' : 'aurora-postgresql';
      const mode = /Aurora IO Optimization Mode/.test(label) ? 'io-optimized' : 'standard';
      for (const p of processedPoints(values, skipped)) {
        const cls = p.attributes['Instance Type'];
        if (!cls) throw new Error(`rds-aurora-ondemand: "${label}" has no Instance Type`);
        addUnique(family.prices, seen, { key: `rds/aurora-instance/${p.region}/${engine}/${cls}/${mode}`, unit: 'Hrs', usd: p.usd, sourceId: PRICE_WATCHER_SOURCES.aurora });
      }
    }
    family.sources[PRICE_WATCHER_SOURCES.aurora] = processedSource(
      'AWS Aurora on-demand instance pricing page feed (Standard and I/O-Optimized), processed/rds-aurora-ondemand.json',
      'https://aws.amazon.com/rds/aurora/pricing/',
    );
  }

  // ---- RDS and Aurora storage, IOPS, throughput, backup, I/O ----
  if (existsSync(raw('rds-storage'))) {
    const feed = readMeteredFeed(raw('rds-storage'), skipped);
    const sourceId = PRICE_WATCHER_SOURCES.rdsStorage;
    for (const [region, entries] of feed.regions) {
      const take = (key: string, label: string, unit: string) => {
        const e = entries[label];
        if (!e) return note(family, `rds-storage: "${label}" missing in ${region}`);
        family.prices.push({ key, unit, usd: e.price, sourceId, sku: e.rateCode });
      };
      for (const [deployment, az] of [
        ['single-az', 'Single AZ'],
        ['multi-az', 'Multi AZ'],
      ] as const) {
        for (const [key, label, unit] of RDS_STORAGE) take(key(region, deployment), label(az), unit);
      }
      take(`rds/backup/${region}`, 'Storage Snapshot', 'GB-Mo');
      take(`rds/aurora-storage/${region}/standard`, 'Database Storage Single AZ General Purpose-Aurora', 'GB-Mo');
      take(`rds/aurora-storage/${region}/io-optimized`, 'Database Storage Single AZ IO Optimized-Aurora', 'GB-Mo');
    }
    family.sources[sourceId] = rawSource(feed, 'AWS RDS storage, IOPS, throughput and backup pricing page feed, raw/rds-storage.json', 'https://aws.amazon.com/rds/pricing/');
  }
  if (existsSync(raw('rds-aurora-storage'))) {
    const feed = readMeteredFeed(raw('rds-aurora-storage'), skipped);
    const sourceId = PRICE_WATCHER_SOURCES.auroraStorage;
    for (const [region, entries] of feed.regions) {
      const take = (key: string, label: string, unit: string) => {
        const e = entries[label];
        if (!e) return note(family, `rds-aurora-storage: "${label}" missing in ${region}`);
        family.prices.push({ key, unit, usd: e.price, sourceId, sku: e.rateCode });
      };
      take(`rds/aurora-io/${region}`, 'System Operation Aurora I O Operation', 'IOs');
      take(`rds/aurora-backup/${region}/aurora-mysql`, 'Storage Snapshot Aurora MySQL', 'GB-Mo');
      take(`rds/aurora-backup/${region}/aurora-postgresql`, 'Storage Snapshot Aurora PostgreSQL', 'GB-Mo');
    }
    family.sources[sourceId] = rawSource(feed, 'AWS Aurora storage, I/O and backup pricing page feed, raw/rds-aurora-storage.json', 'https://aws.amazon.com/rds/aurora/pricing/');
  }

  // ---- ELB, EKS, S3 ----
  const labelled = (
    file: string,
    sourceId: string,
    title: string,
    url: string,
    rows: readonly [key: (region: string) => string, label: string, unit: string][],
  ) => {
    if (!existsSync(raw(file))) return;
    const feed = readMeteredFeed(raw(file), skipped);
    for (const [region, entries] of feed.regions) {
      for (const [key, label, unit] of rows) {
        const e = firstEntry(entries, label);
        if (!e) {
          note(family, `${file}: "${label}" missing in ${region}`);
          continue;
        }
        family.prices.push({ key: key(region), unit, usd: e.price, sourceId, sku: e.rateCode });
      }
    }
    family.sources[sourceId] = rawSource(feed, title, url);
  };
  labelled('elb', PRICE_WATCHER_SOURCES.elb, 'AWS Elastic Load Balancing pricing page feed, raw/elb.json', 'https://aws.amazon.com/elasticloadbalancing/pricing/', [
    [(r) => `elb/alb-hour/${r}`, 'Application Load Balancer Hours', 'Hrs'],
    [(r) => `elb/alb-lcu/${r}`, 'Application Load Balancer LCU Hours', 'LCU-Hrs'],
    [(r) => `elb/nlb-hour/${r}`, 'Network Load Balancer Hours', 'Hrs'],
    [(r) => `elb/nlb-lcu/${r}`, 'Network Load Balancer LCU Hours', 'NLCU-Hrs'],
  ]);
  labelled('eks', PRICE_WATCHER_SOURCES.eks, 'AWS EKS pricing page feed (cluster hour), raw/eks.json', 'https://aws.amazon.com/eks/pricing/', EKS_LABELS);
  if (existsSync(raw('s3'))) {
    const feed = readMeteredFeed(raw('s3'), skipped);
    family.tiered.push(...s3Tiers(feed, PRICE_WATCHER_SOURCES.s3, (why) => note(family, `s3: ${why}`)));
    family.sources[PRICE_WATCHER_SOURCES.s3] = rawSource(feed, 'AWS S3 pricing page feed (Standard storage tiers), raw/s3.json', 'https://aws.amazon.com/s3/pricing/');
  }

  // ---- SageMaker Studio notebooks ----
  if (existsSync(raw('sagemaker-instances-studionotebook'))) {
    const feed = readMeteredFeed(raw('sagemaker-instances-studionotebook'), skipped);
    for (const [region, entries] of feed.regions) {
      for (const e of Object.values(entries)) {
        if (e.Component !== 'Studio-Notebook' || !e.Instance) {
          note(family, 'sagemaker: not a Studio-Notebook instance entry');
          continue;
        }
        family.prices.push({ key: `sagemaker/instance/${region}/studio-notebook/${e.Instance}`, unit: 'Hrs', usd: e.price, sourceId: PRICE_WATCHER_SOURCES.studio, sku: e.rateCode });
        family.specs.push([e.Instance, Number(e.VCPU), gib(e.Memory)]);
      }
    }
    family.sources[PRICE_WATCHER_SOURCES.studio] = rawSource(
      feed,
      'AWS SageMaker pricing page feed, Studio-Notebook component, raw/sagemaker-instances-studionotebook.json',
      'https://aws.amazon.com/sagemaker/pricing/',
    );
  }

  // ---- Data transfer out to the internet (tiered) ----
  if (existsSync(processed('datatransfer'))) {
    const json = readJson(processed('datatransfer')) as Record<string, Record<string, string>>;
    const tiers = new Map<string, Tier[]>();
    for (const label of EGRESS_LABELS) {
      for (const p of processedPoints(json[label] ?? {}, skipped)) {
        const from = Number(p.attributes.StartingRange);
        const to = p.attributes.EndingRange === 'Inf' ? null : Number(p.attributes.EndingRange);
        if (!Number.isFinite(from) || (to !== null && !Number.isFinite(to))) throw new Error(`datatransfer: "${label}" in ${p.region} has no tier range`);
        const list = tiers.get(p.region) ?? [];
        list.push([from, to, p.usd]);
        tiers.set(p.region, list);
      }
    }
    for (const [region, list] of tiers) {
      list.sort((a, b) => a[0] - b[0]);
      checkContiguous(`ec2/internet-egress/${region}`, list);
      family.tiered.push({ key: `ec2/internet-egress/${region}`, unit: 'GB', tiers: list, sourceId: PRICE_WATCHER_SOURCES.transfer });
    }
    family.sources[PRICE_WATCHER_SOURCES.transfer] = {
      ...processedSource('AWS EC2 data transfer out to the internet pricing page feed (tiers per month), processed/datatransfer.json', 'https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer'),
      note: 'Tiers as published per Region; the 100 GB per month AWS gives free across all Regions is not subtracted.',
    };
  }
  return family;
}

/**
 * The cluster hour is "Compute per hours" where a Region lists two cluster SKUs (us-east-1 and
 * others: the second, "Compute per Hours", has the same rate) and "Compute per Hours" where it lists one.
 */
export const EKS_LABELS: readonly [key: (region: string) => string, label: string, unit: string][] = [
  [(r) => `eks/cluster-hour/${r}`, 'Compute per hours|Compute per Hours', 'Hrs'],
  [(r) => `eks/extended-cluster-hour/${r}`, 'Compute ExtendedSupport per Hours', 'Hrs'],
];

const EGRESS_LABELS = [
  'DataTransfer External Outbound Next 10 TB',
  'DataTransfer External Outbound Next 40 TB',
  'DataTransfer External Outbound Next 100 TB',
  'DataTransfer External Outbound Greater than 150 TB',
];

function checkContiguous(key: string, tiers: readonly Tier[]): void {
  if (tiers[0]?.[0] !== 0) throw new Error(`${key}: first tier does not start at 0`);
  for (let i = 1; i < tiers.length; i++) {
    if (tiers[i - 1]![1] !== tiers[i]![0]) throw new Error(`${key}: tiers are not contiguous`);
  }
  if (tiers[tiers.length - 1]![1] !== null) throw new Error(`${key}: last tier is bounded`);
}

/** S3 Standard storage tiers; the bounds are the Price List dimensions of the same SKU (0–51,200, 51,200–512,000, 512,000+ GB). */
export function s3Tiers(
  feed: MeteredFeed,
  sourceId: string,
  missing: (why: string) => void,
): { key: string; unit: string; tiers: Tier[]; sourceId: string; sku?: string }[] {
  const out: { key: string; unit: string; tiers: Tier[]; sourceId: string; sku?: string }[] = [];
  for (const [region, e] of feed.regions) {
    const first = e['Standard Storage First 50 TB per GB Mo'];
    const next = e['Standard Storage Next 450 TB per GB Mo'];
    const over = e['Standard Storage Over 500 TB per GB Mo'];
    if (!first || !next || !over) {
      missing(`Standard storage tiers missing in ${region}`);
      continue;
    }
    const sku = first.rateCode?.split('.')[0];
    out.push({
      key: `s3/standard-storage/${region}`,
      unit: 'GB-Mo',
      tiers: [
        [0, 51200, first.price],
        [51200, 512000, next.price],
        [512000, null, over.price],
      ],
      sourceId,
      ...(sku ? { sku } : {}),
    });
  }
  return out;
}

/** The entry under the first of "a|b|…" labels the Region lists. */
export function firstEntry<T>(entries: Readonly<Record<string, T>>, labels: string): T | undefined {
  for (const label of labels.split('|')) if (entries[label]) return entries[label];
  return undefined;
}
