import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { BriefingApi } from '../core/contract';
import { apiSource, showStartupError, STARTUP_ERROR_TEXT } from './api-source';
import { App } from './components/App';
import { browserLanguage } from './i18n';
import type { RecentFiles } from './recent/recent-files';
import { restrictConnections } from './live/connect-policy';
import { storedLiveServer } from './live/live-settings';

class PreloadMissing extends Error {}

/** The preload's window.briefing in the desktop app; browser mode only in a plain browser. */
async function resolveApi(): Promise<{ api: BriefingApi; recent?: RecentFiles }> {
  const source = apiSource(window.location.protocol, window.briefing);
  if (source.kind === 'preload') return { api: source.api };
  if (source.kind === 'preloadMissing') throw new PreloadMissing();
  const { createBrowserApi } = await import('./browser-api');
  const api = createBrowserApi();
  return { api, recent: api.recent };
}

// Before anything can connect: exactly the configured live server, or no server at all.
restrictConnections(storedLiveServer());

const container = document.getElementById('root')!;
resolveApi().then(
  ({ api, recent }) =>
    createRoot(container).render(
      <StrictMode>
        <App api={api} {...(recent && { recent })} />
      </StrictMode>,
    ),
  (error: unknown) => {
    const language = browserLanguage();
    const detail =
      error instanceof PreloadMissing ? STARTUP_ERROR_TEXT.preloadMissing[language] : `${STARTUP_ERROR_TEXT.failed[language]} ${String(error)}`;
    showStartupError(container, language, detail);
  },
);
