import { useState } from 'react';
import type { MenuCommand } from '../../src/contract/host-api';
import { REPORT_SECTION_IDS, REPORT_SECTIONS, sectionsLeftOut } from '../../src/contract/report-sections';
import { PAPER_WORDS, type ExportPaper, type Exporter, type ExportFormat } from '../commands/use-export-report';

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
  exportReport: Exporter;
}) {
  const open = documentName !== undefined;
  const busy = exportReport.busy !== null;
  const leftOut = exportReport.options.full ? sectionsLeftOut(exportReport.options.sections).length : 0;
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
      <button type="button" className="btn" onClick={() => run('export-pdf')} disabled={!canExport || busy}>
        Export PDF
      </button>
      <select
        aria-label="Export as"
        className="btn"
        value=""
        disabled={!canExport || busy}
        onChange={(e) => {
          const format = e.currentTarget.value as ExportFormat | '';
          if (format) void exportReport.run(format);
        }}
      >
        <option value="">Export…</option>
        <option value="html">HTML report (one file)</option>
        <option value="csv">CSV (cost lines)</option>
        <option value="json">JSON (full result)</option>
        <option value="xlsx">Excel workbook (XLSX)</option>
      </select>
      <details className="export-options">
        <summary className="btn" title="Export options: what the report is about, its paper size, and whether the appendix follows the brief">
          Options: {exportReport.options.variant === undefined ? 'Scenario' : exportReport.options.variant}, {PAPER_WORDS[exportReport.options.paper]},{' '}
          {exportReport.options.full ? 'full report' : 'brief'}
          {leftOut > 0 ? `, ${REPORT_SECTIONS.length - leftOut} of ${REPORT_SECTIONS.length} sections` : ''}
        </summary>
        <div className="export-options-panel">
          <label>
            Report on
            <select value={exportReport.options.variant ?? ''} disabled={busy} onChange={(e) => exportReport.setVariant(e.currentTarget.value === '' ? undefined : e.currentTarget.value)}>
              <option value="">The scenario itself</option>
              {exportReport.variants.map((v) => (
                <option key={v} value={v}>
                  Variant: {v}
                </option>
              ))}
            </select>
          </label>
          <label>
            Paper (PDF and HTML)
            <select value={exportReport.options.paper} disabled={busy} onChange={(e) => exportReport.setPaper(e.currentTarget.value as ExportPaper)}>
              <option value="a4">{PAPER_WORDS.a4}</option>
              <option value="letter">{PAPER_WORDS.letter}</option>
            </select>
          </label>
          <label className="export-full">
            <input type="checkbox" checked={exportReport.options.full} disabled={busy} onChange={(e) => exportReport.setFull(e.currentTarget.checked)} /> Include the full appendix
            (PDF and HTML: every line, task, trade-off table, source and the methodology after the two-page brief)
          </label>
          <SectionsPicker exportReport={exportReport} busy={busy || !exportReport.options.full} />
        </div>
      </details>
      {exportReport.busy !== null ? (
        <span className="export-progress" role="status" data-testid="export-progress">
          <progress aria-label="Exporting" /> Exporting {exportReport.busy.toUpperCase()}…
        </span>
      ) : null}
    </header>
  );
}

/**
 * "Sections…": which optional appendix sections PDF and HTML reports print with the full appendix,
 * as checkboxes (kept as the default). The brief is always printed, and names any section left out.
 */
function SectionsPicker({ exportReport, busy }: { exportReport: Exporter; busy: boolean }) {
  const [open, setOpen] = useState(false);
  const chosen = exportReport.options.sections ?? REPORT_SECTION_IDS;
  const leftOut = sectionsLeftOut(exportReport.options.sections).length;
  return (
    <div className="export-sections">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="export-sections-list"
        disabled={busy}
        title="The optional appendix sections PDF and HTML reports print with the full appendix; the brief is always there, and names any section left out"
        onClick={() => setOpen((o) => !o)}
      >
        Sections… ({leftOut > 0 ? `${REPORT_SECTIONS.length - leftOut} of ${REPORT_SECTIONS.length}` : 'all'})
      </button>
      {open ? (
        <div id="export-sections-list" role="group" aria-label="Report sections">
          {REPORT_SECTIONS.map((section) => (
            <label key={section.id} className="export-section">
              <input
                type="checkbox"
                checked={chosen.includes(section.id)}
                disabled={busy}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  exportReport.setSections(REPORT_SECTION_IDS.filter((id) => (id === section.id ? on : chosen.includes(id))));
                }}
              />{' '}
              {section.label}
            </label>
          ))}
        </div>
      ) : null}
    </div>
  );
}
