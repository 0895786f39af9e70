import type { View } from '../state/workspace';

/** What a view needs before its tab is enabled: nothing, an open document, or a valid scenario. */
type Needs = 'nothing' | 'document' | 'valid';

const VIEWS: readonly { id: View; label: string; needs: Needs }[] = [
  { id: 'start', label: 'Start', needs: 'nothing' },
  { id: 'editor', label: 'Scenario', needs: 'document' },
  { id: 'dashboard', label: 'Dashboard', needs: 'valid' },
  { id: 'whatif', label: 'What-if', needs: 'valid' },
  { id: 'tradeoffs', label: 'Trade-offs', needs: 'valid' },
  { id: 'commitments', label: 'Commitments', needs: 'valid' },
  { id: 'prices', label: 'Prices', needs: 'nothing' },
  { id: 'actuals', label: 'Actuals', needs: 'valid' },
];

/** The view switch: one tab a view, enabled once the view has what it needs, and the count of problems in the scenario. */
export function ViewTabs({
  view,
  hasDocument,
  valid,
  problems,
  onShow,
  onShowProblem,
}: {
  view: View;
  hasDocument: boolean;
  valid: boolean;
  /** Validation messages of the open draft. */
  problems: number;
  onShow: (view: View) => void;
  /** Opens the editor at the first invalid field. */
  onShowProblem: () => void;
}) {
  const canUse = (needs: Needs) => needs === 'nothing' || (needs === 'document' ? hasDocument : valid);
  return (
    <nav className="tabs" aria-label="Views">
      {VIEWS.map((v) => (
        <button
          key={v.id}
          type="button"
          aria-current={view === v.id ? 'page' : undefined}
          disabled={!canUse(v.needs)}
          title={!canUse(v.needs) && hasDocument ? `Needs a valid scenario: fix the ${problems === 1 ? 'problem' : `${problems} problems`} in the scenario first` : undefined}
          onClick={() => onShow(v.id)}
        >
          {v.label}
        </button>
      ))}
      {hasDocument && problems > 0 ? (
        <p className="error" style={{ fontSize: 12, padding: '8px 6px' }} role="status">
          <button type="button" className="link error" data-testid="validation-count" onClick={onShowProblem} title="Go to the first invalid field">
            {problems} problem{problems > 1 ? 's' : ''} in the scenario
          </button>
          <br />
          {VIEWS.filter((v) => v.needs === 'valid')
            .map((v) => v.label)
            .join(', ')
            .replace(/, ([^,]*)$/, ' and $1')}{' '}
          need a valid scenario.
        </p>
      ) : null}
    </nav>
  );
}
