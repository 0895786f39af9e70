import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  readonly children: ReactNode;
  /** Where "Back to the editor" goes; without it only a reload is offered (the whole window failed). */
  readonly onBack?: () => void;
  /** A change of this value (the view shown) clears a caught error, so switching views recovers. */
  readonly resetKey?: unknown;
}

interface State {
  readonly error: Error | undefined;
  readonly resetKey: unknown;
}

/**
 * Catches a render failure below it and shows it, instead of React unmounting the whole window.
 * The document lives above the view boundary (in App's reducer) and on disk as the autosaved draft,
 * so an error here loses no edits: going back to the editor or reloading finds them again.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: undefined, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('TCO Studio: a view failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    const { onBack } = this.props;
    return (
      <div className="banner error" role="alert" data-testid="render-error">
        <p>
          <strong>This could not be shown:</strong> {error.message || error.name}
        </p>
        <p>Your scenario is unchanged: edits are kept in this window and autosaved as a draft.</p>
        <p>
          {onBack ? (
            <button
              type="button"
              onClick={() => {
                this.setState({ error: undefined });
                onBack();
              }}
            >
              Back to the editor
            </button>
          ) : null}{' '}
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </p>
      </div>
    );
  }
}
