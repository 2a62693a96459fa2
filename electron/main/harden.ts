/** Applies the policy in security.ts to a session and to every web contents the app creates. */
import type { Session, WebContents } from 'electron';
import {
  denyPermissionCheck,
  denyPermissionRequest,
  denyWindowOpen,
  isAllowedNavigation,
  isAllowedRequest,
  isSafeExternalUrl,
} from './security';

/** `liveServer`: the live co-editing server now set, the one address outside the app a request may go to. */
export function hardenSession(session: Session, options: { allowDevTools: boolean; liveServer?: () => string | null }): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, { allowDevTools: options.allowDevTools, liveServer: options.liveServer?.() ?? null }) });
  });
  session.on('will-download', (event) => event.preventDefault());
}

/** openExternal hands a safe link to the person's own browser or mail program. */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return denyWindowOpen();
  });
  const refuseNavigation = (event: { url: string; preventDefault(): void }) => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    if (isSafeExternalUrl(event.url)) openExternal(event.url);
  };
  contents.on('will-navigate', refuseNavigation);
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
