import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { BriefingApi } from '../core/contract';
import { App } from './components/App';

/** The Electron preload defines window.briefing; in a plain browser, browser mode stands in. */
async function resolveApi(): Promise<BriefingApi> {
  if (window.briefing) return window.briefing;
  const { createBrowserApi } = await import('./browser-api');
  return createBrowserApi();
}

const root = createRoot(document.getElementById('root')!);
resolveApi().then(
  (api) =>
    root.render(
      <StrictMode>
        <App api={api} />
      </StrictMode>,
    ),
  (error: unknown) => {
    document.getElementById('root')!.textContent = `Briefing Composer could not start: ${String(error)}`;
  },
);
