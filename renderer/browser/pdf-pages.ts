/** The browser's pdf.js, loaded only when a PDF letter is imported; reads and refuses PDFs as main does. */
import type { PdfPageText } from '../../core/import/pdf-lines';
import { readPdfPageTexts } from '../../core/import/pdf-pages';

export async function readPdfPagesInBrowser(bytes: Uint8Array, file: string): Promise<PdfPageText[]> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return readPdfPageTexts((params) => pdfjs.getDocument(params), bytes, file);
}
