import { TERM_MONTHS } from '../model/compute-usage';
import type { ComputeUsage } from '../model/line-spec';
import { evaluateTotals } from '../model/estimate';
import { optionLabel } from '../model/options';
import type { Commitment, OptionId, Scenario } from '../model/scenario-schema';
import { HOURS_PER_MONTH } from '../model/units';
import type { PriceCatalogue, PriceSource } from '../pricing/catalogue';
import { describePriceKey, type PurchaseOption, type ReservedTerm } from '../pricing/price-key';

export interface CommitmentCandidate {
  readonly kind: 'on-demand' | 'reserved' | 'savings-plan';
  readonly label: string;
  /** Cost per instance-month at the row's utilisation; null when no price is known. */
  readonly monthlyPerInstance: number | null;
  /** Saving per instance-month against on-demand at that utilisation (negative: dearer). */
  readonly savingPerInstance: number | null;
  /** Utilisation above which this commitment costs less than on-demand, percent of the month. */
  readonly breakEvenUtilisationPct: number | null;
  readonly source?: PriceSource;
  readonly note?: string;
}

export interface CommitmentRow {
  readonly option: OptionId;
  readonly optionLabel: string;
  readonly workloadId: string;
  readonly usage: string;
  readonly price: string;
  readonly instances: number;
  readonly utilisationPct: number;
  readonly steady: boolean;
  readonly current: string;
  readonly candidates: readonly CommitmentCandidate[];
  readonly recommended: string;
  readonly reason: string;
}

export interface CommitmentAnalysis {
  readonly rows: readonly CommitmentRow[];
  readonly savingsPlanDiscountPct: number | null;
  readonly notes: readonly string[];
}

const TERMS: readonly ReservedTerm[] = ['1yr', '3yr'];
const PURCHASES: readonly PurchaseOption[] = ['no-upfront', 'partial-upfront', 'all-upfront'];

function describeCommitment(c: Commitment | undefined): string {
  if (!c || c.model === 'on-demand') return 'on-demand';
  if (c.model === 'reserved') return `reserved ${c.term} ${c.purchaseOption}`;
  return `${c.plan} Savings Plan ${c.term} ${c.purchaseOption} (−${c.discountPct}%)`;
}

/**
 * Commitments: for each kind of instance usage of each option, compares on-demand with reserved
 * instances (catalogue rates, every term and payment option) and a Savings Plan (at a discount you
 * state), at the utilisation you expect; gives each commitment's break-even utilisation and the
 * cheapest choice. A commitment is paid for every hour of its term, so it beats on-demand only above
 * utilisation = committed rate ÷ on-demand rate: with a 33% discount, 67% (the AWS Pricing
 * Calculator's rule).
 */
