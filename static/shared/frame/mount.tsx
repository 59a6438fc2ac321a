/** Starts a page: CSS reset, theme, error boundary, then the page's root component. */
import '@atlaskit/css-reset';
import './frame.css';
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from './error-boundary';
import { enableTheme } from './theme';

export function mount(Page: ComponentType, elementId = 'root'): void {
  const element = document.getElementById(elementId);
  if (!element) throw new Error(`The page has no element with id "${elementId}" to render into.`);
  // Theming and the first render start together: the theme CSS arrives while the page loads its data.
  void enableTheme();
  createRoot(element).render(
    <StrictMode>
      <ErrorBoundary>
        <Page />
      </ErrorBoundary>
    </StrictMode>,
  );
}
