/**
 * Issue 15: a pack with appended annexes keeps its PDF/A-2b claim when the
 * annexes can stand in an archival file, and drops it, saying why in one
 * line, when an annex has a transparency group or an annotation that does
 * not print. Read from the exported file's XMP (pdfaid) with pdf-lib.
 */
import { PDFDocument, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exportPdfWithReport } from '../../core/export/pdf/index';
import type { UserError } from '../../core/i18n/errors';
import type { BriefingPack } from '../../core/model/pack';
import { syntheticPack } from '../../core/model/synthetic';
import { builtInTemplate, exportFonts } from '../helpers/docx';

const template = builtInTemplate('nl-ministeriele-briefing');

/** An annex with nothing on its page but what change() adds. */
async function annexWith(change: (doc: PDFDocument) => void): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([612, 792]);
  change(doc);
  return doc.save();
}

async function exported(annex: Uint8Array): Promise<{ claims: boolean; warnings: { en: string; nl: string }[] }> {
  const pack: BriefingPack = { ...syntheticPack(1), annexes: [{ id: 'a', title: 'Kaart', fileName: 'kaart.pdf', mediaType: 'application/pdf', size: annex.length }] };
  const warnings: { en: string; nl: string }[] = [];
  const onWarning = (warning: UserError) => warnings.push({ en: warning.describe('en'), nl: warning.describe('nl') });
  const result = await exportPdfWithReport({ pack, annexFiles: new Map([['a', annex]]) }, template, await exportFonts(template), { onWarning });
  const doc = await PDFDocument.load(result.bytes, { updateMetadata: false });
  const metadata = doc.catalog.lookup(PDFName.of('Metadata'));
  if (!(metadata instanceof PDFRawStream)) throw new Error('no XMP metadata stream');
  const filtered = metadata.dict.has(PDFName.of('Filter'));
  const xmp = Buffer.from(filtered ? inflateSync(metadata.getContents()) : metadata.getContents()).toString('utf8');
  return { claims: xmp.includes('<pdfaid:part>2</pdfaid:part>'), warnings };
}

describe('the PDF/A claim of a pack with an appended annex', () => {
  it('is kept for an annex the export can normalise (a link without flags is flagged to print), without a warning', async () => {
    const annex = await annexWith((doc) => {
      const link = doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [10, 10, 100, 30], A: { S: 'URI', URI: PDFString.of('https://example.org/') } });
      doc.getPage(0).node.addAnnot(doc.context.register(link));
    });
    expect(await exported(annex)).toEqual({ claims: true, warnings: [] });
  });

  it('is dropped for a page drawn as a transparency group, with the reason in one line in English and Dutch', async () => {
    const annex = await annexWith((doc) => doc.getPage(0).node.set(PDFName.of('Group'), doc.context.obj({ Type: 'Group', S: 'Transparency', CS: 'DeviceRGB' })));
    expect(await exported(annex)).toEqual({
      claims: false,
      warnings: [
        {
          en: 'The PDF does not claim PDF/A (archival): annex kaart.pdf has a transparency group on its page 1.',
          nl: 'De PDF wordt niet als PDF/A (archiefformaat) gemerkt: bijlage kaart.pdf heeft een transparantiegroep op pagina 1.',
        },
      ],
    });
  });

  it('is dropped for a sticky note that does not print', async () => {
    const annex = await annexWith((doc) => {
      const note = doc.context.obj({ Type: 'Annot', Subtype: 'Text', Rect: [10, 10, 30, 30], Contents: PDFString.of('Nakijken') });
      doc.getPage(0).node.addAnnot(doc.context.register(note));
    });
    const { claims, warnings } = await exported(annex);
    expect(claims).toBe(false);
    expect(warnings.map((w) => w.en)).toEqual(['The PDF does not claim PDF/A (archival): annex kaart.pdf has an annotation that does not print on its page 1.']);
  });
});
