import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../core/i18n/errors';
import { assertLetterSize } from '../core/import/decode-text';
import { importAgenda, letterExtension, LETTER_TYPES, type ImportedLetter } from '../core/import/import-letter';
import { readPdfPages } from './pdf-text';
import { loadWordList } from './word-lists';

/** Largest letter file read at all; text letters have their own, smaller limit. */
export const MAX_LETTER_FILE_BYTES = 100 * 1024 * 1024;

/** Imports an agenda letter from disk (.txt, .md, .docx, .pdf), checking size before reading. */
export async function importAgendaFile(file: string, templateId?: string): Promise<ImportedLetter> {
  const extension = letterExtension(file);
  if (!extension) throw new UserError('import.unsupported', { file, supported: Object.keys(LETTER_TYPES).join(', ') });
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw new UserError('file.unreadable', { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  if (extension === '.txt' || extension === '.md' || extension === '.text') assertLetterSize(size, file);
  if (size > MAX_LETTER_FILE_BYTES) {
    throw new UserError('import.too-large', { file, size: `${Math.round(size / 1048576)} MB`, limit: `${MAX_LETTER_FILE_BYTES / 1048576} MB` });
  }
  const bytes = new Uint8Array(await readFile(file));
  return importAgenda(bytes, path.basename(file), { templateId, readPdfPages, loadWordList });
}
