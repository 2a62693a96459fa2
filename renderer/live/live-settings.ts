/**
 * The live co-editing setting: the address of the team's Yjs websocket
 * server, kept in this browser's storage. Absent (the default) means no
 * live session and no network request at all.
 */
import { parseLiveServer } from '../../core/collab/live-server';

export { parseLiveServer };

const KEY = 'briefing-composer.live-server';

export function storedLiveServer(): string | null {
  try {
    const stored = window.localStorage.getItem(KEY);
    return stored ? parseLiveServer(stored) : null;
  } catch {
    return null;
  }
}

export function storeLiveServer(server: string | null): void {
  try {
    if (server) window.localStorage.setItem(KEY, server);
    else window.localStorage.removeItem(KEY);
  } catch {
    // Storage can be unavailable; the setting then lasts until the page is reloaded.
  }
}
