/**
 * The same pack looks like the same document in Word and in PDF: every kind of
 * heading is set at the same size in both (read from the PDF layout's boxes and
 * from the DOCX's styles.xml).
 */
import { describe, expect, it } from 'vitest';
import type { TextBox } from '../../core/export/pdf/boxes';
import { layoutPack } from '../../core/export/pdf/layout';
import { fontFileMetrics } from '../../core/export/pdf/metrics';
import type { BriefingPack } from '../../core/model/pack';
import { syntheticPack } from '../../core/model/synthetic';
import type { Template } from '../../core/template/schema';
import { BUILT_IN_TEMPLATE_IDS, builtInTemplate, exportFonts, exportPack, paragraphs, part, unzipDocx } from '../helpers/docx';

function packWithHeadings(template: Template): BriefingPack {
  const pack = syntheticPack(2);
  const [item, sub] = pack.items as [BriefingPack['items'][number], BriefingPack['items'][number]];
  sub.level = 2;
  for (const [target, text] of [
    [item, 'Kopje in een agendapunt'],
    [sub, 'Kopje in een subpunt'],
  ] as const) {
    target.sections[template.sections[0]!.key] = [{ type: 'heading', children: [{ text }] }, { type: 'paragraph', children: [{ text: 'Tekst.' }] }];
  }
  return pack;
}

/** Font size in points of each style, from styles.xml (w:sz is in half points). */
function styleSizes(stylesXml: string): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const [, id, body] of stylesXml.matchAll(/<w:style [^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const size = /<w:sz w:val="(\d+)"\/>/.exec(body!)?.[1];
    if (size) sizes.set(id!, Number(size) / 2);
  }
  return sizes;
}

describe('headings are the same size in Word and PDF', () => {
  for (const id of BUILT_IN_TEMPLATE_IDS) {
    it(`for ${id}`, async () => {
      const template = builtInTemplate(id);
      const pack = packWithHeadings(template);
      const fonts = await exportFonts(template);
      const pdfBoxes = layoutPack(pack, template, fontFileMetrics(fonts.fonts)).pages.flatMap((p) => p.boxes.filter((b): b is TextBox => b.kind === 'text'));
      // The largest box with the text: a title also appears, smaller, in the contents.
      const largest = (values: (number | undefined)[]): number | undefined => values.reduce<number | undefined>((a, b) => (b !== undefined && (a === undefined || b > a) ? b : a), undefined);
      const pdfSize = (text: string): number | undefined => largest(pdfBoxes.filter((b) => b.text === text).map((b) => b.size));

      const parts = unzipDocx(await exportPack(pack, template));
      const sizes = styleSizes(part(parts, 'word/styles.xml'));
      const docx = paragraphs(part(parts, 'word/document.xml'));
      const wordSize = (text: string): number | undefined => largest(docx.filter((p) => p.text === text).map((p) => sizes.get(p.style ?? '')));

      const section = template.sections[0]!.label;
      const checked = [pack.items[0]!.title, pack.items[1]!.title, section, 'Kopje in een agendapunt', 'Kopje in een subpunt'];
      for (const text of checked) {
        const inPdf = pdfSize(text);
        expect(inPdf, `"${text}" in the PDF`).toBeDefined();
        expect(wordSize(text), `"${text}" in Word`).toBe(inPdf);
      }
      // A sub-item's title is smaller than an item's: the levels are told apart.
      expect(pdfSize(pack.items[1]!.title)!).toBeLessThan(pdfSize(pack.items[0]!.title)!);
    });
  }
});
