/** Reads exported documents at the structure level: DOCX XML and PDF text. */
import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export function docxDocumentXml(bytes: Uint8Array): string {
  const entry = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml'];
  if (!entry) throw new Error('the DOCX has no word/document.xml');
  return strFromU8(entry);
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/** The text of each w:p in document.xml, its runs joined. */
export function docxParagraphs(xml: string): string[] {
  return xml.split(/<\/w:p>/).map((paragraph) =>
    unescapeXml([...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
  );
}

/** True when a run holding `text` is bold (<w:b/> or <w:b w:val="true"/> in its run properties). */
export function docxHasBoldRun(xml: string, text: string): boolean {
  return [...xml.matchAll(/<w:r[ >][\s\S]*?<\/w:r>/g)].some(
    ([run]) => run.includes(`>${text}<`) && /<w:b(?:\s+w:val="(?:true|1|on)")?\s*\/>/.test(run),
  );
}

/** All text of a PDF, page by page, with line ends as spaces. */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, isEvalSupported: false }).promise;
  try {
    let text = '';
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      for (const item of content.items) {
        if ('str' in item) text += item.str + (item.hasEOL ? ' ' : '');
      }
      text += '\n';
    }
    return { pages: pdf.numPages, text };
  } finally {
    await pdf.destroy();
  }
}

/** The contents of every annotation of a PDF (where Word-style comments go), in page order. */
export async function pdfAnnotationTexts(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, isEvalSupported: false }).promise;
  try {
    const texts: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      for (const note of (await (await pdf.getPage(n)).getAnnotations()) as { contentsObj?: { str?: string } }[]) {
        if (note.contentsObj?.str) texts.push(note.contentsObj.str);
      }
    }
    return texts;
  } finally {
    await pdf.destroy();
  }
}

/** Compares text regardless of how lines were wrapped or runs were split. */
export function squash(text: string): string {
  return text.replace(/[\s\u00ad]+/g, '');
}
