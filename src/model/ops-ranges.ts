/**
 * How sure each ops-effort task default is: a low / high range around the task's likely hours,
 * relative to the likely value (low 60 = 60% of the task's listed hours), keyed by task id.
 *
 * The ranges live apart from the task catalogue (src/model/ops-tasks.ts) on purpose: the likely
 * hours can be retuned against the published ratios without touching the ranges, and a range says
 * how wide the evidence behind a task is, which does not change when its likely value moves.
 * Monte Carlo samples every default range unless the scenario turns them off
 * (`analysis.defaultRanges: false`) or gives the path its own distribution (src/model/default-ranges.ts).
 *
 * No published source gives a spread for per-task hours (ops-effort-sources §3.3, [GAP]); every
 * range below is a stated assumption, graded by what kind of evidence its likely value rests on.
 */

/** A range around a likely value, in percent of it, with why it is that wide. */
export interface RelativeRange {
  /** Low end, percent of the likely value (≤ 100). */
  readonly lowPct: number;
  /** High end, percent of the likely value (≥ 100). */
  readonly highPct: number;
  readonly reasoning: string;
}

/**
 * A task's range, plus the group of identical tasks on other platforms it is sampled with: the same
 * work at the same hours on every platform (query tuning, model tuning) must not differ between
 * options only because two independent draws did, so a group shares one draw per run.
 */
export interface TaskRange extends RelativeRange {
  readonly sharedDraw?: string;
}

const range = (lowPct: number, highPct: number, reasoning: string): RelativeRange => ({ lowPct, highPct, reasoning });

const CADENCE = range(60, 180, 'How often the work happens is published (a patch cycle, a release cadence, a recovery-test cadence, a version lifecycle); the hours per occurrence are an assumption. Skewed upwards because routine-work estimates run long more often than short (change approvals, a failed run redone): 60% (fully scripted runbooks) to 180% (manual steps).');

const JUDGEMENT = range(50, 200, 'Neither how often nor how long is published: the hours are an engineering judgement, so the range is the widest, half to double.');

const MANAGED_RESIDUAL = range(50, 200, 'AWS leaves this work with the customer on the managed service (it never falls to zero); how long it takes is a judgement, so half to double.');

const SETUP_ONLY = range(60, 200, 'Mostly one-time build work: a team with existing infrastructure-as-code modules needs less, a first build more (first builds overrun more often than they finish early), so 60% to 200%.');

const LICENCE = range(50, 250, 'Licence evidence is light until an audit asks for it, then heavy: a long tail upwards, 50% to 250%.');

const EKS_PUBLISHED_BAND = range(100, 200, 'AWS\'s own guidance puts an EKS cluster at 20–40% of one engineer; the likely value sits at the band\'s low end (20%), so the range runs to its high end (40% = 200% of the likely) and not below it.');

const SHARED = (group: string, range: RelativeRange): TaskRange => ({
  ...range,
  sharedDraw: group,
  reasoning: `${range.reasoning} The same task and hours on every platform, so one draw per run applies to all of them (the options differ only where the platforms do).`,
});

const APP_OPTIMIZATION = SHARED('app-optimization', JUDGEMENT);
const MODEL_OPTIMIZATION = SHARED('model-optimization', JUDGEMENT);
const LICENCE_COMPLIANCE = SHARED('licence-compliance', LICENCE);

