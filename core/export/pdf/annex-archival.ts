/**
 * Whether an appended annex lets the export keep its PDF/A-2b claim. The
 * export already normalises what it can of a copied page (its metadata and
 * structure tree stay behind, it is framed and tagged anew, its links are
 * flagged to print); what it cannot
 * mend is a font whose program is not in the file, a transparency group
 * (a page or form drawn as one see-through layer), or an annotation other
 * than a link that does not print or has no appearance of its own. Encrypted annexes never
 * get this far (annex-pdf.ts).
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, PDFStream, type PDFDocument, type PDFObject } from 'pdf-lib';

export type ArchivalObstacle = 'font-not-embedded' | 'transparency-group' | 'annotation';

/** Annotation flags: Invisible, Hidden and NoView keep it off paper or screen; Print puts it on paper. */
const FLAG = { invisible: 1, hidden: 2, print: 4, noView: 32 } as const;
const FONT_PROGRAMS = ['FontFile', 'FontFile2', 'FontFile3'].map((key) => PDFName.of(key));

function dictOf(doc: PDFDocument, value: PDFObject | undefined): PDFDict | undefined {
  const object = value instanceof PDFRef ? doc.context.lookup(value) : value;
  if (object instanceof PDFStream) return object.dict;
  return object instanceof PDFDict ? object : undefined;
}

const isTransparencyGroup = (doc: PDFDocument, dict: PDFDict): boolean => dictOf(doc, dict.get(PDFName.of('Group')))?.get(PDFName.of('S')) === PDFName.of('Transparency');

function fontEmbedded(doc: PDFDocument, font: PDFDict): boolean {
  const subtype = font.get(PDFName.of('Subtype'));
  // A Type 3 font's glyphs are content streams in the file itself.
  if (subtype === PDFName.of('Type3')) return true;
  const descendants = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
  const described = subtype === PDFName.of('Type0') ? dictOf(doc, descendants?.get(0)) : font;
  const descriptor = described && dictOf(doc, described.get(PDFName.of('FontDescriptor')));
  return !!descriptor && FONT_PROGRAMS.some((key) => descriptor.has(key));
}

/** The first obstacle in a resource dictionary, its fonts and forms (and theirs), each object seen once. */
function resourceObstacle(doc: PDFDocument, resources: PDFDict | undefined, seen: Set<PDFObject>): ArchivalObstacle | null {
  if (!resources || seen.has(resources)) return null;
  seen.add(resources);
  for (const value of dictOf(doc, resources.get(PDFName.of('Font')))?.values() ?? []) {
    const font = dictOf(doc, value);
    if (!font || seen.has(font)) continue;
    seen.add(font);
    if (!fontEmbedded(doc, font)) return 'font-not-embedded';
    const own = resourceObstacle(doc, dictOf(doc, font.get(PDFName.of('Resources'))), seen);
    if (own) return own;
  }
  for (const value of dictOf(doc, resources.get(PDFName.of('XObject')))?.values() ?? []) {
    const xobject = dictOf(doc, value);
    if (!xobject || seen.has(xobject) || xobject.get(PDFName.of('Subtype')) !== PDFName.of('Form')) continue;
    seen.add(xobject);
    if (isTransparencyGroup(doc, xobject)) return 'transparency-group';
    const own = resourceObstacle(doc, dictOf(doc, xobject.get(PDFName.of('Resources'))), seen);
    if (own) return own;
  }
  return null;
}

function annotationPrints(doc: PDFDocument, annotation: PDFDict): boolean {
  const subtype = annotation.get(PDFName.of('Subtype'));
  // A popup is its parent's; a link draws nothing of its own and is flagged Print when its page is stamped (annex-page.ts).
  if (subtype === PDFName.of('Popup') || subtype === PDFName.of('Link')) return true;
  const flags = annotation.lookupMaybe(PDFName.of('F'), PDFNumber)?.asNumber() ?? 0;
  if ((flags & FLAG.print) === 0 || (flags & (FLAG.invisible | FLAG.hidden | FLAG.noView)) !== 0) return false;
  return annotation.has(PDFName.of('AP'));
}

/** Why the annex keeps the pack from claiming PDF/A-2b, with the page (1-based), or null when it does not. */
export function archivalObstacle(doc: PDFDocument): { obstacle: ArchivalObstacle; page: number } | null {
  const seen = new Set<PDFObject>();
  const pages = doc.getPages();
  for (let i = 0; i < pages.length; i++) {
    const node = pages[i]!.node;
    const at = (obstacle: ArchivalObstacle) => ({ obstacle, page: i + 1 });
    if (isTransparencyGroup(doc, node)) return at('transparency-group');
    const found = resourceObstacle(doc, node.Resources(), seen);
    if (found) return at(found);
    for (const ref of node.Annots()?.asArray() ?? []) {
      const annotation = dictOf(doc, ref);
      if (annotation && !annotationPrints(doc, annotation)) return at('annotation');
    }
  }
  return null;
}
