import { useEffect, useState } from 'react';
import type { AppInfo, RecentFile, RecoveryInfo, TcoApi } from '../../src/contract/host-api';
import type { TemplateId } from '../../src/index';

export function StartView({
  api,
  info,
  onOpen,
  onOpenExample,
  onNew,
  recovery,
  onRestore,
  onDiscardRecovery,
}: {
  api: TcoApi;
  info: AppInfo | undefined;
  onOpen: (path?: string) => void;
  onOpenExample: (id: string) => void;
  onNew: (template: TemplateId) => void;
  recovery: RecoveryInfo | null;
  onRestore: () => void;
  onDiscardRecovery: () => void;
}) {
  const [recent, setRecent] = useState<readonly RecentFile[]>([]);
  useEffect(() => {
    void api.listRecent().then((r) => {
      if (r.ok) setRecent(r.value);
    });
  }, [api]);
  return (
    <div>
      {recovery ? (
        <div className="banner warn" role="alertdialog" aria-labelledby="recovery-title">
          <strong id="recovery-title">Unsaved work from {new Date(recovery.savedAt).toLocaleString()} was recovered</strong>
          <p className="muted" style={{ margin: '6px 0' }}>
            TCO Studio closed before {recovery.path ? recovery.path : 'a new scenario'} was saved. Restore it to continue where you left off.
          </p>
          <div className="row">
            <button type="button" className="btn primary" onClick={onRestore}>
              Restore
            </button>
            <button type="button" className="btn" onClick={onDiscardRecovery}>
              Discard
            </button>
          </div>
        </div>
      ) : null}
      <section className="panel" aria-labelledby="welcome-h">
        <h2 id="welcome-h">What TCO Studio answers</h2>
        <p data-testid="welcome">
          Should you run a database or an ML platform yourself on Amazon EC2, or pay for the managed service (Amazon RDS or SageMaker)? TCO Studio
          adds the AWS bill, from dated AWS prices, to the engineer time each option takes, and shows where one overtakes the other and how sure that is.
        </p>
        <p className="muted">
          Three ways to begin: open an <strong>example</strong> below and change it; start a <strong>new scenario</strong> from a template; or
          <strong> open a file</strong> you or a colleague saved.
        </p>
      </section>
      <section className="panel">
        <h2>New scenario</h2>
        <div className="row">
          <button type="button" className="btn primary" onClick={() => onNew('database')}>
            Database: EC2 or RDS
          </button>
          <button type="button" className="btn primary" onClick={() => onNew('ml')}>
            ML platform: EC2, EKS or SageMaker
          </button>
          <button type="button" className="btn primary" onClick={() => onNew('both')}>
            Database and ML platform
          </button>
          <button type="button" className="btn" onClick={() => onOpen()}>
            Open a file…
          </button>
        </div>
      </section>
      <section className="panel">
        <h2>Examples</h2>
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {(info?.examples ?? []).map((e) => (
            <li key={e.id} style={{ marginBottom: 8 }}>
              <button type="button" className="btn" onClick={() => onOpenExample(e.id)}>
                {e.name}
              </button>{' '}
              <span className="muted">{e.question}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel">
        <h2>Recent files</h2>
        {recent.length === 0 ? <p className="muted">No recent files yet.</p> : null}
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {recent.map((r) => (
            <li key={r.path} style={{ marginBottom: 6 }}>
              <button type="button" className="btn" onClick={() => onOpen(r.path)}>
                {r.name}
              </button>{' '}
              <span className="muted">{r.path}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
