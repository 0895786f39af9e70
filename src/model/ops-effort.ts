import { emitRaw, fmtCount, type BuildContext } from './build-context';
import type { LineBase } from './line-spec';
import { PLATFORM_IDS, type LineProvenance } from './cost-line';
import { DOWNTIME_PROVENANCE, INCIDENT_DEFAULTS, defaultDowntimeHoursPerMonth } from './incidents';
import { ROLE_DEFAULTS } from './labour';
import { licenceIncludedOnRds, needsOwnLicences } from './licensing';
import { maturityFactor, maturityNote } from './practice-maturity';
import { selfManagedMlInstanceCount } from './ml-self-managed';
import { isDatabaseDeployment, tasksFor, type DeploymentId, type OpsTask, type TaskCondition, type UnitKind } from './ops-tasks';
import type { DatabaseWorkload, MlWorkload, OptionId, Scenario } from './scenario-schema';

const MONTHLY_FLAT = { kind: 'monthly', growth: 'none' } as const;
const ONCE_IN_MONTH_1 = { kind: 'once', month: 1 } as const;
const ROLE_LABELS_LOWER = Object.fromEntries(Object.values(ROLE_DEFAULTS).map((r) => [r.id, r.label.toLowerCase()])) as Readonly<
  Record<keyof typeof ROLE_DEFAULTS, string>
>;

export type UnitCounts = Readonly<Record<UnitKind, number>>;

/** Counts the units each task's per-unit effort scales with, over the workloads one deployment runs. */
export function unitCounts(deployment: DeploymentId, databases: readonly DatabaseWorkload[], ml: readonly MlWorkload[]): UnitCounts {
  const dbInstances = databases.reduce((n, w) => n + 1 + (w.highAvailability ? 1 : 0) + w.readReplicas, 0);
  const dbReplicas = databases.reduce((n, w) => n + (w.highAvailability ? 1 : 0) + w.readReplicas, 0);
  const endpoints = ml.reduce((n, w) => n + (w.realtimeInference?.endpoints.length ?? 0) + (w.serverlessInference ? 1 : 0), 0);
  return {
    database: databases.length,
    'db-instance': dbInstances,
    'db-replica': dbReplicas,
    person: ml.reduce((n, w) => n + w.team.dataScientists, 0),
    'ml-instance': ml.reduce((n, w) => n + selfManagedMlInstanceCount(w, deployment === 'eks-ml' ? 'eks' : 'ec2'), 0),
    endpoint: endpoints,
    'training-workload': ml.filter((w) => w.training && w.training.jobsPerMonth > 0).length,
    'training-job': ml.reduce((n, w) => n + (w.training?.jobsPerMonth ?? 0), 0),
    'ml-workload': ml.length,
    cluster: deployment === 'eks-ml' && ml.length > 0 ? 1 : 0,
    'licensed-database': deployment === 'ec2-db' || deployment === 'rds' ? databases.filter((w) => needsOwnLicences(w, deployment)).length : 0,
    'licence-included-database': deployment === 'rds' ? databases.filter((w) => licenceIncludedOnRds(w)).length : 0,
  };
}

/** Whether a task applies to a platform with these unit counts (its part exists). */
export function taskApplies(condition: TaskCondition, units: UnitCounts): boolean {
  switch (condition) {
    case 'always':
      return true;
    case 'has-replicas':
      return units['db-replica'] > 0;
    case 'has-training':
      return units['training-workload'] > 0;
    case 'has-endpoints':
      return units.endpoint > 0;
    case 'has-people':
      return units.person > 0;
    case 'has-own-licences':
      return units['licensed-database'] > 0;
  }
}

const UNIT_WORDS: Readonly<Record<UnitKind, [string, string]>> = {
  database: ['database', 'databases'],
  'db-instance': ['instance', 'instances'],
  'db-replica': ['replica', 'replicas'],
  person: ['person', 'people'],
  'ml-instance': ['instance', 'instances'],
  endpoint: ['endpoint', 'endpoints'],
  'training-workload': ['training platform', 'training platforms'],
  'training-job': ['training job', 'training jobs'],
  'ml-workload': ['ML platform', 'ML platforms'],
  cluster: ['cluster', 'clusters'],
  'licensed-database': ['BYOL database', 'BYOL databases'],
  'licence-included-database': ['licence-included database', 'licence-included databases'],
};

