/**
 * Issue 20: the objects of the PDF that PDF/A-2b rules check, read back with
 * pdf-lib: a sticky note's flags, which fonts are embedded, and the TrueType
 * programs' Length1.
 */
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { exportPdfWithReport } from '../../core/export/pdf/index';
import type { BriefingPack, SourceComment } from '../../core/model/pack';
import type { RichText } from '../../core/model/rich-text';
import { annotatedSample, builtInTemplate, exportFonts } from '../helpers/docx';

const template = builtInTemplate('nl-ministeriele-briefing');

const comment: SourceComment = {
  id: 'c1',
  anchor: { block: 0, start: 3, end: 12, quote: '' },
  author: 'J. de Vries',
  createdAt: '2025-02-01T10:00:00Z',
  text: 'Graag bronvermelding',
  resolved: false,
  replies: [],
};

/** The sample pack, its first item's source commented on; with italic text in that item when asked. */
function pack(italic: boolean): BriefingPack {
  const sample = annotatedSample(template);
  const source: RichText = [{ type: 'paragraph', children: [{ text: 'De NAVO-top in Den Haag bespreekt de ' }, { text: 'capaciteitsdoelen', italic }, { text: '.' }] }];
  return { ...sample, items: sample.items.map((item, i) => (i === 0 ? { ...item, source, comments: [comment] } : item)) };
}

async function exported(italic: boolean): Promise<PDFDocument> {
  const { bytes } = await exportPdfWithReport({ pack: pack(italic), annexFiles: new Map() }, template, await exportFonts(template));
  return PDFDocument.load(bytes, { updateMetadata: false });
}

/** Every composite font of the document: its name, its CID font's width array, and its TrueType program. */
function fonts(doc: PDFDocument) {
  return doc.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of('Subtype')) === PDFName.of('Type0'))
    .map((font) => {
      const cid = font.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
      const file = cid.lookup(PDFName.of('FontDescriptor'), PDFDict).lookup(PDFName.of('FontFile2'));
      if (!(file instanceof PDFRawStream)) throw new Error('no FontFile2 stream');
      return { name: font.lookup(PDFName.of('BaseFont'), PDFName).decodeText(), widths: cid.lookup(PDFName.of('W'), PDFArray), file };
    });
}

function annotations(doc: PDFDocument): PDFDict[] {
  return doc.getPages().flatMap((page) => (page.node.Annots()?.asArray() ?? []).map((ref) => doc.context.lookup(ref, PDFDict)));
}

const flagsOf = (doc: PDFDocument, subtype: string) =>
  annotations(doc)
    .filter((a) => a.get(PDFName.of('Subtype')) === PDFName.of(subtype))
    .map((a) => a.lookup(PDFName.of('F'), PDFNumber).asNumber());

describe('the PDF objects PDF/A-2b checks', () => {
  it('a sticky note is printed, unzoomed and unrotated (F 28: Print, NoZoom, NoRotate); its highlight and the links are printed (F 4)', async () => {
    const doc = await exported(false);
    expect(flagsOf(doc, 'Text')).toEqual([28]);
    expect(flagsOf(doc, 'Highlight').length).toBeGreaterThan(0);
    expect(new Set(flagsOf(doc, 'Highlight'))).toEqual(new Set([4]));
    expect(new Set(flagsOf(doc, 'Link'))).toEqual(new Set([4]));
  });

  it('embeds only the styles the pages draw with: no italic fonts without italic text, the italic one with it', async () => {
    const styleOf = (name: string) => name.replace(/^[A-Z]{6}\+/, '');
    expect(fonts(await exported(false)).map((f) => styleOf(f.name)).sort()).toEqual(['LiberationSans', 'LiberationSans-Bold']);
    expect(fonts(await exported(true)).map((f) => styleOf(f.name)).sort()).toEqual(['LiberationSans', 'LiberationSans-Bold', 'LiberationSans-Italic']);
  });

  it('every embedded font has widths, and its TrueType program the Length1 of its decoded bytes', async () => {
    for (const font of fonts(await exported(true))) {
      expect(font.widths.size(), font.name).toBeGreaterThan(0);
      expect(font.widths.lookup(0)).toBeInstanceOf(PDFNumber);
      const decoded = decodePDFRawStream(font.file).decode();
      expect(font.file.dict.lookup(PDFName.of('Length1')), font.name).toEqual(PDFNumber.of(decoded.length));
    }
  });
});
