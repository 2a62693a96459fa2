/**
 * A link the person clicked opens in their own browser or mail program, but
 * only an https: or mailto: link, and only after they confirm: a briefing can
 * hold links pasted from anywhere, and the app itself never goes online.
 */
import type { MessageBoxOptions } from 'electron';
import type { Language } from '../../core/i18n/language';
import { isSafeExternalUrl } from './security';

const TEXT: Readonly<Record<Language, { title: string; message: string; open: string; cancel: string }>> = {
  nl: { title: 'Link openen', message: 'Deze link openen buiten Briefing Composer?', open: 'Openen', cancel: 'Annuleren' },
  en: { title: 'Open link', message: 'Open this link outside Briefing Composer?', open: 'Open', cancel: 'Cancel' },
};

export function externalLinkPrompt(url: string, language: Language): MessageBoxOptions {
  const text = TEXT[language];
  return { type: 'question', title: text.title, message: text.message, detail: url, buttons: [text.open, text.cancel], defaultId: 1, cancelId: 1, noLink: true };
}

/** Asks, then opens; true when the link was handed on. Unsafe links are refused without asking. */
export async function confirmAndOpenExternal(
  url: string,
  language: Language,
  ask: (options: MessageBoxOptions) => Promise<{ response: number }>,
  open: (url: string) => Promise<void>,
): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  const { response } = await ask(externalLinkPrompt(url, language));
  if (response !== 0) return false;
  await open(url);
  return true;
}
