/**
 * The live preview's PDF: the selected item's pages as the whole pack's PDF
 * prints them. Read back with poppler and compared with the same pages of the
 * full export (text, page number in the footer); after an edit only the edited
 * item is laid out again.
 */
import { spawnSync } from 'node:child_process';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { exportPdf } from '../../core/export/pdf/index';
import { frontPages, partPages, type PartStart } from '../../core/export/pdf/item-pages';
import { PdfPreview } from '../../core/export/pdf/preview';
import type { BriefingPack } from '../../core/model/pack';
import { syntheticPack } from '../../core/model/synthetic';
import { UserError } from '../../core/i18n/errors';
import { builtInTemplate, exportFonts } from '../helpers/docx';
import { samplePack, SAMPLE_TITLES } from '../helpers/sample';
import { installed } from '../helpers/tools';

describe('which pages belong to a part', () => {
  const starts: PartStart[] = [
    { page: 4, breaksBefore: false }, // introduction
    { page: 5, breaksBefore: true }, // item on pages 5-6
    { page: 7, breaksBefore: true }, // item on page 7, its sub-item starting below it
    { page: 7, breaksBefore: false }, // sub-item running on to page 8
    { page: 9, breaksBefore: true }, // annex list
  ];
  it('an item runs up to the page before the next part that starts a page', () => {
    expect(partPages(starts, 1, 9)).toEqual([5, 6]);
  });
  it('a part shares its last page with a next part that runs on below it', () => {
    expect(partPages(starts, 2, 9)).toEqual([7]);
    expect(partPages(starts, 3, 9)).toEqual([7, 8]);
  });
  it('the last part runs to the last page', () => {
    expect(partPages(starts, 4, 11)).toEqual([9, 10, 11]);
  });
  it('no part, no pages', () => {
    expect(partPages(starts, 5, 9)).toEqual([]);
  });
  it('the cover and contents are the pages before the first part', () => {
    expect(frontPages(starts, 9)).toEqual([1, 2, 3]);
    expect(frontPages([], 2)).toEqual([1, 2]);
  });
});

const pdftotext = (bytes: Uint8Array, page?: number): string =>
  spawnSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', '-', '-'], { input: bytes, encoding: 'utf8' }).stdout;

const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe.skipIf(!installed('pdftotext'))('the preview PDF', () => {
  const template = builtInTemplate('nl-ministeriele-briefing');
  const catalog = [template];

  it("shows an item's pages as the full export prints them, numbered as there", async () => {
    const { pack, annexFiles } = samplePack();
    const assets = await exportFonts(template);
    const preview = new PdfPreview(template, assets, catalog);
    const full = await exportPdf({ pack, annexFiles }, template, assets, { templates: catalog });
    const shown = await preview.pages({ pack, annexFiles }, { kind: 'item', index: 2 });
    expect(shown.pages.length).toBeGreaterThan(0);
    expect(pdftotext(shown.bytes, 1)).toContain(SAMPLE_TITLES[2]);
    shown.pages.forEach((number, i) => {
      expect(words(pdftotext(shown.bytes, i + 1))).toBe(words(pdftotext(full, number)));
    });
    expect(shown.total).toBe(pdftotext(full).split('\f').length - 1);
  });

  it('counts the pages of a PDF annex as the export appends them', async () => {
    const { pack, annexFiles } = samplePack();
    const annexPdf = await PDFDocument.create();
    for (let i = 0; i < 3; i++) annexPdf.addPage([595, 842]);
    const annex = { id: 'kaart', title: 'Kaart', fileName: 'kaart.pdf', mediaType: 'application/pdf', size: 1 };
    const withAnnex: BriefingPack = { ...pack, annexes: [...pack.annexes, annex] };
    const files = new Map([...annexFiles, [annex.id, await annexPdf.save()]]);
    const assets = await exportFonts(template);
    const full = await exportPdf({ pack: withAnnex, annexFiles: files }, template, assets, { templates: catalog });
    const shown = await new PdfPreview(template, assets, catalog).pages({ pack: withAnnex, annexFiles: files }, { kind: 'item', index: 0 });
    expect(shown.total).toBe(pdftotext(full).split('\f').length - 1);
    expect(words(pdftotext(shown.bytes, 1))).toBe(words(pdftotext(full, shown.pages[0])));
  });

  it('shows the cover and contents on demand', async () => {
    const { pack, annexFiles } = samplePack();
    const preview = new PdfPreview(template, await exportFonts(template), catalog);
    const shown = await preview.pages({ pack, annexFiles }, { kind: 'front' });
    const text = pdftotext(shown.bytes);
    expect(shown.pages[0]).toBe(1);
    expect(text).toContain(template.labels.contents);
    expect(text).toContain(SAMPLE_TITLES[4]);
  });

  it('lays out only the edited item again, and shows the edit', async () => {
    const assets = await exportFonts(template);
    const preview = new PdfPreview(template, assets, catalog);
    const pack = syntheticPack(30);
    await preview.pages({ pack, annexFiles: new Map() }, { kind: 'item', index: 10 });
    const key = template.sections[0]!.key;
    const edited: BriefingPack = {
      ...pack,
      items: pack.items.map((item, i) => (i === 10 ? { ...item, sections: { ...item.sections, [key]: [{ type: 'paragraph', children: [{ text: 'Zojuist getypt.' }] }] } } : item)),
    };
    const shown = await preview.pages({ pack: edited, annexFiles: new Map() }, { kind: 'item', index: 10 });
    expect(pdftotext(shown.bytes)).toContain('Zojuist getypt.');
    expect(preview.layoutRun()).toEqual({ reused: 30, laidOut: 1 });
  });

  it('refuses as the export does: a picture without alternative text', async () => {
    const { pack, annexFiles } = samplePack();
    const key = template.sections[0]!.key;
    const media = 'a'.repeat(64);
    const withPicture: BriefingPack = {
      ...pack,
      media: [{ id: media, mediaType: 'image/png', width: 10, height: 10, size: 8 }],
      items: pack.items.map((item, i) => (i === 0 ? { ...item, sections: { ...item.sections, [key]: [{ type: 'figure', media, alt: '', caption: '', width: 1, children: [{ text: '' }] }] } } : item)),
    };
    const preview = new PdfPreview(template, await exportFonts(template), catalog);
    await expect(preview.pages({ pack: withPicture, annexFiles, mediaFiles: new Map([[media, new Uint8Array(8)]]) }, { kind: 'item', index: 0 })).rejects.toSatisfy(
      (error: unknown) => error instanceof UserError && error.code === 'export.figure-no-alt',
    );
  });
});
