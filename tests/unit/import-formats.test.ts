import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { EXPORTERS } from '../../core/export/registry';
import { UserError } from '../../core/i18n/errors';
import { importAgenda } from '../../core/import/import-letter';
import { parseLetterText } from '../../core/import/text-letter';
import { loadExportAssets } from '../../host/assets';
import { readPdfPages } from '../../host/pdf-text';
import { PROJECT_ROOT } from '../../host/paths';
import { loadTemplates } from '../../host/templates';
import { SAMPLE_LETTER, SAMPLE_TITLES, samplePack } from '../helpers/sample';
import { userErrorOfAsync as failure } from '../helpers/user-error';

const readers = { readPdfPages };

/** Level-1 items that are agenda items of the sample, in the order found. */
const agendaTitles = (items: readonly { title: string; level: number }[]) =>
  items.filter((i) => i.level === 1 && (SAMPLE_TITLES as readonly string[]).includes(i.title)).map((i) => i.title);
const hasQpdf = (() => {
  try {
    execFileSync('qpdf', ['--version']);
    return true;
  } catch {
    return false;
  }
})();


/** The seed letter as a department would send it: Word headings, a real footnote. */
async function seedAsDocx(): Promise<Uint8Array> {
  const letter = parseLetterText(SAMPLE_LETTER);
  const paragraph = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const children: Paragraph[] = [
    paragraph(letter.addressee),
    paragraph(`${letter.place}, 31 januari 2025`),
    ...letter.introduction.map((p) => paragraph(p.text)),
  ];
  for (const item of letter.items) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(item.title)] }));
    for (const p of item.paragraphs) {
      const note = p.footnotes[0];
      children.push(
        note
          ? new Paragraph({ children: [new TextRun(p.text.slice(0, note.offset)), new FootnoteReferenceRun(1), new TextRun(p.text.slice(note.offset))] })
          : paragraph(p.text),
      );
    }
  }
  children.push(paragraph('De Minister van Defensie,'), paragraph('R.P. Brekelmans'));
  const document = new Document({
    footnotes: { 1: { children: [paragraph(letter.footnotes[0]!.text)] } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

async function exported(format: 'docx' | 'pdf'): Promise<Uint8Array> {
  const { templates } = await loadTemplates(path.join(PROJECT_ROOT, 'templates'), null, 'en');
  const template = templates.find((t) => t.id === 'nl-ministeriele-briefing')!;
  return EXPORTERS[format](samplePack(), template, await loadExportAssets(template, path.join(PROJECT_ROOT, 'assets')));
}

describe('importing a Word letter', () => {
  it('finds the items from Word headings, the footnote, and the metadata', async () => {
    const { letter, contents } = await importAgenda(await seedAsDocx(), 'agenda.docx', readers);
    expect(letter.items.map((i) => i.title)).toEqual(SAMPLE_TITLES);
    expect(letter.footnotes).toEqual([{ marker: '1', text: 'Kamerstuk 28 676, nr. 472 van 8 november 2024.' }]);
    expect(letter.meeting).toMatchObject({ abbreviation: 'DMM', date: '2025-02-13', location: 'Brussel' });
    expect(letter.signatory.name).toBe('R.P. Brekelmans');
    expect(letter.items[0]!.paragraphs[0]!.footnotes).toHaveLength(1);
    expect(contents.pack.annexes[0]).toMatchObject({ fileName: 'agenda.docx', mediaType: expect.stringContaining('wordprocessingml') });
  });

  it('round-trips an exported DOCX: the same agenda items come back', async () => {
    const { letter } = await importAgenda(await exported('docx'), 'pack.docx', readers);
    // The export adds its own parts (introduction, list of annexes): the agenda items come back among them, in order.
    expect(agendaTitles(letter.items)).toEqual(SAMPLE_TITLES);
  });

  it('refuses a zip bomb before inflating it', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(200 * 1024 * 1024) }, { level: 9 });
    const error = await failure(() => importAgenda(bomb, 'bomb.docx', readers));
    expect(error.code).toBe('pack.too-large');
    expect(error.describe('en')).toContain('bomb.docx');
  });

  it('does not resolve external entities', async () => {
    const secret = path.join(mkdtempSync(path.join(tmpdir(), 'xxe-')), 'secret.txt');
    writeFileSync(secret, 'TOPSECRET-CANARY');
    const documentXml = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://${secret}">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>Agenda &xxe; tekst</w:t></w:r></w:p></w:body></w:document>`;
    const contentTypes = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
    const docx = zipSync({ '[Content_Types].xml': strToU8(contentTypes), '_rels/.rels': strToU8(rels), 'word/document.xml': strToU8(documentXml) });
    let text = '';
    try {
      const { letter } = await importAgenda(docx, 'xxe.docx', readers);
      text = JSON.stringify(letter);
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
    }
    expect(text).not.toContain('TOPSECRET-CANARY');
  });

  it('names what is wrong with a zip that is no Word document', async () => {
    const error = await failure(() => importAgenda(zipSync({ 'a.txt': strToU8('hoi') }), 'brief.docx', readers));
    expect(error.code).toBe('import.bad-docx');
  });
});

