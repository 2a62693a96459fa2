/**
 * Whether a PDF can become part of an exported pack: pdf-lib can load it,
 * it is not encrypted, it has pages, and every page's content decodes and
 * reads cleanly. Asked when a letter becomes a pack's annex on import, and
 * again before an annex is appended on export, since a pack may come from
 * elsewhere.
 */
import { PDFDocument } from 'pdf-lib';
import { firstDamagedPage } from './page-contents';

export type AnnexPdfCheck =
  | { ok: true; doc: PDFDocument }
  | { ok: false; reason: 'encrypted' }
  | { ok: false; reason: 'damaged'; page?: number; detail: string };

export async function checkAnnexPdf(bytes: Uint8Array | undefined): Promise<AnnexPdfCheck> {
  if (!bytes || bytes.length === 0) return { ok: false, reason: 'damaged', detail: 'no bytes' };
  let doc: PDFDocument;
  try {
    // Loaded even when encrypted, so encryption is told apart from damage by the document itself.
    doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true, ignoreEncryption: true });
  } catch (error) {
    return { ok: false, reason: 'damaged', detail: error instanceof Error ? error.message : String(error) };
  }
  if (doc.isEncrypted) return { ok: false, reason: 'encrypted' };
  try {
    if (doc.getPageCount() === 0) return { ok: false, reason: 'damaged', detail: 'no pages' };
    const damaged = firstDamagedPage(doc);
    if (damaged) return { ok: false, reason: 'damaged', ...damaged };
  } catch (error) {
    return { ok: false, reason: 'damaged', detail: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, doc };
}
