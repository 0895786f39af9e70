import { useMemo } from 'react';
import { analyseCommitments, formatDate, formatNumber, formatUsd, formatUsdWhole, type CommitmentCandidate, type CommitmentRow, type PriceCatalogue, type PriceSource, type Scenario } from '../../src/index';
import { NumberField, type FieldContext } from '../components/fields';

const PURCHASE_WORDS: Readonly<Record<string, string>> = { 'no-upfront': 'no upfront', 'partial-upfront': 'partial upfront', 'all-upfront': 'all upfront' };
const TERM_WORDS: Readonly<Record<string, string>> = { '1yr': '1 year', '3yr': '3 years' };
const SOURCE_WORDS: Readonly<Record<PriceSource['kind'], string>> = {
  snapshot: 'the offline price snapshot',
  cache: 'AWS prices fetched earlier',
  live: 'AWS prices fetched this session',
  scenario: 'a rate entered in the scenario',
};

/** A commitment in the user's words: "Reserved, 1 year, no upfront", "Savings Plan, 20% off", "On-demand". */
export function commitmentLabel(c: CommitmentCandidate, discountPct?: number | null): string {
  if (c.kind === 'on-demand') return 'On-demand';
  if (c.kind === 'savings-plan') return `Savings Plan, ${formatNumber(discountPct ?? 0)}% off`;
  const m = /^reserved (1yr|3yr) (\S+)$/.exec(c.label);
  return m ? `Reserved, ${TERM_WORDS[m[1]!]}, ${PURCHASE_WORDS[m[2]!] ?? m[2]}` : 'Reserved, 1 or 3 years';
}

/** The Savings Plan discount a row was compared at: the scenario's setting, else the discount of the line's own Savings Plan. */
function discountOf(row: CommitmentRow, analysisDiscount: number | null): number | null {
  if (analysisDiscount !== null) return analysisDiscount;
  const m = /−(\d+(?:\.\d+)?)%/.exec(row.candidates.find((c) => c.kind === 'savings-plan')?.label ?? '');
  return m ? Number(m[1]) : null;
}

function sourceText(s: PriceSource): string {
  return `${SOURCE_WORDS[s.kind]}, as of ${formatDate(s.asOf)}`;
}

/** Where each rate of a row comes from, in one sentence a reviewer can check. */
export function rateSources(row: CommitmentRow, discountPct: number | null): string {
  const parts: string[] = [];
  const od = row.candidates.find((c) => c.kind === 'on-demand');
  parts.push(od?.source ? `On-demand: catalogue rate from ${sourceText(od.source)}` : 'On-demand: no rate in the catalogue');
  const reserved = row.candidates.filter((c) => c.kind === 'reserved');
  const reservedSources = [...new Set(reserved.flatMap((c) => (c.source ? [sourceText(c.source)] : [])))];
  const unpriced = reserved.filter((c) => c.monthlyPerInstance === null).map((c) => commitmentLabel(c).replace(/^Reserved, /, ''));
  if (reservedSources.length > 0)
    parts.push(`reserved: catalogue reserved rate from ${reservedSources.join('; ')}${unpriced.length > 0 ? ` (none for ${unpriced.join('; ')})` : ''}`);
  else if (reserved.length > 0) parts.push('reserved: no reserved rate in the catalogue (refresh prices, or enter a rate in the scenario)');
  if (row.candidates.some((c) => c.kind === 'savings-plan'))
    parts.push(`Savings Plan: rate you entered (${formatNumber(discountPct ?? 0)}% off on-demand), the offline path: the app fetches no Savings Plan rates`);
  return `${parts.join('; ')}.`;
}

/**
 * Commitments: on-demand against reserved instances and a Savings Plan for each kind of instance usage, at the
 * utilisation the user sets here (saved in the scenario), with the core's figures (analyseCommitments, as the CLI).
 */
