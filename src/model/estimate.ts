import type { CatalogueInfo, PriceCatalogue, PriceSource } from '../pricing/catalogue';
import { createContext, emitLine, emitPriced, type BuildContext } from './build-context';
import { PLATFORM_IDS, type CostCategory, type CostLine, type EstimatedLine } from './cost-line';
import { findCrossover, type Crossover } from './crossover';
import { emitDatabaseOnAurora } from './database-aurora';
import { emitDatabaseOnEc2 } from './database-ec2';
import { emitDatabaseOnRds, rdsGp3Baseline } from './database-rds';
import { emitEksExtendedSupport } from './eks-extended-support';
import { EvaluationCache } from './evaluation-cache';
import { createSink, type LineSink } from './line-sink';
import { emitMlSageMaker } from './ml-sagemaker';
import { emitMlSelfManaged } from './ml-self-managed';
import { emitOpsEffort } from './ops-effort';
import type { DeploymentId } from './ops-tasks';
import { deploymentFor, optionDeployments, optionLabel, optionsFor } from './options';
import type { MonthRow, OptionProjection } from './projection';
import { emitWorkloadMemoised } from './workload-replay';
import type { DatabaseWorkload, MlWorkload, OptionId, Scenario } from './scenario-schema';
import { HOURS_PER_MONTH } from './units';
import { tradeoffCostLines } from './tradeoff-lines';

/**
 * Version of the estimate's JSON shape (`estimate --format json`, report JSON). 2: a `downtime`
 * category (run-rate and projection rows); priced downtime is no longer counted under `operations`.
 */
export const ESTIMATE_FORMAT_VERSION = 2;

export type { EstimatedLine } from './cost-line';

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
  /** The scenario field the warning is about, where there is one (a reserved commitment priced at on-demand). */
  readonly path?: string;
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
  /**
   * What repeated evaluations reuse (src/model/evaluation-cache.ts). Callers that evaluate the
   * same scenario again and again pass one; without it each call starts afresh.
   */
  readonly cache?: EvaluationCache;
}

/** Emits every cost line of one option, in a stable order: workloads in file order, then shared platform lines. */
export function emitOption(ctx: BuildContext, option: OptionId): void {
  const s = ctx.scenario;
  const databases: DatabaseWorkload[] = [];
  const ml: MlWorkload[] = [];
  for (let i = 0; i < s.workloads.length; i++) {
    const w = s.workloads[i]!;
    if (w.kind === 'database') {
      databases.push(w);
      emitWorkloadMemoised(ctx, option, w, (c) =>
        option === 'managed' ? emitDatabaseOnRds(c, option, w, i) : option === 'aurora' ? emitDatabaseOnAurora(c, option, w, i) : emitDatabaseOnEc2(c, option, w, i),
      );
    } else {
      ml.push(w);
      emitWorkloadMemoised(ctx, option, w, (c) =>
        option === 'managed' || option === 'aurora' ? emitMlSageMaker(c, option, w, i) : emitMlSelfManaged(c, option, option === 'eks' ? 'eks' : 'ec2', w, i),
      );
    }
  }
  if (option === 'eks' && ml.length > 0) {
    emitPriced(ctx, {
      base: { option, workloadId: PLATFORM_IDS.ml, deployment: 'eks-ml', category: 'infrastructure' },
      service: 'Amazon EKS',
      text: () => ({
        id: `${option}:${PLATFORM_IDS.ml}:eks-control-plane`,
        label: 'EKS cluster control plane (1 cluster, 730 h)',
        notes: ['One shared cluster for every ML workload; standard (not extended) Kubernetes version support.'],
      }),
      quantity: HOURS_PER_MONTH,
      unit: 'cluster-hours',
      key: { service: 'eks', kind: 'cluster-hour', region: ctx.region },
      schedule: { kind: 'monthly', growth: 'none' },
      path: 'region',
    });
    emitEksExtendedSupport(ctx, option);
  }
  if (databases.length > 0) emitOpsEffort(ctx, option, deploymentFor(option, 'database'), databases, []);
  if (ml.length > 0) emitOpsEffort(ctx, option, deploymentFor(option, 'ml-platform'), [], ml);
}

