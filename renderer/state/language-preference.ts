/**
 * The interface language the person chose, kept across restarts (and page
 * reloads in browser mode) in the renderer's localStorage; without a choice
 * the app follows the system's language, as startup reports it.
 */
import { LANGUAGES, type Language } from '../../core/i18n/language';

const KEY = 'briefing-composer.language';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // A browser that blocks storage for this page: the choice lasts until the page closes.
    return null;
  }
}

export function chosenLanguage(store: Storage | null = storage()): Language | null {
  const value = store?.getItem(KEY);
  return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : null;
}

export function rememberLanguage(language: Language, store: Storage | null = storage()): void {
  try {
    store?.setItem(KEY, language);
  } catch {
    // Storage full or refused: the choice still holds for this session.
  }
}
