/**
 * The template's fonts as embedded subsets, only those the pages draw with.
 * A style no text uses would be an empty subset: pdf-lib writes it with a
 * malformed width array (`/W [ [ ] ]`) and an empty ToUnicode map, which
 * PDF/A validators reject, and it adds a font nobody can see.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, type PDFDocument, type PDFFont, type PDFObject } from 'pdf-lib';
import { unzlibSync } from 'fflate';
import { FONT_STYLES, type FontStyle } from '../../template/schema';
import type { PackLayout } from './boxes';
import { sharedFontParser } from './metrics';
import { subsetFontName } from './subset-tag';

export type EmbeddedFonts = Partial<Record<FontStyle, PDFFont>>;

/**
 * The OpenType features that only move glyphs (GPOS, the old kern table). pdf-lib
 * takes the glyphs from shaping and drops the positions, and the layout sets
 * every character at its own advance, so working positions out is wasted: in
 * a fresh process it was most of the first export's shaping (parsing the
 * fonts' kerning tables). The glyphs come out the same.
 */
export const POSITIONING_OFF = { kern: false, mark: false, mkmk: false, curs: false, dist: false, abvm: false, blwm: false } as const;

/** The styles of the text the pages draw, in FONT_STYLES order. */
export function usedStyles(layout: PackLayout): FontStyle[] {
  const used = new Set<FontStyle>();
  for (const page of layout.pages) {
    for (const box of page.boxes) if (box.kind === 'text' && box.text.length > 0) used.add(box.style);
  }
  return FONT_STYLES.filter((style) => used.has(style));
}

export async function embedUsedFonts(doc: PDFDocument, fontBytes: Readonly<Record<FontStyle, Uint8Array>>, layout: PackLayout): Promise<EmbeddedFonts> {
  const embedded = await Promise.all(
    usedStyles(layout).map(async (style) => {
      const customName = subsetFontName(sharedFontParser.create(fontBytes[style]).postscriptName, style + layout.characters[style].join(''));
      return [style, await doc.embedFont(fontBytes[style], { subset: true, customName, features: POSITIONING_OFF })] as const;
    }),
  );
  return Object.fromEntries(embedded);
}

/** A stream's length before it was deflated, where the document's own deflate recorded it. */
export type PlainLength = (stream: PDFObject) => number | undefined;

/** The decoded size of a stream whose plain length was not recorded. */
function decodedLength(stream: PDFRawStream): number {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  return filter === PDFName.of('FlateDecode') ? unzlibSync(stream.contents).length : stream.contents.length;
}

/**
 * Sets Length1, the TrueType program's decoded length, which ISO 32000
 * requires on a FontFile2 stream and pdf-lib leaves out. The subsets exist
 * only once the document is flushed, so this flushes it first.
 */
export async function addFontFileLengths(doc: PDFDocument, fonts: EmbeddedFonts, plainLength: PlainLength): Promise<void> {
  await doc.flush();
  for (const font of Object.values(fonts)) {
    const descendants = doc.context.lookupMaybe(font.ref, PDFDict)?.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
    const descriptor = descendants?.lookupMaybe(0, PDFDict)?.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
    const file = descriptor?.lookup(PDFName.of('FontFile2'));
    if (file instanceof PDFRawStream) file.dict.set(PDFName.of('Length1'), PDFNumber.of(plainLength(file) ?? decodedLength(file)));
  }
}