export function CommitmentsView({ ctx, scenario, catalogue }: { ctx: FieldContext; scenario: Scenario | undefined; catalogue: PriceCatalogue | undefined }) {
  const analysis = useMemo(() => (scenario && catalogue ? analyseCommitments(scenario, catalogue) : undefined), [scenario, catalogue]);
  const workloadName = (id: string) => scenario?.workloads.find((w) => w.id === id)?.name ?? id;
  return (
    <div>
      <section className="panel" aria-labelledby="commitments-h">
        <h2 id="commitments-h">Commitments</h2>
        <p className="muted">
          A reservation or Savings Plan is billed for every hour of its term, so it beats on-demand only above its break-even utilisation (committed rate ÷
          on-demand rate). These settings are saved in the scenario.
        </p>
        <div className="grid">
          <NumberField
            ctx={ctx}
            path={['analysis', 'commitments', 'utilisationPct']}
            label="Utilisation"
            unit="% of the month"
            min={1}
            max={100}
            step={1}
            optional
            hint="Empty: each workload's own schedule (hours used ÷ 730)."
          />
          <NumberField
            ctx={ctx}
            path={['analysis', 'commitments', 'savingsPlanDiscountPct']}
            label="Savings Plan discount"
            unit="% off on-demand"
            min={0}
            max={99}
            step={1}
            optional
            hint="From the AWS Savings Plans pricing page; empty: no Savings Plan compared."
          />
        </div>
      </section>
      {!scenario ? (
        <p className="banner error" role="status" data-testid="commitments-invalid">
          Fix the values above (or the problems in the scenario) to see the comparison.
        </p>
      ) : !analysis ? (
        <p className="muted">Waiting for prices…</p>
      ) : analysis.rows.length === 0 ? (
        <p className="muted">No instance usage in this scenario to commit to.</p>
      ) : (
        analysis.rows.map((row, i) => <CommitmentTable key={i} index={i} row={row} workload={workloadName(row.workloadId)} discountPct={discountOf(row, analysis.savingsPlanDiscountPct)} />)
      )}
    </div>
  );
}

function CommitmentTable({ index, row, workload, discountPct }: { index: number; row: CommitmentRow; workload: string; discountPct: number | null }) {
  const title = `${row.optionLabel} — ${workload}: ${row.usage}`;
  const best = row.candidates.filter((c) => c.monthlyPerInstance !== null).reduce<CommitmentCandidate | undefined>((b, c) => (b === undefined || c.monthlyPerInstance! < b.monthlyPerInstance! - 1e-9 ? c : b), undefined);
  return (
    <section className="panel" aria-label={title} data-testid={`commitment-row-${index}`}>
      <h3>{title}</h3>
      <p>
        {row.instances} instance{row.instances === 1 ? '' : 's'} at <strong data-testid="utilisation">{formatNumber(row.utilisationPct)}%</strong> utilisation.{' '}
        {best ? (
          <span data-testid="cheapest">
            Cheapest: <strong>{commitmentLabel(best, discountPct)}</strong>
            {best.kind === 'on-demand' ? '.' : `, it pays off above ${formatNumber(Math.round(best.breakEvenUtilisationPct! * 10) / 10)}% utilisation.`}
          </span>
        ) : (
          'No on-demand price to compare with.'
        )}
      </p>
      <table className="data" aria-label={`Commitments for ${title}`}>
        <thead>
          <tr>
            <th>Commitment</th>
            <th className="num">Per instance-month</th>
            <th className="num">Monthly total</th>
            <th className="num">Saving a month</th>
            <th className="num">Pays off above</th>
          </tr>
        </thead>
        <tbody>
          {row.candidates.map((c, j) => (
            <tr key={j} data-testid={`commitment-${index}-${j}`}>
              <td>{commitmentLabel(c, discountPct)}</td>
              <td className="num">{c.monthlyPerInstance === null ? 'no rate' : formatUsd(c.monthlyPerInstance)}</td>
              <td className="num">{c.monthlyPerInstance === null ? '—' : formatUsdWhole(c.monthlyPerInstance * row.instances)}</td>
              <td className="num">{c.savingPerInstance === null ? '—' : formatUsdWhole(c.savingPerInstance * row.instances)}</td>
              <td className="num">{c.breakEvenUtilisationPct === null ? '—' : `${formatNumber(Math.round(c.breakEvenUtilisationPct * 10) / 10)}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted" data-testid="rate-sources">
        {rateSources(row, discountPct)}
      </p>
    </section>
  );
}
