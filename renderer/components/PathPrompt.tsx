import { useEffect, useRef, useState } from 'react';

export interface PathRequest {
  readonly title: string;
  readonly suggestion: string;
  /** When set, an empty answer is allowed and means this (e.g. "the Downloads folder"). */
  readonly emptyMeans?: string;
  /** A line under the box: where a bare file name goes (the web host's documents folder). */
  readonly note?: string;
  readonly resolve: (path: string | null) => void;
}

/** The web host has no native file dialogs: this modal asks for a path instead. */
export function PathPrompt({ request }: { request: PathRequest | null }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [value, setValue] = useState('');
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (request) {
      setValue(request.suggestion);
      if (!d.open) d.showModal();
    } else if (d.open) d.close();
  }, [request]);
  return (
    <dialog ref={ref} aria-labelledby="path-title" onCancel={() => request?.resolve(null)}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (value.trim() === '') request?.resolve(request.emptyMeans !== undefined ? '' : null);
          else request?.resolve(value.trim());
        }}
      >
        <h2 id="path-title" style={{ fontSize: 15 }}>
          {request?.title}
        </h2>
        <input aria-label="File path" autoFocus value={value} onChange={(e) => setValue(e.currentTarget.value)} style={{ width: '100%' }} />
        {request?.emptyMeans !== undefined ? <p className="muted" style={{ fontSize: 12 }}>Leave empty for {request.emptyMeans}.</p> : null}
        {request?.note !== undefined ? (
          <p className="muted" style={{ fontSize: 12 }} data-testid="path-note">
            {request.note}
          </p>
        ) : null}
        <div className="row" style={{ marginTop: 12, justifyContent: 'flex-end' }}>
          <button type="button" className="btn" onClick={() => request?.resolve(null)}>
            Cancel
          </button>
          <button type="submit" className="btn primary">
            OK
          </button>
        </div>
      </form>
    </dialog>
  );
}
