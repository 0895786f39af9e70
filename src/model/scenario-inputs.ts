import { INCIDENT_DEFAULTS } from './incidents';
import { ROLE_DEFAULTS, ROLE_IDS, type RoleId } from './labour';
import { deploymentFor, optionsFor } from './options';
import { tasksFor, type DeploymentId } from './ops-tasks';
import { effectiveTask } from './ops-effort';
import { DEFAULT_EKS_UTILISATION_GAIN_PCT, DEFAULT_SPOT, PIOPS_PER_GIB, type Scenario } from './scenario-schema';
import { parsePath, pathToString, setAtPath, type PathKey, type PathWrite } from './scenario-path';
import { HOURS_PER_MONTH } from './units';

export type InputGroup = 'scenario' | 'labour' | 'ops effort' | 'usage' | 'fleet' | 'pricing';

/**
 * A numeric input of a scenario that what-if analysis may vary: its path, what it means, its
 * current (effective) value, the range the scenario format allows, and how to set it.
 */
export interface NumericInput {
  readonly path: string;
  readonly label: string;
  readonly group: InputGroup;
  readonly unit: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  /** True when the value is a default the file does not state (a labour rate, incident rate, spot discount). */
  readonly isDefault: boolean;
  /** The write that sets this input to a value (clamped to the range, rounded when whole). */
  readonly write: (scenario: Scenario, value: number) => PathWrite;
  /** A copy of the scenario with this input set. */
  readonly apply: (scenario: Scenario, value: number) => Scenario;
}

function input(spec: Omit<NumericInput, 'apply'>): NumericInput {
  return {
    ...spec,
    apply: (s, v) => {
      const w = spec.write(s, v);
      return setAtPath(s, w.keys, w.value);
    },
  };
}

/** Clamps to [min, max] and rounds whole-number inputs, so an applied value is always valid. */
export function clampInput(input: Pick<NumericInput, 'min' | 'max' | 'integer'>, value: number): number {
  const v = Number.isFinite(value) ? value : input.min;
  const clamped = Math.min(input.max, Math.max(input.min, v));
  return input.integer ? Math.round(clamped) : clamped;
}

function plain(
  keys: readonly PathKey[],
  label: string,
  group: InputGroup,
  unit: string,
  value: number,
  min: number,
  max: number,
  integer = false,
): NumericInput {
  const range = { min, max, integer };
  return input({
    path: pathToString(keys),
    label,
    group,
    unit,
    value,
    min,
    max,
    integer,
    isDefault: false,
    write: (_s, v) => ({ keys, value: clampInput(range, v) }),
  });
}

/**
 * Every numeric input of a scenario that changes its cost, in a stable order: scenario-level,
 * labour and ops effort, then each workload's usage and fleet, then pricing assumptions.
 */
