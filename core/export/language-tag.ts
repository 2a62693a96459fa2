/**
 * The language an exported document is tagged with (PDF /Lang and XMP,
 * Word's w:lang, hyphenation): the pack's, since that is what its text is
 * written in, whichever template lays it out.
 */
import type { Language } from '../i18n/language';

export const LANGUAGE_TAGS = { nl: 'nl-NL', en: 'en-GB' } as const satisfies Record<Language, string>;

/**
 * The document title: the template's cover label and the meeting, or the meeting alone when
 * the template is in another language than the pack (a title half in each helps nobody).
 */
export function documentTitle(coverLabel: string, meeting: string, templateLanguage: Language, packLanguage: Language, separator: string): string {
  const label = templateLanguage === packLanguage ? coverLabel : '';
  return [label, meeting].filter(Boolean).join(separator);
}
