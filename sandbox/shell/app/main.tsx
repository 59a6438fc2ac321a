/** Entry point of the Jira-like shell served by the Accord sandbox. */
import '@atlaskit/css-reset';
import './shell.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { FlagsProvider } from './components/flags';
import { SessionProvider } from './session/session';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <FlagsProvider>
        <SessionProvider>
          <App />
        </SessionProvider>
      </FlagsProvider>
    </StrictMode>,
  );
}
