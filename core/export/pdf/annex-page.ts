/**
 * An appended annex page as the pack prints it: the annex's own page, scaled
 * down and centred in a frame between the pack's header and footer bands, so
 * the marking and the page numbers are printed beside its content, never over
 * it; then the page furniture, scaled to the page's own size. A page its
 * file turns (/Rotate) is framed and stamped as a reader shows it. When the
 * template asks (annexPageSize: pack), a page of another size is scaled onto
 * the pack's page size instead, so the printed pack is one paper size.
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
/** Annotation flags of an annex's link: Print. */
const LINK_FLAGS = 4;
/** The frame's border: a hairline in mid grey. */
const BORDER = { width: 0.5, color: '0.6 0.6 0.6' } as const;

/** An affine matrix [a b c d e f], as the cm operator takes it. */
export type Matrix = readonly [number, number, number, number, number, number];

/** The matrix that applies inner, then outer. */
function compose(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [ai, bi, ci, di, ei, fi] = inner;
  return [a * ai + c * bi, b * ai + d * bi, a * ci + c * di, b * ci + d * di, a * ei + c * fi + e, b * ei + d * fi + f];
}

function invert([a, b, c, d, e, f]: Matrix): Matrix {
  const det = a * d - b * c;
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
}

const apply = ([a, b, c, d, e, f]: Matrix, x: number, y: number): [number, number] => [a * x + c * y + e, b * x + d * y + f];

const cm = (m: Matrix): string => `${m.map(num).join(' ')} cm`;

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The page as a reader shows it: its size, and the matrix from that view
 * (origin at its bottom-left corner) to the page's own space. A page turned
 * by /Rotate (clockwise, in quarter turns) is shown on its side, so its top
 * band is a side of its own box.
 */
export function pageView(box: Area, rotate: number): { width: number; height: number; toPage: Matrix } {
  const { x, y, width: w, height: h } = box;
  switch ((((Math.round(rotate / 90) % 4) + 4) % 4) as 0 | 1 | 2 | 3) {
    case 1:
      return { width: h, height: w, toPage: [0, 1, -1, 0, x + w, y] };
    case 2:
      return { width: w, height: h, toPage: [-1, 0, 0, -1, x + w, y + h] };
    case 3:
      return { width: h, height: w, toPage: [0, -1, 1, 0, x, y + h] };
    default:
      return { width: w, height: h, toPage: [1, 0, 0, 1, x, y] };
  }
}

/**
 * Where the annex's page goes in the view of its own page: the pack's top and
 * bottom margins, scaled to the page's height, are left free, and the content
 * keeps its proportions, centred across the page. Returned as the matrix that
 * moves the view's content into that frame.
 */
export function framePlacement(view: { width: number; height: number }, packHeight: number, frame: AnnexFrame): { scale: number; frame: Area; matrix: Matrix } {
  const sy = view.height / packHeight;
  const [top, bottom] = [frame.top * sy, frame.bottom * sy];
  const scale = Math.min(1, Math.max(0, (view.height - top - bottom) / view.height));
  const [width, height] = [view.width * scale, view.height * scale];
  const [x, y] = [(view.width - width) / 2, bottom + (view.height - top - bottom - height) / 2];
  return { scale, frame: { x, y, width, height }, matrix: [scale, 0, 0, scale, x, y] };
}

/**
 * The same on a page of the pack's size: the annex's page as its reader shows
 * it, scaled up or down to fill the room between the bands, centred.
 */
export function packPlacement(view: { width: number; height: number }, pack: { width: number; height: number }, frame: AnnexFrame): { scale: number; frame: Area; matrix: Matrix } {
  const room = Math.max(0, pack.height - frame.top - frame.bottom);
  const scale = Math.min(pack.width / view.width, room / view.height);
  const [width, height] = [view.width * scale, view.height * scale];
  const [x, y] = [(pack.width - width) / 2, frame.bottom + (room - height) / 2];
  return { scale, frame: { x, y, width, height }, matrix: [scale, 0, 0, scale, x, y] };
}

/** Gives the page the pack's size, upright: every box but the media box goes, so readers show it whole. */
function resizeToPack(page: PDFPage, pack: { width: number; height: number }): void {
  for (const key of ['CropBox', 'BleedBox', 'TrimBox', 'ArtBox', 'Rotate']) page.node.delete(PDFName.of(key));
  page.setMediaBox(0, 0, pack.width, pack.height);
}

/**
 * Moves the page's annotations with its content: their rectangles and
 * quadrilaterals (links, highlights); a reader draws an appearance into its
 * rectangle, so the appearance follows.
 */
