/**
 * Whether every page of a loaded PDF has content a strict reader accepts:
 * each page's content streams decoded through their filters and read as
 * one, which is how qpdf --check reads them. pdf.js draws and extracts text
 * from pages that fail this, so a letter can import fine and still be a
 * page that makes an exported pack fail a strict check.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, type PDFDocument, type PDFObject } from 'pdf-lib';
import { contentSyntaxProblem } from './content-syntax';
import { decodeStream, UndecodableStream, type FilterStep } from './stream-filters';

/** Decoded content of one page, and of a whole document, beyond which it is refused rather than read. */
export const CONTENT_LIMITS = { pageBytes: 32 * 1024 * 1024, documentBytes: 256 * 1024 * 1024 } as const;

export interface PageContentProblem {
  /** 1-based. */
  page: number;
  detail: string;
}

function filterSteps(doc: PDFDocument, stream: PDFRawStream): FilterStep[] {
  const lookup = (object: PDFObject | undefined) => (object ? doc.context.lookup(object) : undefined);
  const filter = lookup(stream.dict.get(PDFName.of('Filter')));
  const parms = lookup(stream.dict.get(PDFName.of('DecodeParms')));
  const names = filter instanceof PDFArray ? filter.asArray().map(lookup) : filter === undefined ? [] : [filter];
  return names.map((name, i) => {
    if (!(name instanceof PDFName)) throw new UndecodableStream('a filter that is not a name');
    const parm = lookup(parms instanceof PDFArray ? parms.get(i) : parms);
    const number = (key: string) => {
      const value = parm instanceof PDFDict ? lookup(parm.get(PDFName.of(key))) : undefined;
      return value instanceof PDFNumber ? value.asNumber() : undefined;
    };
    return { name: name.decodeText(), predictor: number('Predictor'), earlyChange: number('EarlyChange') };
  });
}

/** A page's content streams in order: one stream, or an array of them. */
function contentStreams(doc: PDFDocument, contents: PDFObject | undefined): PDFRawStream[] {
  if (contents === undefined) return [];
  const resolved = doc.context.lookup(contents);
  const items = resolved instanceof PDFArray ? resolved.asArray().map((item) => doc.context.lookup(item)) : [resolved];
  return items.map((item) => {
    if (!(item instanceof PDFRawStream)) throw new UndecodableStream('its content is not a stream');
    return item;
  });
}

/** The first page whose content cannot be decoded or read, or null when all can. */
export function firstDamagedPage(doc: PDFDocument): PageContentProblem | null {
  let budget: number = CONTENT_LIMITS.documentBytes;
  const pages = doc.getPages();
  for (let index = 0; index < pages.length; index++) {
    try {
      const parts = contentStreams(doc, pages[index]!.node.get(PDFName.of('Contents'))).map((stream) =>
        decodeStream(stream.contents, filterSteps(doc, stream), CONTENT_LIMITS.pageBytes),
      );
      // qpdf reads a page's streams as one content, with a newline between them.
      const length = parts.reduce((sum, part) => sum + part.length + 1, 0);
      budget -= length;
      if (length > CONTENT_LIMITS.pageBytes || budget < 0) throw new UndecodableStream('its content is larger than the limit');
      const content = new Uint8Array(length);
      let at = 0;
      for (const part of parts) {
        content.set(part, at);
        content[at + part.length] = 0x0a;
        at += part.length + 1;
      }
      const problem = contentSyntaxProblem(content);
      if (problem) return { page: index + 1, detail: `${problem.message} at byte ${problem.offset}` };
    } catch (error) {
      if (error instanceof UndecodableStream) return { page: index + 1, detail: error.message };
      // Anything else a malformed page dictionary causes in pdf-lib is damage too.
      return { page: index + 1, detail: error instanceof Error ? error.message : String(error) };
    }
  }
  return null;
}
