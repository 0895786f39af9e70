// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, within, type RenderResult } from '@testing-library/react';
import { useMemo, useReducer } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldContext } from '../../../renderer/components/fields';
import { validate } from '../../../renderer/state/derived';
import { documentReducer, emptyDocument, type DocumentState } from '../../../renderer/state/document';
import { forgetLayout } from '../../../renderer/state/workload-layout';
import { EditorView } from '../../../renderer/views/EditorView';
import type { PathKey } from '../../../src/index';
import { dbWorkload } from '../../support/scenarios';

afterEach(() => {
  cleanup();
  forgetLayout();
});

/** A scenario draft (as in a file) with `count` databases named "DB 1" … "DB n". */
function draftWith(count: number): Record<string, unknown> {
  return {
    schemaVersion: 1,
    name: 'Fleet',
    question: 'Which is cheaper?',
    region: 'us-east-1',
    horizonMonths: 12,
    discountRateAnnualPct: 0,
    workloads: Array.from({ length: count }, (_, i) => dbWorkload({ id: `db-${i + 1}`, name: `DB ${i + 1}`, storage: { sizeGb: 100 + i, type: 'gp3' } })),
  };
}

/** The window in small: the document reducer, validation with the file's messages, and the editor. */
function Window({ initial, onState }: { initial: unknown; onState: (s: DocumentState) => void }) {
  const [doc, dispatch] = useReducer(documentReducer, undefined, () => documentReducer(emptyDocument(), { type: 'load', draft: initial, name: 'fleet.tco.json' }));
  onState(doc);
  const validation = useMemo(() => validate(doc.draft), [doc.draft]);
  const ctx: FieldContext = useMemo(
    () => ({ draft: doc.draft, issues: validation.issues, parsed: validation.scenario, set: (path, value, coalesce) => dispatch({ type: 'set', path, value, at: Date.now(), coalesce: coalesce === true }) }),
    [doc.draft, validation],
  );
  return (
    <>
      <button type="button" onClick={() => dispatch({ type: 'undo' })}>
        Undo
      </button>
      <EditorView ctx={ctx} scenario={validation.scenario} />
    </>
  );
}

function open(draft: unknown): { view: RenderResult; state: () => DocumentState } {
  let latest: DocumentState | undefined;
  const view = render(<Window initial={draft} onState={(s) => (latest = s)} />);
  return { view, state: () => latest! };
}

const toggles = (view: RenderResult) => [...view.container.querySelectorAll<HTMLElement>('.workload-toggle')];
const toggleOf = (view: RenderResult, n: number) => within(view.container.querySelector<HTMLElement>(`#workload-${n - 1}`)!).getAllByRole('button')[0]!;
const workloadsOf = (s: DocumentState) => (s.draft as { workloads: Record<string, unknown>[] }).workloads;