function placeAnnotations(doc: PDFDocument, page: PDFPage, move: Matrix): void {
  for (const ref of page.node.Annots()?.asArray() ?? []) {
    const annotation = doc.context.lookup(ref);
    if (!(annotation instanceof PDFDict)) continue;
    for (const key of ['Rect', 'QuadPoints']) {
      const values = annotation.lookupMaybe(PDFName.of(key), PDFArray)?.asArray().map((v) => doc.context.lookup(v));
      if (!values?.every((v): v is PDFNumber => v instanceof PDFNumber) || values.length % 2 !== 0) continue;
      const points: [number, number][] = [];
      for (let i = 0; i < values.length; i += 2) points.push(apply(move, values[i]!.asNumber(), values[i + 1]!.asNumber()));
      // A turned rectangle's corners swap places: it is written lower-left, upper-right again.
      const moved = key === 'Rect' ? [Math.min(...points.map((p) => p[0])), Math.min(...points.map((p) => p[1])), Math.max(...points.map((p) => p[0])), Math.max(...points.map((p) => p[1]))] : points.flat();
      annotation.set(PDFName.of(key), doc.context.obj(moved));
    }
  }
}

/**
 * The furniture in three parts, each at one scale for both directions, so its
 * letters keep their shape on a page of another shape (a landscape page, US
 * Letter): the header at the top, the footer at the bottom, the watermark in
 * the middle, each centred across the page.
 */
function furnitureParts(boxes: readonly Box[], layout: PackLayout, view: { width: number; height: number }): { boxes: Box[]; matrix: Matrix }[] {
  const scale = Math.min(view.width / layout.width, view.height / layout.height);
  const x = (view.width - layout.width * scale) / 2;
  const spare = view.height - layout.height * scale;
  const at = (y: number): Matrix => [scale, 0, 0, scale, x, y];
  const watermark = boxes.filter((box) => box.kind === 'text' && box.rotate !== undefined);
  const lines = boxes.filter((box) => !watermark.includes(box));
  return [
    { boxes: watermark, matrix: at(spare / 2) },
    { boxes: lines.filter((box) => box.y > layout.height / 2), matrix: at(spare) },
    { boxes: lines.filter((box) => box.y <= layout.height / 2), matrix: at(0) },
  ].filter((part) => part.boxes.length > 0);
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
    // A link draws nothing of its own: flagged Print (4) alone, as PDF/A asks of every annotation.
    if (subtype === PDFName.of('Link')) annotation.set(PDFName.of('F'), PDFNumber.of(LINK_FLAGS));
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
  // The box a reader shows (the crop box, else the media box), turned as the reader turns it, is what is framed and stamped.
  const box = page.getCropBox();
  const shown = pageView(box, page.getRotation().angle);
  const onPack = stamp.frame.size === 'pack';
  // Scaled onto the pack's size, the page is upright and its view is the new page itself.
  const view = onPack ? { width: stamp.layout.width, height: stamp.layout.height, toPage: [1, 0, 0, 1, 0, 0] as Matrix } : shown;
  const placement = onPack ? packPlacement(shown, stamp.layout, stamp.frame) : framePlacement(shown, stamp.layout.height, stamp.frame);
  // The page's own content: into the view it was shown in, into the frame, into the (new) page's space.
  const content = compose(view.toPage, compose(placement.matrix, invert(shown.toPage)));
  placeAnnotations(doc, page, content);
  if (onPack) resizeToPack(page, stamp.layout);
  const { frame } = placement;
  const border = stamp.frame.border
    ? `\n/Artifact BMC q ${cm(view.toPage)} ${BORDER.width} w ${BORDER.color} RG ${num(frame.x)} ${num(frame.y)} ${num(frame.width)} ${num(frame.height)} re S Q EMC`
    : '';
  // Multiplied over the annex's own page, the light watermark tints white and leaves the annex's text as dark as it was.
  const furniture = new ContentBytes().ascii(`${figure.after}\nq /${STAMP_BLEND} gs\n`);
  for (const part of furnitureParts(stamp.boxes, stamp.layout, view)) {
    furniture.ascii(`q ${cm(compose(view.toPage, part.matrix))}\n`).bytes(contentStream(part.boxes, stamp.fontNames, stamp.encode, ALL_ARTIFACTS)).ascii(' Q\n');
  }
  furniture.ascii(`Q${border}`);
  // Scaled into the frame and clipped to its box, the page's own content is the figure's marked content.
  const before = context.register(context.stream(`${figure.before} ${cm(content)} ${num(box.x)} ${num(box.y)} ${num(box.width)} ${num(box.height)} re W n\n`));
  const after = context.register(context.stream(stamp.deflate(furniture.result()), { Filter: 'FlateDecode' }));
  const contents = page.node.Contents();
  const existing = contents instanceof PDFArray ? contents.asArray() : contents ? [page.node.get(PDFName.of('Contents'))!] : [];
  page.node.set(PDFName.of('Contents'), context.obj([before, ...existing, after]));
  const { Font, ExtGState } = page.node.normalizedEntries();
  for (const [style, font] of Object.entries(stamp.fonts) as [FontStyle, NonNullable<EmbeddedFonts[FontStyle]>][]) Font.set(PDFName.of(stamp.fontNames[style]), font.ref);
  ExtGState.set(PDFName.of(STAMP_BLEND), context.obj({ Type: 'ExtGState', BM: 'Multiply' }));
}
