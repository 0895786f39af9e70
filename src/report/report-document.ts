import type { BreakEvenResult } from '../analysis/breakeven';
import type { CommitmentAnalysis, CommitmentRow } from '../analysis/commitments';
import type { VariantComparison } from '../analysis/compare';
import type { SimulationResult } from '../analysis/monte-carlo';
import type { TornadoResult } from '../analysis/sensitivity';
import type { Citation } from '../model/citation';
import type { CostCategory } from '../model/cost-line';
import type { Estimate } from '../model/estimate';
import type { RoleId } from '../model/labour';
import type { DeploymentId } from '../model/ops-tasks';
import type { InputGroup } from '../model/scenario-inputs';
import type { OptionId, Scenario, Variant } from '../model/scenario-schema';
import type { CatalogueInfo, PriceSource } from '../pricing/catalogue';
import type { TradeoffsReport } from '../tradeoffs/report';
import type { BreakEvenMarker, CumulativePoint, DistributionPoint, MonthlyCategoryPoint, OpsHoursRow, RunRatePoint, TornadoBarPoint } from './chart-series';
import type { Methodology } from './report-methodology';

/**
 * The report document as data: the types of everything the PDF, the HTML export and the JSON
 * export show. buildReportData (report-data.ts) fills them in; the renderer's report view only lays
 * them out. Numbers stay unrounded here and are formatted by src/format/format.ts.
 */

/** Version of the report's JSON shape (`tco-studio report --format json`); bump on breaking changes. */
export const REPORT_FORMAT_VERSION = 1;

export interface ReportSource {
  readonly scenarioName: string;
  /** SHA-256 of the scenario file's UTF-8 text. */
  readonly sha256: string;
  /** Its first 12 hex digits, printed on the first page and in the running header. */
  readonly shortHash: string;
  readonly bytes: number;
  readonly variant: string | null;
  readonly variantDescription?: string | undefined;
}

export interface ReportRecommendation {
  readonly option: OptionId;
  readonly label: string;
  readonly runnerUp: OptionId | null;
  readonly runnerUpLabel: string | null;
  /** Runner-up total minus recommended total over the horizon (≥ 0). */
  readonly savingUsd: number;
  /** The saving as a share of the runner-up's total, 0–1. */
  readonly savingShare: number;
  readonly savingNpvUsd: number;
  readonly horizonMonths: number;
  /** One sentence: which option, by how much, over what horizon. */
  readonly headline: string;
  /** When the totals are known to be incomplete (prices not found) or otherwise qualified. */
  readonly caveats: readonly string[];
  /** The weighted scorecard's pick (trade-offs beyond dollars), beside the cost answer. */
  readonly scorecard: { readonly option: OptionId; readonly label: string; readonly agrees: boolean; readonly summary: string } | null;
}

/** Why the report names no option (recommendation is null): prices were not found (missing-prices.ts). */
export interface RecommendationRefusal {
  readonly kind: 'missing-prices';
  /** Cost lines without a price (each counted as $0). */
  readonly missingLines: number;
  /** Every price not found, in words with the scenario field that needs it: "EBS gp3 storage in ap-east-2 (workloads[0].storage.type)". */
  readonly missing: readonly string[];
  /** The first few of them, for a banner or the first page. */
  readonly named: readonly string[];
  /** One sentence: no recommendation, and why. */
  readonly headline: string;
  /** What the user can do about it. */
  readonly fix: string;
}

export interface SensitivityFlip {
  readonly path: string;
  readonly label: string;
  readonly unit: string;
  readonly value: number;
  /** The saving of the recommended option with the input at this value (negative: the runner-up is cheaper). */
  readonly savingUsd: number;
}

