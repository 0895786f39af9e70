import type { MenuCommand } from '../../src/contract/host-api';
import type { ExportFormat } from '../commands/use-export-report';

/**
 * The top bar: the document's name and unsaved marker, and the buttons for the commands the
 * desktop menu also offers (they run the same commands).
 */
export function Toolbar({
  documentName,
  dirty,
  canUndo,
  canRedo,
  canExport,
  run,
  exportReport,
}: {
  /** Undefined while no scenario is open. */
  documentName: string | undefined;
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  /** Reports need a valid scenario. */
  canExport: boolean;
  run: (command: MenuCommand) => void;
  exportReport: (format: ExportFormat) => Promise<void>;
}) {
  const open = documentName !== undefined;
  return (
    <header className="topbar">
      <h1>TCO Studio</h1>
      <span className="doc" data-testid="document-title">
        {open ? documentName : 'No scenario open'}
        {dirty && open ? (
          <span className="dirty" title="Unsaved changes" aria-label="unsaved changes">
            {' '}
            ●
          </span>
        ) : null}
      </span>
      <button type="button" className="btn" onClick={() => run('undo')} disabled={!canUndo} aria-label="Undo">
        Undo
      </button>
      <button type="button" className="btn" onClick={() => run('redo')} disabled={!canRedo} aria-label="Redo">
        Redo
      </button>
      <button type="button" className="btn" onClick={() => run('open')}>
        Open
      </button>
      <button type="button" className="btn primary" onClick={() => run('save')} disabled={!open}>
        Save
      </button>
      <button type="button" className="btn" onClick={() => run('save-as')} disabled={!open}>
        Save as
      </button>
      <button type="button" className="btn" onClick={() => run('export-pdf')} disabled={!canExport}>
        Export PDF
      </button>
      <select
        aria-label="Export as"
        className="btn"
        value=""
        disabled={!canExport}
        onChange={(e) => {
          const format = e.currentTarget.value as ExportFormat | '';
          if (format) void exportReport(format);
        }}
      >
        <option value="">Export…</option>
        <option value="html">HTML report (one file)</option>
        <option value="csv">CSV (cost lines)</option>
        <option value="json">JSON (full result)</option>
      </select>
    </header>
  );
}