function scaleNote(scale: number): string {
  return scale === 1 ? '' : `, × ${fmtCount(scale * 100)}% effort scale`;
}

function formula(fixed: number, perUnit: number, units: number, unit: UnitKind): string {
  const word = UNIT_WORDS[unit][units === 1 ? 0 : 1];
  if (perUnit === 0) return `${fmtCount(fixed)} h`;
  if (fixed === 0) return `${fmtCount(perUnit)} h × ${fmtCount(units)} ${word}`;
  return `${fmtCount(fixed)} h + ${fmtCount(perUnit)} h × ${fmtCount(units)} ${word}`;
}

const NOT_OVERRIDDEN = { enabled: true, overridden: false } as const;

type TaskOverride = Scenario['opsEffort']['tasks'][string];

/** Whether an override changes nothing but the task's effort scale. */
function onlyScale(o: TaskOverride): boolean {
  return (
    o.enabled === undefined &&
    o.role === undefined &&
    o.setupFixedHours === undefined &&
    o.setupPerUnitHours === undefined &&
    o.monthlyFixedHours === undefined &&
    o.monthlyPerUnitHours === undefined
  );
}

/** The effective task after the scenario's overrides (the task itself when it has none). */
export function effectiveTask(scenario: Scenario, task: OpsTask): { task: OpsTask; enabled: boolean; overridden: boolean } {
  const o = scenario.opsEffort.tasks[task.id];
  if (!o) return { task, ...NOT_OVERRIDDEN };
  return {
    task: {
      ...task,
      role: o.role ?? task.role,
      setupFixedHours: o.setupFixedHours ?? task.setupFixedHours,
      setupPerUnitHours: o.setupPerUnitHours ?? task.setupPerUnitHours,
      monthlyFixedHours: o.monthlyFixedHours ?? task.monthlyFixedHours,
      monthlyPerUnitHours: o.monthlyPerUnitHours ?? task.monthlyPerUnitHours,
    },
    enabled: o.enabled ?? true,
    overridden: true,
  };
}

/**
 * Engineer time for one deployment of one option, as cost lines: recurring hours per task,
 * one-time setup hours per task (month 1), incident response, and downtime when it is priced.
 */
