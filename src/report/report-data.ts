import { solveBreakEven, type BreakEvenResult } from '../analysis/breakeven';
import { analyseCommitments, type CommitmentAnalysis, type CommitmentRow } from '../analysis/commitments';
import { compareVariants, type VariantComparison } from '../analysis/compare';
import { describeDistribution } from '../analysis/distributions';
import { simulate, type SimulationResult } from '../analysis/monte-carlo';
import { tornado, type TornadoResult } from '../analysis/sensitivity';
import type { Citation } from '../model/citation';
import type { CostCategory } from '../model/cost-line';
import { estimate, type Estimate, type EstimatedLine, type OptionResult } from '../model/estimate';
import { ROLE_DEFAULTS, type RoleId } from '../model/labour';
import type { DeploymentId } from '../model/ops-tasks';
import { DEPLOYMENT_LABELS } from '../model/options';
import { parseScenario, parseScenarioJson } from '../model/parse-scenario';
import { findInput, scenarioInputs, type InputGroup } from '../model/scenario-inputs';
import type { OptionId, Scenario } from '../model/scenario-schema';
import { variantScenario } from '../model/variants';
import type { CatalogueInfo, PriceCatalogue, PriceSource } from '../pricing/catalogue';
import { tradeoffsReport, type TradeoffsReport } from '../tradeoffs/report';
import {
  breakEvenCurve,
  cumulativeSeries,
  differenceDistribution,
  monthlyByCategory,
  opsHoursByTask,
  runRateByOption,
  servicesInRunRate,
  tornadoBars,
  type BreakEvenMarker,
  type CumulativePoint,
  type DistributionPoint,
  type MonthlyCategoryPoint,
  type OpsHoursRow,
  type RunRatePoint,
  type TornadoBarPoint,
} from './chart-series';
import { describeCrossover } from './estimate-text';
import { formatMonth, formatNumber, formatPct, formatProbability, formatQuantity, formatShare, formatUsd, formatUsdWhole } from './format';
import { describeLineSource } from './provenance-text';
import { confidenceWord, reportMethodology, type Methodology } from './report-methodology';

/**
 * The report document as data: everything the PDF, the HTML export and the JSON export show, built
 * by one pure function from a scenario file's text and a price catalogue. The renderer's report
 * view only lays this out; numbers stay unrounded here and are formatted by src/report/format.ts.
 */

/** Version of the report's JSON shape (`tco-studio report --format json`); bump on breaking changes. */
export const REPORT_FORMAT_VERSION = 1;
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
  /** The scenario file's text, exactly as on disk (its hash is printed on the cover). */
  readonly scenarioText: string;
  /** The fingerprint of `scenarioText`, from the caller. */
  readonly fingerprint: ScenarioFingerprint;
  /** A variant of the scenario to report on; absent or "base" for the scenario itself. */
  readonly variant?: string | undefined;
  /** ISO 8601 time the report is made: the caller's clock (the pure core has none). */
  readonly generatedAt: string;
  /** Name and version of the program, e.g. "TCO Studio 0.1.0". */
  readonly generator?: string | undefined;
  /** Monte Carlo runs (default REPORT_SIMULATION_RUNS). */
  readonly simulationRuns?: number | undefined;
}

export interface ReportSource {
  readonly scenarioName: string;
  /** SHA-256 of the scenario file's UTF-8 text. */
  readonly sha256: string;
  /** Its first 12 hex digits, printed on the cover and in the running header. */
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
  readonly overrides: readonly { readonly path: string; readonly value: string | number | boolean }[];
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
  readonly recommendation: ReportRecommendation | null;
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

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Numbered references: every price source of the estimate first (as the CLI numbers them), then every citation. */
class ReferenceIndex {
  readonly list: Reference[] = [];
  private readonly byKey = new Map<string, number>();

  addPrice(source: PriceSource, lineCount: number): number {
    const key = `price|${source.kind}|${source.title}|${source.asOf}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const n = this.list.length + 1;
    this.list.push({
      n,
      kind: 'price',
      title: source.title,
      url: source.url,
      date: source.asOf,
      sourceKind: source.kind,
      basis: source.basis,
      note: source.note,
      dateNote: source.dateNote,
      lineCount,
    });
    this.byKey.set(key, n);
    return n;
  }

  priceRef(source: PriceSource): number | undefined {
    return this.byKey.get(`price|${source.kind}|${source.title}|${source.asOf}`);
  }

  addCitation(c: Citation): number {
    const key = `cite|${c.title}|${c.url}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const n = this.list.length + 1;
    this.list.push({ n, kind: 'citation', title: c.title, url: c.url, date: c.date, grade: c.grade });
    this.byKey.set(key, n);
    return n;
  }

