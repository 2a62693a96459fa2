/**
 * Reads the text layer of a PDF with pdf.js (Node build) for the importer;
 * what is read and which PDFs are refused is in core/import/pdf-pages.ts.
 */
import { createRequire } from 'node:module';
import type { PdfPageText } from '../core/import/pdf-lines';
import { readPdfPageTexts } from '../core/import/pdf-pages';

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
  return readPdfPageTexts((params) => pdfjs.getDocument(params), bytes, file);
}
