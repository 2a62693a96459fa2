/**
 * Reads the text layer of a PDF with pdf.js (Node build) for the importer.
 * Encrypted, damaged and scanned (text-less) PDFs end in a UserError.
 */
import { createRequire } from 'node:module';
import { UserError } from '../core/i18n/errors';
import type { PdfPageText } from '../core/import/pdf-lines';

export const MAX_PDF_PAGES = 300;

/**
 * pdf.js creates a DOMMatrix while its module loads, for canvas rendering we never do. Node has no
 * DOMMatrix; pdf.js fills it from its optional @napi-rs/canvas, which the packaged app does not
 * ship. Reading text needs none of it, so an inert stand-in keeps the module loadable.
 */
function ensureDomMatrix(): void {
  const scope = globalThis as { DOMMatrix?: unknown };
  if (scope.DOMMatrix) return;
  try {
    createRequire(import.meta.url).resolve('@napi-rs/canvas');
  } catch {
    scope.DOMMatrix = class InertDomMatrix {};
  }
}

export async function readPdfPages(bytes: Uint8Array, file: string): Promise<PdfPageText[]> {
  ensureDomMatrix();
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // Bundled into Electron's main, pdf.js cannot find its worker file; given the worker module it
  // runs it in this thread, as it does in Node anyway.
  const scope = globalThis as { pdfjsWorker?: unknown };
  scope.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
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
