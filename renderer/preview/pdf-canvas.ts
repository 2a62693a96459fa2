/**
 * Draws a preview page with pdf.js: the canvas a person sees and, over it,
 * pdf.js's text layer (transparent text where the page has it), so the page's
 * words can be selected and read. pdf.js parses in its own worker.
 */
import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';

type PdfJs = typeof PdfJsModule;

/** CSS pixels per PDF point: 100 % shows a page at its printed size. */
export const CSS_PER_POINT = 96 / 72;

let loading: Promise<PdfJs> | null = null;
/** One pdf.js worker for every preview file: starting one per file cost more than drawing the page. */
let worker: PdfJsModule.PDFWorker | null = null;

function pdfjs(): Promise<PdfJs> {
  loading ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(([lib, source]) => {
    lib.GlobalWorkerOptions.workerSrc = source.default;
    return lib;
  });
  return loading;
}

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const lib = await pdfjs();
  worker ??= new lib.PDFWorker();
  // The preview's file embeds its fonts: nothing to fetch, nothing to evaluate.
  return lib.getDocument({ data: bytes, worker, isEvalSupported: false, disableFontFace: false, useSystemFonts: false }).promise;
}

/** A page's size in points. */
export function pageSize(page: PDFPageProxy): { width: number; height: number } {
  const viewport = page.getViewport({ scale: 1 });
  return { width: viewport.width, height: viewport.height };
}

/**
 * Draws the page at `scale` (CSS pixels per point) into `host`: a canvas and
 * the text layer over it, swapped in together once both are ready, so the pane
 * never shows a blank page between two drawings.
 */
export async function drawPage(page: PDFPageProxy, scale: number, host: HTMLElement): Promise<void> {
  const lib = await pdfjs();
  const viewport = page.getViewport({ scale });
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.width = `${Math.floor(viewport.width)}px`;
  canvas.style.height = `${Math.floor(viewport.height)}px`;
  const text = document.createElement('div');
  text.className = 'textLayer';
  text.style.setProperty('--total-scale-factor', String(scale));
  // The text comes from pdf.js's worker while the page is painted.
  const textContent = page.getTextContent();
  await page.render({ canvas, viewport, ...(ratio !== 1 && { transform: [ratio, 0, 0, ratio, 0, 0] }) }).promise;
  await new lib.TextLayer({ textContentSource: await textContent, container: text, viewport }).render();
  host.style.width = canvas.style.width;
  host.style.height = canvas.style.height;
  host.replaceChildren(canvas, text);
}
