import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { getApi } from './host/get-api';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { osTheme } from './state/theme';
import './styles.css';

// Before the first paint: the OS theme (the app then follows the settings, see App).
document.documentElement.dataset.theme = osTheme();
const root = document.getElementById('root');
if (!root) throw new Error('TCO Studio: the page has no #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App api={getApi()} />
    </ErrorBoundary>
  </StrictMode>,
);
