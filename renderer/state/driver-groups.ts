import type { ChoiceInput, NumericInput, Scenario } from '../../src/index';

const GENERAL_DRIVERS = 'Whole scenario: people, effort, growth';

export interface DriverGroup {
  readonly key: string;
  readonly title: string;
  readonly inputs: NumericInput[];
  readonly choices: ChoiceInput[];
}

/**
 * The drivers in groups: the scenario-wide ones (labour rates, ops effort, growth) first, then one
 * group per workload, by its name, with its sliders and then its choices (instance types,
 * commitments); only the drivers whose label holds every word of `filter`.
 */
export function driverGroups(scenario: Scenario, inputs: readonly NumericInput[], choices: readonly ChoiceInput[], filter: string): DriverGroup[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const groups = new Map<string, DriverGroup>([['general', { key: 'general', title: GENERAL_DRIVERS, inputs: [], choices: [] }]]);
  const groupOf = (path: string): DriverGroup => {
    const m = /^workloads\[(\d+)\]/.exec(path);
    const key = m ? `workload-${m[1]}` : 'general';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, title: scenario.workloads[Number(m![1])]?.name ?? `Workload ${Number(m![1]) + 1}`, inputs: [], choices: [] }));
    return group;
  };
  const matches = (label: string) => words.every((w) => label.toLowerCase().includes(w));
  for (const i of inputs) if (matches(i.label)) groupOf(i.path).inputs.push(i);
  for (const c of choices) if (matches(c.label)) groupOf(c.path).choices.push(c);
  return [...groups.values()].filter((g) => g.inputs.length + g.choices.length > 0);
}

/** Inputs shown as sliders: the main drivers (labour, effort, fleet, hours, storage, team, training hours and spot share, Aurora I/O, CPU credits, snapshot change rate, growth, commitment discounts). */
export function isDriver(i: NumericInput): boolean {
  if (i.group === 'labour' || i.group === 'fleet') return true;
  if (i.path === 'usageGrowthPctPerMonth' || i.path === 'opsEffort.effortScalePct') return true;
  return /(storage\.sizeGb|hoursPerMonth|hoursPerDay|s3Gb|jobsPerMonth|hoursPerJob|spotSharePct|requestsPerMonth|discountPct|ioRequestsMillionsPerMonth|cpuCreditSurplusVcpuHoursPerMonth|dailyChangePct)$/.test(i.path);
}
