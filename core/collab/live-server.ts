/**
 * The address of a team's Yjs websocket server for live co-editing, as a
 * person may set it: ws://host:port or wss://host:port, nothing else (no
 * path, query or credentials), so the app's network block can allow exactly
 * that one origin.
 */
import { UserError } from '../i18n/errors';

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

/** Whether a request goes to exactly that server (any path: the room is the path). */
export function isLiveServerUrl(url: string, server: string | null): boolean {
  if (!server) return false;
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === server;
  } catch {
    return false;
  }
}