export type ReportConfidence =
  | {
      readonly kind: 'monte-carlo';
      readonly runs: number;
      readonly seed: number;
      /** Share of runs in which the recommended option is the cheapest of all options. */
      readonly probabilityCheapest: number;
      /** Share of runs in which it costs less than the runner-up. */
      readonly probabilityBeatsRunnerUp: number;
      readonly level: 'high' | 'moderate' | 'low';
      /** Saving over the runner-up: P10, median, P90 over the runs. */
      readonly savingP10: number;
      readonly savingP50: number;
      readonly savingP90: number;
      readonly uncertainInputs: number;
      readonly statement: string;
    }
  | {
      readonly kind: 'sensitivity';
      readonly inputsTested: number;
      readonly rangePct: number;
      readonly flips: readonly SensitivityFlip[];
      readonly statement: string;
    }
  | { readonly kind: 'none'; readonly statement: string };

export interface OpsEffortRow {
  readonly lineId: string;
  readonly task: string;
  readonly taskId: string | null;
  /** monthly: recurring hours per month; one-time: setup hours paid once. */
  readonly kind: 'monthly' | 'one-time';
  readonly hours: number;
  readonly role: RoleId;
  readonly roleLabel: string;
  readonly hourlyUsd: number | null;
  readonly rateSource: 'default' | 'scenario';
  /** Amount per month (monthly) or per occurrence (one-time). */
  readonly amountUsd: number;
  readonly horizonUsd: number;
  readonly overridden: boolean;
  readonly category: CostCategory;
  readonly refs: readonly number[];
  readonly rationale: string;
}

export interface OptionDetail {
  readonly option: OptionId;
  readonly label: string;
  readonly deployments: readonly { readonly id: DeploymentId; readonly label: string }[];
  readonly opsEffort: readonly OpsEffortRow[];
  readonly commitments: readonly CommitmentRow[];
}

export interface LineSource {
  readonly refs: readonly number[];
  /** Short text for a table cell: "snapshot 2026-07-20", "dba BLS rate; task ec2-db.backups", "PRICE NOT FOUND". */
  readonly short: string;
  /** The full phrase (describeLineSource). */
  readonly text: string;
  readonly flag: 'missing' | 'fallback' | 'derived' | null;
  /** The price is older than the report's stale threshold (priced lines only). */
  readonly stale?: boolean | undefined;
}

export interface Reference {
  readonly n: number;
  readonly kind: 'price' | 'citation';
  readonly title: string;
  readonly url?: string | undefined;
  /** As-of date of a price source, or the date or period of a citation. */
  readonly date: string;
  /** Price sources: where the price came from (snapshot, cache, live, scenario). */
  readonly sourceKind?: PriceSource['kind'] | undefined;
  readonly basis?: PriceSource['basis'] | undefined;
  readonly note?: string | undefined;
  readonly dateNote?: string | undefined;
  readonly lineCount?: number | undefined;
  /** Price sources: days from the as-of date to the report's date, and whether that is beyond the stale threshold. */
  readonly ageDays?: number | undefined;
  readonly stale?: boolean | undefined;
  /** Citations: [P] publisher, [S] secondary, [D] derived, [A] assumption. */
  readonly grade?: Citation['grade'] | undefined;
}

export interface ReportProvenance {
  readonly catalogue: CatalogueInfo;
  /** Oldest and newest as-of date of the prices used. */
  readonly asOfRange: { readonly oldest: string; readonly newest: string } | null;
  /** Priced lines by where their price came from. */
  readonly linesBySourceKind: Readonly<Record<PriceSource['kind'], number>>;
  readonly derivedLines: number;
  readonly missingLines: number;
  readonly fallbackLines: number;
  /** Ages of the prices used, on the report's date: the threshold, the oldest and newest age, and how many priced lines are older than the threshold. */
  readonly priceAge: {
    readonly today: string;
    readonly staleAfterDays: number;
    readonly oldestDays: number | null;
    readonly newestDays: number | null;
    readonly staleLines: number;
  };
  readonly references: readonly Reference[];
}

export interface AssumptionRow {
  readonly label: string;
  readonly value: string;
  readonly source: string;
}

export interface LabourRateRow {
  readonly role: RoleId;
  readonly label: string;
  readonly hourlyUsd: number;
  readonly source: 'default' | 'scenario';
  readonly refs: readonly number[];
  readonly rationale: string;
}

