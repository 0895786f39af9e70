import { projectionMonth, type YearMonth } from './support-calendar';

/**
 * Amazon EKS Kubernetes release calendar (AWS, "Understand the Kubernetes version lifecycle on EKS",
 * https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html#kubernetes-release-calendar,
 * read 2026-12): "A minor version is under standard support in Amazon EKS for the first 14 months
 * after it's released. Once a version is past the end of standard support date, it enters extended
 * support for the next 12 months ... at an additional cost per cluster hour. If you haven't updated
 * your cluster before the extended support period ends, your cluster is auto-upgraded to the oldest
 * currently supported extended version." Dates are the calendar's Amazon EKS release, end of standard
 * support and end of extended support (test/model/eks-extended-support.test.ts checks the 14 + 12 months).
 */
export interface KubernetesVersionSupport {
  readonly version: string;
  /** Amazon EKS release date, YYYY-MM-DD. */
  readonly released: string;
  /** End of standard support, YYYY-MM-DD: extended-support charges start on this day. */
  readonly standardEnd: string;
  /** End of extended support, YYYY-MM-DD: EKS then upgrades the cluster to the oldest version still in extended support. */
  readonly extendedEnd: string;
}

export const KUBERNETES_CALENDAR: readonly KubernetesVersionSupport[] = [
  { version: '1.27', released: '2023-05-24', standardEnd: '2024-07-24', extendedEnd: '2025-07-24' },
  { version: '1.28', released: '2023-09-26', standardEnd: '2024-11-26', extendedEnd: '2025-11-26' },
  { version: '1.29', released: '2024-01-23', standardEnd: '2025-03-23', extendedEnd: '2026-03-23' },
  { version: '1.30', released: '2024-05-23', standardEnd: '2025-07-23', extendedEnd: '2026-07-23' },
  { version: '1.31', released: '2024-09-26', standardEnd: '2025-11-26', extendedEnd: '2026-11-26' },
  { version: '1.32', released: '2025-01-23', standardEnd: '2026-03-23', extendedEnd: '2027-03-23' },
  { version: '1.33', released: '2025-05-29', standardEnd: '2026-07-29', extendedEnd: '2027-07-29' },
  { version: '1.34', released: '2025-10-02', standardEnd: '2026-12-02', extendedEnd: '2027-12-02' },
  { version: '1.35', released: '2026-01-27', standardEnd: '2027-03-27', extendedEnd: '2028-03-27' },
];

export const KUBERNETES_CALENDAR_URL = 'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html#kubernetes-release-calendar';

export function knownKubernetesVersions(): readonly string[] {
  return KUBERNETES_CALENDAR.map((v) => v.version);
}

export function kubernetesVersionSupport(version: string): KubernetesVersionSupport | undefined {
  return KUBERNETES_CALENDAR.find((v) => v.version === version);
}

/**
 * The projection month from which a cluster on this version pays extended support: the month in
 * which standard support ends (the model works in whole months; the calendar's dates fall
 * mid-month). A cluster the team does not upgrade keeps paying after the version's own extended
 * support ends, because EKS upgrades it to the oldest version still in extended support.
 */
export function extendedSupportFirstMonth(support: KubernetesVersionSupport, start: YearMonth): number {
  return projectionMonth(start, support.standardEnd.slice(0, 7));
}
