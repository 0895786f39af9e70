// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LinesTable } from '../../../renderer/views/LinesTable';
import { estimate } from '../../../src/index';
import { dbWorkload, roundCatalogue, scenario } from '../../support/scenarios';

/** The dashboard's lines table flags prices older than the user's threshold (test prices are dated 2026-01-01; ages are judged on today's date). */
afterEach(cleanup);

const est = estimate(scenario([dbWorkload()]), roundCatalogue());
const priced = est.lines.filter((l) => l.option === 'managed' && l.provenance.kind === 'price').length;

describe('price ages in the lines table', () => {
  it('beyond the threshold: a "stale price" badge on every priced line, with the age', () => {
    const view = render(<LinesTable estimate={est} option="managed" staleAfterDays={1} />);
    const badges = view.getAllByText('stale price');
    expect(priced).toBe(2);
    expect(badges).toHaveLength(priced);
    expect(badges[0]!.getAttribute('title')).toMatch(/^The price is \d+ days old, beyond the 1-day stale threshold: refresh prices$/);
  });

  it('within it: no badge', () => {
    const view = render(<LinesTable estimate={est} option="managed" staleAfterDays={3650} />);
    expect(view.queryAllByText('stale price')).toEqual([]);
  });
});
