import { describe, expect, it } from 'vitest';
import { COALESCE_MS, documentReducer, emptyDocument, HISTORY_LIMIT, isDirty, type DocumentAction, type DocumentState } from '../../renderer/state/document';

const run = (actions: DocumentAction[], start: DocumentState = emptyDocument()) => actions.reduce(documentReducer, start);
const load: DocumentAction = { type: 'load', draft: { name: 'A', horizonMonths: 36 }, name: 'a.tco.json', path: '/x/a.tco.json' };

describe('document state (undo/redo, dirty marker)', () => {
  it('is clean after loading and dirty after an edit', () => {
    const s = run([load]);
    expect(isDirty(s)).toBe(false);
    const e = run([{ type: 'set', path: ['horizonMonths'], value: 24, at: 0 }], s);
    expect(isDirty(e)).toBe(true);
    expect((e.draft as { horizonMonths: number }).horizonMonths).toBe(24);
  });

  it('undoes and redoes, and is clean again when undone back to the saved version', () => {
    const s = run([load, { type: 'set', path: ['horizonMonths'], value: 24, at: 0 }, { type: 'set', path: ['name'], value: 'B', at: 5000 }]);
    const u1 = documentReducer(s, { type: 'undo' });
    expect(u1.draft).toEqual({ name: 'A', horizonMonths: 24 });
    const u2 = documentReducer(u1, { type: 'undo' });
    expect(u2.draft).toEqual({ name: 'A', horizonMonths: 36 });
    expect(isDirty(u2)).toBe(false);
    const r = documentReducer(documentReducer(u2, { type: 'redo' }), { type: 'redo' });
    expect(r.draft).toEqual({ name: 'B', horizonMonths: 24 });
    expect(documentReducer(r, { type: 'redo' })).toBe(r);
  });

  it('merges a slider drag into one undo step', () => {
    const s = run([
      load,
      { type: 'set', path: ['horizonMonths'], value: 30, at: 0, coalesce: true },
      { type: 'set', path: ['horizonMonths'], value: 40, at: 100, coalesce: true },
      { type: 'set', path: ['horizonMonths'], value: 50, at: 200, coalesce: true },
      { type: 'set', path: ['horizonMonths'], value: 60, at: 200 + COALESCE_MS + 1, coalesce: true },
    ]);
    const back = documentReducer(s, { type: 'undo' });
    expect(back.draft).toEqual({ name: 'A', horizonMonths: 50 });
    expect(documentReducer(back, { type: 'undo' }).draft).toEqual({ name: 'A', horizonMonths: 36 });
  });

  it('never reports clean for new content that reuses an undone version number', () => {
    const saved = run([load, { type: 'set', path: ['name'], value: 'B', at: 0 }]);
    const afterSave = documentReducer(saved, { type: 'saved', path: '/x/a.tco.json', name: 'a.tco.json', version: saved.version });
    const edited = run([{ type: 'undo' }, { type: 'set', path: ['name'], value: 'C', at: 9000 }], afterSave);
    expect(isDirty(edited)).toBe(true);
  });

  it('clears a field with an undefined value, so its default applies again', () => {
    const s = run([load, { type: 'set', path: ['horizonMonths'], value: undefined, at: 0 }]);
    expect(s.draft).toEqual({ name: 'A' });
  });

  it('drops an override entry once its last field is cleared, and keeps one that still holds a value', () => {
    const start = run([{ type: 'load', draft: { name: 'A', labour: { dba: { hourlyUsd: 90 } }, opsEffort: { tasks: { 'ec2-db.os-patching': { hoursPerUnitPerMonth: 2, note: 'ours' } } } }, name: 'a', path: undefined }]);
    const cleared = run([{ type: 'set', path: ['labour', 'dba', 'hourlyUsd'], value: undefined, at: 0 }], start);
    expect(cleared.draft).toEqual({ name: 'A', labour: {}, opsEffort: { tasks: { 'ec2-db.os-patching': { hoursPerUnitPerMonth: 2, note: 'ours' } } } });
    const partly = run([{ type: 'set', path: ['opsEffort', 'tasks', 'ec2-db.os-patching', 'hoursPerUnitPerMonth'], value: undefined, at: 0 }], start);
    expect(partly.draft).toEqual({ name: 'A', labour: { dba: { hourlyUsd: 90 } }, opsEffort: { tasks: { 'ec2-db.os-patching': { note: 'ours' } } } });
  });

  it('keeps at most HISTORY_LIMIT undo steps', () => {
    let s = run([load]);
    for (let i = 0; i < HISTORY_LIMIT + 50; i++) s = documentReducer(s, { type: 'set', path: ['horizonMonths'], value: i, at: i * 10_000 });
    expect(s.past.length).toBe(HISTORY_LIMIT);
  });

  it('marks a recovered draft dirty', () => {
    expect(isDirty(run([{ ...load, dirty: true }]))).toBe(true);
  });
});
