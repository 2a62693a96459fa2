/**
 * Reads the text layer of a PDF with pdf.js (Node build) for the importer.
 * Encrypted, damaged and scanned (text-less) PDFs end in a UserError.
 */
import { UserError } from '../core/i18n/errors';
import type { PdfPageText } from '../core/import/pdf-lines';

export const MAX_PDF_PAGES = 300;

export async function readPdfPages(bytes: Uint8Array, file: string): Promise<PdfPageText[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let document;
  try {
    document = await pdfjs.getDocument({
      data: bytes.slice(), // pdf.js takes ownership of the buffer it is given
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new UserError('import.encrypted', { file });
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
      pages.push({ items: content.items.filter((item) => 'str' in item) });
      page.cleanup();
    }
    if (pages.every((p) => p.items.every((i) => i.str.trim() === ''))) throw new UserError('import.no-text-layer', { file });
    return pages;
  } finally {
    await document.destroy();
  }
}
