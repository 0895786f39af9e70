import type { ServiceName } from '../model/cost-line';
import { ModelError } from '../model/errors';
import type { Estimate } from '../model/estimate';
import type { OptionId } from '../model/scenario-schema';
import type { ImportedSpend, MonthlySpend } from './imported-spend';

/**
 * Calibration: what the user spends today on the services a scenario models (Cost Explorer) next
 * to what the model's current-state option says those services cost, by service. A large gap
 * means the scenario misses something (instances, storage, traffic) or prices it differently.
 */

/** Cost Explorer SERVICE values (as seen in real responses, aws-api.md §1.4) → model service. */
const SERVICE_MAP: Readonly<Record<string, ServiceName>> = {
  'Amazon Elastic Compute Cloud - Compute': 'Amazon EC2',
  'Amazon Relational Database Service': 'Amazon RDS',
  'Amazon SageMaker': 'Amazon SageMaker',
  'Amazon Simple Storage Service': 'Amazon S3',
  'Amazon Elastic Load Balancing': 'Elastic Load Balancing',
  'Elastic Load Balancing': 'Elastic Load Balancing',
  'Amazon Elastic Container Service for Kubernetes': 'Amazon EKS',
  'Amazon Elastic Kubernetes Service': 'Amazon EKS',
  'AWS Data Transfer': 'Data transfer',
};

/** The part of a month an import covers, as a factor that scales it to the whole month. */
function wholeMonthFactor(month: MonthlySpend): number {
  return month.partial ? month.partial.daysInMonth / month.partial.days : 1;
}

/** "EC2 - Other" mixes EBS, data transfer, NAT gateways and more; usage types tell them apart. */
function ec2OtherServiceOf(usageType: string): ServiceName | undefined {
  if (/EBS:/.test(usageType)) return 'Amazon EBS';
  if (/DataTransfer-Regional-Bytes/.test(usageType)) return 'Data transfer';
  return undefined;
}

/** Model lines that are not on the AWS bill. */
const NOT_BILLED: ReadonlySet<ServiceName> = new Set(['Engineering time', 'Downtime', 'Software licences']);

export interface CalibrationRow {
  readonly service: ServiceName;
  /** Average monthly spend over the months used. */
  readonly actualMonthlyUsd: number;
  /** The option's month-1 run rate for this service. */
  readonly modelMonthlyUsd: number;
  /** actual − model: positive when the bill is higher than the model. */
  readonly differenceUsd: number;
  /** Cost Explorer services (and usage-type groups) that fed the actual figure. */
  readonly awsServices: readonly string[];
}

export interface Calibration {
  readonly option: OptionId;
  readonly optionLabel: string;
  /** Months averaged, YYYY-MM. */
  readonly months: readonly string[];
  readonly actualMonthlyUsd: number;
  readonly modelMonthlyUsd: number;
  readonly differenceUsd: number;
  readonly rows: readonly CalibrationRow[];
  /** Spend on services this option does not use (other AWS services, NAT gateways, SageMaker for a database-only option, ...), per month. */
  readonly outsideScopeMonthlyUsd: number;
  readonly outsideScope: readonly { readonly awsService: string; readonly monthlyUsd: number }[];
  readonly taxMonthlyUsd: number;
  readonly notes: readonly string[];
}

interface Bucketed {
  readonly byModel: Map<ServiceName, { usd: number; from: Set<string> }>;
  readonly outside: Map<string, number>;
  tax: number;
}

function bucketMonth(month: MonthlySpend, into: Bucketed, notes: Set<string>): void {
  const factor = wholeMonthFactor(month);
  const add = (service: ServiceName, usd: number, from: string) => {
    const b = into.byModel.get(service) ?? { usd: 0, from: new Set<string>() };
    b.usd += usd * factor;
    b.from.add(from);
    into.byModel.set(service, b);
  };
  const outside = (name: string, usd: number) => into.outside.set(name, (into.outside.get(name) ?? 0) + usd * factor);
  for (const [service, usd] of Object.entries(month.byService)) {
    if (service === 'Tax') {
      into.tax += usd * factor;
      continue;
    }
    if (service === 'EC2 - Other') {
      const parts = month.byUsageType.filter((u) => u.service === service);
      if (parts.length === 0) {
        add('Amazon EBS', usd, service);
        notes.add('"EC2 - Other" had no usage-type breakdown and is counted as EBS (it also holds NAT gateways and data transfer)');
        continue;
      }
      for (const part of parts) {
        const target = ec2OtherServiceOf(part.usageType);
        if (target) {
          add(target, part.usd, `EC2 - Other (${target === 'Amazon EBS' ? 'EBS:*' : 'DataTransfer-Regional-Bytes'})`);
        } else outside(`EC2 - Other: ${part.usageType.replace(/^[A-Z]+\d*-/, '')}`, part.usd);
      }
      const rest = usd - parts.reduce((s, p) => s + p.usd, 0);
      if (Math.abs(rest) > 0.005) outside('EC2 - Other (not itemised)', rest);
      continue;
    }
    const target = SERVICE_MAP[service];
    if (target) add(target, usd, service);
    else outside(service, usd);
  }
}

