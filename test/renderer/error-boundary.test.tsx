// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { useReducer, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../renderer/shell/ErrorBoundary';
import { validate } from '../../renderer/state/derived';
import { dbWorkload } from '../support/scenarios';
import { documentReducer, emptyDocument } from '../../renderer/state/document';

afterEach(cleanup);

function Failing({ draft }: { draft: unknown }): never {
  throw new Error(`cannot draw ${(draft as { name: string }).name}`);
}

/** The window in small: the document in a reducer above the boundary, the view below it. */
function Window() {
  const [doc, dispatch] = useReducer(documentReducer, emptyDocument());
  const [view, setView] = useState<'editor' | 'broken'>('broken');
  return (
    <div>
      <button type="button" onClick={() => dispatch({ type: 'load', draft: { name: 'Kept' }, name: 'k.tco.json', path: '/k.tco.json' })}>
        load
      </button>
      <button type="button" onClick={() => dispatch({ type: 'set', path: ['name'], value: 'Edited', at: 0 })}>
        edit
      </button>
      <output data-testid="draft">{JSON.stringify(doc.draft)}</output>
      <ErrorBoundary resetKey={view} onBack={() => setView('editor')}>
        {view === 'broken' && doc.draft !== undefined ? <Failing draft={doc.draft} /> : <p data-testid="editor">editor</p>}
      </ErrorBoundary>
    </div>
  );
}

describe('a view that throws while rendering', () => {
  it('shows the error with a way back, and the document above it is kept', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const w = render(<Window />);
    fireEvent.click(w.getByText('load'));
    expect(w.getByTestId('render-error').textContent).toContain('cannot draw Kept');
    expect(w.getByTestId('draft').textContent).toBe('{"name":"Kept"}');
    fireEvent.click(w.getByText('edit'));
    expect(w.getByTestId('draft').textContent).toBe('{"name":"Edited"}');
    expect(w.getByRole('button', { name: 'Reload' })).toBeTruthy();
    fireEvent.click(w.getByText('Back to the editor'));
    expect(w.queryByTestId('render-error')).toBeNull();
    expect(w.getByTestId('editor')).toBeTruthy();
    expect(w.getByTestId('draft').textContent).toBe('{"name":"Edited"}');
    log.mockRestore();
  });

  it('offers a reload when no view can be gone back to (the top-level boundary)', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const w = render(
      <ErrorBoundary>
        <Failing draft={{ name: 'x' }} />
      </ErrorBoundary>,
    );
    expect(w.getByTestId('render-error').textContent).toContain('cannot draw x');
    expect(w.queryByText('Back to the editor')).toBeNull();
    expect(w.getByRole('button', { name: 'Reload' })).toBeTruthy();
    log.mockRestore();
  });
});

describe('validating a draft in the window', () => {
  it('reports an override path inside a list as a problem of the draft, never by throwing', () => {
    const draft = {
      schemaVersion: 1,
      name: 'T',
      question: 'Q?',
      region: 'us-east-1',
      horizonMonths: 12,
      discountRateAnnualPct: 5,
      workloads: [dbWorkload()],
      variants: [{ name: 'v', overrides: [{ path: 'workloads.length', value: 0 }] }],
    };
    const v = validate(draft);
    expect(v.scenario).toBeUndefined();
    expect(v.messages.join('\n')).toContain('variants[0].overrides[0].path: "workloads.length"');
  });
});
