// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldContext } from '../../../renderer/components/fields';
import { priceNotesOf } from '../../../renderer/state/derived';
import { CommitmentEditor } from '../../../renderer/views/CommitmentEditor';
import { estimate } from '../../../src/index';
import { dbWorkload, roundCatalogue, scenario } from '../../support/scenarios';

/**
 * Reserved instances the catalogue has no rate for: the line is priced at on-demand and flagged,
 * and the editor says so beside the choice, before anyone reads a total (the test prices hold an RDS
 * reserved rate for 1-year No Upfront only).
 */
afterEach(cleanup);

const PATH = ['workloads', 0, 'pricing', 'rds', 'commitment'] as const;

function editorFor(commitment: Record<string, unknown>) {
  const s = scenario([dbWorkload({ highAvailability: true, pricing: { rds: { commitment } } } as never)]);
  const est = estimate(s, roundCatalogue());
  const ctx: FieldContext = { draft: s, issues: new Map(), parsed: s, set: () => {}, priceNotes: priceNotesOf(est) };
  return { est, view: render(<CommitmentEditor ctx={ctx} path={PATH} platform="rds" title="Amazon RDS" />) };
}

describe('the pricing choice says when a reserved rate is not available', () => {
  it('a rate the catalogue lacks: priced at on-demand, flagged, and the note names it beside the choice', () => {
    const { est, view } = editorFor({ model: 'reserved', term: '3yr', purchaseOption: 'partial-upfront' });
    const warning = est.warnings.find((w) => w.kind === 'fallback-price')!;
    expect(warning.path).toBe('workloads[0].pricing.rds.commitment');
    expect(warning.message).toMatch(/^reserved rate not found for RDS PostgreSQL db\.m5\.large Multi-AZ reserved 3yr partial-upfront in us-east-1; priced at on-demand/);
    expect(view.getByRole('note').textContent).toBe(`${warning.message.charAt(0).toUpperCase()}${warning.message.slice(1)}.`);
  });

  it('a rate the catalogue has: no note', () => {
    const { est, view } = editorFor({ model: 'reserved', term: '1yr', purchaseOption: 'no-upfront' });
    expect(est.warnings.filter((w) => w.kind === 'fallback-price')).toEqual([]);
    expect(view.queryByRole('note')).toBeNull();
  });
});
