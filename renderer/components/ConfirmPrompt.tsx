import { useEffect, useRef } from 'react';

export interface ConfirmRequest {
  readonly title: string;
  /** Paragraphs that say what the user is about to accept. */
  readonly body: readonly string[];
  /** The button that goes ahead, in words ("Export anyway"); Cancel is the default. */
  readonly confirmLabel: string;
  readonly resolve: (confirmed: boolean) => void;
}

/** A modal question with an explicit go-ahead button: for actions the app advises against (exporting a report without a recommendation). */
export function ConfirmPrompt({ request }: { request: ConfirmRequest | null }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (request && !d.open) d.showModal();
    else if (!request && d.open) d.close();
  }, [request]);
  return (
    <dialog ref={ref} aria-labelledby="confirm-title" onCancel={() => request?.resolve(false)} data-testid="confirm-dialog">
      <h2 id="confirm-title" style={{ fontSize: 15 }}>
        {request?.title}
      </h2>
      {request?.body.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <div className="row" style={{ marginTop: 12, justifyContent: 'flex-end' }}>
        <button type="button" className="btn primary" autoFocus onClick={() => request?.resolve(false)}>
          Cancel
        </button>
        <button type="button" className="btn" onClick={() => request?.resolve(true)}>
          {request?.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