export function scenarioInputs(s: Scenario): NumericInput[] {
  const out: NumericInput[] = [];
  out.push(plain(['usageGrowthPctPerMonth'], 'Usage growth per month', 'scenario', '%/month', s.usageGrowthPctPerMonth, -10, 20));
  out.push(plain(['discountRateAnnualPct'], 'Discount rate (NPV)', 'scenario', '%/year', s.discountRateAnnualPct, 0, 50));

  const options = optionsFor(s);
  const deployments = comparedDeployments(s);
  // Only the roles whose time the compared options actually use.
  const roles = new Set<RoleId>();
  for (const d of deployments) {
    roles.add(INCIDENT_DEFAULTS[d].role);
    for (const t of tasksFor(d)) roles.add(effectiveTask(s, t).task.role);
  }
  for (const role of ROLE_IDS) {
    if (!roles.has(role)) continue;
    const override = s.labour[role];
    const range = { min: 1, max: 2000, integer: false };
    out.push(input({
      path: `labour.${role}.hourlyUsd`,
      label: `${ROLE_DEFAULTS[role].label} loaded rate`,
      group: 'labour',
      unit: 'USD/h',
      value: override?.hourlyUsd ?? ROLE_DEFAULTS[role].hourlyUsd,
      ...range,
      isDefault: override === undefined,
      write: (_sc, v) => ({ keys: ['labour', role], value: { hourlyUsd: clampInput(range, v) } }),
    }));
  }
  out.push(plain(['opsEffort', 'effortScalePct'], 'Ops-effort scale (all tasks)', 'ops effort', '%', s.opsEffort.effortScalePct, 0, 500));
  for (const d of deployments) {
    const o = s.opsEffort.incidents[d];
    const range = { min: 0, max: 100, integer: false };
    out.push(input({
      path: `opsEffort.incidents.${d}.incidentsPerMonth`,
      label: `Incidents per month (${d})`,
      group: 'ops effort',
      unit: 'per workload',
      value: o?.incidentsPerMonth ?? INCIDENT_DEFAULTS[d].incidentsPerMonth,
      ...range,
      isDefault: o?.incidentsPerMonth === undefined,
      // A write to the leaf, so it composes with a write of the same deployment's hours per incident.
      write: (_sc, v) => ({ keys: ['opsEffort', 'incidents', d, 'incidentsPerMonth'], value: clampInput(range, v) }),
    }));
  }
  if (s.opsEffort.downtimeCostPerHourUsd > 0) {
    out.push(plain(['opsEffort', 'downtimeCostPerHourUsd'], 'Downtime cost per hour', 'ops effort', 'USD/h', s.opsEffort.downtimeCostPerHourUsd, 0, 10_000_000));
  }

  s.workloads.forEach((w, i) => {
    const k = (...rest: PathKey[]): PathKey[] => ['workloads', i, ...rest];
    const name = w.name;
    if (w.kind === 'database') {
      const st = w.storage;
      const piops = st.type === 'io1' || st.type === 'io2' ? PIOPS_PER_GIB[st.type] : undefined;
      const minSize = piops !== undefined ? Math.max(100, Math.ceil((st.iops ?? 0) / piops)) : 20;
      out.push(plain(k('storage', 'sizeGb'), `${name}: storage`, 'usage', 'GB', st.sizeGb, minSize, 65536, true));
      if (st.iops !== undefined) {
        const max = piops !== undefined ? Math.min(256000, piops * st.sizeGb) : 64000;
        out.push(plain(k('storage', 'iops'), `${name}: provisioned IOPS`, 'usage', 'IOPS', st.iops, piops !== undefined ? 1000 : 0, max, true));
      }
      if (st.throughputMBps !== undefined) out.push(plain(k('storage', 'throughputMBps'), `${name}: throughput`, 'usage', 'MiB/s', st.throughputMBps, 0, 4000));
      out.push(plain(k('backup', 'storageGb'), `${name}: backup storage`, 'usage', 'GB', w.backup.storageGb, 0, 10_000_000));
      out.push(plain(k('readReplicas'), `${name}: read replicas`, 'fleet', 'instances', w.readReplicas, 0, 15, true));
      out.push(plain(k('hoursPerMonth'), `${name}: hours per month`, 'usage', 'h', w.hoursPerMonth, 1, HOURS_PER_MONTH));
      if (w.cpuCreditSurplusVcpuHoursPerMonth !== undefined) {
        out.push(plain(k('cpuCreditSurplusVcpuHoursPerMonth'), `${name}: CPU above baseline`, 'usage', 'vCPU-h/month', w.cpuCreditSurplusVcpuHoursPerMonth, 0, 1_000_000));
      }
      if (w.backup.dailyChangePct !== undefined) out.push(plain(k('backup', 'dailyChangePct'), `${name}: daily change (snapshots)`, 'usage', '%', w.backup.dailyChangePct, 0, 100));
      if (w.rootVolumeGb !== undefined) out.push(plain(k('rootVolumeGb'), `${name}: root volume per instance`, 'usage', 'GB', w.rootVolumeGb, 0, 16384, true));
      if (w.replicationGbPerMonth !== undefined) {
        out.push(plain(k('replicationGbPerMonth'), `${name}: replication traffic`, 'usage', 'GB/month', w.replicationGbPerMonth, 0, 10_000_000));
      }
      const io = w.aurora?.ioRequestsMillionsPerMonth;
      if (io !== undefined && options.includes('aurora')) {
        out.push(plain(k('aurora', 'ioRequestsMillionsPerMonth'), `${name}: Aurora I/O requests`, 'usage', 'million/month', io, 0, 100_000_000));
      }
      const sp = w.pricing.ec2?.commitment;
      if (sp?.model === 'savings-plan') out.push(plain(k('pricing', 'ec2', 'commitment', 'discountPct'), `${name}: EC2 Savings Plan discount`, 'pricing', '%', sp.discountPct, 0.01, 99.99));
      const rsp = w.pricing.rds?.commitment;
      if (rsp?.model === 'savings-plan') out.push(plain(k('pricing', 'rds', 'commitment', 'discountPct'), `${name}: Database Savings Plan discount`, 'pricing', '%', rsp.discountPct, 0.01, 99.99));
      const asp = w.pricing.aurora?.commitment;
      if (asp?.model === 'savings-plan') out.push(plain(k('pricing', 'aurora', 'commitment', 'discountPct'), `${name}: Aurora Database Savings Plan discount`, 'pricing', '%', asp.discountPct, 0.01, 99.99));
      return;
    }
    out.push(plain(k('team', 'dataScientists'), `${name}: data scientists`, 'fleet', 'people', w.team.dataScientists, 0, 1000, true));
    out.push(plain(k('team', 'hoursPerDay'), `${name}: notebook hours per day`, 'usage', 'h/day', w.team.hoursPerDay, 0, 24));
    out.push(plain(k('team', 'daysPerMonth'), `${name}: notebook days per month`, 'usage', 'days', w.team.daysPerMonth, 0, 31));
    if (w.training) {
      const t = w.training;
      out.push(plain(k('training', 'jobsPerMonth'), `${name}: training jobs per month`, 'usage', 'jobs', t.jobsPerMonth, 0, 100_000));
      out.push(plain(k('training', 'hoursPerJob'), `${name}: hours per training job`, 'usage', 'h', t.hoursPerJob, 0.01, 720));
      out.push(plain(k('training', 'instanceCount'), `${name}: instances per training job`, 'fleet', 'instances', t.instanceCount, 1, 512, true));
      out.push(plain(k('training', 'spotSharePct'), `${name}: training on spot`, 'pricing', '%', t.spotSharePct, 0, 100));
    }
    (w.realtimeInference?.endpoints ?? []).forEach((e, j) => {
      out.push(plain(k('realtimeInference', 'endpoints', j, 'instanceCount'), `${name}: "${e.name}" instances`, 'fleet', 'instances', e.instanceCount, 1, 100, true));
      out.push(plain(k('realtimeInference', 'endpoints', j, 'hoursPerDay'), `${name}: "${e.name}" hours per day`, 'usage', 'h/day', e.hoursPerDay, 0.01, 24));
    });
    if (w.serverlessInference) {
      out.push(plain(k('serverlessInference', 'requestsPerMonth'), `${name}: serverless requests per month`, 'usage', 'requests', w.serverlessInference.requestsPerMonth, 0, 100_000_000_000));
      out.push(plain(k('serverlessInference', 'meanDurationMs'), `${name}: serverless mean duration`, 'usage', 'ms', w.serverlessInference.meanDurationMs, 0.01, 60_000));
    }
    if (w.batchTransform) {
      out.push(plain(k('batchTransform', 'jobsPerMonth'), `${name}: batch jobs per month`, 'usage', 'jobs', w.batchTransform.jobsPerMonth, 0, 100_000));
      out.push(plain(k('batchTransform', 'hoursPerJob'), `${name}: hours per batch job`, 'usage', 'h', w.batchTransform.hoursPerJob, 0.01, 720));
      out.push(plain(k('batchTransform', 'instanceCount'), `${name}: instances per batch job`, 'fleet', 'instances', w.batchTransform.instanceCount, 1, 512, true));
    }
    out.push(plain(k('storage', 's3Gb'), `${name}: S3 data`, 'usage', 'GB', w.storage.s3Gb, 0, 100_000_000));
    out.push(plain(k('storage', 'volumeGbPerInstance'), `${name}: volume per instance`, 'usage', 'GB', w.storage.volumeGbPerInstance, 1, 16384));
    out.push(plain(k('inferenceDataGbPerMonth'), `${name}: inference data`, 'usage', 'GB/month', w.inferenceDataGbPerMonth, 0, 100_000_000));
    if (options.some((o) => o === 'ec2' || o === 'eks')) {
      out.push(plain(k('selfManaged', 'platformServicesCount'), `${name}: platform-service hosts`, 'fleet', 'instances', w.selfManaged.platformServicesCount, 0, 20, true));
    }
    if (options.includes('eks')) {
      const gain = plain(k('selfManaged', 'eksUtilisationGainPct'), `${name}: EKS utilisation gain (bin-packing)`, 'fleet', '%', w.selfManaged.eksUtilisationGainPct, 0, 300);
      out.push({ ...gain, isDefault: w.selfManaged.eksUtilisationGainPct === DEFAULT_EKS_UTILISATION_GAIN_PCT });
    }
    if (w.training && w.training.spotSharePct > 0) {
      for (const platform of ['ec2', 'eks', 'sagemaker'] as const) {
        if (platform === 'sagemaker' ? !options.includes('managed') && !options.includes('aurora') : !options.includes(platform)) continue;
        for (const field of ['expectedDiscountPct', 'interruptionOverheadPct'] as const) {
          const current = w.pricing[platform].spot;
          const range = field === 'expectedDiscountPct' ? { min: 0, max: 95, integer: false } : { min: 0, max: 200, integer: false };
          out.push(input({
            path: pathToString(k('pricing', platform, 'spot', field)),
            label: `${name}: ${platform} spot ${field === 'expectedDiscountPct' ? 'discount' : 'interruption overhead'}`,
            group: 'pricing',
            unit: '%',
            value: current[field],
            ...range,
            isDefault: current[field] === DEFAULT_SPOT[field],
            write: (_sc, v) => ({ keys: ['workloads', i, 'pricing', platform, 'spot', field], value: clampInput(range, v) }),
          }));
        }
      }
    }
    const sp = w.pricing.sagemaker?.commitment;
    if (sp?.model === 'savings-plan') out.push(plain(k('pricing', 'sagemaker', 'commitment', 'discountPct'), `${name}: SageMaker Savings Plan discount`, 'pricing', '%', sp.discountPct, 0.01, 99.99));
    for (const platform of ['ec2', 'eks'] as const) {
      const c = w.pricing[platform]?.commitment;
      if (c?.model === 'savings-plan') out.push(plain(k('pricing', platform, 'commitment', 'discountPct'), `${name}: ${platform} Savings Plan discount`, 'pricing', '%', c.discountPct, 0.01, 99.99));
    }
  });
  return out;
}

