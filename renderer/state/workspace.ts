import { documentReducer, emptyDocument, type DocumentAction, type DocumentState } from './document';

/**
 * Everything the user has chosen in the window: the open document (with its undo history), the
 * view on screen and the what-if session. One reducer holds all three, so loading a document resets
 * the what-if session and picks the view in the same step: overrides of the previous document never
 * apply, even for one render, to the next one.
 */

/** The app's screens, in the order of the view tabs. */
export type View = 'start' | 'editor' | 'dashboard' | 'whatif' | 'tradeoffs' | 'prices' | 'actuals' | 'commitments';

/** A what-if value: a number for a numeric input, a choice's id for an instance type or a commitment (scenario-choices). */
export type WhatIfValue = number | string;

/** What-if values by input path: a session on top of the document, saved in the file only as variants. */
export type WhatIfOverrides = ReadonlyMap<string, WhatIfValue>;

export const NO_OVERRIDES: WhatIfOverrides = new Map();

export interface WorkspaceState {
  readonly document: DocumentState;
  readonly view: View;
  readonly overrides: WhatIfOverrides;
}

type DocumentLoad = Extract<DocumentAction, { readonly type: 'load' }>;

export type WorkspaceAction =
  | Exclude<DocumentAction, DocumentLoad>
  /** A newly opened, created, example or recovered document, and the view to show it in. */
  | (DocumentLoad & { readonly show: View })
  | { readonly type: 'show'; readonly view: View }
  /** Sets one what-if value, or drops it (undefined) so the input is the document's again. */
  | { readonly type: 'what-if'; readonly path: string; readonly value: WhatIfValue | undefined }
  | { readonly type: 'reset-what-if' };

export function emptyWorkspace(): WorkspaceState {
  return { document: emptyDocument(), view: 'start', overrides: NO_OVERRIDES };
}

export function workspaceReducer(s: WorkspaceState, a: WorkspaceAction): WorkspaceState {
  switch (a.type) {
    case 'load':
      return { document: documentReducer(s.document, a), view: a.show, overrides: NO_OVERRIDES };
    case 'show':
      return s.view === a.view ? s : { ...s, view: a.view };
    case 'what-if': {
      const overrides = new Map(s.overrides);
      if (a.value === undefined) overrides.delete(a.path);
      else overrides.set(a.path, a.value);
      return { ...s, overrides };
    }
    case 'reset-what-if':
      return s.overrides.size === 0 ? s : { ...s, overrides: NO_OVERRIDES };
    default: {
      // Edits, undo/redo and saves change the document only: the what-if session stays on top of it.
      const document = documentReducer(s.document, a);
      return document === s.document ? s : { ...s, document };
    }
  }
}