export function analyseCommitments(scenario: Scenario, catalogue: PriceCatalogue): CommitmentAnalysis {
  const settings = scenario.analysis.commitments;
  const usages: { usage: ComputeUsage; commitment: Commitment | undefined }[] = [];
  evaluateTotals(scenario, catalogue, {}, (usage, commitment) => usages.push({ usage, commitment }));
  const rows: CommitmentRow[] = [];
  for (const { usage, commitment } of usages) {
    const od = catalogue.lookup(usage.onDemandKey);
    const utilisation = settings.utilisationPct !== undefined ? settings.utilisationPct / 100 : Math.min(1, usage.hoursPerInstance / HOURS_PER_MONTH);
    const fullMonth = od ? od.usdPerUnit * HOURS_PER_MONTH : null;
    const onDemandMonthly = fullMonth === null ? null : fullMonth * utilisation;
    const candidates: CommitmentCandidate[] = [
      { kind: 'on-demand', label: 'on-demand', monthlyPerInstance: onDemandMonthly, savingPerInstance: 0, breakEvenUtilisationPct: null, ...(od ? { source: od.source } : {}) },
    ];
    if (usage.reservedKey) {
      for (const term of TERMS) {
        for (const purchaseOption of PURCHASES) {
          const key = usage.reservedKey({ model: 'reserved', term, purchaseOption, offeringClass: 'standard' });
          const q = catalogue.lookup(key);
          const label = `reserved ${term} ${purchaseOption}`;
          if (!q) {
            candidates.push({ kind: 'reserved', label, monthlyPerInstance: null, savingPerInstance: null, breakEvenUtilisationPct: null, note: `no rate in the catalogue for ${describePriceKey(key)}` });
            continue;
          }
          const monthly = q.usdPerUnit * HOURS_PER_MONTH + (q.upfrontUsd ?? 0) / TERM_MONTHS[term];
          candidates.push({
            kind: 'reserved',
            label,
            monthlyPerInstance: monthly,
            savingPerInstance: onDemandMonthly === null ? null : onDemandMonthly - monthly,
            breakEvenUtilisationPct: fullMonth ? (100 * monthly) / fullMonth : null,
            source: q.source,
            note: 'upfront fee spread over the term',
          });
        }
      }
    }
    // When the catalogue has no reserved rate at all for this usage, one line says so instead of six.
    const reserved = candidates.filter((c) => c.kind === 'reserved');
    if (reserved.length > 0 && reserved.every((c) => c.monthlyPerInstance === null)) {
      candidates.splice(candidates.indexOf(reserved[0]!), reserved.length, {
        kind: 'reserved',
        label: 'reserved (1yr or 3yr)',
        monthlyPerInstance: null,
        savingPerInstance: null,
        breakEvenUtilisationPct: null,
        note: `no reserved rates in the catalogue for ${describePriceKey(usage.onDemandKey)}; refresh prices, or enter rates in the scenario`,
      });
    }
    const spDiscount = settings.savingsPlanDiscountPct ?? (commitment?.model === 'savings-plan' ? commitment.discountPct : undefined);
    if (spDiscount !== undefined && fullMonth !== null) {
      // A Savings Plan commits to an hourly spend; covering this capacity all month costs the discounted full-time rate.
      const monthly = fullMonth * (1 - spDiscount / 100);
      candidates.push({
        kind: 'savings-plan',
        label: `Savings Plan −${spDiscount}%`,
        monthlyPerInstance: monthly,
        savingPerInstance: onDemandMonthly === null ? null : onDemandMonthly - monthly,
        breakEvenUtilisationPct: 100 - spDiscount,
        note: 'discount as stated in the scenario',
      });
    }
    const priced = candidates.filter((c) => c.monthlyPerInstance !== null);
    const best = priced.reduce<CommitmentCandidate | undefined>((b, c) => (b === undefined || c.monthlyPerInstance! < b.monthlyPerInstance! - 1e-9 ? c : b), undefined);
    const text = usage.text();
    const pct = Math.round(utilisation * 1000) / 10;
    let reason: string;
    if (!best || onDemandMonthly === null) reason = 'no on-demand price to compare with';
    else if (best.kind === 'on-demand') {
      const unknown = candidates.filter((c) => c.kind !== 'on-demand' && c.monthlyPerInstance === null).length;
      reason = `at ${pct}% utilisation no commitment with a known price beats on-demand${unknown > 0 ? ` (${unknown} commitment${unknown > 1 ? 's' : ''} without a rate: refresh prices or state a Savings Plan discount)` : ''}`;
    } else {
      reason = `${best.label} costs $${best.monthlyPerInstance!.toFixed(2)} per instance-month against $${onDemandMonthly.toFixed(2)} on-demand at ${pct}% utilisation; it pays off above ${best.breakEvenUtilisationPct!.toFixed(1)}%`;
    }
    rows.push({
      option: usage.base.option,
      optionLabel: optionLabel(usage.base.option, scenario),
      workloadId: usage.base.workloadId,
      usage: text.label,
      price: describePriceKey(usage.onDemandKey),
      instances: usage.count,
      utilisationPct: pct,
      steady: usage.steady,
      current: describeCommitment(commitment),
      candidates,
      recommended: best?.label ?? 'on-demand',
      reason,
    });
  }
  return {
    rows,
    savingsPlanDiscountPct: settings.savingsPlanDiscountPct ?? null,
    notes: [
      'A commitment is billed for every hour of its term; it beats on-demand only above its break-even utilisation (committed rate ÷ on-demand rate).',
      'Reserved rates come from the price catalogue; Savings Plan discounts are yours to state (analysis.commitments.savingsPlanDiscountPct), from the AWS Savings Plans pricing page.',
      'Utilisation defaults to each usage\'s own schedule (hours used ÷ 730); set analysis.commitments.utilisationPct to test another.',
    ],
  };
}
