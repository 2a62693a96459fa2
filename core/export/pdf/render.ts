/**
 * Paints a PackLayout with pdf-lib: fonts embedded as subsets, one compressed
 * content stream per page with marked content, the structure tree (tagged
 * PDF), link and comment annotations, nested bookmarks, appended annex PDFs
 * framed and stamped with the page furniture (annex-page.ts), document info, XMP metadata and an sRGB
 * output intent.
 */
import { zlibSync } from 'fflate';
import { PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString, typedArrayFor, type PDFDict, type PDFObject, type PDFPage, type PDFRef } from 'pdf-lib';
import type { FontStyle } from '../../template/schema';
import type { AnnexFrame, LaidOutComment, LinkBox, NoteBox, OutlineEntry, PackLayout, StructElem } from './boxes';
import { sharedFontParser } from './metrics';
import { contentStream } from './content-stream';
import { glyphEncoder, type ShapeChars } from './glyph-codes';
import { num } from './content-bytes';
import { saveCompact } from './writer';
import { addStructure, StructureCollector } from './structure';
import { hexText, literalText, refText, SerializedObject } from './serialized';
import { xmpPacket } from './xmp';
import type { Deflate } from '../assets';
import { xmlSafe } from '../xml-text';
import { stampAnnexPage } from './annex-page';
import { addFontFileLengths, embedUsedFonts, type EmbeddedFonts, type PlainLength } from './embed-fonts';

export { POSITIONING_OFF } from './embed-fonts';

/** Without a deflate from the host, fflate's fastest level: page streams are small and repetitive, higher levels cost time for little gain. */
const fallbackDeflate: Deflate = (data) => zlibSync(data, { level: 1 });

export interface DocumentInfo {
  title: string;
  subject: string;
  author: string;
  keywords: string[];
  /** BCP 47, e.g. nl-NL. */
  language: string;
  creator: string;
  /** When the file is made; written to the info dictionary and XMP alike. */
  created: Date;
}

/** What render needs besides the layout. */
export interface RenderExtras {
  /** Loaded annex PDFs, in the order of layout.annexes. */
  annexDocs?: readonly PDFDocument[];
  /** Claim PDF/A-2b; by default only without appended annexes (the exporter asks annex-archival.ts). */
  claimPdfA?: boolean;
  /** An sRGB ICC profile for the output intent (PDF/A). */
  iccProfile?: Uint8Array | null;
  /** Compresses page contents and object streams; fflate when not given. */
  deflate?: Deflate;
  /** The pictures' bytes and formats by media id (pack.media); checked before the export starts. */
  images?: ReadonlyMap<string, { bytes: Uint8Array; mediaType: string }>;
  /** Told after each page is written: done of total pages; a returned promise is waited for before the next page. */
  onPage?: (done: number, total: number) => void | Promise<void>;
}

/** Each picture the pages draw, embedded once (however often it is drawn), with its XObject name. */
async function embedImages(doc: PDFDocument, layout: PackLayout, images: RenderExtras['images']): Promise<{ names: Map<string, string>; refs: Record<string, PDFRef> }> {
  const names = new Map<string, string>();
  const refs: Record<string, PDFRef> = {};
  for (const page of layout.pages) {
    for (const box of page.boxes) {
      if (box.kind !== 'image' || names.has(box.media)) continue;
      const image = images?.get(box.media);
      if (!image) continue;
      const embedded = image.mediaType === 'image/png' ? await doc.embedPng(image.bytes) : await doc.embedJpg(image.bytes);
      // Names unlikely to clash with an annex page's own resources, as the font names.
      const name = `BcIm${names.size + 1}`;
      names.set(box.media, name);
      refs[name] = embedded.ref;
    }
  }
  return { names, refs };
}

/** Annotation flag Print: PDF/A wants every annotation printable. */
const PRINT = 4;
/** Print, NoZoom and NoRotate: PDF/A-2 wants a text annotation (a sticky note) kept at its size and upright. */
const PRINT_NO_ZOOM_NO_ROTATE = PRINT | 8 | 16;
const NOTE_COLOR = [1, 0.85, 0.3] as const;

/** Glyph ids from pdf-lib's four-hex-digit codes. */
function glyphIds(hex: string): number[] {
  const ids: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) ids.push(parseInt(hex.slice(i, i + 4), 16));
  return ids;
}

/**
 * Shapes characters through pdf-lib (which adds their glyphs to the subset).
 * All of them in one call, spaced apart so no two can form a ligature, when
 * each comes out as one glyph; one call per character otherwise.
 */
