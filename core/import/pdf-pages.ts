/**
 * The text layer of a PDF, read through whichever pdf.js the caller loaded
 * (Node's build in the app and CLI, the browser build in browser mode), with
 * the same limit and the same one-line errors for encrypted, damaged,
 * oversized and scanned (text-less) PDFs. The letter becomes the pack's
 * annex, so it must also pass the check an annex passes before it is
 * appended on export: pdf.js reads text from pages a strict reader rejects.
 */
import { UserError } from '../i18n/errors';
import { checkAnnexPdf } from '../pdf/annex-pdf';
import type { PdfPageText, PdfTextItem } from './pdf-lines';

/** A letter is tens of pages; past this a PDF is refused before any page is read. */
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

/**
 * What a PDF reader said about the damage, for the one line a person reads:
 * a reader's own slip on a broken file ("x.traverse is not a function",
 * "Expected instance of PDFArray") names its code, not the file, and says
 * nothing a person can act on, so it is told as the damage it stands for.
 */
export function damageDetail(message: string): string {
  const line = message.split('\n')[0]?.trim() || 'unreadable';
  if (/is not a function|is not iterable|instance of|undefined|null|Cannot read|Maximum call stack/i.test(line)) return 'its structure is broken (page tree, cross-reference table or objects)';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

const firstLine = (error: unknown) => damageDetail(error instanceof Error ? error.message : String(error));

/** Refuses a letter that could not be appended to an exported pack as its annex. */
async function assertUsableAsAnnex(bytes: Uint8Array, file: string): Promise<void> {
  const checked = await checkAnnexPdf(bytes);
  if (checked.ok) return;
  if (checked.reason === 'encrypted') throw new UserError('import.encrypted', { file });
  if (checked.page) throw new UserError('import.pdf-damaged-page', { file, page: checked.page, detail: damageDetail(checked.detail) });
  throw new UserError('import.bad-pdf', { file, detail: damageDetail(checked.detail) });
}

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
    throw new UserError('import.bad-pdf', { file, detail: firstLine(error) });
  }
  try {
    if (document.numPages > MAX_PDF_PAGES) {
      throw new UserError('import.too-large', { file, size: `${document.numPages} pages`, limit: `${MAX_PDF_PAGES} pages` });
    }
    await assertUsableAsAnnex(bytes, file);
    const pages: PdfPageText[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      try {
        const page = await document.getPage(n);
        const content = await page.getTextContent();
        pages.push({ items: content.items.filter(isTextItem) });
        page.cleanup();
      } catch (error) {
        // pdf.js finds some damage only when it reaches the page.
        throw new UserError('import.bad-pdf', { file, detail: firstLine(error) });
      }
    }
    if (pages.every((p) => p.items.every((i) => i.str.trim() === ''))) throw new UserError('import.no-text-layer', { file });
    return pages;
  } finally {
    // A reader that fails to clean up after a damaged file must not hide why the file was refused.
    await document.destroy().catch(() => undefined);
  }
}
