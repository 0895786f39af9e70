import type { CatalogueInfo, PriceCatalogue, PriceSource } from '../pricing/catalogue';
import { createContext, pricedLine, type BuildContext } from './build-context';
import { PLATFORM_IDS, type CostCategory, type CostLine } from './cost-line';
import { findCrossover, type Crossover } from './crossover';
import { databaseOnEc2Lines } from './database-ec2';
import { databaseOnRdsLines, rdsGp3Baseline } from './database-rds';
import { mlSageMakerLines } from './ml-sagemaker';
import { mlSelfManagedLines } from './ml-self-managed';
import { opsEffortLines } from './ops-effort';
import type { DeploymentId } from './ops-tasks';
import { deploymentFor, optionLabel, optionsFor } from './options';
import { discountFactors, growthFactors, project, type MonthRow } from './projection';
import type { DatabaseWorkload, MlWorkload, OptionId, Scenario } from './scenario-schema';
import { HOURS_PER_MONTH } from './units';

/** Version of the estimate's JSON shape (`estimate --format json`, report JSON). */
export const ESTIMATE_FORMAT_VERSION = 1;

export interface EstimatedLine extends CostLine {
  /** This line's total over the horizon. */
  readonly horizonTotal: number;
}

export interface OptionResult {
  readonly option: OptionId;
  readonly label: string;
  readonly deployments: readonly DeploymentId[];
  /** Recurring cost in month 1, before one-time payments. */
  readonly monthlyRunRate: number;
  readonly runRateByCategory: Readonly<Record<CostCategory, number>>;
  /** One-time and lump-sum payments over the horizon (setup effort, upfront fees). */
  readonly oneTimeTotal: number;
  readonly horizonTotal: number;
  readonly npv: number;
  /** Recurring engineer hours in month 1. */
  readonly opsHoursPerMonth: number;
  readonly setupHours: number;
  readonly projection: readonly MonthRow[];
  readonly flaggedLines: number;
}

export type WarningKind = 'missing-price' | 'fallback-price' | 'derived-price' | 'input-needed' | 'note';

export interface EstimateWarning {
  readonly kind: WarningKind;
  readonly message: string;
  readonly lineIds?: readonly string[];
}

export interface SourceUse {
  readonly source: PriceSource;
  readonly lineCount: number;
}

export interface Estimate {
  readonly formatVersion: number;
  readonly scenario: {
    readonly name: string;
    readonly question: string;
    readonly region: string;
    readonly horizonMonths: number;
    readonly startMonth?: string;
    readonly discountRateAnnualPct: number;
    readonly usageGrowthPctPerMonth: number;
  };
  readonly options: readonly OptionResult[];
  readonly lines: readonly EstimatedLine[];
  /** Options ordered from the lowest horizon total. */
  readonly ranking: readonly OptionId[];
  readonly crossovers: readonly Crossover[];
  readonly warnings: readonly EstimateWarning[];
  readonly catalogue: CatalogueInfo;
  readonly priceSources: readonly SourceUse[];
}

export interface EstimateOptions {
  /** Overrides the scenario's horizon (CLI `--months`). */
  readonly horizonMonths?: number;
}

/** Builds every cost line of one option, in a stable order: workloads in file order, then shared platform lines. */
export function buildOptionLines(ctx: BuildContext, option: OptionId): CostLine[] {
  const s = ctx.scenario;
  const lines: CostLine[] = [];
  const databases: DatabaseWorkload[] = [];
  const ml: MlWorkload[] = [];
  s.workloads.forEach((w, i) => {
    if (w.kind === 'database') {
      databases.push(w);
      lines.push(...(option === 'managed' ? databaseOnRdsLines(ctx, option, w, i) : databaseOnEc2Lines(ctx, option, w, i)));
    } else {
      ml.push(w);
      if (option === 'managed') lines.push(...mlSageMakerLines(ctx, option, w, i));
      else lines.push(...mlSelfManagedLines(ctx, option, option === 'eks' ? 'eks' : 'ec2', w, i));
    }
  });
  if (option === 'eks' && ml.length > 0) {
    lines.push(
      pricedLine(ctx, {
        id: `${option}:${PLATFORM_IDS.ml}:eks-control-plane`,
        option,
        workloadId: PLATFORM_IDS.ml,
        deployment: 'eks-ml',
        service: 'Amazon EKS',
        category: 'infrastructure',
        label: 'EKS cluster control plane (1 cluster, 730 h)',
        quantity: HOURS_PER_MONTH,
        unit: 'cluster-hours',
        key: { service: 'eks', kind: 'cluster-hour', region: ctx.region },
        schedule: { kind: 'monthly', growth: 'none' },
        path: 'region',
        notes: ['One shared cluster for every ML workload; standard (not extended) Kubernetes version support.'],
      }),
    );
  }
  const deployments = new Set<DeploymentId>();
  if (databases.length > 0) deployments.add(deploymentFor(option, 'database'));
  if (ml.length > 0) deployments.add(deploymentFor(option, 'ml-platform'));
  for (const d of deployments) {
    lines.push(...opsEffortLines(ctx, option, d, d === 'ec2-db' || d === 'rds' ? databases : [], d === 'ec2-db' || d === 'rds' ? [] : ml));
  }
  return lines;
}

