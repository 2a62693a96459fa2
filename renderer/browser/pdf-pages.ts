/** The browser's pdf.js, loaded only when a PDF letter is imported; same errors as main's reader. */
import { UserError } from '../../core/i18n/errors';
import type { PdfPageText } from '../../core/import/pdf-lines';

const MAX_PDF_PAGES = 300;

export async function readPdfPagesInBrowser(bytes: Uint8Array, file: string): Promise<PdfPageText[]> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  let document;
  try {
    document = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
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
      const content = await (await document.getPage(n)).getTextContent();
      pages.push({ items: content.items.filter((item) => 'str' in item) });
    }
    if (pages.every((p) => p.items.every((i) => i.str.trim() === ''))) throw new UserError('import.no-text-layer', { file });
    return pages;
  } finally {
    await document.destroy();
  }
}
