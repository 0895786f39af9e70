import { emitPriced, type BuildContext } from './build-context';
import { PLATFORM_IDS } from './cost-line';
import { extendedSupportFirstMonth, kubernetesVersionSupport } from './kubernetes-calendar';
import type { OptionId } from './scenario-schema';
import { ASSUMED_START_MONTH } from './support-calendar';
import { HOURS_PER_MONTH } from './units';

/**
 * EKS extended support for the shared cluster's Kubernetes version: from the month its standard
 * support ends to the end of the horizon, every cluster-hour pays the extended-support charge on top
 * of the standard cluster hour (`eks/extended-cluster-hour`, the Price List's extra charge per
 * cluster-hour; https://aws.amazon.com/eks/pricing/). Nothing without `kubernetesVersion`.
 */
export function emitEksExtendedSupport(ctx: BuildContext, option: OptionId): void {
  const version = ctx.scenario.kubernetesVersion;
  if (version === undefined) return;
  const support = kubernetesVersionSupport(version);
  if (!support) return;
  const start = ctx.scenario.startMonth ?? ASSUMED_START_MONTH;
  const first = Math.max(1, extendedSupportFirstMonth(support, start));
  const horizon = ctx.scenario.horizonMonths;
  if (first > horizon) return;
  const startNote =
    ctx.scenario.startMonth === undefined ? `The scenario has no startMonth: month 1 is assumed to be ${ASSUMED_START_MONTH}.` : `Month 1 is ${start}.`;
  emitPriced(ctx, {
    base: { option, workloadId: PLATFORM_IDS.ml, deployment: 'eks-ml', category: 'infrastructure' },
    service: 'Amazon EKS',
    text: () => ({
      id: `${option}:${PLATFORM_IDS.ml}:eks-extended-support`,
      label: `EKS extended support, Kubernetes ${version} (1 cluster, 730 h)`,
      notes: [
        `Kubernetes ${version} left EKS standard support on ${support.standardEnd} (AWS release calendar); extended support is charged per cluster-hour on top of the standard cluster hour from month ${first} to the end of the horizon. ${startNote}`,
        `Its extended support ends on ${support.extendedEnd}; EKS then upgrades the cluster to the oldest version still in extended support, so the charge continues until the team upgrades to a version in standard support.`,
      ],
    }),
    quantity: HOURS_PER_MONTH,
    unit: 'cluster-hours',
    key: { service: 'eks', kind: 'extended-cluster-hour', region: ctx.region },
    schedule: { kind: 'window', firstMonth: first, lastMonth: horizon },
    path: 'kubernetesVersion',
  });
}
