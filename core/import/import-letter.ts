/**
 * From the bytes of an agenda letter (.txt, .md, .docx, .pdf) to a new pack,
 * in one step: read its text, recognise the parts, build the pack, and keep
 * the original file as the pack's annex.
 */
import { UserError } from '../i18n/errors';
import type { Language } from '../i18n/language';
import { parsePack } from '../model/validate';
import type { PackContents } from '../pack/container';
import { decodeLetterText } from './decode-text';
import { detectLanguage } from './detect-language';
import { docxToLetterText } from './docx-letter';
import { assertLetterTextBounds } from './letter-limits';
import { fitLetterToPack } from './pack-fit';
import { pdfPagesToText, type HeadingRole, type PdfPageText } from './pdf-lines';
import { parseLetterText, type ParsedLetter } from './text-letter';
import { letterToPack } from './to-pack';

export const LETTER_ANNEX_ID = 'geannoteerde-agenda';
const LETTER_ANNEX_TITLE: Readonly<Record<Language, string>> = { nl: 'Geannoteerde agenda', en: 'Annotated agenda' };
const DEFAULT_TEMPLATE: Readonly<Record<Language, string>> = { nl: 'nl-ministeriele-briefing', en: 'en-nato-ministerial' };

export const LETTER_TYPES = {
  '.txt': 'text/plain;charset=utf-8',
  '.text': 'text/plain;charset=utf-8',
  '.md': 'text/markdown;charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pdf': 'application/pdf',
} as const;
export type LetterExtension = keyof typeof LETTER_TYPES;

export interface ImportedLetter {
  letter: ParsedLetter;
  contents: PackContents;
}

export interface ImportOptions {
  templateId?: string;
  /** A word list in the letter's language, where the host has one. */
  isWord?: (word: string) => boolean;
}

export interface AgendaImportOptions {
  templateId?: string;
  /** Reads a PDF's text layer (pdf.js differs between Node and the browser). */
  readPdfPages: (bytes: Uint8Array, file: string) => Promise<PdfPageText[]>;
  loadWordList?: (language: Language) => Promise<((word: string) => boolean) | undefined>;
}

export function letterExtension(fileName: string): LetterExtension | null {
  const extension = /\.[^.]+$/.exec(fileName.toLowerCase())?.[0] ?? '';
  return Object.hasOwn(LETTER_TYPES, extension) ? (extension as LetterExtension) : null;
}

/**
 * The pack is checked as `briefing validate` and opening check it: the letter was fitted to
 * the schema, so a failure here is a bug, refused rather than written as a pack that never opens.
 */
function assertOpenable(contents: PackContents, fileName: string): void {
  try {
    parsePack(contents.pack, fileName);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw new UserError('import.not-openable', { file: fileName, path: error.params.path ?? error.code, detail: error.params.detail ?? error.params.id ?? '' });
  }
}

function packFromLetter(parsed: ParsedLetter, language: Language, bytes: Uint8Array, fileName: string, templateId?: string): ImportedLetter {
  const letter = fitLetterToPack(parsed, fileName);
  const pack = letterToPack(letter, { templateId: templateId ?? DEFAULT_TEMPLATE[language], language });
  const extension = letterExtension(fileName) ?? '.txt';
  pack.annexes.push({ id: LETTER_ANNEX_ID, title: LETTER_ANNEX_TITLE[language], fileName, mediaType: LETTER_TYPES[extension], size: bytes.length });
  const contents = { pack, annexFiles: new Map([[LETTER_ANNEX_ID, bytes]]) };
  assertOpenable(contents, fileName);
  return { letter, contents };
}

/** A letter in plain text, synchronously (the built-in sample uses this). */
export function importLetterText(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportedLetter {
  const text = decodeLetterText(bytes, fileName);
  assertLetterTextBounds(text, fileName);
  const language = detectLanguage(text);
  const letter = parseLetterText(text, { isWord: options.isWord });
  return packFromLetter(letter, language, bytes, fileName, options.templateId);
}

async function letterText(
  bytes: Uint8Array,
  fileName: string,
  options: AgendaImportOptions,
): Promise<{ text: string; headings?: Map<string, HeadingRole>; headingsOnly?: boolean }> {
  switch (letterExtension(fileName)) {
    case '.docx': {
      // A Word letter that uses heading styles says where its headings are; one that does not is read by layout.
      const docx = await docxToLetterText(bytes, fileName);
      return { ...docx, headingsOnly: [...docx.headings.values()].some((role) => role !== 'title') };
    }
    case '.pdf':
      return pdfPagesToText(await options.readPdfPages(bytes, fileName));
    case null:
      throw new UserError('import.unsupported', { file: fileName, supported: Object.keys(LETTER_TYPES).join(', ') });
    default:
      return { text: decodeLetterText(bytes, fileName) };
  }
}

/** A letter in any supported format: the one entry point for the app and the command line. */
export async function importAgenda(bytes: Uint8Array, fileName: string, options: AgendaImportOptions): Promise<ImportedLetter> {
  if (bytes.length === 0) throw new UserError('import.empty', { file: fileName });
  const { text, headings, headingsOnly } = await letterText(bytes, fileName, options);
  assertLetterTextBounds(text, fileName);
  const language = detectLanguage(text);
  const letter = parseLetterText(text, { isWord: await options.loadWordList?.(language), headings, headingsOnly });
  if (!letter.items.length && !letter.introduction.length) throw new UserError('import.empty', { file: fileName });
  return packFromLetter(letter, language, bytes, fileName, options.templateId);
}
