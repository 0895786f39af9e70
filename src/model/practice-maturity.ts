import { SOURCES, type Provenance } from './citation';
import type { OpsTask } from './ops-tasks';

/**
 * How a team runs its self-managed platforms: by hand from runbooks, with scripts someone runs, or
 * fully automated with infrastructure as code and pipelines. The task catalogue's hours describe the
 * middle ('scripted', the default); the other two scale the recurring hours of the self-managed
 * tasks that are toil in the Google SRE book's sense (manual, repetitive, automatable, growing with
 * the fleet), so a reader can see how much of the self-managed/managed gap is practice rather than
 * platform.
 */
export const PRACTICE_MATURITY_LEVELS = ['manual', 'scripted', 'automated'] as const;
export type PracticeMaturity = (typeof PRACTICE_MATURITY_LEVELS)[number];
export const DEFAULT_PRACTICE_MATURITY: PracticeMaturity = 'scripted';

export const PRACTICE_MATURITY_LABELS: Readonly<Record<PracticeMaturity, string>> = {
  manual: 'Manual (runbooks, changes by hand)',
  scripted: 'Scripted (the default: scripts and configuration management, run by people)',
  automated: 'Fully automated (infrastructure as code, pipelines, self-healing)',
};

/**
 * Multipliers of the recurring hours of an affected task. Assumption, stated as one: no source
 * gives per-task savings from automation. The step is taken from the only published aggregate
 * found: high performers "spend 26% less time on unplanned work and rework" and automate
 * significantly more (2017 State of DevOps Report); rounded to a quarter, automated = 0.75 ×
 * scripted, and manual = 1 ÷ 0.75 ≈ 1.33 × scripted, the same step the other way. Range: 0.6–0.9
 * for automated, 1.1–1.6 for manual.
 */
export const PRACTICE_MATURITY_FACTORS: Readonly<Record<PracticeMaturity, number>> = {
  manual: 4 / 3,
  scripted: 1,
  automated: 0.75,
};

/**
 * The task keys (the part after `<deployment>.`) practice maturity scales, on self-managed
 * deployments only (on RDS, Aurora and SageMaker AWS runs the automatable layers). Left out, with
 * reasons: query and index optimisation (engineering judgement, the same on every platform),
 * licence compliance (contract work), EKS cluster upkeep (AWS's own 20–40% figure already describes
 * a team running it with tooling), and setup hours (building the automation is not made cheaper by
 * having it; maturity never adds hours, so its build cost is not added either).
 */
const AFFECTED_TASK_KEYS: ReadonlySet<string> = new Set([
  'os-install',
  'os-patching',
  'db-patching',
  'db-major-upgrade',
  'backups',
  'ha-failover',
  'scaling',
  'monitoring-oncall',
  'security-compliance',
  'image-driver-upkeep',
  'serving-deployments',
  'autoscaling',
  // Per-person notebook support (environments, package and quota requests) and failed-job triage are
  // toil too: automated images, self-service quotas and automatic resume remove most of it.
  'notebook-environment',
  'training-infra',
]);

/** The task keys practice maturity scales (for a test that each names a task of the catalogue). */
export const MATURITY_TASK_KEYS: ReadonlySet<string> = AFFECTED_TASK_KEYS;
const SELF_MANAGED: ReadonlySet<string> = new Set(['ec2-db', 'ec2-ml', 'eks-ml']);

export const PRACTICE_MATURITY_PROVENANCE: Provenance = {
  citations: [SOURCES.sreToil, SOURCES.stateOfDevops2017, SOURCES.modelAssumption],
  rationale:
    'Toil (manual, repetitive, automatable work that grows with the fleet; Google SRE book ch. 5) is what automation removes. The 2017 State of DevOps Report found high performers automate more and spend 26% less time on unplanned work and rework; rounded, fully automated practice takes 0.75 × the scripted hours of the toil tasks and manual practice 1 ÷ 0.75 ≈ 1.33 ×. An assumption (range 0.6–0.9 and 1.1–1.6); only recurring hours of self-managed toil tasks move, never setup or managed-service work.',
};

/** Whether practice maturity scales this task's recurring hours. */
export function maturityAffects(task: Pick<OpsTask, 'id' | 'deployment'>): boolean {
  return SELF_MANAGED.has(task.deployment) && AFFECTED_TASK_KEYS.has(task.id.slice(task.deployment.length + 1));
}

/** The factor on a task's recurring hours at a maturity (1 for tasks it does not affect). */
export function maturityFactor(task: Pick<OpsTask, 'id' | 'deployment'>, maturity: PracticeMaturity): number {
  return maturityAffects(task) ? PRACTICE_MATURITY_FACTORS[maturity] : 1;
}

/** "× 0.75 for automated practice", or '' at the default. */
export function maturityNote(factor: number, maturity: PracticeMaturity): string {
  return factor === 1 ? '' : `, × ${Number(factor.toFixed(2))} for ${maturity} practice`;
}
