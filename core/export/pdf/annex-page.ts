/**
 * An appended annex page as the pack prints it: the annex's own page, scaled
 * down and centred in a frame between the pack's header and footer bands, so
 * the marking and the page numbers are printed beside its content, never over
 * it; then the page furniture, scaled to the page's own size.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFDocument, type PDFPage } from 'pdf-lib';
import type { Deflate } from '../assets';
import type { AnnexFrame, Box, PackLayout, StructElem } from './boxes';
import { ContentBytes, num } from './content-bytes';
import { ALL_ARTIFACTS, contentStream } from './content-stream';
import type { EmbeddedFonts } from './embed-fonts';
import type { GlyphEncoder } from './glyph-codes';
import type { StructureCollector } from './structure';
import type { FontStyle } from '../../template/schema';

/** A copied annex page as the tagged PDF sees it: its figure, its section, and where its tags go. */
export interface AnnexPageTags {
  figure: StructElem;
  section: StructElem;
  pageIndex: number;
  collected: StructureCollector;
}

export interface AnnexStamp {
  boxes: readonly Box[];
  layout: PackLayout;
  frame: AnnexFrame;
  fontNames: Readonly<Record<FontStyle, string>>;
  fonts: EmbeddedFonts;
  encode: GlyphEncoder;
  deflate: Deflate;
}

/** The stamp's graphics state on an annex page; a name unlikely to clash with the annex's own. */
const STAMP_BLEND = 'BcGsMultiply';
/** The frame's border: a hairline in mid grey. */
const BORDER = { width: 0.5, color: '0.6 0.6 0.6' } as const;

/** Scale and offset that put a page box inside the band between header and footer, centred. */
export interface Placement {
  scale: number;
  x: number;
  y: number;
}

/**
 * Where the annex's page goes on its own page: the pack's top and bottom
 * margins, scaled to this page's height, are left free, and the content
 * keeps its proportions, centred across the page.
 */
export function annexPlacement(box: { x: number; y: number; width: number; height: number }, packHeight: number, frame: AnnexFrame): Placement {
  const sy = box.height / packHeight;
  const [top, bottom] = [frame.top * sy, frame.bottom * sy];
  const scale = Math.min(1, Math.max(0, (box.height - top - bottom) / box.height));
  return { scale, x: box.x + (box.width * (1 - scale)) / 2, y: box.y + bottom + (box.height - top - bottom - box.height * scale) / 2 };
}

/** A point of the annex page moved into the frame (the page box's origin at its own corner). */
const placed = (p: Placement, origin: { x: number; y: number }) => (value: number, axis: 0 | 1) =>
  axis === 0 ? p.x + (value - origin.x) * p.scale : p.y + (value - origin.y) * p.scale;

/**
 * Moves the page's annotations with its content: their rectangles and
 * quadrilaterals (links, highlights); a reader draws an appearance into its
 * rectangle, so the appearance follows.
 */
function placeAnnotations(doc: PDFDocument, page: PDFPage, move: (value: number, axis: 0 | 1) => number): void {
  for (const ref of page.node.Annots()?.asArray() ?? []) {
    const annotation = doc.context.lookup(ref);
    if (!(annotation instanceof PDFDict)) continue;
    for (const key of ['Rect', 'QuadPoints']) {
      const values = annotation.lookupMaybe(PDFName.of(key), PDFArray)?.asArray();
      if (!values?.every((v) => doc.context.lookup(v) instanceof PDFNumber)) continue;
      const moved = values.map((v, i) => move((doc.context.lookup(v) as PDFNumber).asNumber(), (i % 2) as 0 | 1));
      annotation.set(PDFName.of(key), doc.context.obj(moved));
    }
  }
}

/**
 * Tags a copied annex page: its own content becomes one Figure (its old
 * structure tree stays in its old file), and its annotations join the
 * annex's section, links as Link elements, others as Annot; popups stay
 * out of the tree, as they belong to their parent annotation.
 */
