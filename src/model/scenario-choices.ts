import { optionsFor } from './options';
import { PRACTICE_MATURITY_LABELS, PRACTICE_MATURITY_LEVELS, type PracticeMaturity } from './practice-maturity';
import type { Commitment, OptionId, Scenario } from './scenario-schema';
import { pathToString, type PathKey, type PathWrite } from './scenario-path';

/**
 * The non-numeric drivers of a scenario that what-if analysis may change: instance types,
 * commitments and the team's practice maturity. A numeric input (scenario-inputs.ts) has a range; a choice has a set of values,
 * named here by an id the what-if session keeps, and a write that puts the value in the scenario.
 */
export interface ChoiceInput {
  readonly path: string;
  readonly label: string;
  readonly kind: 'instance-type' | 'commitment' | 'practice-maturity';
  /** Which price list an instance type comes from (the picker lists that service's types in the Region). */
  readonly service?: 'ec2' | 'rds' | 'sagemaker';
  /** The database engine, for an RDS class (its prices are per engine). */
  readonly engine?: string;
  /** The SageMaker component, for an ML instance type (its prices are per component). */
  readonly component?: string;
  /** The scenario does not state this value: it follows another (an EC2 type follows the RDS class). */
  readonly follows?: string;
  /** The current value's id: an instance type, or a commitment's id (COMMITMENT_CHOICES). */
  readonly value: string;
  /** The ids a commitment may take, with their labels; empty for an instance type (any type of the Region). */
  readonly options: readonly { readonly id: string; readonly label: string }[];
  /** The write that sets this choice to an id; undefined when the id is not one of its values. */
  readonly write: (id: string) => PathWrite | undefined;
}

/** The commitments the what-if offers: on-demand and standard reserved instances, each term and payment. */
export const COMMITMENT_CHOICES: readonly { readonly id: string; readonly label: string; readonly commitment: Commitment }[] = [
  { id: 'on-demand', label: 'On-demand', commitment: { model: 'on-demand' } },
  ...(['1yr', '3yr'] as const).flatMap((term) =>
    (['no-upfront', 'partial-upfront', 'all-upfront'] as const).map((purchaseOption) => ({
      id: `reserved-${term}-${purchaseOption}`,
      label: `Reserved ${term === '1yr' ? '1 year' : '3 years'}, ${purchaseOption.replace('-', ' ')}`,
      commitment: { model: 'reserved', term, purchaseOption, offeringClass: 'standard' } as Commitment,
    })),
  ),
];

/** The id of the scenario's own commitment when it is none of COMMITMENT_CHOICES (a Savings Plan, your own rates, convertible). */
export const COMMITMENT_AS_IN_SCENARIO = 'as-in-scenario';

/** A commitment's id among COMMITMENT_CHOICES, or COMMITMENT_AS_IN_SCENARIO. */
export function commitmentChoiceId(c: Commitment | undefined): string {
  if (!c || c.model === 'on-demand') return 'on-demand';
  if (c.model === 'reserved' && c.offeringClass === 'standard' && c.hourlyUsd === undefined) return `reserved-${c.term}-${c.purchaseOption}`;
  return COMMITMENT_AS_IN_SCENARIO;
}

/** "Savings Plan (compute, 1yr, −20%)": the scenario's own commitment, as the what-if names it. */
function describeOwn(c: Commitment): string {
  if (c.model === 'savings-plan') return `As in the scenario: ${c.plan} Savings Plan, ${c.term}, −${c.discountPct}%`;
  if (c.model === 'reserved') return `As in the scenario: reserved ${c.term}, ${c.purchaseOption.replace('-', ' ')}${c.offeringClass === 'convertible' ? ', convertible' : ''}${c.hourlyUsd !== undefined ? ', your rate' : ''}`;
  return 'As in the scenario';
}

const PLATFORM_WORDS: Readonly<Record<'ec2' | 'eks' | 'rds' | 'sagemaker', string>> = { ec2: 'EC2', eks: 'EKS', rds: 'RDS', sagemaker: 'SageMaker' };

function commitmentChoice(keys: readonly PathKey[], label: string, current: Commitment | undefined, reservedOffered: boolean): ChoiceInput {
  const value = commitmentChoiceId(current);
  const offered = COMMITMENT_CHOICES.filter((c) => reservedOffered || c.commitment.model === 'on-demand');
  const options = [...(value === COMMITMENT_AS_IN_SCENARIO && current ? [{ id: COMMITMENT_AS_IN_SCENARIO, label: describeOwn(current) }] : []), ...offered.map(({ id, label: l }) => ({ id, label: l }))];
  return {
    path: pathToString(keys),
    label,
    kind: 'commitment',
    value,
    options,
    write: (id) => {
      if (id === COMMITMENT_AS_IN_SCENARIO) return current ? { keys, value: current } : undefined;
      const chosen = offered.find((c) => c.id === id);
      return chosen ? { keys, value: chosen.commitment } : undefined;
    },
  };
}