export interface InputRow {
  readonly path: string;
  readonly label: string;
  readonly group: InputGroup;
  readonly unit: string;
  readonly value: number;
  readonly isDefault: boolean;
}

export interface WorkloadSettings {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  /** Every setting of the workload as the model used it (defaults filled in), as path = value. */
  readonly settings: readonly { readonly path: string; readonly value: string }[];
}

export interface ReportAssumptions {
  readonly settings: readonly AssumptionRow[];
  readonly labour: readonly LabourRateRow[];
  readonly inputs: readonly InputRow[];
  readonly workloads: readonly WorkloadSettings[];
  readonly uncertainty: readonly { readonly path: string; readonly label: string; readonly distribution: string }[];
  readonly sensitivityRanges: readonly { readonly path: string; readonly low: number; readonly high: number }[];
  readonly notes: string | null;
}

export interface ReportVariant {
  readonly name: string;
  readonly description: string | null;
  readonly overrides: readonly { readonly path: string; readonly value: Variant['overrides'][number]['value'] }[];
  /** Base scenario against this variant, line by line (null when the variant is invalid). */
  readonly comparison: VariantComparison | null;
  readonly error: string | null;
  /** True for the variant this report is about. */
  readonly isReportVariant: boolean;
}

export interface ReportAnalysis {
  /** The pair the analyses compare: [runner-up, recommended], so the difference is the recommended option's saving. */
  readonly pair: readonly [OptionId, OptionId] | null;
  readonly simulation: SimulationResult | null;
  readonly tornado: TornadoResult | null;
  readonly breakEven: BreakEvenResult | null;
  /** Analyses that could not run, and why. */
  readonly problems: readonly string[];
}

export interface ReportCharts {
  readonly options: readonly { readonly option: OptionId; readonly label: string }[];
  readonly monthlyByCategory: readonly { readonly option: OptionId; readonly label: string; readonly points: readonly MonthlyCategoryPoint[] }[];
  readonly runRate: { readonly points: readonly RunRatePoint[]; readonly services: readonly string[] };
  readonly cumulative: { readonly points: readonly CumulativePoint[]; readonly markers: readonly BreakEvenMarker[] };
  readonly opsHours: readonly OpsHoursRow[];
  readonly tornado: { readonly base: number; readonly bars: readonly TornadoBarPoint[]; readonly total: number } | null;
  readonly distribution: { readonly points: readonly DistributionPoint[]; readonly p10: number; readonly p50: number; readonly p90: number } | null;
  readonly breakEven: {
    readonly points: readonly { readonly value: number; readonly [option: string]: number }[];
    readonly crossings: readonly number[];
    readonly inputLabel: string;
    readonly unit: string;
    readonly current: number;
    readonly message: string;
  } | null;
}

export interface ReportData {
  readonly reportFormatVersion: number;
  readonly generatedAt: string;
  readonly generator: string;
  readonly source: ReportSource;
  /** The scenario as evaluated (variant applied, defaults filled in): the report's inputs. */
  readonly scenario: Scenario;
  readonly estimate: Estimate;
  /** Null when nothing was estimated, or when prices are missing (then `refusal` says why). */
  readonly recommendation: ReportRecommendation | null;
  readonly refusal: RecommendationRefusal | null;
  readonly confidence: ReportConfidence;
  /** Sentences on where options cross over (break-even months). */
  readonly breakEvenText: readonly string[];
  readonly analysis: ReportAnalysis;
  readonly optionDetails: readonly OptionDetail[];
  readonly commitments: CommitmentAnalysis | null;
  readonly variants: readonly ReportVariant[];
  readonly tradeoffs: TradeoffsReport | null;
  readonly assumptions: ReportAssumptions;
  readonly provenance: ReportProvenance;
  readonly lineSources: Readonly<Record<string, LineSource>>;
  readonly methodology: Methodology;
  readonly charts: ReportCharts;
}