function tagAnnexPage(doc: PDFDocument, page: PDFPage, tags: AnnexPageTags): { before: string; after: string } {
  const { context } = doc;
  const mcid = tags.collected.forPage(tags.pageIndex).mark(tags.figure);
  page.node.set(PDFName.of('StructParents'), PDFNumber.of(tags.pageIndex));
  page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
  for (const ref of page.node.Annots()?.asArray() ?? []) {
    const annotation = context.lookup(ref);
    if (!(annotation instanceof PDFDict) || !(ref instanceof PDFRef)) continue;
    annotation.delete(PDFName.of('StructParent'));
    const subtype = annotation.lookup(PDFName.of('Subtype'));
    if (subtype === PDFName.of('Popup')) continue;
    const elem: StructElem = { role: subtype === PDFName.of('Link') ? 'Link' : 'Annot', kids: [] };
    tags.section.kids.push(elem);
    annotation.set(PDFName.of('StructParent'), PDFNumber.of(tags.collected.annotation(elem, tags.pageIndex, ref)));
  }
  return { before: `/Figure <</MCID ${mcid}>> BDC q`, after: 'Q EMC' };
}

/** Frames a copied annex page and puts the page furniture (header, footer, watermark) on it. */
export function stampAnnexPage(doc: PDFDocument, page: PDFPage, stamp: AnnexStamp, tags: AnnexPageTags): void {
  const { context } = doc;
  const figure = tagAnnexPage(doc, page, tags);
  // The box a reader shows (the crop box, else the media box) is what is framed and stamped.
  const box = page.getCropBox();
  const placement = annexPlacement(box, stamp.layout.height, stamp.frame);
  placeAnnotations(doc, page, placed(placement, box));
  const [sx, sy] = [box.width / stamp.layout.width, box.height / stamp.layout.height];
  const [frameWidth, frameHeight] = [box.width * placement.scale, box.height * placement.scale];
  const border = stamp.frame.border
    ? `\n/Artifact BMC q ${BORDER.width} w ${BORDER.color} RG ${num(placement.x)} ${num(placement.y)} ${num(frameWidth)} ${num(frameHeight)} re S Q EMC`
    : '';
  // Multiplied over the annex's own page, the light watermark tints white and leaves the annex's text as dark as it was.
  const furniture = new ContentBytes()
    .ascii(`${figure.after}\nq /${STAMP_BLEND} gs ${num(sx)} 0 0 ${num(sy)} ${num(box.x)} ${num(box.y)} cm\n`)
    .bytes(contentStream(stamp.boxes, stamp.fontNames, stamp.encode, ALL_ARTIFACTS))
    .ascii(` Q${border}`)
    .result();
  // The page's own content, scaled into the frame and clipped to its box, is the figure's marked content.
  const into = `${num(placement.scale)} 0 0 ${num(placement.scale)} ${num(placement.x - box.x * placement.scale)} ${num(placement.y - box.y * placement.scale)} cm`;
  const before = context.register(context.stream(`${figure.before} ${into} ${num(box.x)} ${num(box.y)} ${num(box.width)} ${num(box.height)} re W n\n`));
  const after = context.register(context.stream(stamp.deflate(furniture), { Filter: 'FlateDecode' }));
  const contents = page.node.Contents();
  const existing = contents instanceof PDFArray ? contents.asArray() : contents ? [page.node.get(PDFName.of('Contents'))!] : [];
  page.node.set(PDFName.of('Contents'), context.obj([before, ...existing, after]));
  const { Font, ExtGState } = page.node.normalizedEntries();
  for (const [style, font] of Object.entries(stamp.fonts) as [FontStyle, NonNullable<EmbeddedFonts[FontStyle]>][]) Font.set(PDFName.of(stamp.fontNames[style]), font.ref);
  ExtGState.set(PDFName.of(STAMP_BLEND), context.obj({ Type: 'ExtGState', BM: 'Multiply' }));
}