function typeChoice(keys: readonly PathKey[], label: string, value: string, service: 'ec2' | 'rds' | 'sagemaker', extra: { engine?: string; component?: string; follows?: string } = {}): ChoiceInput {
  return {
    path: pathToString(keys),
    label,
    kind: 'instance-type',
    service,
    ...extra,
    value,
    options: [],
    // The type's form is the file's rule (checked when the what-if becomes a variant); its price, the Region's.
    write: (id) => (/^[a-z][a-z0-9.-]*$/.test(id) && id.length <= 40 ? { keys, value: id } : undefined),
  };
}

/**
 * The instance types and commitments of every workload, for the options the scenario compares:
 * what a planning session asks next after the numbers ("what if we used r7g?", "what if we reserved
 * for three years?").
 */
export function scenarioChoices(scenario: Scenario): ChoiceInput[] {
  const options = new Set<OptionId>(optionsFor(scenario));
  const out: ChoiceInput[] = [];
  scenario.workloads.forEach((w, i) => {
    const k = (...rest: PathKey[]): PathKey[] => ['workloads', i, ...rest];
    const name = w.name;
    if (w.kind === 'database') {
      if (options.has('managed') || options.has('aurora')) {
        out.push(typeChoice(k('instanceClass'), `${name}: ${options.has('managed') ? 'RDS' : 'Aurora'} instance class`, w.instanceClass, 'rds', { engine: w.engine }));
      }
      if (options.has('ec2') || options.has('eks')) out.push(typeChoice(k('ec2InstanceType'), `${name}: EC2 instance type`, w.ec2InstanceType ?? w.instanceClass.replace(/^db\./, ''), 'ec2', w.ec2InstanceType === undefined ? { follows: 'the RDS class' } : {}));
      if (options.has('ec2') || options.has('eks')) out.push(commitmentChoice(k('pricing', 'ec2', 'commitment'), `${name}: EC2 commitment`, w.pricing.ec2?.commitment, true));
      if (options.has('managed')) out.push(commitmentChoice(k('pricing', 'rds', 'commitment'), `${name}: RDS commitment`, w.pricing.rds?.commitment, true));
      if (options.has('aurora')) out.push(commitmentChoice(k('pricing', 'aurora', 'commitment'), `${name}: Aurora commitment`, w.pricing.aurora?.commitment, true));
      return;
    }
    out.push(typeChoice(k('team', 'notebookInstanceType'), `${name}: notebook instance type`, w.team.notebookInstanceType, 'sagemaker', { component: 'studio-notebook' }));
    if (w.training) out.push(typeChoice(k('training', 'instanceType'), `${name}: training instance type`, w.training.instanceType, 'sagemaker', { component: 'training' }));
    w.realtimeInference?.endpoints.forEach((e, j) =>
      out.push(typeChoice(k('realtimeInference', 'endpoints', j, 'instanceType'), `${name}: endpoint ${e.name} instance type`, e.instanceType, 'sagemaker', { component: 'hosting' })),
    );
    if (w.batchTransform) out.push(typeChoice(k('batchTransform', 'instanceType'), `${name}: batch transform instance type`, w.batchTransform.instanceType, 'sagemaker', { component: 'batch-transform' }));
    for (const platform of ['ec2', 'eks', 'sagemaker'] as const) {
      const runs = platform === 'sagemaker' ? options.has('managed') || options.has('aurora') : options.has(platform);
      if (!runs) continue;
      // SageMaker has no reserved instances; its Savings Plan needs your discount (the Commitments view).
      out.push(commitmentChoice(k('pricing', platform, 'commitment'), `${name}: ${PLATFORM_WORDS[platform]} commitment`, w.pricing[platform]?.commitment, platform !== 'sagemaker'));
    }
  });
  if (options.has('ec2') || options.has('eks')) out.push(maturityChoice(scenario.opsEffort.practiceMaturity));
  return out;
}

/** How the team runs its self-managed platforms (manual, scripted, automated): how much of the gap to the managed services is practice. */
function maturityChoice(current: PracticeMaturity): ChoiceInput {
  const keys: PathKey[] = ['opsEffort', 'practiceMaturity'];
  return {
    path: pathToString(keys),
    label: 'Practice maturity (self-managed)',
    kind: 'practice-maturity',
    value: current,
    options: PRACTICE_MATURITY_LEVELS.map((id) => ({ id, label: PRACTICE_MATURITY_LABELS[id] })),
    write: (id) => ((PRACTICE_MATURITY_LEVELS as readonly string[]).includes(id) ? { keys, value: id } : undefined),
  };
}
