/**
 * The live co-editing setting: the address of the team's Yjs websocket
 * server, kept in this browser's storage. Absent (the default) means no
 * live session and no network request at all.
 */
import { UserError } from '../../core/i18n/errors';

const KEY = 'briefing-composer.live-server';

/** ws://host:port or wss://host:port, nothing else (no path, query or credentials). */
export function parseLiveServer(text: string): string {
  const address = text.trim();
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new UserError('live.bad-server', { what: address });
  }
  const plain = url.username === '' && url.password === '' && (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash;
  if ((url.protocol !== 'ws:' && url.protocol !== 'wss:') || !url.hostname || !plain) throw new UserError('live.bad-server', { what: address });
  return `${url.protocol}//${url.host}`;
}

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
