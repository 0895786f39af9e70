import type { SimulationResult } from '../analysis/monte-carlo';
import type { TornadoResult } from '../analysis/sensitivity';
import { describeDistribution } from '../analysis/distributions';
import type { Estimate } from '../model/estimate';
import { ROLE_DEFAULTS, type RoleId } from '../model/labour';
import { findInput, scenarioInputs } from '../model/scenario-inputs';
import type { Scenario } from '../model/scenario-schema';
import { formatMonth, formatNumber, formatPct, formatUsd } from '../format/format';
import { uncertainInputsPhrase } from './confidence-text';
import type { ReferenceIndex } from './reference-index';
import type { AssumptionRow, InputRow, LabourRateRow, ReportAssumptions, WorkloadSettings } from './report-document';

/** Every leaf of a workload as path = value, in file order. */
function flatten(value: unknown, path: string, out: { path: string; value: string }[]): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => flatten(v, `${path}[${i}]`, out));
    return;
  }
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) flatten(v, path ? `${path}.${k}` : k, out);
    return;
  }
  out.push({ path, value: String(value) });
}

/** The report's assumptions: the settings, labour rates, inputs and workload settings the figures rest on. */
export function assumptionsOf(scenario: Scenario, est: Estimate, refs: ReferenceIndex, sim: SimulationResult | null, tor: TornadoResult | null): ReportAssumptions {
  const s = est.scenario;
  const fromFile = 'scenario file';
  const settings: AssumptionRow[] = [
    { label: 'AWS Region', value: s.region, source: fromFile },
    { label: 'Horizon', value: `${s.horizonMonths} months${s.startMonth ? `, from ${formatMonth(1, s.startMonth)}` : ''}`, source: fromFile },
    { label: 'Usage growth', value: `${formatPct(s.usageGrowthPctPerMonth)} per month, compounding`, source: fromFile },
    { label: 'Discount rate (NPV)', value: `${formatPct(s.discountRateAnnualPct)} per year`, source: fromFile },
    { label: 'Options compared', value: est.options.map((o) => o.label).join('; '), source: scenario.options ? fromFile : 'default for the workloads' },
    { label: 'Ops-effort scale', value: `${formatPct(scenario.opsEffort.effortScalePct)} of the default task hours`, source: scenario.opsEffort.effortScalePct === 100 ? 'default' : fromFile },
    {
      label: 'Downtime cost',
      value: scenario.opsEffort.downtimeCostPerHourUsd > 0 ? `${formatUsd(scenario.opsEffort.downtimeCostPerHourUsd)} per hour` : 'not priced (0)',
      source: scenario.opsEffort.downtimeCostPerHourUsd > 0 ? fromFile : 'default',
    },
    { label: 'Prices', value: est.catalogue.name, source: 'price catalogue (see Price provenance)' },
    {
      label: 'Monte Carlo',
      value: sim ? `${formatNumber(sim.runs)} runs, seed ${sim.seed}, ${uncertainInputsPhrase(sim)}` : 'not run (default ranges off and no uncertainty distributions)',
      source: sim ? 'report default (tco-studio simulate)' : fromFile,
    },
    {
      label: 'Sensitivity range',
      value: tor ? `±${formatPct(tor.rangePct)} of each input${scenario.analysis.sensitivity.ranges.length > 0 ? `, ${scenario.analysis.sensitivity.ranges.length} set in the scenario` : ''}` : 'not run',
      source: scenario.analysis.sensitivity.rangePct === 25 && scenario.analysis.sensitivity.ranges.length === 0 ? 'default' : fromFile,
    },
  ];

  const labour = new Map<RoleId, LabourRateRow>();
  for (const l of est.lines) {
    if (l.provenance.kind !== 'labour' || labour.has(l.provenance.role) || l.unitPrice === null) continue;
    const p = l.provenance;
    labour.set(p.role, {
      role: p.role,
      label: ROLE_DEFAULTS[p.role]?.label ?? p.role,
      hourlyUsd: l.unitPrice,
      source: p.rateSource,
      refs: p.rateSource === 'default' ? refs.addCitations(p.rateProvenance?.citations) : [],
      rationale: p.rateSource === 'default' ? (p.rateProvenance?.rationale ?? '') : 'Loaded hourly rate set in the scenario file (labour block).',
    });
  }

  const inputs: InputRow[] = scenarioInputs(scenario).map((i) => ({ path: i.path, label: i.label, group: i.group, unit: i.unit, value: i.value, isDefault: i.isDefault }));
  const workloads: WorkloadSettings[] = scenario.workloads.map((w, i) => {
    const settings: { path: string; value: string }[] = [];
    flatten(w, '', settings);
    return { id: w.id, name: w.name, kind: w.kind, settings: settings.filter((x) => x.path !== 'id' && x.path !== 'name' && x.path !== 'kind').map((x) => ({ path: `workloads[${i}].${x.path}`, value: x.value })) };
  });
  const uncertainty = scenario.analysis.uncertainty.map((u) => ({ path: u.path, label: findInput(scenario, u.path)?.label ?? u.path, distribution: describeDistribution(u.distribution) }));
  return {
    settings,
    labour: [...labour.values()],
    inputs,
    workloads,
    uncertainty,
    sensitivityRanges: scenario.analysis.sensitivity.ranges.map((r) => ({ path: r.path, low: r.low, high: r.high })),
    notes: scenario.notes ?? null,
  };
}
