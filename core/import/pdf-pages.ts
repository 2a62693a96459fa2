/**
 * The text layer of a PDF, read through whichever pdf.js the caller loaded
 * (Node's build in the app and CLI, the browser build in browser mode), with
 * the same limit and the same one-line errors for encrypted, damaged,
 * oversized and scanned (text-less) PDFs.
 */
import { UserError } from '../i18n/errors';
import type { PdfPageText, PdfTextItem } from './pdf-lines';

export const MAX_PDF_PAGES = 300;

/** The part of a pdf.js document read here. */
interface PdfJsDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: readonly unknown[] }>; cleanup(): unknown }>;
  destroy(): Promise<void>;
}

/** pdf.js's getDocument, as far as it is used here. */
export type OpenPdf = (params: { data: Uint8Array; isEvalSupported: false; disableFontFace: true; useSystemFonts: false; verbosity: 0 }) => {
  promise: Promise<PdfJsDocument>;
};

const isTextItem = (item: unknown): item is PdfTextItem => typeof item === 'object' && item !== null && 'str' in item;

export async function readPdfPageTexts(open: OpenPdf, bytes: Uint8Array, file: string): Promise<PdfPageText[]> {
  let document: PdfJsDocument;
  try {
    document = await open({
      data: bytes.slice(), // pdf.js takes ownership of the buffer it is given
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    if ((error as { name?: string }).name === 'PasswordException') throw new UserError('import.encrypted', { file });
    throw new UserError('import.bad-pdf', { file, detail: (error as Error).message?.split('\n')[0] ?? 'unreadable' });
  }
  try {
    if (document.numPages > MAX_PDF_PAGES) {
      throw new UserError('import.too-large', { file, size: `${document.numPages} pages`, limit: `${MAX_PDF_PAGES} pages` });
    }
    const pages: PdfPageText[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      pages.push({ items: content.items.filter(isTextItem) });
      page.cleanup();
    }
    if (pages.every((p) => p.items.every((i) => i.str.trim() === ''))) throw new UserError('import.no-text-layer', { file });
    return pages;
  } finally {
    await document.destroy();
  }
}
