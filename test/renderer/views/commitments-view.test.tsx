// @vitest-environment happy-dom
import { cleanup, fireEvent, render, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldContext } from '../../../renderer/components/fields';
import { commitmentLabel, CommitmentsView } from '../../../renderer/views/CommitmentsView';
import { analyseCommitments, formatNumber, formatUsd, formatUsdWhole, type Scenario } from '../../../src/index';
import { dbWorkload, mlWorkload, roundCatalogue, scenario } from '../../support/scenarios';

/** The commitments view shows the core's figures (analyseCommitments, as the CLI prints them), in the user's words. */
afterEach(cleanup);

interface Settings {
  readonly utilisationPct?: number;
  readonly savingsPlanDiscountPct?: number;
}

/** A database (primary, standby) and an ML platform (notebooks, training, endpoints): every kind of instance usage. */
const both = (): Scenario => scenario([dbWorkload({ highAvailability: true }), mlWorkload()]);
const scenarioOf = (which: string): Scenario => (which === 'database' ? scenario([dbWorkload({ highAvailability: true })]) : both());

function withSettings(s: Scenario, commitments: Settings): Scenario {
  return { ...s, analysis: { ...s.analysis, commitments } };
}

function viewOf(s: Scenario, set: FieldContext['set'] = () => {}) {
  const ctx: FieldContext = { draft: s, issues: new Map(), parsed: s, set };
  return render(<CommitmentsView ctx={ctx} scenario={s} catalogue={roundCatalogue()} />);
}

describe('the commitments view', () => {
  it.each([
    ['database', { utilisationPct: 60, savingsPlanDiscountPct: 28 }],
    ['database and ML platform', {}],
    ['database and ML platform', { savingsPlanDiscountPct: 15 }],
  ] as [string, Settings][])('%s %j: every figure is the core’s, per workload and option by label', (id, settings) => {
    const s = withSettings(scenarioOf(id), settings);
    const analysis = analyseCommitments(s, roundCatalogue());
    expect(analysis.rows.length).toBeGreaterThan(1);
    // The test prices hold some reserved rates: the source sentence is checked on at least one row.
    expect(analysis.rows.some((r) => r.candidates.some((c) => c.kind === 'reserved' && c.source))).toBe(true);
    const view = viewOf(s);
    analysis.rows.forEach((row, i) => {
      const section = view.getByTestId(`commitment-row-${i}`);
      const workload = s.workloads.find((w) => w.id === row.workloadId)!.name;
      expect(within(section).getByRole('heading').textContent).toBe(`${row.optionLabel} — ${workload}: ${row.usage}`);
      expect(within(section).getByTestId('utilisation').textContent).toBe(`${formatNumber(row.utilisationPct)}%`);
      if (settings.utilisationPct !== undefined) expect(row.utilisationPct).toBe(settings.utilisationPct);
      row.candidates.forEach((c, j) => {
        const cells = [...within(section).getByTestId(`commitment-${i}-${j}`).querySelectorAll('td')].map((td) => td.textContent);
        expect(cells).toEqual([
          commitmentLabel(c, analysis.savingsPlanDiscountPct ?? (c.kind === 'savings-plan' ? Number(/−([\d.]+)%/.exec(c.label)![1]) : null)),
          c.monthlyPerInstance === null ? 'no rate' : formatUsd(c.monthlyPerInstance),
          c.monthlyPerInstance === null ? '—' : formatUsdWhole(c.monthlyPerInstance * row.instances),
          c.savingPerInstance === null ? '—' : formatUsdWhole(c.savingPerInstance * row.instances),
          c.breakEvenUtilisationPct === null ? '—' : `${formatNumber(Math.round(c.breakEvenUtilisationPct * 10) / 10)}%`,
        ]);
      });
      const sources = within(section).getByTestId('rate-sources').textContent!;
      const reserved = row.candidates.find((c) => c.kind === 'reserved' && c.source);
      if (reserved) expect(sources).toMatch(new RegExp(`catalogue reserved rate from [^;]+, as of ${reserved.source!.asOf}`));
      if (settings.savingsPlanDiscountPct !== undefined) {
        expect(sources).toContain(`Savings Plan: rate you entered (${settings.savingsPlanDiscountPct}% off on-demand), the offline path`);
        expect(row.candidates.some((c) => c.kind === 'savings-plan')).toBe(true);
      }
    });
    // Ids are for files: the option labels name the options.
    expect(view.container.textContent).not.toMatch(/\b(ec2|managed) —/);
    expect(view.container.textContent).not.toContain('analysis.commitments');
  });

  it('utilisation and the Savings Plan discount are edited in the view and written to the scenario', () => {
    const calls: unknown[][] = [];
    const view = viewOf(scenarioOf('database'), (path, value) => calls.push([path, value]));
    fireEvent.change(view.getByLabelText('Utilisation (% of the month)'), { target: { value: '40' } });
    fireEvent.change(view.getByLabelText('Savings Plan discount (% off on-demand)'), { target: { value: '22' } });
    expect(calls).toEqual([
      [['analysis', 'commitments', 'utilisationPct'], 40],
      [['analysis', 'commitments', 'savingsPlanDiscountPct'], 22],
    ]);
  });

  it('an invalid scenario keeps the fields, so the value can be fixed here', () => {
    const s = scenarioOf('database');
    const ctx: FieldContext = { draft: { ...s, analysis: { ...s.analysis, commitments: { utilisationPct: 0 } } }, issues: new Map([['analysis.commitments.utilisationPct', 'must be at least 1']]), parsed: undefined, set: () => {} };
    const view = render(<CommitmentsView ctx={ctx} scenario={undefined} catalogue={roundCatalogue()} />);
    expect(view.getByRole('alert').textContent).toBe('must be at least 1');
    expect(view.getByTestId('commitments-invalid')).toBeTruthy();
  });
});
