import { describe, expect, it } from 'vitest';
import { emptyWorkspace, NO_OVERRIDES, workspaceReducer, type WorkspaceAction, type WorkspaceState } from '../../renderer/state/workspace';

/**
 * The workspace reducer: the open document, the view on screen and the what-if session. A what-if
 * session belongs to the document it was made on, so every kind of load clears it, and each load
 * shows the view it asks for; edits, undo and saves leave the session in place.
 */
const run = (actions: WorkspaceAction[], start: WorkspaceState = emptyWorkspace()) => actions.reduce(workspaceReducer, start);
const loadA: WorkspaceAction = { type: 'load', draft: { name: 'A', horizonMonths: 36 }, name: 'a.tco.json', path: '/x/a.tco.json', show: 'editor' };
const loadB: WorkspaceAction = { type: 'load', draft: { name: 'B', horizonMonths: 24 }, name: 'b.tco.json', path: '/x/b.tco.json', show: 'editor' };
const whatIf = (path: string, value: number | undefined): WorkspaceAction => ({ type: 'what-if', path, value });

describe('workspace state (document, view, what-if session)', () => {
  it('starts on the start view with no document and no what-if values', () => {
    const s = emptyWorkspace();
    expect(s.view).toBe('start');
    expect(s.document.draft).toBeUndefined();
    expect(s.overrides.size).toBe(0);
  });

  it('sets and drops what-if values by input path', () => {
    const s = run([loadA, whatIf('horizonMonths', 48), whatIf('labour.dba.hourlyUsd', 90)]);
    expect([...s.overrides]).toEqual([
      ['horizonMonths', 48],
      ['labour.dba.hourlyUsd', 90],
    ]);
    expect([...run([whatIf('horizonMonths', undefined)], s).overrides]).toEqual([['labour.dba.hourlyUsd', 90]]);
    expect(run([{ type: 'reset-what-if' }], s).overrides.size).toBe(0);
  });

  it.each<[string, WorkspaceAction]>([
    ['opening a file', loadB],
    ['opening an example', { type: 'load', draft: { name: 'Example' }, name: 'Example', show: 'dashboard' }],
    ['a new scenario from a template', { type: 'load', draft: { name: 'New' }, name: 'Untitled', dirty: true, show: 'editor' }],
    ['restoring a recovered draft', { type: 'load', draft: { name: 'A' }, path: '/x/a.tco.json', name: 'a.tco.json', dirty: true, show: 'editor' }],
    ['reloading the same file', loadA],
  ])('clears the what-if session on %s, and shows the view the load asks for', (_, load) => {
    const before = run([loadA, { type: 'show', view: 'whatif' }, whatIf('horizonMonths', 48)]);
    expect(before.overrides.size).toBe(1);
    const after = workspaceReducer(before, load);
    expect(after.overrides.size).toBe(0);
    expect(after.view).toBe(load.type === 'load' ? load.show : undefined);
    expect(after.document.draft).toEqual(load.type === 'load' ? load.draft : undefined);
  });

  it('keeps the what-if session and the view through edits, undo, redo and saves of the same document', () => {
    const s = run([loadA, { type: 'show', view: 'dashboard' }, whatIf('horizonMonths', 48)]);
    const after = run(
      [
        { type: 'set', path: ['name'], value: 'A2', at: 0 },
        { type: 'undo' },
        { type: 'redo' },
        { type: 'saved', path: '/x/a2.tco.json', name: 'a2.tco.json', version: 2 },
      ],
      s,
    );
    expect([...after.overrides]).toEqual([['horizonMonths', 48]]);
    expect(after.view).toBe('dashboard');
    expect((after.document.draft as { name: string }).name).toBe('A2');
  });

  it('leaves the state as it is when nothing changes (no re-render for a no-op)', () => {
    const s = run([loadA]);
    expect(workspaceReducer(s, { type: 'show', view: 'editor' })).toBe(s);
    expect(workspaceReducer(s, { type: 'reset-what-if' })).toBe(s);
    expect(workspaceReducer(s, { type: 'undo' })).toBe(s);
    expect(s.overrides).toBe(NO_OVERRIDES);
  });
});
