import type { CostCategory } from '../model/cost-line';
import { formatHours, formatNumber, formatQuantity, formatShare, formatUsd, formatUsdWhole } from '../format/format';
import { refusalMissingText } from './missing-prices';
import { priceAgeText } from './price-age-text';
import type { ReportData } from './report-document';

/**
 * The two-page decision brief (the default PDF and HTML report) as data: every sentence and row of
 * its two pages, taken from the report data and from the sentences the rest of the report uses
 * (the recommendation's headline, the confidence statement, the break-even message, the price-age
 * text), so the brief, the full report and the app say the same thing in the same words. Every
 * list is capped (BRIEF_LIMITS) so the brief stays two pages whatever the scenario's size; what
 * the caps leave out is counted and sent to the full report.
 */

export const BRIEF_LIMITS = {
  /** Inputs that move the answer most (tornado bars). */
  drivers: 3,
  /** Caveats under the answer. */
  caveats: 2,
  /** Variants in the page-2 table. */
  variants: 5,
  /** Labour rates among the assumptions. */
  labourRates: 3,
} as const;

/** The four cost categories as the brief names them, in its column order. */
export const BRIEF_CATEGORIES: readonly { readonly id: CostCategory; readonly label: string }[] = [
  { id: 'infrastructure', label: 'Infrastructure' },
  { id: 'operations', label: 'Engineering time' },
  { id: 'security', label: 'Security and compliance' },
  { id: 'downtime', label: 'Downtime' },
];

export interface BriefDriver {
  readonly label: string;
  /** "60 USD/h to 100 USD/h" */
  readonly range: string;
  /** What the saving becomes at either end. */
  readonly effect: string;
}

export interface BriefRunRateRow {
  readonly option: string;
  readonly label: string;
  readonly byCategory: Readonly<Record<CostCategory, number>>;
  readonly total: number;
  readonly horizonTotal: number;
  readonly opsHoursPerMonth: number;
  readonly best: boolean;
}

export interface BriefVariantRow {
  readonly name: string;
  /** The variant's total per option, in the estimate's option order; null when it could not be evaluated. */
  readonly totals: readonly (number | null)[];
  /** The cheapest option of the variant ("" when it could not be evaluated). */
  readonly cheapest: string;
  readonly error: string | null;
}

