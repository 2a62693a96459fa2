/**
 * The security policy of the shell as pure functions, so every rule is unit
 * tested: the renderer is served from app://bundle only, may not navigate
 * away, open windows, ask for permissions or make any network request.
 */
import type { CustomScheme, WebContents, WindowOpenHandlerResponse } from 'electron';
import { isLiveServerUrl } from '../../core/collab/live-server';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Registered before ready: standard + secure so the origin behaves like https (CSP 'self', fetch, storage). */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Matches the meta tag in renderer/index.html; a header cannot be removed by the page, a meta tag could. */
const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/**
 * Sent as a header with every page from app://bundle; the renderer may repeat it in a meta tag.
 * With a live co-editing server set, connections may go to exactly that server as well.
 */
export function contentSecurityPolicy(liveServer: string | null = null): string {
  return CSP_DIRECTIVES.map((directive) => (liveServer && directive.startsWith('connect-src ') ? `${directive} ${liveServer}` : directive)).join('; ');
}

function parseUrl(url: string | null | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function isAppUrl(url: string | null | undefined): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/** Only the app's own pages (a reload); every other navigation is refused. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** An IPC call is answered only when it comes from a frame showing our own bundle. */
export function isTrustedSender(frameUrl: string | null | undefined): boolean {
  return isAppUrl(frameUrl);
}

/**
 * The request filter: nothing leaves the machine. Only app://bundle is served;
 * the developer tools' own pages are let through in development builds, and
 * the live co-editing server when one is set (exactly that one).
 */
export function isAllowedRequest(url: string, options: { allowDevTools: boolean; liveServer?: string | null }): boolean {
  if (isAppUrl(url)) return true;
  if (isLiveServerUrl(url, options.liveServer ?? null)) return true;
  return options.allowDevTools && parseUrl(url)?.protocol === 'devtools:';
}

/** Links the person clicks may open in their own browser or mail program, nothing else. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol === 'mailto:') return true;
  return parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

export function denyWindowOpen(): WindowOpenHandlerResponse {
  return { action: 'deny' };
}

export function denyPermissionRequest(_contents: WebContents, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}