describe('collapsible workloads', () => {
  it('a scenario of up to three workloads opens expanded; a larger one opens as one-line headers', () => {
    const small = open(draftWith(3)).view;
    expect(toggles(small).map((b) => b.getAttribute('aria-expanded'))).toEqual(['true', 'true', 'true']);
    expect(small.container.querySelectorAll('[data-path="workloads[2].storage.sizeGb"]:not([data-anchor])')).toHaveLength(1);
    cleanup();

    const large = open(draftWith(40)).view;
    const headers = large.container.querySelectorAll<HTMLElement>('.workload-toggle');
    expect(headers).toHaveLength(40);
    expect([...headers].every((b) => b.getAttribute('aria-expanded') === 'false')).toBe(true);
    expect(large.container.querySelectorAll('[data-path^="workloads["]')).toHaveLength(0);
    expect(headers[6]!.textContent).toContain('Database: DB 7');
    expect(large.container.querySelector('#workload-6')!.textContent).toContain('PostgreSQL · db.m5.large · 106 GiB gp3');

    fireEvent.click(large.getByRole('button', { name: 'Expand all' }));
    expect(large.container.querySelectorAll('.workload-toggle[aria-expanded="true"]')).toHaveLength(40);
    fireEvent.click(large.getByRole('button', { name: 'Collapse all' }));
    expect(large.container.querySelectorAll('.workload-toggle[aria-expanded="true"]')).toHaveLength(0);
    fireEvent.click(toggleOf(large, 3));
    expect(toggleOf(large, 3).getAttribute('aria-expanded')).toBe('true');
    expect(large.container.querySelectorAll('[data-path="workloads[2].storage.sizeGb"]')).toHaveLength(1);
  });

  it('the jump list expands the chosen workload and moves focus to it; its filter narrows the list', () => {
    const { view } = open(draftWith(40));
    const nav = within(view.getByRole('navigation', { name: 'Workloads' }));
    fireEvent.change(nav.getByRole('searchbox', { name: 'Filter workloads' }), { target: { value: 'db 3' } });
    expect(nav.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['3. DB 3', ...Array.from({ length: 10 }, (_, k) => `${30 + k}. DB ${30 + k}`)]);
    fireEvent.click(nav.getByRole('button', { name: '30. DB 30' }));
    expect(toggleOf(view, 30).getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(toggleOf(view, 30));
    expect(view.container.querySelectorAll('.workload-toggle[aria-expanded="true"]')).toHaveLength(1);
  });

  it('a collapsed workload with a problem says so, and the field path (as "N problems" looks it up) opens the workload at the field', () => {
    const draft = draftWith(40);
    (draft.workloads as { storage: { sizeGb: number } }[])[11]!.storage.sizeGb = 5;
    const { view } = open(draft);
    const header = view.container.querySelector<HTMLElement>('#workload-11')!;
    expect(toggleOf(view, 12).getAttribute('aria-expanded')).toBe('false');
    expect(within(header).getByRole('button', { name: '1 problem' })).toBeTruthy();
    expect(within(view.getByRole('navigation', { name: 'Workloads' })).getByText('(1 problem)')).toBeTruthy();
    // What App's "N problems in the scenario" does: the first element with the problem's data-path, scrolled to and focused.
    const first = [...view.container.querySelectorAll<HTMLElement>('[data-path]')].find((f) => f.dataset.path === 'workloads[11].storage.sizeGb')!;
    act(() => first.focus());
    expect(toggleOf(view, 12).getAttribute('aria-expanded')).toBe('true');
    const field = document.activeElement as HTMLInputElement;
    expect(field.dataset.path).toBe('workloads[11].storage.sizeGb');
    expect(field.hasAttribute('data-anchor')).toBe(false);
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('the database table', () => {
  it('"Set for selected" changes exactly the selected workloads in one undoable edit', () => {
    const { view, state } = open(draftWith(40));
    const before = workloadsOf(state());
    fireEvent.click(view.getByRole('button', { name: 'Table' }));
    expect(view.getAllByRole('checkbox', { name: /^Select DB / })).toHaveLength(40);
    for (const n of [2, 5, 7, 31, 40]) fireEvent.click(view.getByRole('checkbox', { name: `Select DB ${n}` }));
    const bar = within(view.getByRole('group', { name: 'Set for selected' }));
    expect(bar.getByText('5 selected')).toBeTruthy();
    fireEvent.change(bar.getByRole('combobox', { name: 'Field' }), { target: { value: '4' } });
    fireEvent.change(bar.getByRole('spinbutton', { name: 'Value' }), { target: { value: '750' } });
    const steps = state().past.length;
    fireEvent.click(bar.getByRole('button', { name: 'Set for selected' }));

    expect(state().past.length).toBe(steps + 1);
    const after = workloadsOf(state());
    after.forEach((w, i) => {
      if ([1, 4, 6, 30, 39].includes(i)) expect(w).toEqual({ ...before[i], storage: { ...(before[i]!.storage as object), sizeGb: 750 } });
      else expect(w).toBe(before[i]);
    });
    expect((view.getByRole('spinbutton', { name: 'DB 31: Storage (GiB)' }) as HTMLInputElement).value).toBe('750');

    fireEvent.click(view.getByRole('button', { name: 'Undo' }));
    expect(workloadsOf(state())).toEqual(before);
    expect(state().past.length).toBe(steps);
  });

  it('a cell edit writes the same value, through the same draft edit, as the form field for the path', () => {
    const calls: { path: readonly PathKey[]; value: unknown; coalesce: boolean | undefined }[] = [];
    const draft = draftWith(2);
    const validation = validate(draft);
    const ctx: FieldContext = { draft, issues: validation.issues, parsed: validation.scenario, set: (path, value, coalesce) => void calls.push({ path, value, coalesce }) };
    const view = render(<EditorView ctx={ctx} scenario={validation.scenario} />);
    const formStorage = view.container.querySelector<HTMLInputElement>('[data-path="workloads[1].storage.sizeGb"]')!;
    const formInstance = within(view.container.querySelector<HTMLElement>('#workload-1')!).getByLabelText('RDS instance class');
    const formHa = within(view.container.querySelector<HTMLElement>('#workload-1')!).getByLabelText(/Multi-AZ/);
    fireEvent.change(formStorage, { target: { value: '250' } });
    fireEvent.change(formInstance, { target: { value: 'db.r6i.large' } });
    fireEvent.click(formHa);
    const fromForm = calls.splice(0);

    fireEvent.click(view.getByRole('button', { name: 'Table' }));
    fireEvent.change(view.getByRole('spinbutton', { name: 'DB 2: Storage (GiB)' }), { target: { value: '250' } });
    fireEvent.change(view.getByLabelText('DB 2: RDS instance class'), { target: { value: 'db.r6i.large' } });
    fireEvent.click(view.getByRole('checkbox', { name: 'DB 2: Multi-AZ / HA' }));
    expect(calls).toEqual(fromForm);
    expect(fromForm).toEqual([
      { path: ['workloads', 1, 'storage', 'sizeGb'], value: 250, coalesce: true },
      { path: ['workloads', 1, 'instanceClass'], value: 'db.r6i.large', coalesce: true },
      { path: ['workloads', 1, 'highAvailability'], value: true, coalesce: undefined },
    ]);
  });
});
