import { describe, expect, it } from 'vitest';
import { shortcutCommand, type KeyPress } from '../../renderer/commands/shortcuts';

/** The web host's keyboard shortcuts: the desktop menu's accelerators, and never the text fields' own undo. */
const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: true, metaKey: false, shiftKey: false, inText: false, ...extra });

describe('web host shortcuts', () => {
  it.each<[KeyPress, string | undefined]>([
    [press('s'), 'save'],
    [press('S', { shiftKey: true }), 'save-as'],
    [press('o', { ctrlKey: false, metaKey: true }), 'open'],
    [press('n'), 'new'],
    [press('p'), 'export-pdf'],
    [press('z'), 'undo'],
    [press('z', { shiftKey: true }), 'redo'],
    [press('y'), 'redo'],
    [press('z', { inText: true }), undefined],
    [press('y', { inText: true }), undefined],
    [press('s', { inText: true }), 'save'],
    [press('s', { ctrlKey: false }), undefined],
    [press('q'), undefined],
  ])('%j → %s', (p, command) => {
    expect(shortcutCommand(p)).toBe(command);
  });
});