function inputWarnings(s: Scenario, options: readonly OptionId[]): EstimateWarning[] {
  const warnings: EstimateWarning[] = [];
  const selfManaged = options.some((o) => o === 'ec2' || o === 'eks');
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
    if (options.includes('aurora') && (w.aurora?.storageConfiguration ?? 'standard') === 'standard' && w.aurora?.ioRequestsMillionsPerMonth === undefined) {
      warnings.push({
        kind: 'input-needed',
        message: `workloads[${i}].aurora.ioRequestsMillionsPerMonth: not set, so Aurora Standard I/O requests are not priced; set the millions of I/O requests per month (CloudWatch VolumeReadIOPs + VolumeWriteIOPs), or choose I/O-Optimized`,
      });
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
      ...(line.flag.path !== undefined ? { path: line.flag.path } : {}),
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
  const results: OptionResult[] = [];
  const { options, lines: allLines } = emitOptions(scenario, catalogue, horizonMonths, opts.cache, true, undefined, (option, t) => {
    results.push({
      option,
      label: optionLabel(option, scenario),
      deployments: optionDeployments(scenario, option).map((d) => d.deployment),
      monthlyRunRate: t.monthlyRunRate,
      runRateByCategory: { ...t.runRate },
      oneTimeTotal: t.oneTimeTotal,
      horizonTotal: t.horizonTotal,
      npv: t.npv,
      opsHoursPerMonth: t.opsHoursPerMonth,
      setupHours: t.setupHours,
      projection: t.rows(),
      flaggedLines: t.flaggedLines,
    });
  });

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

/** Per-option sums from a totals-only evaluation. */
export interface OptionTotalsResult {
  readonly option: OptionId;
  readonly horizonTotal: number;
  readonly npv: number;
  readonly monthlyRunRate: number;
  readonly oneTimeTotal: number;
  readonly opsHoursPerMonth: number;
  readonly setupHours: number;
  /** The month rows, built on demand from the same projection. */
  rows(): MonthRow[];
}

/**
 * The fast path for what-if analysis: the same builders, prices and projection as `estimate`, but
 * no line text or provenance. test/model/pipeline.test.ts checks that both give identical month
 * rows on arbitrary scenarios.
 */
export function evaluateTotals(
  scenario: Scenario,
  catalogue: PriceCatalogue,
  opts: EstimateOptions = {},
  onCompute?: LineSink['onCompute'],
): OptionTotalsResult[] {
  const out: OptionTotalsResult[] = [];
  emitOptions(scenario, catalogue, opts.horizonMonths ?? scenario.horizonMonths, opts.cache, false, onCompute, (option, t) => {
    out.push({
      option,
      horizonTotal: t.horizonTotal,
      npv: t.npv,
      monthlyRunRate: t.monthlyRunRate,
      oneTimeTotal: t.oneTimeTotal,
      opsHoursPerMonth: t.opsHoursPerMonth,
      setupHours: t.setupHours,
      rows: () => t.rows(),
    });
  });
  return out;
}

/**
 * The pipeline `estimate` and `evaluateTotals` share. For each option, builders describe its lines
 * (stage 1), each is priced from the catalogue or flagged missing (stage 2, build-context.ts) and
 * added to the option's projection (stage 3, projection.ts); trade-off lines folded into the TCO
 * follow the builders' lines. Each option's projection goes to `done` (stage 4: totals, NPV, and
 * in `estimate` the month rows and crossovers). Returns the options and, when detailed, every line.
 */
function emitOptions(
  scenario: Scenario,
  catalogue: PriceCatalogue,
  horizonMonths: number,
  cache: EvaluationCache = new EvaluationCache(),
  detailed: boolean,
  onCompute: LineSink['onCompute'],
  done: (option: OptionId, projection: OptionProjection) => void,
): { options: readonly OptionId[]; lines: EstimatedLine[] } {
  const timing = cache.timing(horizonMonths, scenario.usageGrowthPctPerMonth, scenario.discountRateAnnualPct);
  const sink = createSink(detailed, timing, onCompute);
  const ctx = createContext(scenario, catalogue, sink, cache);
  const options = optionsFor(scenario);
  const tradeoffLines = tradeoffCostLines(scenario, options, horizonMonths);
  for (const option of options) {
    emitOption(ctx, option);
    for (const line of tradeoffLines.get(option) ?? []) emitLine(ctx, line);
    done(option, sink.projection(option));
  }
  return { options, lines: sink.lines };
}
