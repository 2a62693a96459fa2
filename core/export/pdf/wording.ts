/**
 * The few words the PDF prints that the template has no label for yet.
 * (Proposed as template labels; until then, per document language.)
 */
import type { Language } from '../../i18n/language';

export const WORDING = {
  nl: { version: 'Versie', final: 'DEFINITIEF', untitled: 'Zonder titel' },
  en: { version: 'Version', final: 'FINAL', untitled: 'Untitled' },
} as const satisfies Record<Language, Record<string, string>>;