function shapeWith(fonts: EmbeddedFonts): ShapeChars {
  return (chars, style) => {
    const font = fonts[style];
    // Styles no text draws are not embedded, and so never shaped.
    if (!font) return chars.map(() => []);
    if (chars.length > 1) {
      const ids = glyphIds(font.encodeText(chars.join(' ')).asString());
      if (ids.length === chars.length * 2 - 1) return chars.map((_, i) => [ids[i * 2]!]);
    }
    return chars.map((char) => glyphIds(font.encodeText(char).asString()));
  };
}

/**
 * URI actions hold ASCII: non-ASCII parts are percent-encoded the way a
 * browser would. An address that is not a URL is encoded as it is, less what
 * no file should carry (control characters, half a surrogate pair), which
 * encodeURI would refuse.
 */
function asciiUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return encodeURI(xmlSafe(url));
  }
}

/** Link annotations; each in the structure tree under the Link element of its text. */
function addLinks(doc: PDFDocument, page: PDFPage, pageIndex: number, links: readonly LinkBox[], pageRefs: readonly PDFRef[], structure: StructureCollector): void {
  for (const link of links) {
    const ref = doc.context.nextRef();
    const rect = [link.x, link.y, link.x + link.width, link.y + link.height].map(num).join(' ');
    const target = link.target;
    const action = target.kind === 'uri' ? `/A<</Type/Action/S/URI/URI${literalText(asciiUrl(target.url))}>>` : `/Dest${destination(pageRefs[target.page - 1]!, target.y)}`;
    const tagged = link.tag ? `/StructParent ${structure.annotation(link.tag, pageIndex, ref)}` : '';
    const contents = `/Contents ${hexText(link.description)}`;
    doc.context.assign(ref, new SerializedObject(`<</Type/Annot/Subtype/Link/Rect[${rect}]/Border[0 0 0]/F ${PRINT}${action}${contents}${tagged}>>`));
    page.node.addAnnot(ref);
  }
}

/** A destination: the top of a page at height y, zoom unchanged. */
const destination = (page: PDFRef, y: number): string => `[${refText(page)}/XYZ null ${num(y)} null]`;

/** A small appearance stream: PDF/A wants one for every annotation that is not a link. */
function appearance(doc: PDFDocument, width: number, height: number, ops: string, resources?: PDFDict): PDFRef {
  const stream = doc.context.stream(ops, {
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [0, 0, Number(num(width)), Number(num(height))],
    ...(resources ? { Resources: resources } : {}),
  });
  return doc.context.register(stream);
}

/**
 * Comments as the reader's own: a highlight over each line of the passage and
 * one sticky note at its start, carrying author, date and text (replies included).
 */
function addComments(doc: PDFDocument, page: PDFPage, notes: readonly NoteBox[], comments: readonly LaidOutComment[], seen: Set<number>, multiply: PDFDict): void {
  const { context } = doc;
  const color = [...NOTE_COLOR];
  for (const note of notes) {
    const comment = comments[note.comment];
    if (!comment) continue;
    const [x0, y0, x1, y1] = [note.x, note.y, note.x + note.width, note.y + note.height].map((v) => Number(num(v))) as [number, number, number, number];
    const date = PDFString.fromDate(new Date(comment.createdAt));
    const common = { T: PDFHexString.fromText(comment.author), Contents: PDFHexString.fromText(comment.text), M: date, C: color, F: PRINT };
    const highlight = context.obj({
      Type: 'Annot',
      Subtype: 'Highlight',
      Rect: [x0, y0, x1, y1],
      QuadPoints: [x0, y1, x1, y1, x0, y0, x1, y0],
      AP: { N: appearance(doc, x1 - x0, y1 - y0, `/M gs ${color.join(' ')} rg 0 0 ${num(x1 - x0)} ${num(y1 - y0)} re f`, multiply) },
      ...common,
    });
    page.node.addAnnot(context.register(highlight));
    if (seen.has(note.comment)) continue;
    seen.add(note.comment);
    const size = 14;
    const icon = [x0 - size - 2, y1 - size, x0 - 2, y1].map((v) => Number(num(Math.max(0, v))));
    const sticky = context.obj({
      Type: 'Annot',
      Subtype: 'Text',
      Rect: icon,
      Name: 'Comment',
      Open: false,
      CreationDate: date,
      AP: { N: appearance(doc, icon[2]! - icon[0]!, icon[3]! - icon[1]!, `${color.join(' ')} rg 0.5 0.4 0 RG 0.5 w 1 1 ${num(icon[2]! - icon[0]! - 2)} ${num(icon[3]! - icon[1]! - 2)} re B`) },
      ...common,
      F: PRINT_NO_ZOOM_NO_ROTATE,
    });
    page.node.addAnnot(context.register(sticky));
  }
}

