/**
 * From the bytes of an agenda letter to a new pack, in one step: decode,
 * recognise the parts, build the pack, and keep the original as its annex.
 */
import type { Language } from '../i18n/language';
import type { PackContents } from '../pack/container';
import { decodeLetterText } from './decode-text';
import { detectLanguage } from './detect-language';
import { parseLetterText, type ParsedLetter } from './text-letter';
import { letterToPack } from './to-pack';

export const LETTER_ANNEX_ID = 'geannoteerde-agenda';
const LETTER_ANNEX_TITLE: Readonly<Record<Language, string>> = { nl: 'Geannoteerde agenda', en: 'Annotated agenda' };
const DEFAULT_TEMPLATE: Readonly<Record<Language, string>> = { nl: 'nl-ministeriele-briefing', en: 'nl-ministeriele-briefing' };

export interface ImportedLetter {
  letter: ParsedLetter;
  contents: PackContents;
}

export interface ImportOptions {
  templateId?: string;
  /** A word list in the letter's language (see letterLanguage), where the host has one. */
  isWord?: (word: string) => boolean;
}

/** The language of a letter's bytes, so a host can load its word list before importing. */
export function letterLanguage(bytes: Uint8Array, fileName: string): Language {
  return detectLanguage(decodeLetterText(bytes, fileName));
}

export function importLetterText(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportedLetter {
  const text = decodeLetterText(bytes, fileName);
  const language = detectLanguage(text);
  const letter = parseLetterText(text, { isWord: options.isWord });
  const pack = letterToPack(letter, { templateId: options.templateId ?? DEFAULT_TEMPLATE[language], language });
  pack.annexes.push({
    id: LETTER_ANNEX_ID,
    title: LETTER_ANNEX_TITLE[language],
    fileName,
    mediaType: 'text/plain;charset=utf-8',
    size: bytes.length,
  });
  return { letter, contents: { pack, annexFiles: new Map([[LETTER_ANNEX_ID, bytes]]) } };
}