/**
 * Calibrates an estimate's option against imported spend. Whole months whose bill is final are
 * averaged; if there are none, all months are, with a note, and a month the import covers only
 * some days of is scaled to the whole month. The model side is the option's
 * recurring run rate of month 1 per service; one-time and upfront payments are left out (Cost
 * Explorer's unblended cost books them in the month they are paid).
 */
export function calibrate(estimate: Estimate, option: OptionId, spend: ImportedSpend): Calibration {
  const result = estimate.options.find((o) => o.option === option);
  if (!result) throw new ModelError(`the estimate has no option "${option}" (it has ${estimate.options.map((o) => o.option).join(', ')})`);
  const notes = new Set<string>();
  const final = spend.months.filter((m) => !m.estimated && !m.partial);
  const used = final.length > 0 ? final : spend.months;
  if (used.length === 0) throw new ModelError('the imported spend has no months');
  if (final.length === 0 && used.some((m) => m.estimated)) {
    notes.add(`${used.every((m) => m.estimated) ? 'every imported month is' : 'some imported months are'} still estimated by AWS; figures may change`);
  }
  for (const m of spend.months) {
    if (!m.partial) continue;
    const covers = `${m.month} covers ${m.partial.days} of its ${m.partial.daysInMonth} days`;
    notes.add(final.length > 0 ? `${covers} and is left out` : `${covers}; its spend is scaled to the whole month (×${wholeMonthFactor(m).toFixed(2)})`);
  }

  const model = new Map<ServiceName, number>();
  let upfront = 0;
  for (const line of estimate.lines) {
    if (line.option !== option || NOT_BILLED.has(line.service)) continue;
    if (line.schedule.kind === 'monthly') {
      if (line.schedule.growth !== 'above-base') model.set(line.service, (model.get(line.service) ?? 0) + line.monthly);
    } else upfront += line.oneTime;
  }
  if (upfront > 0) notes.add('one-time and upfront payments in the model are not part of the monthly comparison');

  const bucketed: Bucketed = { byModel: new Map(), outside: new Map(), tax: 0 };
  for (const month of used) bucketMonth(month, bucketed, notes);
  const n = used.length;

  const rows: CalibrationRow[] = [];
  const outside = new Map([...bucketed.outside].map(([k, v]) => [k, v / n]));
  for (const [service, actual] of bucketed.byModel) {
    if (!model.has(service)) outside.set(`${service} (not in this option)`, actual.usd / n);
  }
  for (const [service, modelUsd] of model) {
    const actual = bucketed.byModel.get(service);
    const actualUsd = (actual?.usd ?? 0) / n;
    rows.push({
      service,
      actualMonthlyUsd: actualUsd,
      modelMonthlyUsd: modelUsd,
      differenceUsd: actualUsd - modelUsd,
      awsServices: [...(actual?.from ?? [])].sort(),
    });
  }
  rows.sort((a, b) => Math.abs(b.differenceUsd) - Math.abs(a.differenceUsd));
  const actualTotal = rows.reduce((s, r) => s + r.actualMonthlyUsd, 0);
  const modelTotal = rows.reduce((s, r) => s + r.modelMonthlyUsd, 0);
  const outsideList = [...outside]
    .filter(([, usd]) => Math.abs(usd) >= 0.005)
    .map(([awsService, monthlyUsd]) => ({ awsService, monthlyUsd }))
    .sort((a, b) => b.monthlyUsd - a.monthlyUsd);
  return {
    option,
    optionLabel: result.label,
    months: used.map((m) => m.month),
    actualMonthlyUsd: actualTotal,
    modelMonthlyUsd: modelTotal,
    differenceUsd: actualTotal - modelTotal,
    rows,
    outsideScopeMonthlyUsd: outsideList.reduce((s, o) => s + o.monthlyUsd, 0),
    outsideScope: outsideList,
    taxMonthlyUsd: bucketed.tax / n,
    notes: [...notes],
  };
}