/** Every task's range, keyed by task id; a test fails when a task of OPS_TASKS has none. */
export const TASK_RANGES: Readonly<Record<string, TaskRange>> = {
  'ec2-db.os-install': SETUP_ONLY,
  'ec2-db.os-patching': CADENCE,
  'ec2-db.db-install': SETUP_ONLY,
  'ec2-db.db-patching': CADENCE,
  'ec2-db.db-major-upgrade': CADENCE,
  'ec2-db.backups': CADENCE,
  'ec2-db.ha-failover': CADENCE,
  'ec2-db.scaling': JUDGEMENT,
  'ec2-db.app-optimization': APP_OPTIMIZATION,
  'ec2-db.monitoring-oncall': JUDGEMENT,
  'ec2-db.licence-compliance': LICENCE_COMPLIANCE,
  'ec2-db.security-compliance': CADENCE,

  'rds.app-optimization': APP_OPTIMIZATION,
  'rds.upgrade-validation': MANAGED_RESIDUAL,
  'rds.monitoring-oncall': MANAGED_RESIDUAL,
  'rds.licence-compliance': LICENCE_COMPLIANCE,
  'rds.security-compliance': MANAGED_RESIDUAL,

  'aurora.app-optimization': APP_OPTIMIZATION,
  'aurora.upgrade-validation': MANAGED_RESIDUAL,
  'aurora.monitoring-oncall': MANAGED_RESIDUAL,
  'aurora.security-compliance': MANAGED_RESIDUAL,

  'ec2-ml.os-patching': CADENCE,
  'ec2-ml.image-driver-upkeep': CADENCE,
  // EC2 and EKS differ here (JupyterHub on Kubernetes automates per-user servers): independent draws.
  'ec2-ml.notebook-environment': JUDGEMENT,
  'ec2-ml.training-infra': JUDGEMENT,
  'ec2-ml.serving-deployments': JUDGEMENT,
  'ec2-ml.autoscaling': JUDGEMENT,
  'ec2-ml.monitoring-oncall': JUDGEMENT,
  'ec2-ml.security-compliance': CADENCE,
  'ec2-ml.model-optimization': MODEL_OPTIMIZATION,

  'eks-ml.cluster-upkeep': EKS_PUBLISHED_BAND,
  'eks-ml.os-patching': CADENCE,
  'eks-ml.image-driver-upkeep': CADENCE,
  'eks-ml.notebook-environment': JUDGEMENT,
  'eks-ml.training-infra': JUDGEMENT,
  'eks-ml.serving-deployments': JUDGEMENT,
  'eks-ml.autoscaling': JUDGEMENT,
  'eks-ml.monitoring-oncall': JUDGEMENT,
  'eks-ml.security-compliance': CADENCE,
  'eks-ml.model-optimization': MODEL_OPTIMIZATION,

  'sagemaker.notebook-environment': MANAGED_RESIDUAL,
  'sagemaker.image-driver-upkeep': MANAGED_RESIDUAL,
  'sagemaker.training-infra': MANAGED_RESIDUAL,
  'sagemaker.serving-deployments': MANAGED_RESIDUAL,
  'sagemaker.autoscaling': MANAGED_RESIDUAL,
  'sagemaker.monitoring-oncall': MANAGED_RESIDUAL,
  'sagemaker.security-compliance': MANAGED_RESIDUAL,
  'sagemaker.model-optimization': MODEL_OPTIMIZATION,
};

/**
 * Loaded labour rates: BLS medians × the ECEC benefits loading (src/model/labour.ts). The stored
 * sources give medians only, not percentiles, so the range is a labelled assumption.
 */
export const LABOUR_RANGE = range(80, 150, 'Assumption (the cited BLS figures are medians; no percentiles are used): 80% covers below-median pay (lower-cost regions, less senior staff); 150% covers above-median pay in high-cost metros plus the overhead the ECEC loading leaves out (office, tools, management), since the default is a floor, not a fully burdened cost.');

/**
 * The EKS utilisation gain's range, percent (its likely value is DEFAULT_EKS_UTILISATION_GAIN_PCT,
 * src/model/scenario-schema.ts, where the sources are cited).
 */
export const EKS_UTILISATION_GAIN_RANGE = {
  low: 0,
  high: 60,
  reasoning:
    'Assumption within published evidence: 0% when packing gains nothing (CAST AI finds clusters use only 10–13% of provisioned CPU); 60% is above the 40% compute saving Anthropic reported from Karpenter on EKS, which included spot, so it bounds what packing alone gives.',
} as const;

/** A three-point estimate in the input's own unit. */
export interface ThreePoint {
  readonly low: number;
  readonly likely: number;
  readonly high: number;
}

/** The three-point estimate a relative range gives around a likely value. */
export function aroundLikely(likely: number, range: RelativeRange): ThreePoint {
  return { low: (likely * range.lowPct) / 100, likely, high: (likely * range.highPct) / 100 };
}

/** "60%–180% of likely". */
export function describeRelativeRange(range: RelativeRange): string {
  return `${range.lowPct}%–${range.highPct}% of likely`;
}
