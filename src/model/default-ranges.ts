import { INCIDENT_DEFAULTS, type LowHigh } from './incidents';
import { ROLE_DEFAULTS } from './labour';
import { taskApplies, unitCounts } from './ops-effort';
import { EKS_UTILISATION_GAIN_RANGE, LABOUR_RANGE, TASK_RANGES, aroundLikely, type ThreePoint } from './ops-ranges';
import { isDatabaseDeployment, tasksFor } from './ops-tasks';
import { comparedDeployments, effortDetailInputs, scenarioInputs, type NumericInput } from './scenario-inputs';
import type { DatabaseWorkload, Distribution, MlWorkload, Scenario } from './scenario-schema';

/**
 * One uncertain default: the inputs it sets (several when identical tasks on different platforms
 * share one draw), its triangular distribution and why it is that wide.
 */
export interface DefaultRangeInput {
  readonly inputs: readonly NumericInput[];
  readonly distribution: Extract<Distribution, { kind: 'triangular' }>;
  readonly reasoning: string;
}

/**
 * A triangular distribution over low / likely / high. Chosen because each default is a three-point
 * judgement (the likely value is the deterministic estimate's), it is bounded (no sample beyond a
 * stated end), it can be skewed (most ranges run further up than down), and one draw costs one
 * random number and a square root.
 */
function triangular(p: ThreePoint): DefaultRangeInput['distribution'] {
  return { kind: 'triangular', min: p.low, mode: p.likely, max: p.high };
}

function absolute(likely: number, range: LowHigh): ThreePoint {
  return { low: range.low, likely, high: range.high };
}

/**
 * Every ops-effort default of a scenario that its options use and the file does not set itself,
 * with its default range: the effort of each task that applies (`opsEffort.tasks.<id>.scalePct`,
 * 100 ± its range), incidents per month and hours per incident per deployment, and the loaded rate
 * of each role. A value the scenario states (a rate, an incident figure, a task override) is the
 * user's, not a default, so it gets no default range.
 */
export function defaultRangeInputs(s: Scenario): DefaultRangeInput[] {
  const byPath = new Map<string, NumericInput>();
  for (const i of scenarioInputs(s)) byPath.set(i.path, i);
  for (const i of effortDetailInputs(s)) byPath.set(i.path, i);
  const out: DefaultRangeInput[] = [];

  for (const i of byPath.values()) {
    if (i.group !== 'labour' || !i.isDefault) continue;
    out.push({ inputs: [i], distribution: triangular(aroundLikely(i.value, LABOUR_RANGE)), reasoning: LABOUR_RANGE.reasoning });
  }

  for (const i of byPath.values()) {
    if (!i.isDefault || !i.path.endsWith('.selfManaged.eksUtilisationGainPct')) continue;
    out.push({ inputs: [i], distribution: triangular(absolute(i.value, EKS_UTILISATION_GAIN_RANGE)), reasoning: EKS_UTILISATION_GAIN_RANGE.reasoning });
  }

  const databases = s.workloads.filter((w): w is DatabaseWorkload => w.kind === 'database');
  const ml = s.workloads.filter((w): w is MlWorkload => w.kind === 'ml-platform');
  const shared = new Map<string, { inputs: NumericInput[]; range: (typeof TASK_RANGES)[string] }>();
  for (const d of comparedDeployments(s)) {
    const isDb = isDatabaseDeployment(d);
    const units = unitCounts(d, isDb ? databases : [], isDb ? [] : ml);
    for (const t of tasksFor(d)) {
      const range = TASK_RANGES[t.id];
      const input = byPath.get(`opsEffort.tasks.${t.id}.scalePct`);
      if (!range || !input || !input.isDefault || !taskApplies(t.appliesWhen, units)) continue;
      if (range.sharedDraw === undefined) {
        out.push({ inputs: [input], distribution: triangular(aroundLikely(100, range)), reasoning: range.reasoning });
        continue;
      }
      const group = shared.get(range.sharedDraw);
      if (group) group.inputs.push(input);
      else shared.set(range.sharedDraw, { inputs: [input], range });
    }
    const incidents = INCIDENT_DEFAULTS[d];
    const perMonth = byPath.get(`opsEffort.incidents.${d}.incidentsPerMonth`);
    if (perMonth?.isDefault) {
      out.push({ inputs: [perMonth], distribution: triangular(absolute(incidents.incidentsPerMonth, incidents.ranges.incidentsPerMonth)), reasoning: incidents.ranges.reasoning });
    }
    const hours = byPath.get(`opsEffort.incidents.${d}.hoursPerIncident`);
    if (hours?.isDefault) {
      out.push({ inputs: [hours], distribution: triangular(absolute(incidents.hoursPerIncident, incidents.ranges.hoursPerIncident)), reasoning: incidents.ranges.reasoning });
    }
  }
  for (const { inputs, range } of shared.values()) {
    out.push({ inputs, distribution: triangular(aroundLikely(100, range)), reasoning: range.reasoning });
  }
  return out;
}

/** The default loaded rate's three-point range, for display next to the rate. */
export function labourRange(role: keyof typeof ROLE_DEFAULTS): ThreePoint {
  return aroundLikely(ROLE_DEFAULTS[role].hourlyUsd, LABOUR_RANGE);
}
