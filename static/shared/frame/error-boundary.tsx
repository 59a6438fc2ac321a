/** Catches a render error so a page shows a message instead of an empty frame. */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorMessage } from '../ui/error-message';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the browser console for whoever reports the problem; nothing leaves the frame.
    console.error('Accord page failed to render', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <ErrorMessage
        title="This part of Accord stopped working"
        message={`${this.state.error.message || 'Unexpected error'}. Reload the page to try again.`}
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}
