import type { MenuCommand } from '../../src/contract/host-api';

/** The parts of a key press that choose a command. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  /** True when the focus is in a text field, whose own undo the page must not take over. */
  readonly inText: boolean;
}

/**
 * The desktop menu's shortcuts, for the web host, which has no native menus: Ctrl or Cmd with
 * S (Shift: save as), O, N, P (export PDF), Z (Shift: redo) and Y. Undefined for any other key.
 */
export function shortcutCommand(press: KeyPress): MenuCommand | undefined {
  if (!(press.ctrlKey || press.metaKey)) return undefined;
  const k = press.key.toLowerCase();
  if (k === 's') return press.shiftKey ? 'save-as' : 'save';
  if (k === 'o') return 'open';
  if (k === 'n') return 'new';
  if (k === 'p') return 'export-pdf';
  if (k === 'z' && !press.inText) return press.shiftKey ? 'redo' : 'undo';
  if (k === 'y' && !press.inText) return 'redo';
  return undefined;
}