/** The deployments the scenario's options run its workloads on. */
export function comparedDeployments(s: Scenario): Set<DeploymentId> {
  const deployments = new Set<DeploymentId>();
  for (const o of optionsFor(s)) for (const w of s.workloads) deployments.add(deploymentFor(o, w.kind));
  return deployments;
}

/**
 * Finer ops-effort inputs, kept out of `scenarioInputs` so the tornado and the what-if sliders stay
 * readable: one effort scale per task (`opsEffort.tasks.<id>.scalePct`) and the hours per incident of
 * each deployment. Monte Carlo samples them from their default ranges (src/model/default-ranges.ts),
 * and a scenario may give any of them its own distribution or sensitivity range.
 */
export function effortDetailInputs(s: Scenario): NumericInput[] {
  const out: NumericInput[] = [];
  const scaleRange = { min: 0, max: 500, integer: false };
  const hoursRange = { min: 0, max: 1000, integer: false };
  for (const d of comparedDeployments(s)) {
    for (const t of tasksFor(d)) {
      const scalePct = s.opsEffort.tasks[t.id]?.scalePct;
      out.push(input({
        path: `opsEffort.tasks.${t.id}.scalePct`,
        label: `Effort scale: ${t.label} (${d})`,
        group: 'ops effort',
        unit: '%',
        value: scalePct ?? 100,
        ...scaleRange,
        isDefault: s.opsEffort.tasks[t.id] === undefined,
        write: (_sc, v) => ({ keys: ['opsEffort', 'tasks', t.id, 'scalePct'], value: clampInput(scaleRange, v) }),
      }));
    }
    const hours = s.opsEffort.incidents[d]?.hoursPerIncident;
    out.push(input({
      path: `opsEffort.incidents.${d}.hoursPerIncident`,
      label: `Hours per incident (${d})`,
      group: 'ops effort',
      unit: 'h',
      value: hours ?? INCIDENT_DEFAULTS[d].hoursPerIncident,
      ...hoursRange,
      isDefault: hours === undefined,
      write: (_sc, v) => ({ keys: ['opsEffort', 'incidents', d, 'hoursPerIncident'], value: clampInput(hoursRange, v) }),
    }));
  }
  return out;
}

/** The input at a path, or undefined with the scenario's list of inputs to choose from. */
export function findInput(s: Scenario, path: string): NumericInput | undefined {
  const keys = parsePath(path);
  if (!keys) return undefined;
  const canonical = pathToString(keys);
  return scenarioInputs(s).find((i) => i.path === canonical) ?? effortDetailInputs(s).find((i) => i.path === canonical);
}
