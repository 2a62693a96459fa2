/** PDFs with hand-written page content, for the content checks: plain or through a filter, and a check with qpdf. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName, StandardFonts, type PDFArray } from 'pdf-lib';

type Dict = Parameters<PDFDocument['context']['stream']>[1];

export interface RawStream {
  data: Uint8Array | string;
  dict?: Dict;
}

export const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** A one-page (or more) PDF whose pages have exactly these content streams, with font F1 for text. */
export async function pdfWithContent(pages: readonly (readonly RawStream[])[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const streams of pages) {
    const page = doc.addPage([595, 842]);
    page.node.setFontDictionary(PDFName.of('F1'), font.ref);
    const refs = streams.map((s) => doc.context.register(doc.context.stream(typeof s.data === 'string' ? latin1(s.data) : s.data, (s.dict ?? {}) as Dict)));
    page.node.set(PDFName.of('Contents'), doc.context.obj(refs) as PDFArray);
  }
  return doc.save({ useObjectStreams: false });
}

export const hasQpdf = spawnSync('qpdf', ['--version'], { stdio: 'ignore' }).status === 0;

/** qpdf --check's exit status (0 clean, 2 errors, 3 warnings) and what it said. */
export function qpdfCheck(bytes: Uint8Array): { status: number; output: string } {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'qpdf-')), 'check.pdf');
  writeFileSync(file, bytes);
  const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}