/** Bookmarks nested by level: sub-items under their item, sections under theirs; items with sub-items open. */
function addOutline(doc: PDFDocument, outline: readonly OutlineEntry[], pageRefs: readonly PDFRef[]): void {
  if (outline.length === 0) return;
  const { context } = doc;
  interface Node {
    entry: OutlineEntry | null;
    ref: PDFRef;
    kids: Node[];
  }
  const root: Node = { entry: null, ref: context.nextRef(), kids: [] };
  const stack: Node[] = [root];
  for (const entry of outline) {
    while (stack.length > 1 && stack.at(-1)!.entry!.level >= entry.level) stack.pop();
    const node: Node = { entry, ref: context.nextRef(), kids: [] };
    stack.at(-1)!.kids.push(node);
    stack.push(node);
  }
  /** Visible descendants when open; an item opens only to show its sub-items, not its sections. */
  const write = (node: Node): number => {
    const open = node.kids.some((k) => k.entry!.level < 3);
    let visible = 0;
    node.kids.forEach((kid, i) => {
      const kidVisible = write(kid);
      visible += 1 + kidVisible;
      const entry = kid.entry!;
      const text =
        `<</Title ${hexText(entry.title)}/Parent ${refText(node.ref)}/Dest${destination(pageRefs[entry.page - 1]!, entry.y)}` +
        (i > 0 ? `/Prev ${refText(node.kids[i - 1]!.ref)}` : '') +
        (i < node.kids.length - 1 ? `/Next ${refText(node.kids[i + 1]!.ref)}` : '') +
        (kid.kids.length > 0
          ? `/First ${refText(kid.kids[0]!.ref)}/Last ${refText(kid.kids.at(-1)!.ref)}/Count ${kid.kids.some((k) => k.entry!.level < 3) ? kidVisible : -kid.kids.length}`
          : '') +
        '>>';
      context.assign(kid.ref, new SerializedObject(text));
    });
    return open || node === root ? visible : 0;
  };
  const count = write(root);
  context.assign(root.ref, context.obj({ Type: 'Outlines', First: root.kids[0]!.ref, Last: root.kids.at(-1)!.ref, Count: count }));
  doc.catalog.set(PDFName.of('Outlines'), root.ref);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** Hex of 16 bytes from text, stable for the same text: the file identifier PDF/A asks for. */
function fileId(seed: string): PDFHexString {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  let hex = '';
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < seed.length; i++) {
      h1 = Math.imul(h1 ^ seed.charCodeAt(i), 16777619) >>> 0;
      h2 = Math.imul(h2 ^ (seed.charCodeAt(i) + round), 2246822519) >>> 0;
    }
    hex += ((h1 ^ h2) >>> 0).toString(16).padStart(8, '0');
  }
  return PDFHexString.of(hex);
}

function addMetadata(doc: PDFDocument, info: DocumentInfo, iccProfile: Uint8Array | null | undefined, claimPdfA: boolean): void {
  const { context } = doc;
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setSubject(info.subject);
  doc.setAuthor(info.author);
  doc.setKeywords(info.keywords);
  doc.setLanguage(info.language);
  doc.setCreator(info.creator);
  doc.setProducer(info.creator);
  doc.setCreationDate(info.created);
  doc.setModificationDate(info.created);
  const xmp = xmpPacket({ ...info, pdfA: claimPdfA && !!iccProfile });
  const metadata = context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), context.register(metadata));
  if (iccProfile) {
    const icc = context.register(context.flateStream(iccProfile, { N: 3 }));
    const intent = context.obj({
      Type: 'OutputIntent',
      S: 'GTS_PDFA1',
      OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
      Info: PDFString.of('sRGB IEC61966-2.1'),
      DestOutputProfile: icc,
    });
    doc.catalog.set(PDFName.of('OutputIntents'), context.obj([intent]));
  }
  const id = fileId(`${info.title}|${info.created.toISOString()}|${info.subject}`);
  context.trailerInfo.ID = context.obj([id, id]);
}

/**
 * pdf-lib deflates what it embeds itself (the font subsets and their ToUnicode
 * maps, ~10 ms of every export) with its JavaScript deflate; this hands those
 * to ours. flateStream is public API, and pdf-lib 1.17.1 is frozen. Returns
 * each such stream's length before deflating, which a font program's Length1
 * gives (inflating the subsets again took ~25 ms of a 200-item pack).
 */
