/** A section holding nothing but a footnote is content: its note reaches both exports. */
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx/index';
import { exportPdfWithReport } from '../../core/export/pdf/index';
import type { RichText } from '../../core/model/rich-text';
import { pdfText } from '../e2e/documents';
import { builtInTemplate, exportFonts, part, unzipDocx } from '../helpers/docx';
import { samplePack } from '../helpers/sample';

const NOTE = 'Zie het verslag van de vorige Raad, Kamerstuk 21 501-28, nr. 290.';


describe('a section with only a footnote', () => {
  it('is printed with its note in the PDF and the DOCX', async () => {
    const contents = samplePack();
    const [first, ...rest] = contents.pack.items;
    const section: RichText = [{ type: 'paragraph', children: [{ text: '' }, { type: 'footnote', note: NOTE, children: [{ text: '' }] }, { text: '' }] }];
    const pack = { ...contents.pack, items: [{ ...first!, sections: { ...first!.sections, achtergrond: section } }, ...rest] };
    const template = builtInTemplate('nl-ministeriele-briefing');
    const assets = await exportFonts(template);
    const pdf = await exportPdfWithReport({ ...contents, pack }, template, assets);
    expect((await pdfText(pdf.bytes)).text.replace(/\s+/g, ' ')).toContain(NOTE);
    const docx = unzipDocx(await exportDocx({ ...contents, pack }, template, assets));
    expect(part(docx, 'word/footnotes.xml')).toContain('Zie het verslag van de vorige Raad');
  });
});
