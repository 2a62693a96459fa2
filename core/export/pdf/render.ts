/**
 * Paints a PackLayout with pdf-lib: fonts embedded as subsets, one compressed
 * content stream per page, link annotations, bookmarks and document info.
 */
import { zlibSync } from 'fflate';
import { PDFDocument, PDFHexString, PDFName, PDFString, type PDFFont, type PDFPage, type PDFRef } from 'pdf-lib';
import { FONT_STYLES, type FontStyle } from '../../template/schema';
import type { LinkBox, OutlineEntry, PackLayout } from './boxes';
import { sharedFontParser } from './metrics';
import { contentStream, num, type GlyphEncoder } from './content-stream';

/** Fast deflate: page streams are small and repetitive, so higher levels cost time for little gain. */
const CONTENT_COMPRESSION = 1;

export interface DocumentInfo {
  title: string;
  subject: string;
  author: string;
  keywords: string[];
  /** BCP 47, e.g. nl-NL. */
  language: string;
  creator: string;
}

/** Bytes that must be escaped inside a PDF literal string (CR and LF would be normalised by readers). */
const LITERAL_ESCAPES: Readonly<Record<number, string>> = { 0x28: '\\(', 0x29: '\\)', 0x5c: '\\\\', 0x0a: '\\n', 0x0d: '\\r' };

/** A glyph id (from pdf-lib's 4-hex-digit codes) as two escaped bytes of a literal string. */
function glyphBytes(hex: string): string {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) {
    const id = parseInt(hex.slice(i, i + 4), 16);
    for (const byte of [id >> 8, id & 0xff]) out += LITERAL_ESCAPES[byte] ?? String.fromCharCode(byte);
  }
  return out;
}

/**
 * Per-character glyph codes, cached: encoding whole runs through the font's shaper is the slow part.
 * Encoding through the font also registers each glyph in its subset.
 */
function glyphEncoder(fonts: Readonly<Record<FontStyle, PDFFont>>): GlyphEncoder {
  const caches = new Map<FontStyle, Map<string, string>>(FONT_STYLES.map((s) => [s, new Map()]));
  return (text, style) => {
    const cache = caches.get(style)!;
    let codes = '(';
    for (const char of text) {
      let code = cache.get(char);
      if (code === undefined) {
        code = glyphBytes(fonts[style].encodeText(char).asString());
        cache.set(char, code);
      }
      codes += code;
    }
    return codes + ')';
  };
}

/** The content string holds only characters 0-255: one byte each. */
function latin1Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** URI actions hold ASCII: non-ASCII parts are percent-encoded the way a browser would. */
function asciiUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return encodeURI(url);
  }
}

/** PDF literal strings need backslash, and both parentheses, escaped. */
function literal(value: string): PDFString {
  return PDFString.of(value.replace(/[\\()]/g, (c) => '\\' + c));
}

function addLinks(doc: PDFDocument, page: PDFPage, links: readonly LinkBox[], pageRefs: readonly PDFRef[]): void {
  for (const link of links) {
    const rect = [link.x, link.y, link.x + link.width, link.y + link.height].map((v) => Number(num(v)));
    const target = link.target;
    const action =
      target.kind === 'uri'
        ? { A: doc.context.obj({ Type: 'Action', S: 'URI', URI: literal(asciiUrl(target.url)) }) }
        : { Dest: doc.context.obj([pageRefs[target.page - 1]!, 'XYZ', null, Number(num(target.y)), null]) };
    const annotation = doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0], ...action });
    page.node.addAnnot(doc.context.register(annotation));
  }
}

function addOutline(doc: PDFDocument, outline: readonly OutlineEntry[], pageRefs: readonly PDFRef[]): void {
  if (outline.length === 0) return;
  const { context } = doc;
  const rootRef = context.nextRef();
  const refs = outline.map(() => context.nextRef());
  // Flat list of items: sub-items are indented in the titles' level only, which every reader shows well.
  outline.forEach((entry, i) => {
    const item = context.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: rootRef,
      Dest: context.obj([pageRefs[entry.page - 1]!, 'XYZ', null, Number(num(entry.y)), null]),
      ...(i > 0 ? { Prev: refs[i - 1]! } : {}),
      ...(i < refs.length - 1 ? { Next: refs[i + 1]! } : {}),
    });
    context.assign(refs[i]!, item);
  });
  context.assign(rootRef, context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs.at(-1)!, Count: refs.length }));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

export async function renderPdf(layout: PackLayout, fontBytes: Readonly<Record<FontStyle, Uint8Array>>, info: DocumentInfo): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(sharedFontParser);
  const fonts = Object.fromEntries(
    await Promise.all(FONT_STYLES.map(async (style) => [style, await doc.embedFont(fontBytes[style], { subset: true })] as const)),
  ) as Record<FontStyle, PDFFont>;
  const encode = glyphEncoder(fonts);
  const fontNames: Record<FontStyle, string> = { regular: 'F1', bold: 'F2', italic: 'F3', boldItalic: 'F4' };
  const resources = doc.context.register(
    doc.context.obj({ Font: Object.fromEntries(FONT_STYLES.map((s) => [fontNames[s], fonts[s].ref])) }),
  );

  const pages = layout.pages.map(() => doc.addPage([layout.width, layout.height]));
  const pageRefs = pages.map((p) => p.ref);
  layout.pages.forEach((laidOut, i) => {
    const page = pages[i]!;
    const bytes = zlibSync(latin1Bytes(contentStream(laidOut.boxes, fontNames, encode)), { level: CONTENT_COMPRESSION });
    const stream = doc.context.stream(bytes, { Filter: 'FlateDecode' });
    page.node.set(PDFName.of('Contents'), doc.context.register(stream));
    page.node.set(PDFName.of('Resources'), resources);
    addLinks(doc, page, laidOut.boxes.filter((b): b is LinkBox => b.kind === 'link'), pageRefs);
  });
  addOutline(doc, layout.outline, pageRefs);

  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setSubject(info.subject);
  doc.setAuthor(info.author);
  doc.setKeywords(info.keywords);
  doc.setLanguage(info.language);
  doc.setCreator(info.creator);
  doc.setProducer(info.creator);
  return doc.save({ useObjectStreams: true });
}
