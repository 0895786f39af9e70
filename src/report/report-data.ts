import { breakEvenInputOf, solveBreakEven, type BreakEvenResult } from '../analysis/breakeven';
import { analyseCommitments, type CommitmentAnalysis } from '../analysis/commitments';
import { compareVariants } from '../analysis/compare';
import { simulate, type SimulationResult } from '../analysis/monte-carlo';
import { tornado, type TornadoResult } from '../analysis/sensitivity';
import { estimate, type Estimate, type OptionResult } from '../model/estimate';
import { DEPLOYMENT_LABELS } from '../model/options';
import { parseScenario, parseScenarioJson } from '../model/parse-scenario';
import type { OptionId, Scenario } from '../model/scenario-schema';
import { variantScenario } from '../model/variants';
import type { PriceCatalogue } from '../pricing/catalogue';
import { DEFAULT_STALE_AFTER_DAYS } from '../pricing/price-age';
import { tradeoffsReport, type TradeoffsReport } from '../tradeoffs/report';
import { assumptionsOf } from './assumption-rows';
import {
  breakEvenCurve,
  cumulativeSeries,
  differenceDistribution,
  monthlyByCategory,
  opsHoursByTask,
  runRateByOption,
  servicesInRunRate,
  tornadoBars,
} from './chart-series';
import { confidenceOf, modelsUncertainty } from './confidence-text';
import { describeCrossover } from './estimate-text';
import { opsEffortRows } from './ops-effort-rows';
import { refusalOf } from './missing-prices';
import { lineSource, provenanceOf } from './provenance-rows';
import { recommendationOf } from './recommendation';
import { ReferenceIndex } from './reference-index';
import { REPORT_FORMAT_VERSION, type LineSource, type OptionDetail, type ReportCharts, type ReportData, type ReportVariant } from './report-document';
import { reportMethodology } from './report-methodology';

/**
 * Builds the report document (report-document.ts) by one pure function from a scenario file's text
 * and a price catalogue: this module runs the analyses in order and hands each part to the module
 * that owns it (recommendation, confidence-text, assumption-rows, provenance-rows, ops-effort-rows).
 */

// The document's types are re-exported so that callers keep one import for the report.
export * from './report-document';

/** Monte Carlo runs and seed for the report's confidence: the `tco-studio simulate` defaults, so the figures match it. */
export const REPORT_SIMULATION_RUNS = 10_000;
export const REPORT_SIMULATION_SEED = 1;
/** How many tornado bars the report charts (all are in the JSON). */
export const REPORT_TORNADO_BARS = 10;

/** The scenario file's fingerprint, computed at the edge (node:crypto, WebCrypto): the pure core hashes nothing. */
export interface ScenarioFingerprint {
  /** SHA-256 of the scenario text's UTF-8 encoding, lowercase hex (what `sha256sum` prints for the file). */
  readonly sha256: string;
  /** Length of that encoding in bytes. */
  readonly bytes: number;
}