export function emitOpsEffort(
  ctx: BuildContext,
  option: OptionId,
  deployment: DeploymentId,
  databases: readonly DatabaseWorkload[],
  ml: readonly MlWorkload[],
): void {
  const isDb = isDatabaseDeployment(deployment);
  const workloadCount = isDb ? databases.length : ml.length;
  if (workloadCount === 0) return;
  const units = unitCounts(deployment, databases, ml);
  const platformId = isDb ? PLATFORM_IDS.database : PLATFORM_IDS.ml;
  const operations: LineBase = { option, workloadId: platformId, deployment, category: 'operations' };
  const security: LineBase = { option, workloadId: platformId, deployment, category: 'security' };

  const overrides = ctx.scenario.opsEffort.tasks;
  const scale = ctx.scenario.opsEffort.effortScalePct / 100;
  for (const raw of tasksFor(deployment)) {
    let task = raw;
    let overridden = false;
    let taskScale = scale;
    const override = overrides[raw.id];
    if (override !== undefined) {
      overridden = true;
      if (override.scalePct !== undefined) taskScale = (scale * override.scalePct) / 100;
      // Monte Carlo sets only scalePct on most tasks: skip building an effective task then.
      if (!onlyScale(override)) {
        const e = effectiveTask(ctx.scenario, raw);
        if (!e.enabled) continue;
        task = e.task;
      }
    }
    if (!taskApplies(task.appliesWhen, units)) continue;
    const n = units[task.unit];
    const rate = ctx.roles[task.role];
    const maturity = ctx.scenario.opsEffort.practiceMaturity;
    const practice = maturityFactor(task, maturity);
    const monthlyHours = (task.monthlyFixedHours + task.monthlyPerUnitHours * n) * taskScale * practice;
    const setupHours = (task.setupFixedHours + task.setupPerUnitHours * n) * taskScale;
    const base = task.category === 'security' ? security : operations;
    const provenance = (): LineProvenance => ({
      kind: 'labour',
      role: task.role,
      rateSource: rate.source,
      rateProvenance: rate.source === 'default' ? ROLE_DEFAULTS[task.role].provenance : undefined,
      taskId: task.id,
      taskProvenance: task.provenance,
      overridden,
    });
    if (monthlyHours > 0) {
      emitRaw(ctx, {
        base,
        service: 'Engineering time',
        text: () => ({
          id: `${option}:${deployment}:task:${task.id}`,
          label: task.label,
          notes: [
            `${formula(task.monthlyFixedHours, task.monthlyPerUnitHours, n, task.unit)} per month${scaleNote(taskScale)}${maturityNote(practice, maturity)}, ${ROLE_LABELS_LOWER[task.role]}.`,
          ],
        }),
        quantity: monthlyHours,
        unit: 'engineer-hours',
        unitPrice: rate.hourlyUsd,
        schedule: MONTHLY_FLAT,
        provenance,
        hours: monthlyHours,
      });
    }
    if (setupHours > 0) {
      emitRaw(ctx, {
        base,
        service: 'Engineering time',
        text: () => ({
          id: `${option}:${deployment}:setup:${task.id}`,
          label: `Setup: ${task.label}`,
          notes: [`${formula(task.setupFixedHours, task.setupPerUnitHours, n, task.unit)}${scaleNote(taskScale)} once, in month 1.`],
        }),
        quantity: setupHours,
        unit: 'engineer-hours',
        unitPrice: rate.hourlyUsd,
        schedule: ONCE_IN_MONTH_1,
        provenance,
        hours: setupHours,
      });
    }
  }

  // Incident response.
  const defaults = INCIDENT_DEFAULTS[deployment];
  const o = ctx.scenario.opsEffort.incidents[deployment];
  const perWorkload = o?.incidentsPerMonth ?? defaults.incidentsPerMonth;
  const hoursPerIncident = o?.hoursPerIncident ?? defaults.hoursPerIncident;
  const incidentHours = perWorkload * workloadCount * hoursPerIncident;
  if (incidentHours > 0) {
    const rate = ctx.roles[defaults.role];
    emitRaw(ctx, {
      base: operations,
      service: 'Engineering time',
      text: () => ({
        id: `${option}:${deployment}:incidents`,
        label: 'Incident response (triage, remediation, postmortem)',
        notes: [
          `${fmtCount(perWorkload)} incidents/month × ${workloadCount} workload${workloadCount === 1 ? '' : 's'} × ${fmtCount(hoursPerIncident)} h.`,
        ],
      }),
      quantity: incidentHours,
      unit: 'engineer-hours',
      unitPrice: rate.hourlyUsd,
      schedule: MONTHLY_FLAT,
      provenance: () => ({
        kind: 'labour',
        role: defaults.role,
        rateSource: rate.source,
        rateProvenance: rate.source === 'default' ? ROLE_DEFAULTS[defaults.role].provenance : undefined,
        taskProvenance: defaults.provenance,
        overridden: o?.incidentsPerMonth !== undefined || o?.hoursPerIncident !== undefined,
      }),
      hours: incidentHours,
    });
  }

  // Downtime, only when the scenario puts a price on it.
  const costPerHour = ctx.scenario.opsEffort.downtimeCostPerHourUsd;
  if (costPerHour > 0) {
    let downtimeHours = 0;
    if (o?.downtimeHoursPerMonth !== undefined) downtimeHours = o.downtimeHoursPerMonth * workloadCount;
    else if (isDb) {
      for (const w of databases) downtimeHours += defaultDowntimeHoursPerMonth(w.highAvailability);
    } else {
      for (const w of ml) {
        const eps = w.realtimeInference?.endpoints ?? [];
        if (eps.length > 0 || w.serverlessInference) downtimeHours += defaultDowntimeHoursPerMonth(eps.every((e) => e.instanceCount > 1));
      }
    }
    if (downtimeHours > 0) {
      const fromScenario = o?.downtimeHoursPerMonth !== undefined;
      emitRaw(ctx, {
        base: { ...operations, category: 'downtime' },
        service: 'Downtime',
        text: () => ({
          id: `${option}:${deployment}:downtime`,
          label: 'Expected downtime (business cost)',
          notes: [fromScenario ? 'Downtime hours from the scenario.' : DOWNTIME_PROVENANCE.rationale],
        }),
        quantity: downtimeHours,
        unit: 'hours of downtime',
        unitPrice: costPerHour,
        schedule: MONTHLY_FLAT,
        provenance: () => ({
          kind: 'input',
          note: 'Downtime cost per hour from the scenario (opsEffort.downtimeCostPerHourUsd)',
          provenance: DOWNTIME_PROVENANCE,
        }),
      });
    }
  }
}