function inputWarnings(s: Scenario, options: readonly OptionId[]): EstimateWarning[] {
  const warnings: EstimateWarning[] = [];
  const selfManaged = options.some((o) => o !== 'managed');
  s.workloads.forEach((w, i) => {
    if (w.kind !== 'database') return;
    const replicas = (w.highAvailability ? 1 : 0) + w.readReplicas;
    if (selfManaged && replicas > 0 && w.replicationGbPerMonth === undefined) {
      warnings.push({
        kind: 'input-needed',
        message: `workloads[${i}].replicationGbPerMonth: not set, so cross-AZ replication traffic on EC2 is not priced (RDS Multi-AZ replication is free); set the GB written per month`,
      });
    }
    if (w.storage.type === 'gp3' && options.includes('managed')) {
      const b = rdsGp3Baseline(w.storage.sizeGb);
      if (!b.canProvision && ((w.storage.iops ?? 0) > b.iops || (w.storage.throughputMBps ?? 0) > b.throughputMBps)) {
        warnings.push({
          kind: 'note',
          message: `workloads[${i}].storage: RDS gp3 under 400 GiB has a fixed 3,000 IOPS and 125 MiB/s; the extra performance is priced on EC2 only`,
        });
      }
    }
    if (w.backup.retentionDays === 0 && w.backup.storageGb > 0) {
      warnings.push({
        kind: 'note',
        message: `workloads[${i}].backup: retention is 0 days (automated backups off) but ${w.backup.storageGb} GB of backup storage is priced`,
      });
    }
  });
  return warnings;
}

function lineWarnings(lines: readonly CostLine[]): EstimateWarning[] {
  const warnings: EstimateWarning[] = [];
  const derived = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const line of lines) {
    if (!line.flag) continue;
    if (line.flag.kind === 'derived-price') {
      const list = derived.get(line.flag.message) ?? [];
      list.push(line.id);
      derived.set(line.flag.message, list);
      continue;
    }
    if (seen.has(line.flag.message)) continue;
    seen.add(line.flag.message);
    warnings.push({
      kind: line.flag.kind,
      message: line.flag.message,
      lineIds: lines.filter((l) => l.flag?.message === line.flag?.message).map((l) => l.id),
    });
  }
  for (const [message, ids] of derived) warnings.push({ kind: 'derived-price', message, lineIds: ids });
  return warnings;
}

/**
 * Estimates every option of a scenario: cost lines, month-by-month projection with usage growth,
 * horizon totals, NPV, crossovers, warnings and the price sources used.
 */
export function estimate(scenario: Scenario, catalogue: PriceCatalogue, opts: EstimateOptions = {}): Estimate {
  const horizonMonths = opts.horizonMonths ?? scenario.horizonMonths;
  const ctx = createContext(scenario, catalogue);
  const options = optionsFor(scenario);
  const growth = growthFactors(horizonMonths, scenario.usageGrowthPctPerMonth);
  const discount = discountFactors(horizonMonths, scenario.discountRateAnnualPct);

  const allLines: EstimatedLine[] = [];
  const results: OptionResult[] = [];
  for (const option of options) {
    const lines = buildOptionLines(ctx, option);
    const p = project(lines, horizonMonths, growth, discount);
    const runRateByCategory: Record<CostCategory, number> = { infrastructure: 0, operations: 0, security: 0 };
    let opsHours = 0;
    let setupHours = 0;
    let flagged = 0;
    lines.forEach((line, i) => {
      allLines.push({ ...line, horizonTotal: p.lineTotals[i] ?? 0 });
      if (line.schedule.kind === 'monthly' && line.schedule.growth !== 'above-base') runRateByCategory[line.category] += line.monthly;
      if (line.hours !== undefined) {
        if (line.schedule.kind === 'monthly') opsHours += line.hours;
        else setupHours += line.hours;
      }
      if (line.flag && line.flag.kind !== 'derived-price') flagged++;
    });
    const deployments = [...new Set(lines.map((l) => l.deployment))];
    results.push({
      option,
      label: optionLabel(option, scenario),
      deployments,
      monthlyRunRate: runRateByCategory.infrastructure + runRateByCategory.operations + runRateByCategory.security,
      runRateByCategory,
      oneTimeTotal: p.oneTimeTotal,
      horizonTotal: p.horizonTotal,
      npv: p.npv,
      opsHoursPerMonth: opsHours,
      setupHours,
      projection: p.rows,
      flaggedLines: flagged,
    });
  }

  const ranking = [...results].sort((x, y) => x.horizonTotal - y.horizonTotal).map((r) => r.option);
  const crossovers: Crossover[] = [];
  for (let i = 0; i < results.length; i++) {
    for (let j = i + 1; j < results.length; j++) {
      const a = results[i]!;
      const b = results[j]!;
      crossovers.push(findCrossover(a.option, a.projection, b.option, b.projection));
    }
  }

  const sourceCounts = new Map<string, SourceUse>();
  for (const line of allLines) {
    if (line.provenance.kind !== 'price') continue;
    const src = line.provenance.source;
    const id = `${src.kind}|${src.title}|${src.asOf}`;
    const prev = sourceCounts.get(id);
    sourceCounts.set(id, { source: src, lineCount: (prev?.lineCount ?? 0) + 1 });
  }

  return {
    formatVersion: ESTIMATE_FORMAT_VERSION,
    scenario: {
      name: scenario.name,
      question: scenario.question,
      region: scenario.region,
      horizonMonths,
      ...(scenario.startMonth ? { startMonth: scenario.startMonth } : {}),
      discountRateAnnualPct: scenario.discountRateAnnualPct,
      usageGrowthPctPerMonth: scenario.usageGrowthPctPerMonth,
    },
    options: results,
    lines: allLines,
    ranking,
    crossovers,
    warnings: [...lineWarnings(allLines), ...inputWarnings(scenario, options)],
    catalogue: catalogue.info,
    priceSources: [...sourceCounts.values()].sort((x, y) => y.lineCount - x.lineCount),
  };
}