export interface ReportRequest {
  /** The scenario file's text, exactly as on disk (its hash is printed on the first page). */
  readonly scenarioText: string;
  /** The fingerprint of `scenarioText`, from the caller. */
  readonly fingerprint: ScenarioFingerprint;
  /** A variant of the scenario to report on; absent or "base" for the scenario itself. */
  readonly variant?: string | undefined;
  /** ISO 8601 time the report is made: the caller's clock (the pure core has none). */
  readonly generatedAt: string;
  /** Name and version of the program, e.g. "TCO Studio 0.1.0". */
  readonly generator?: string | undefined;
  /** Prices older than this many days (from their as-of date to `generatedAt`) are flagged stale; default DEFAULT_STALE_AFTER_DAYS. */
  readonly staleAfterDays?: number | undefined;
  /** Monte Carlo runs (default REPORT_SIMULATION_RUNS). */
  readonly simulationRuns?: number | undefined;
  /** Progress of the long steps (the CLI's progress line); it changes nothing in the report. */
  readonly onProgress?: ((step: 'simulation' | 'sensitivity', done: number, total: number) => void) | undefined;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The break-even the report shows: of the input the scenario names (`analysis.breakEven.input`),
 * else the first labour rate: the same input and the same pair as the app's dashboard
 * (breakEvenInputOf), so the two never answer "at what rate does it win?" differently.
 */
function reportBreakEven(scenario: Scenario, catalogue: PriceCatalogue, pair: readonly [OptionId, OptionId], problems: string[]): BreakEvenResult | null {
  const input = breakEvenInputOf(scenario);
  if (!input) return null;
  try {
    return solveBreakEven(scenario, catalogue, input.path, { between: pair });
  } catch (error) {
    problems.push(`Break-even of ${input.label}: ${message(error)}`);
    return null;
  }
}

/**
 * Builds the report of a scenario file (or one of its variants) with a price catalogue: the
 * estimate, the recommendation with its confidence, the analyses, the trade-offs, the assumptions,
 * the provenance of every number and the chart series. Throws ScenarioError for an invalid file or
 * an unknown variant; an analysis that cannot run is reported in `analysis.problems` instead.
 */
export function buildReportData(request: ReportRequest, catalogue: PriceCatalogue): ReportData {
  const base = parseScenarioJson(request.scenarioText);
  const variantName = request.variant && request.variant !== 'base' ? request.variant : null;
  const scenario = variantName ? variantScenario(base, variantName, parseScenario) : base;
  const est = estimate(scenario, catalogue);
  const problems: string[] = [];

  let tradeoffs: TradeoffsReport | null = null;
  try {
    tradeoffs = tradeoffsReport(scenario, catalogue, est);
  } catch (error) {
    problems.push(`Trade-offs: ${message(error)}`);
  }
  const recommendation = recommendationOf(est, tradeoffs);
  const refusal = refusalOf(est);
  // The same pair as analysisPair (the dashboard's): [runner-up, recommended].
  const pair = recommendation?.runnerUp ? ([recommendation.runnerUp, recommendation.option] as const) : null;

  let sim: SimulationResult | null = null;
  let tor: TornadoResult | null = null;
  let breakEven: BreakEvenResult | null = null;
  if (pair) {
    if (modelsUncertainty(scenario)) {
      try {
        sim = simulate(scenario, catalogue, {
          runs: request.simulationRuns ?? REPORT_SIMULATION_RUNS,
          seed: REPORT_SIMULATION_SEED,
          between: pair,
          ...(request.onProgress ? { onProgress: (done: number, total: number) => request.onProgress!('simulation', done, total) } : {}),
        });
      } catch (error) {
        problems.push(`Monte Carlo: ${message(error)}`);
      }
    }
    try {
      tor = tornado(scenario, catalogue, {
        between: pair,
        ...(request.onProgress ? { onProgress: (done: number, total: number) => request.onProgress!('sensitivity', done, total) } : {}),
      });
    } catch (error) {
      problems.push(`Sensitivity: ${message(error)}`);
    }
    breakEven = reportBreakEven(scenario, catalogue, pair, problems);
  }
  const confidence = confidenceOf(recommendation, scenario, sim, tor, problems, refusal);

  let commitments: CommitmentAnalysis | null = null;
  try {
    commitments = analyseCommitments(scenario, catalogue);
  } catch (error) {
    problems.push(`Commitments: ${message(error)}`);
  }

  // Each comparison estimates the base scenario and one variant: the base once for all of them, and
  // the estimate already made for the scenario this report is about reused (the same scenario, so the same figures).
  let baseEst: Estimate | undefined = variantName ? undefined : est;
  const estimateOf = (name: string) => (s: Scenario) => {
    if (s === base) return (baseEst ??= estimate(base, catalogue));
    return name === variantName ? est : estimate(s, catalogue);
  };
  const variants: ReportVariant[] = base.variants.map((v) => {
    const overrides = v.overrides.map((o) => ({ path: o.path, value: o.value }));
    try {
      return {
        name: v.name,
        description: v.description ?? null,
        overrides,
        comparison: compareVariants(base, 'base', v.name, estimateOf(v.name)),
        error: null,
        isReportVariant: v.name === variantName,
      };
    } catch (error) {
      return { name: v.name, description: v.description ?? null, overrides, comparison: null, error: message(error), isReportVariant: v.name === variantName };
    }
  });

  // References: price sources in the estimate's order (as `tco-studio estimate` numbers them), then citations as first used.
  const age = { today: request.generatedAt, staleAfterDays: request.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS };
  const refs = new ReferenceIndex(age);
  for (const u of est.priceSources) refs.addPrice(u.source, u.lineCount);
  const lineSources: Record<string, LineSource> = {};
  for (const l of est.lines) lineSources[l.id] = lineSource(l, refs, age);
  const assumptions = assumptionsOf(scenario, est, refs, sim, tor);
  if (tradeoffs) refs.addCitations(tradeoffs.sources);

  const optionDetails: OptionDetail[] = est.options.map((o: OptionResult) => ({
    option: o.option,
    label: o.label,
    deployments: o.deployments.map((d) => ({ id: d, label: DEPLOYMENT_LABELS[d] })),
    opsEffort: opsEffortRows(est, o.option, lineSources),
    commitments: commitments?.rows.filter((r) => r.option === o.option) ?? [],
  }));

  const runRatePoints = runRateByOption(est);
  const charts: ReportCharts = {
    options: est.options.map((o) => ({ option: o.option, label: o.label })),
    monthlyByCategory: est.options.map((o) => ({ option: o.option, label: o.label, points: monthlyByCategory(est, o.option) })),
    runRate: { points: runRatePoints, services: servicesInRunRate(runRatePoints) },
    cumulative: cumulativeSeries(est),
    opsHours: opsHoursByTask(est),
    tornado: tor ? { ...tornadoBars(tor, REPORT_TORNADO_BARS), total: tor.bars.filter((b) => b.swing > 0).length } : null,
    // A histogram needs a spread: when every run gives the same difference there is nothing to draw (the text says so).
    distribution: sim && sim.difference.max > sim.difference.min ? differenceDistribution(sim) : null,
    breakEven: breakEven
      ? {
          points: breakEvenCurve(breakEven),
          crossings: breakEven.crossings.map((c) => c.value),
          inputLabel: breakEven.input.label,
          unit: breakEven.input.unit,
          current: breakEven.input.value,
          message: breakEven.message,
        }
      : null,
  };

  const variant = variantName ? base.variants.find((v) => v.name === variantName) : undefined;
  const hash = request.fingerprint.sha256;
  return {
    reportFormatVersion: REPORT_FORMAT_VERSION,
    generatedAt: request.generatedAt,
    generator: request.generator ?? 'TCO Studio',
    source: {
      scenarioName: base.name,
      sha256: hash,
      shortHash: hash.slice(0, 12),
      bytes: request.fingerprint.bytes,
      variant: variantName,
      ...(variant?.description ? { variantDescription: variant.description } : {}),
    },
    scenario,
    estimate: est,
    recommendation,
    refusal,
    confidence,
    // Which option stays cheaper is not said while prices are missing.
    breakEvenText: refusal ? [] : est.crossovers.map((c) => describeCrossover(est, c)),
    analysis: { pair, simulation: sim, tornado: tor, breakEven, problems },
    optionDetails,
    commitments,
    variants,
    tradeoffs,
    assumptions,
    provenance: provenanceOf(est, refs, age),
    lineSources,
    methodology: reportMethodology(request.simulationRuns ?? REPORT_SIMULATION_RUNS, catalogue),
    charts,
  };
}

/** The versioned JSON export: the full result with inputs and provenance (chart series are left out: they derive from the estimate). */
export function reportToJson(data: ReportData): string {
  const { charts: _charts, ...rest } = data;
  return `${JSON.stringify(rest, null, 2)}\n`;
}
