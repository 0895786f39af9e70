import type { Notice } from '../state/use-session';

/** Errors and confirmations, newest last, with their buttons ("Open" an export); errors stay until dismissed (renderer errors are always shown). */
export function Notices({ notices, dismiss }: { notices: readonly Notice[]; dismiss: (id: number) => void }) {
  return (
    <div aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`banner ${n.kind === 'error' ? 'error' : ''}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          {n.text}{' '}
          {n.actions?.map((a) => (
            <button key={a.label} type="button" className="btn" onClick={a.run}>
              {a.label}
            </button>
          ))}{' '}
          <button type="button" className="btn" onClick={() => dismiss(n.id)} aria-label="Dismiss">
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