export interface ReportBrief {
  /** "recommendation": an option is named; "refusal": prices are missing; "none": nothing to compare. */
  readonly answerKind: 'recommendation' | 'refusal' | 'none';
  /** The answer in one sentence (the recommendation's headline, or the refusal's). */
  readonly answer: string;
  /** Lines under the answer: caveats (what is missing and the fix), and the scorecard's view. */
  readonly answerNotes: readonly { readonly text: string; readonly caveat: boolean }[];
  /** "$X (Y%) over 36 months; $Z a month at run-rate (month 1)", or why no difference is stated. */
  readonly difference: string;
  /** How sure: the confidence statement (P(cheapest) and the P10–P90 of the saving when inputs vary). */
  readonly confidence: string;
  /** The break-even of the input the scenario chose (or the first labour rate). */
  readonly breakEven: string;
  readonly drivers: readonly BriefDriver[];
  /** Why there are no drivers, when there are none. */
  readonly driversNote: string | null;
  /** Trade-offs beyond dollars in at most three lines. */
  readonly tradeoffs: readonly string[];
  readonly runRate: readonly BriefRunRateRow[];
  /** Whether any option has a downtime cost (the column is left out otherwise). */
  readonly hasDowntime: boolean;
  readonly assumptions: readonly { readonly label: string; readonly value: string }[];
  /** "Prices: <catalogue>, as of …" and their age on the report's date. */
  readonly prices: string;
  readonly priceAge: string;
  readonly variantOptions: readonly string[];
  readonly variants: readonly BriefVariantRow[];
  /** Variants not in the table (they are in the full report). */
  readonly variantsMore: number;
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function differenceText(d: ReportData): string {
  const rec = d.recommendation;
  if (d.refusal) return 'No difference is stated while prices are missing: every total that includes an unpriced line is too low.';
  if (!rec || rec.runnerUp === null) return 'No difference is stated: the scenario compares one option only.';
  const best = d.estimate.options.find((o) => o.option === rec.option)!;
  const next = d.estimate.options.find((o) => o.option === rec.runnerUp)!;
  const monthly = next.monthlyRunRate - best.monthlyRunRate;
  return (
    `${formatUsdWhole(rec.savingUsd)} (${formatShare(rec.savingShare)}) over ${rec.horizonMonths} months in favour of ${rec.label}; ` +
    `${formatUsdWhole(Math.abs(monthly))} a month ${monthly >= 0 ? 'less' : 'more'} at run-rate (month 1: ${formatUsdWhole(best.monthlyRunRate)} against ${formatUsdWhole(next.monthlyRunRate)}).`
  );
}

function breakEvenText(d: ReportData): string {
  const be = d.charts.breakEven;
  if (be) return be.message;
  const problem = d.analysis.problems.find((p) => p.startsWith('Break-even'));
  if (problem) return `Not available: ${problem}`;
  if (d.refusal) return 'No break-even is stated while prices are missing.';
  return 'No break-even: there is no second option to compare with.';
}

function driversOf(d: ReportData): { drivers: BriefDriver[]; note: string | null } {
  const tor = d.analysis.tornado;
  if (!tor) {
    const note = d.refusal ? 'Not computed while prices are missing.' : (d.analysis.problems.find((p) => p.startsWith('Sensitivity')) ?? 'Not computed: there is no second option to compare with.');
    return { drivers: [], note };
  }
  const moving = tor.bars.filter((b) => b.swing > 0);
  if (moving.length === 0) return { drivers: [], note: `None of the ${tor.bars.length} inputs tested moves the saving.` };
  const rec = d.recommendation;
  const drivers = moving.slice(0, BRIEF_LIMITS.drivers).map((b) => ({
    label: b.label,
    range: `${formatQuantity(b.low, b.unit)} to ${formatQuantity(b.high, b.unit)}`,
    effect: `saving of ${rec?.label ?? 'the recommended option'} ${formatUsdWhole(b.atLow)} to ${formatUsdWhole(b.atHigh)} (now ${formatQuantity(b.value, b.unit)})`,
  }));
  return { drivers, note: null };
}

function tradeoffLines(d: ReportData): string[] {
  const t = d.tradeoffs;
  if (!t) {
    const problem = d.analysis.problems.find((p) => p.startsWith('Trade-offs'));
    return [problem ? `Not available: ${problem}` : 'Trade-offs were not assessed.'];
  }
  const countsOf = new Map(t.responsibility.map((m) => [m.deployment, m.counts]));
  const duties = t.options.map((o) => {
    let you = 0;
    let shared = 0;
    for (const dep of o.deployments) {
      const c = countsOf.get(dep);
      you += c?.you ?? 0;
      shared += c?.shared ?? 0;
    }
    return `${you} on ${o.label} (${shared} shared)`;
  });
  const control = t.options.map((o) => `${o.label} ${o.controlPoints.toFixed(1)}`);
  const exit = t.exitEffort.map((e) => `${formatHours(e.totalHours)} (${formatUsdWhole(e.totalUsd)}) to leave ${t.options.find((o) => o.option === e.option)?.label ?? e.option}`);
  const weeks = t.timeToValue.options.map((o) => `${formatNumber(Math.round(o.weeks * 10) / 10)} weeks for ${t.options.find((x) => x.option === o.option)?.label ?? o.option}`);
  return [
    `Who does what: duties your team owns, ${joinAnd(duties)}; AWS runs the rest.`,
    `Control kept (mean of the control levers, 5 = full, 1 = none): ${joinAnd(control)}.`,
    `Exit effort: ${joinAnd(exit)}. Time to production: ${joinAnd(weeks)}.`,
  ];
}

function answerOf(d: ReportData): Pick<ReportBrief, 'answerKind' | 'answer' | 'answerNotes'> {
  if (d.refusal) {
    return {
      answerKind: 'refusal',
      answer: d.refusal.headline,
      answerNotes: [refusalMissingText(d.refusal), d.refusal.fix, 'This report was made anyway: every total that includes a line marked ! (price not found) is too low.'].map((text) => ({
        text,
        caveat: true,
      })),
    };
  }
  const rec = d.recommendation;
  if (!rec) return { answerKind: 'none', answer: 'Nothing was estimated: the scenario has no option to cost.', answerNotes: [] };
  const notes = rec.caveats.slice(0, BRIEF_LIMITS.caveats).map((text) => ({ text, caveat: true }));
  if (rec.caveats.length > notes.length) notes.push({ text: `${rec.caveats.length - notes.length} more caveats are in the full report.`, caveat: true });
  if (rec.scorecard) {
    notes.push({
      caveat: false,
      text: rec.scorecard.agrees
        ? `The weighted scorecard of trade-offs beyond dollars also ranks ${rec.scorecard.label} first.`
        : `The weighted scorecard of trade-offs beyond dollars ranks ${rec.scorecard.label} first instead.`,
    });
  }
  return { answerKind: 'recommendation', answer: rec.headline, answerNotes: notes };
}

function assumptionsOf(d: ReportData): { label: string; value: string }[] {
  const pick = (label: string) => d.assumptions.settings.find((s) => s.label === label);
  const rows: { label: string; value: string }[] = [];
  for (const label of ['Horizon', 'Usage growth', 'Discount rate (NPV)', 'Ops-effort scale', 'Downtime cost']) {
    const s = pick(label);
    if (s) rows.push({ label: s.label, value: `${s.value} (${s.source})` });
  }
  for (const l of d.assumptions.labour.slice(0, BRIEF_LIMITS.labourRates)) {
    rows.push({ label: `${l.label} rate`, value: `${formatUsd(l.hourlyUsd)}/h loaded (${l.source === 'default' ? 'default' : 'scenario file'})` });
  }
  return rows;
}

/** The brief of a report: every sentence and capped list of its two pages. */
export function briefOf(d: ReportData): ReportBrief {
  const e = d.estimate;
  const { drivers, note } = driversOf(d);
  const range = d.provenance.asOfRange;
  const asOf = range ? `, as of ${range.oldest === range.newest ? range.oldest : `${range.oldest} to ${range.newest}`}` : '';
  const optionLabels = e.options.map((o) => o.label);
  const variants = d.variants.slice(0, BRIEF_LIMITS.variants).map((v): BriefVariantRow => {
    if (!v.comparison) return { name: v.name, totals: e.options.map(() => null), cheapest: '', error: v.error ?? 'could not be evaluated' };
    const totals = e.options.map((o) => v.comparison!.options.find((c) => c.option === o.option)?.b ?? null);
    let cheapest = '';
    let min = Infinity;
    totals.forEach((t, i) => {
      if (t !== null && t < min) {
        min = t;
        cheapest = optionLabels[i]!;
      }
    });
    return { name: v.name, totals, cheapest: d.refusal ? '' : cheapest, error: null };
  });
  return {
    ...answerOf(d),
    difference: differenceText(d),
    confidence: d.confidence.statement,
    breakEven: breakEvenText(d),
    drivers,
    driversNote: note,
    tradeoffs: tradeoffLines(d),
    runRate: e.options.map((o) => ({
      option: o.option,
      label: o.label,
      byCategory: o.runRateByCategory,
      total: o.monthlyRunRate,
      horizonTotal: o.horizonTotal,
      opsHoursPerMonth: o.opsHoursPerMonth,
      best: o.option === d.recommendation?.option,
    })),
    hasDowntime: e.options.some((o) => o.runRateByCategory.downtime !== 0),
    assumptions: assumptionsOf(d),
    prices: `Prices: ${e.catalogue.name}${asOf}.`,
    priceAge: priceAgeText(d.provenance.priceAge, e.scenario.region),
    variantOptions: optionLabels,
    variants,
    variantsMore: Math.max(0, d.variants.length - variants.length),
  };
}