  addCitations(cs: readonly Citation[] | undefined): number[] {
    return [...new Set((cs ?? []).map((c) => this.addCitation(c)))];
  }
}

export function lineFlag(l: EstimatedLine): LineSource['flag'] {
  if (l.provenance.kind === 'missing' || l.flag?.kind === 'missing-price') return 'missing';
  if (l.flag?.kind === 'fallback-price') return 'fallback';
  if (l.flag?.kind === 'derived-price' || (l.provenance.kind === 'price' && l.provenance.source.basis === 'derived')) return 'derived';
  return null;
}

function lineSource(l: EstimatedLine, refs: ReferenceIndex): LineSource {
  const p = l.provenance;
  const text = describeLineSource(l);
  const flag = lineFlag(l);
  switch (p.kind) {
    case 'price': {
      const n = refs.priceRef(p.source) ?? refs.addPrice(p.source, 1);
      const derived = p.source.basis === 'derived' ? ', derived' : '';
      return { refs: [n], short: `${p.source.kind} ${p.source.asOf}${derived}${p.adjustment ? ', adjusted' : ''}`, text, flag };
    }
    case 'labour': {
      const rate = p.rateSource === 'default' ? refs.addCitations(p.rateProvenance?.citations) : [];
      const task = refs.addCitations(p.taskProvenance.citations);
      return {
        refs: [...new Set([...task, ...rate])],
        short: `${p.role} ${p.rateSource === 'scenario' ? 'scenario' : 'BLS'} rate; ${p.taskId ?? 'incidents'}${p.overridden ? ' (overridden)' : ''}`,
        text,
        flag,
      };
    }
    case 'input':
      return { refs: refs.addCitations(p.provenance?.citations), short: 'scenario input', text, flag };
    case 'scenario-price':
      return { refs: [], short: 'scenario rate', text, flag };
    case 'missing':
      return { refs: [], short: 'PRICE NOT FOUND', text, flag: 'missing' };
  }
}

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

function recommendationOf(est: Estimate, tradeoffs: TradeoffsReport | null): ReportRecommendation | null {
  const best = est.options.find((o) => o.option === est.ranking[0]);
  if (!best) return null;
  const next = est.options.find((o) => o.option === est.ranking[1]);
  const months = est.scenario.horizonMonths;
  const caveats: string[] = [];
  const missing = est.lines.filter((l) => lineFlag(l) === 'missing').length;
  if (missing > 0) {
    caveats.push(
      `${missing} price${missing > 1 ? 's were' : ' was'} not found; ${missing > 1 ? 'those lines are' : 'that line is'} counted as nothing, so the totals that include ${missing > 1 ? 'them' : 'it'} are too low (see the flagged lines marked !).`,
    );
  }
  const fallback = est.lines.filter((l) => lineFlag(l) === 'fallback').length;
  if (fallback > 0) caveats.push(`${fallback} line${fallback > 1 ? 's use' : ' uses'} a fallback price (on-demand instead of a commitment rate that was not found).`);
  const card = tradeoffs?.scorecard.recommendation;
  const scorecard = card ? { option: card.option, label: card.label, agrees: card.option === best.option, summary: card.summary } : null;
  if (!next) {
    return {
      option: best.option,
      label: best.label,
      runnerUp: null,
      runnerUpLabel: null,
      savingUsd: 0,
      savingShare: 0,
      savingNpvUsd: 0,
      horizonMonths: months,
      headline: `The scenario compares one option only: ${best.label} costs ${formatUsd(best.horizonTotal)} over ${months} months.`,
      caveats,
      scorecard,
    };
  }
  const saving = next.horizonTotal - best.horizonTotal;
  const share = next.horizonTotal > 0 ? saving / next.horizonTotal : 0;
  const headline =
    formatUsd(saving) === formatUsd(0)
      ? `${best.label} and ${next.label} cost the same over ${months} months: ${formatUsd(best.horizonTotal)}.`
      : `${best.label} costs ${formatUsd(saving)} (${formatShare(share)}) less than ${next.label} over ${months} months: ${formatUsd(best.horizonTotal)} against ${formatUsd(next.horizonTotal)}.`;
  return {
    option: best.option,
    label: best.label,
    runnerUp: next.option,
    runnerUpLabel: next.label,
    savingUsd: saving,
    savingShare: share,
    savingNpvUsd: next.npv - best.npv,
    horizonMonths: months,
    headline,
    caveats,
    scorecard,
  };
}

function confidenceOf(
  rec: ReportRecommendation | null,
  scenario: Scenario,
  sim: SimulationResult | null,
  tor: TornadoResult | null,
  problems: readonly string[],
): ReportConfidence {
  if (!rec || rec.runnerUp === null) return { kind: 'none', statement: 'No confidence is stated: there is no second option to compare with.' };
  if (sim) {
    const p = sim.probabilityCheapest[rec.option] ?? 0;
    const level = confidenceWord(p);
    const d = sim.difference;
    const runs = formatNumber(sim.runs);
    const statement =
      `${level[0]!.toUpperCase()}${level.slice(1)} confidence: ${rec.label} is the cheapest option in ${formatProbability(p)} of ${runs} simulated runs ` +
      `(${sim.inputs.length} uncertain input${sim.inputs.length === 1 ? '' : 's'}), and cheaper than ${rec.runnerUpLabel} in ${formatProbability(sim.probabilitySecondCheaper)}. ` +
      `Its saving over ${rec.runnerUpLabel} is ${formatUsdWhole(d.p10)} at P10, ${formatUsdWhole(d.p50)} at the median and ${formatUsdWhole(d.p90)} at P90.`;
    return {
      kind: 'monte-carlo',
      runs: sim.runs,
      seed: sim.seed,
      probabilityCheapest: p,
      probabilityBeatsRunnerUp: sim.probabilitySecondCheaper,
      level,
      savingP10: d.p10,
      savingP50: d.p50,
      savingP90: d.p90,
      uncertainInputs: sim.inputs.length,
      statement,
    };
  }
  if (!tor) {
    return { kind: 'none', statement: `No confidence is stated: ${problems.join('; ') || 'the uncertainty analysis could not run'}.` };
  }
  const flips: SensitivityFlip[] = [];
  for (const b of tor.bars) {
    const ends: [number, number][] = [
      [b.low, b.atLow],
      [b.high, b.atHigh],
    ];
    for (const [value, saving] of ends) {
      if (saving < -0.005 && tor.base >= 0) flips.push({ path: b.path, label: b.label, unit: b.unit, value, savingUsd: saving });
    }
  }
  const hasDistributions = scenario.analysis.uncertainty.length > 0;
  const lead = hasDistributions
    ? 'The Monte Carlo simulation could not run, so no probability is stated.'
    : 'Not quantified as a probability: the scenario gives no uncertainty distributions (analysis.uncertainty).';
  const range = `±${formatPct(tor.rangePct)}${scenario.analysis.sensitivity.ranges.length > 0 ? ' or the scenario\'s own ranges' : ''}`;
  const tail =
    flips.length === 0
      ? `In the sensitivity analysis ${rec.label} stays cheaper than ${rec.runnerUpLabel} when any one of ${tor.bars.length} inputs moves over its range (${range}).`
      : `In the sensitivity analysis (${tor.bars.length} inputs, each over ${range}), ${rec.runnerUpLabel} becomes cheaper if ${flips
          .slice(0, 3)
          .map((f) => `${f.label} is ${formatQuantity(f.value, f.unit)}`)
          .join(', or ')}${flips.length > 3 ? ` (and ${flips.length - 3} more)` : ''}.`;
  return { kind: 'sensitivity', inputsTested: tor.bars.length, rangePct: tor.rangePct, flips, statement: `${lead} ${tail}` };
}

function opsRows(est: Estimate, option: OptionId, sources: Readonly<Record<string, LineSource>>): OpsEffortRow[] {
  const rows: OpsEffortRow[] = [];
  for (const l of est.lines) {
    if (l.option !== option || l.provenance.kind !== 'labour') continue;
    const p = l.provenance;
    const oneTime = l.schedule.kind !== 'monthly';
    rows.push({
      lineId: l.id,
      task: l.label,
      taskId: p.taskId ?? null,
      kind: oneTime ? 'one-time' : 'monthly',
      hours: l.hours ?? l.quantity,
      role: p.role,
      roleLabel: ROLE_DEFAULTS[p.role]?.label ?? p.role,
      hourlyUsd: l.unitPrice,
      rateSource: p.rateSource,
      amountUsd: oneTime ? l.oneTime : l.monthly,
      horizonUsd: l.horizonTotal,
      overridden: p.overridden,
      category: l.category,
      refs: sources[l.id]?.refs ?? [],
      rationale: p.taskProvenance.rationale,
    });
  }
  return rows;
}

function assumptionsOf(scenario: Scenario, est: Estimate, refs: ReferenceIndex, sim: SimulationResult | null, tor: TornadoResult | null): ReportAssumptions {
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
      value: sim ? `${formatNumber(sim.runs)} runs, seed ${sim.seed}, ${sim.inputs.length} uncertain inputs` : 'not run (no uncertainty distributions)',
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

function provenanceOf(est: Estimate, refs: ReferenceIndex): ReportProvenance {
  const kinds: Record<PriceSource['kind'], number> = { snapshot: 0, cache: 0, live: 0, scenario: 0 };
  let oldest: string | null = null;
  let newest: string | null = null;
  for (const l of est.lines) {
    if (l.provenance.kind !== 'price') continue;
    const src = l.provenance.source;
    kinds[src.kind]++;
    if (oldest === null || src.asOf < oldest) oldest = src.asOf;
    if (newest === null || src.asOf > newest) newest = src.asOf;
  }
  const count = (f: LineSource['flag']) => est.lines.filter((l) => lineFlag(l) === f).length;
  return {
    catalogue: est.catalogue,
    asOfRange: oldest !== null && newest !== null ? { oldest, newest } : null,
    linesBySourceKind: kinds,
    derivedLines: count('derived'),
    missingLines: count('missing'),
    fallbackLines: count('fallback'),
    references: refs.list,
  };
}

/** How many of the most influential inputs the report tries for a break-even curve. */
const BREAK_EVEN_CANDIDATES = 5;

/**
 * The break-even curve the report shows: of the inputs that move the saving most (tornado order),
 * the first at which the two options cost the same within its range; else the most influential
 * one, whose curve then shows that no break-even exists in the range.
 */
function reportBreakEven(
  scenario: Scenario,
  catalogue: PriceCatalogue,
  pair: readonly [OptionId, OptionId],
  tor: TornadoResult | null,
  problems: string[],
): BreakEvenResult | null {
  let first: BreakEvenResult | null = null;
  for (const bar of (tor?.bars ?? []).filter((b) => b.swing > 0).slice(0, BREAK_EVEN_CANDIDATES)) {
    try {
      const result = solveBreakEven(scenario, catalogue, bar.path, { between: pair });
      // The solver's hint names CLI flags; the report states the range instead.
      const clean = { ...result, message: result.message.replace(/ \(search a wider range with --min and --max\)/, '') };
      if (clean.status === 'found') return clean;
      first ??= clean;
    } catch (error) {
      problems.push(`Break-even of ${bar.label}: ${message(error)}`);
    }
  }
  return first;
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
  const pair = recommendation?.runnerUp ? ([recommendation.runnerUp, recommendation.option] as const) : null;

  let sim: SimulationResult | null = null;
  let tor: TornadoResult | null = null;
  let breakEven: BreakEvenResult | null = null;
  if (pair) {
    if (scenario.analysis.uncertainty.length > 0) {
      try {
        sim = simulate(scenario, catalogue, { runs: request.simulationRuns ?? REPORT_SIMULATION_RUNS, seed: REPORT_SIMULATION_SEED, between: pair });
      } catch (error) {
        problems.push(`Monte Carlo: ${message(error)}`);
      }
    }
    try {
      tor = tornado(scenario, catalogue, { between: pair });
    } catch (error) {
      problems.push(`Sensitivity: ${message(error)}`);
    }
    breakEven = reportBreakEven(scenario, catalogue, pair, tor, problems);
  }
  const confidence = confidenceOf(recommendation, scenario, sim, tor, problems);

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
  const refs = new ReferenceIndex();
  for (const u of est.priceSources) refs.addPrice(u.source, u.lineCount);
  const lineSources: Record<string, LineSource> = {};
  for (const l of est.lines) lineSources[l.id] = lineSource(l, refs);
  const assumptions = assumptionsOf(scenario, est, refs, sim, tor);
  if (tradeoffs) refs.addCitations(tradeoffs.sources);

  const optionDetails: OptionDetail[] = est.options.map((o: OptionResult) => ({
    option: o.option,
    label: o.label,
    deployments: o.deployments.map((d) => ({ id: d, label: DEPLOYMENT_LABELS[d] })),
    opsEffort: opsRows(est, o.option, lineSources),
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
    confidence,
    breakEvenText: est.crossovers.map((c) => describeCrossover(est, c)),
    analysis: { pair, simulation: sim, tornado: tor, breakEven, problems },
    optionDetails,
    commitments,
    variants,
    tradeoffs,
    assumptions,
    provenance: provenanceOf(est, refs),
    lineSources,
    methodology: reportMethodology(request.simulationRuns ?? REPORT_SIMULATION_RUNS),
    charts,
  };
}

/** The versioned JSON export: the full result with inputs and provenance (chart series are left out: they derive from the estimate). */
export function reportToJson(data: ReportData): string {
  const { charts: _charts, ...rest } = data;
  return `${JSON.stringify(rest, null, 2)}\n`;
}
