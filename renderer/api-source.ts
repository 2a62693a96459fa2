/**
 * Which implementation of the contract the renderer talks to. Served by the
 * desktop app (app://) it must be the preload's window.briefing: falling back
 * to browser mode there would look like a working app whose saves go nowhere.
 * Browser mode is only for a plain browser (`npm run web`, the e2e tests).
 */
import type { BriefingApi } from '../core/contract';
import type { Language } from '../core/i18n/language';

/** The scheme main serves the renderer bundle under (electron/main/security.ts). */
export const DESKTOP_PROTOCOL = 'app:';

export type ApiSource = { kind: 'preload'; api: BriefingApi } | { kind: 'browser' } | { kind: 'preloadMissing' };

export function apiSource(protocol: string, injected: BriefingApi | undefined): ApiSource {
  if (injected) return { kind: 'preload', api: injected };
  return protocol === DESKTOP_PROTOCOL ? { kind: 'preloadMissing' } : { kind: 'browser' };
}

export const STARTUP_ERROR_TEXT = {
  title: { nl: 'Briefing Composer kan niet starten', en: 'Briefing Composer cannot start' },
  preloadMissing: {
    nl: 'De verbinding met het programma ontbreekt (het preload-script is niet geladen), dus openen en opslaan kan niet. Er is niets opgeslagen. Installeer Briefing Composer opnieuw of neem contact op met de beheerder.',
    en: 'The connection to the application is missing (the preload script did not load), so nothing can be opened or saved. Nothing has been saved. Reinstall Briefing Composer or contact your administrator.',
  },
  failed: { nl: 'Het venster kon niet worden geladen:', en: 'The window could not be loaded:' },
} as const satisfies Record<string, Record<Language, string>>;

/** Replaces the page with a start-up error, in the person's language. */
export function showStartupError(root: HTMLElement, language: Language, detail: string): void {
  const doc = root.ownerDocument;
  const box = doc.createElement('div');
  box.setAttribute('role', 'alert');
  box.className = 'startup-error';
  const title = doc.createElement('h1');
  title.textContent = STARTUP_ERROR_TEXT.title[language];
  const body = doc.createElement('p');
  body.textContent = detail;
  box.append(title, body);
  root.replaceChildren(box);
}
