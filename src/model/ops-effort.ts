import { fmtCount, type BuildContext } from './build-context';
import { PLATFORM_IDS, type CostLine } from './cost-line';
import {
  DOWNTIME_PROVENANCE,
  INCIDENT_DEFAULTS,
  defaultDowntimeHoursPerMonth,
} from './incidents';
import { ROLE_DEFAULTS } from './labour';
import { selfManagedMlInstanceCount } from './ml-self-managed';
import { tasksFor, type DeploymentId, type OpsTask, type TaskCondition, type UnitKind } from './ops-tasks';
import type { DatabaseWorkload, MlWorkload, OptionId } from './scenario-schema';

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
    'ml-instance': ml.reduce((n, w) => n + selfManagedMlInstanceCount(w), 0),
    endpoint: endpoints,
    'training-workload': ml.filter((w) => w.training && w.training.jobsPerMonth > 0).length,
    'ml-workload': ml.length,
    cluster: deployment === 'eks-ml' && ml.length > 0 ? 1 : 0,
  };
}

function applies(condition: TaskCondition, units: UnitCounts): boolean {
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
  'ml-workload': ['ML platform', 'ML platforms'],
  cluster: ['cluster', 'clusters'],
};

function formula(fixed: number, perUnit: number, units: number, unit: UnitKind): string {
  const word = UNIT_WORDS[unit][units === 1 ? 0 : 1];
  if (perUnit === 0) return `${fmtCount(fixed)} h`;
  if (fixed === 0) return `${fmtCount(perUnit)} h × ${fmtCount(units)} ${word}`;
  return `${fmtCount(fixed)} h + ${fmtCount(perUnit)} h × ${fmtCount(units)} ${word}`;
}

/** The effective task after the scenario's overrides. */
export function effectiveTask(ctx: BuildContext, task: OpsTask): { task: OpsTask; enabled: boolean; overridden: boolean } {
  const o = ctx.scenario.opsEffort.tasks[task.id];
  if (!o) return { task, enabled: true, overridden: false };
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
export function opsEffortLines(
  ctx: BuildContext,
  option: OptionId,
  deployment: DeploymentId,
  databases: readonly DatabaseWorkload[],
  ml: readonly MlWorkload[],
): CostLine[] {
  const units = unitCounts(deployment, databases, ml);
  const workloadCount = deployment === 'ec2-db' || deployment === 'rds' ? databases.length : ml.length;
  if (workloadCount === 0) return [];
  const platformId = deployment === 'ec2-db' || deployment === 'rds' ? PLATFORM_IDS.database : PLATFORM_IDS.ml;
  const lines: CostLine[] = [];

  for (const raw of tasksFor(deployment)) {
    const { task, enabled, overridden } = effectiveTask(ctx, raw);
    if (!enabled || !applies(task.appliesWhen, units)) continue;
    const n = units[task.unit];
    const rate = ctx.roles[task.role];
    const monthlyHours = task.monthlyFixedHours + task.monthlyPerUnitHours * n;
    const setupHours = task.setupFixedHours + task.setupPerUnitHours * n;
    const provenance = {
      kind: 'labour',
      role: task.role,
      rateSource: rate.source,
      ...(rate.source === 'default' ? { rateProvenance: ROLE_DEFAULTS[task.role].provenance } : {}),
      taskId: task.id,
      taskProvenance: task.provenance,
      overridden,
    } as const;
    const common = {
      option,
      workloadId: platformId,
      deployment,
      service: 'Engineering time' as const,
      category: task.category === 'security' ? ('security' as const) : ('operations' as const),
      unit: 'engineer-hours',
      unitPrice: rate.hourlyUsd,
      provenance,
    };
    if (monthlyHours > 0) {
      lines.push({
        ...common,
        id: `${option}:${deployment}:task:${task.id}`,
        label: task.label,
        quantity: monthlyHours,
        monthly: monthlyHours * rate.hourlyUsd,
        oneTime: 0,
        hours: monthlyHours,
        schedule: { kind: 'monthly', growth: 'none' },
        notes: [`${formula(task.monthlyFixedHours, task.monthlyPerUnitHours, n, task.unit)} per month, ${ROLE_DEFAULTS[task.role].label.toLowerCase()}.`],
      });
    }
    if (setupHours > 0) {
      lines.push({
        ...common,
        id: `${option}:${deployment}:setup:${task.id}`,
        label: `Setup: ${task.label}`,
        quantity: setupHours,
        monthly: 0,
        oneTime: setupHours * rate.hourlyUsd,
        hours: setupHours,
        schedule: { kind: 'once', month: 1 },
        notes: [`${formula(task.setupFixedHours, task.setupPerUnitHours, n, task.unit)} once, in month 1.`],
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
    lines.push({
      id: `${option}:${deployment}:incidents`,
      option,
      workloadId: platformId,
      deployment,
      service: 'Engineering time',
      category: 'operations',
      label: 'Incident response (triage, remediation, postmortem)',
      quantity: incidentHours,
      unit: 'engineer-hours',
      unitPrice: rate.hourlyUsd,
      monthly: incidentHours * rate.hourlyUsd,
      oneTime: 0,
      hours: incidentHours,
      schedule: { kind: 'monthly', growth: 'none' },
      provenance: {
        kind: 'labour',
        role: defaults.role,
        rateSource: rate.source,
        ...(rate.source === 'default' ? { rateProvenance: ROLE_DEFAULTS[defaults.role].provenance } : {}),
        taskProvenance: defaults.provenance,
        overridden: Boolean(o?.incidentsPerMonth !== undefined || o?.hoursPerIncident !== undefined),
      },
      notes: [
        `${fmtCount(perWorkload)} incidents/month × ${workloadCount} workload${workloadCount === 1 ? '' : 's'} × ${fmtCount(hoursPerIncident)} h.`,
      ],
    });
  }

  // Downtime, only when the scenario puts a price on it.
  const costPerHour = ctx.scenario.opsEffort.downtimeCostPerHourUsd;
  if (costPerHour > 0) {
    let downtimeHours = 0;
    if (o?.downtimeHoursPerMonth !== undefined) downtimeHours = o.downtimeHoursPerMonth * workloadCount;
    else if (deployment === 'ec2-db' || deployment === 'rds') {
      for (const w of databases) downtimeHours += defaultDowntimeHoursPerMonth(w.highAvailability);
    } else {
      for (const w of ml) {
        const eps = w.realtimeInference?.endpoints ?? [];
        if (eps.length > 0 || w.serverlessInference) {
          downtimeHours += defaultDowntimeHoursPerMonth(eps.every((e) => e.instanceCount > 1));
        }
      }
    }
    if (downtimeHours > 0) {
      lines.push({
        id: `${option}:${deployment}:downtime`,
        option,
        workloadId: platformId,
        deployment,
        service: 'Downtime',
        category: 'operations',
        label: 'Expected downtime (business cost)',
        quantity: downtimeHours,
        unit: 'hours of downtime',
        unitPrice: costPerHour,
        monthly: downtimeHours * costPerHour,
        oneTime: 0,
        schedule: { kind: 'monthly', growth: 'none' },
        provenance: {
          kind: 'input',
          note: 'Downtime cost per hour from the scenario (opsEffort.downtimeCostPerHourUsd)',
          provenance: DOWNTIME_PROVENANCE,
        },
        notes: [o?.downtimeHoursPerMonth !== undefined ? 'Downtime hours from the scenario.' : DOWNTIME_PROVENANCE.rationale],
      });
    }
  }
  return lines;
}