describe('importing a PDF letter', () => {
  it('round-trips an exported PDF: the same agenda items and the footnote come back', async () => {
    const { letter } = await importAgenda(await exported('pdf'), 'pack.pdf', readers);
    expect(agendaTitles(letter.items)).toEqual(SAMPLE_TITLES);
    expect(letter.footnotes.map((f) => f.text)).toContain('Kamerstuk 28 676, nr. 472 van 8 november 2024.');
    // the marker is lifted off "geïnformeerd1" and kept as a footnote reference in that paragraph
    const paragraph = letter.items.flatMap((i) => i.paragraphs).find((p) => p.text.includes('geïnformeerd al in juni'));
    expect(paragraph?.footnotes).toHaveLength(1);
  });

  it('reads a letter typeset as the parliament publishes it: footnote at the foot of the page, running footer', async () => {
    const pdf = await PDFDocument.create();
    const regular = await pdf.embedFont(StandardFonts.Helvetica);
    const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
    const page = pdf.addPage([595, 842]);
    let y = 780;
    const line = (text: string, font = regular, size = 10) => {
      page.drawText(text, { x: 70, y, size, font });
      y -= 14;
    };
    line('Aan de Voorzitter van de Tweede Kamer der Staten-Generaal');
    y -= 14;
    line('Den Haag, 31 januari 2025');
    y -= 14;
    line('Hierbij stuur ik u de geannoteerde agenda voor de bijeenkomst van de NAVO-');
    line('ministers van Defensie (DMM) op 13 februari te Brussel.');
    y -= 14;
    line('Afschrikking en verdediging', bold, 12);
    y -= 14;
    page.drawText('Bondgenoten spreken over de militaire verdedigings-', { x: 70, y, size: 10, font: regular });
    y -= 14;
    const before = 'plannen waarover ik uw Kamer eerder heb geïnformeerd'.replace('ï', 'i');
    page.drawText(before, { x: 70, y, size: 10, font: regular });
    page.drawText('1', { x: 70 + regular.widthOfTextAtSize(before, 10) + 0.5, y: y + 4, size: 6, font: regular });
    y -= 14;
    line('en die in juni worden vastgesteld.');
    page.drawText('1 Kamerstuk 28 676, nr. 472 van 8 november 2024.', { x: 70, y: 90, size: 8, font: regular });
    page.drawText('Tweede Kamer, vergaderjaar 2024-2025, 28 676, nr. 480 1', { x: 70, y: 40, size: 8, font: regular });
    const page2 = pdf.addPage([595, 842]);
    page2.drawText('Oekraine', { x: 70, y: 780, size: 12, font: bold });
    page2.drawText('Nederland blijft Oekraine steunen.', { x: 70, y: 752, size: 10, font: regular });
    page2.drawText('De Minister van Defensie,', { x: 70, y: 710, size: 10, font: regular });
    page2.drawText('R.P. Brekelmans', { x: 70, y: 696, size: 10, font: regular });
    page2.drawText('Tweede Kamer, vergaderjaar 2024-2025, 28 676, nr. 480 2', { x: 70, y: 40, size: 8, font: regular });
    const { letter } = await importAgenda(await pdf.save(), 'kamerbrief.pdf', readers);
    expect(letter.items.map((i) => i.title)).toEqual(['Afschrikking en verdediging', 'Oekraine']);
    expect(letter.footnotes).toEqual([{ marker: '1', text: 'Kamerstuk 28 676, nr. 472 van 8 november 2024.' }]);
    const text = letter.items[0]!.paragraphs.map((p) => p.text).join(' ');
    expect(text).toBe('Bondgenoten spreken over de militaire verdedigingsplannen waarover ik uw Kamer eerder heb geinformeerd en die in juni worden vastgesteld.');
    expect(letter.items[0]!.paragraphs[0]!.footnotes).toHaveLength(1);
    expect(JSON.stringify(letter)).not.toContain('vergaderjaar');
    expect(letter.meeting).toMatchObject({ abbreviation: 'DMM', date: '2025-02-13', location: 'Brussel' });
    expect(letter.signatory).toEqual({ role: 'De Minister van Defensie', name: 'R.P. Brekelmans' });
  });

  it('says a scan has no text layer', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawRectangle({ x: 50, y: 50, width: 300, height: 400 });
    const scan = await pdf.save();
    expect((await failure(() => importAgenda(scan, 'scan.pdf', readers))).code).toBe('import.no-text-layer');
  });

  it('says a file is not a readable PDF', async () => {
    const error = await failure(() => importAgenda(strToU8('%PDF-1.7 this is not really a pdf'), 'kapot.pdf', readers));
    expect(error.code).toBe('import.bad-pdf');
    expect(error.describe('nl')).toContain('kapot.pdf');
  });

  it.skipIf(!hasQpdf)('says an encrypted PDF needs an unprotected copy (qpdf encrypts it)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'enc-'));
    writeFileSync(path.join(dir, 'plain.pdf'), await exported('pdf'));
    execFileSync('qpdf', ['--encrypt', 'user', 'owner', '256', '--', path.join(dir, 'plain.pdf'), path.join(dir, 'locked.pdf')]);
    const locked = new Uint8Array(readFileSync(path.join(dir, 'locked.pdf')));
    const error = await failure(() => importAgenda(locked, 'locked.pdf', readers));
    expect(error.code).toBe('import.encrypted');
  });
});

describe('other input', () => {
  it('refuses an empty file and an unknown kind in one line', async () => {
    expect((await failure(() => importAgenda(new Uint8Array(), 'leeg.pdf', readers))).code).toBe('import.empty');
    expect((await failure(() => importAgenda(strToU8('x'), 'brief.odt', readers))).code).toBe('import.unsupported');
  });
});