function useDeflate(doc: PDFDocument, deflate: Deflate): PlainLength {
  const { context } = doc;
  const plainLengths = new WeakMap<PDFObject, number>();
  context.flateStream = (contents, dict = {}) => {
    const plain = typedArrayFor(contents);
    const stream = context.stream(deflate(plain), { ...dict, Filter: 'FlateDecode' });
    plainLengths.set(stream, plain.length);
    return stream;
  };
  return (stream) => plainLengths.get(stream);
}

export async function renderPdf(
  layout: PackLayout,
  fontBytes: Readonly<Record<FontStyle, Uint8Array>>,
  info: DocumentInfo,
  extras: RenderExtras = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(sharedFontParser);
  const deflate = extras.deflate ?? fallbackDeflate;
  const plainLength = useDeflate(doc, deflate);
  const fonts = await embedUsedFonts(doc, fontBytes, layout);
  const encode = glyphEncoder(shapeWith(fonts));
  encode.prepare(layout.characters);
  // Names unlikely to clash with an annex page's own font names.
  const fontNames: Record<FontStyle, string> = { regular: 'BcF1', bold: 'BcF2', italic: 'BcF3', boldItalic: 'BcF4' };
  const images = await embedImages(doc, layout, extras.images);
  const resources = doc.context.register(
    doc.context.obj({
      Font: Object.fromEntries(Object.entries(fonts).map(([style, font]) => [fontNames[style as FontStyle], font.ref])),
      ...(images.names.size > 0 ? { XObject: images.refs } : {}),
    }),
  );
  const multiply = doc.context.obj({ ExtGState: { M: { Type: 'ExtGState', BM: 'Multiply' } } });

  const annexPages = new Map<number, { figure: StructElem; section: StructElem; frame: AnnexFrame }>();
  for (const annex of layout.annexes) {
    for (let p = 0; p < annex.pages; p++) annexPages.set(annex.firstPage - 1 + p, { figure: annex.figures[p]!, section: annex.section, frame: annex.frame });
  }
  const ownCount = layout.pages.length - annexPages.size;
  const pages: PDFPage[] = layout.pages.slice(0, ownCount).map(() => doc.addPage([layout.width, layout.height]));
  const docs = extras.annexDocs ?? [];
  for (let a = 0; a < layout.annexes.length; a++) {
    const source = docs[a]!;
    const copied = await doc.copyPages(source, source.getPageIndices());
    for (const page of copied) pages.push(doc.addPage(page));
  }
  const pageRefs = pages.map((p) => p.ref);
  const collected = new StructureCollector(pages.length);
  const seenComments = new Set<number>();
  const pageWritten = async (index: number) => {
    const told = extras.onPage?.(index + 1, layout.pages.length);
    if (told) await told;
  };
  for (let i = 0; i < layout.pages.length; i++) {
    const laidOut = layout.pages[i]!;
    const page = pages[i]!;
    const annexPage = annexPages.get(i);
    if (annexPage) {
      const { frame, ...tags } = annexPage;
      stampAnnexPage(doc, page, { boxes: laidOut.boxes, layout, frame, fontNames, fonts, encode, deflate }, { ...tags, pageIndex: i, collected });
      await pageWritten(i);
      continue;
    }
    for (const box of laidOut.boxes) if (box.kind === 'image' && box.tag) box.tag.bbox = [box.x, box.y, box.x + box.width, box.y + box.height];
    const content = contentStream(laidOut.boxes, fontNames, encode, collected.forPage(i), images.names);
    const stream = doc.context.stream(deflate(content), { Filter: 'FlateDecode' });
    page.node.set(PDFName.of('Contents'), doc.context.register(stream));
    page.node.set(PDFName.of('Resources'), resources);
    page.node.set(PDFName.of('StructParents'), PDFNumber.of(i));
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    addLinks(doc, page, i, laidOut.boxes.filter((b): b is LinkBox => b.kind === 'link'), pageRefs, collected);
    addComments(doc, page, laidOut.boxes.filter((b): b is NoteBox => b.kind === 'note'), layout.comments, seenComments, multiply);
    await pageWritten(i);
  }
  addOutline(doc, layout.outline, pageRefs);
  addStructure(doc, layout.structure, collected, pageRefs, info.language);
  doc.catalog.set(PDFName.of('ViewerPreferences'), doc.context.obj({ DisplayDocTitle: true }));
  // Appended annexes are other people's files: PDF/A-2b is claimed with them only when the exporter found each fit (annex-archival.ts).
  addMetadata(doc, info, extras.iccProfile, extras.claimPdfA ?? layout.annexes.length === 0);
  await addFontFileLengths(doc, fonts, plainLength);
  return saveCompact(doc, deflate);
}
