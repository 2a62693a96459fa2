/**
 * Hostile letters on import (issue 19): each is a correct import or a
 * one-line refusal, never a stack trace, a hang, a fetch or a file opened
 * outside the letter. The inputs are built here.
 */
import { execFileSync } from 'node:child_process';
import { constants, mkdtempSync, openSync, closeSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { PDFDocument, PDFName, PDFNumber, PDFString, StandardFonts } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../core/i18n/errors';
import { decodeLetterText } from '../../core/import/decode-text';
import { docxToLetterText } from '../../core/import/docx-letter';
import { importAgenda } from '../../core/import/import-letter';
import { MAX_PDF_PAGES, readPdfPageTexts, type OpenPdf } from '../../core/import/pdf-pages';
import { readPdfPages } from '../../host/pdf-text';
import { hasQpdf, pdfWithContent } from '../helpers/hostile-pdf';

const readers = { readPdfPages };
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => {
      if (!(error instanceof UserError)) throw error;
      expect(error.describe('en')).not.toContain('\n');
      expect(error.describe('nl')).not.toContain('\n');
      return error;
    },
  );

// ---- Word letters -------------------------------------------------------

const NS = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"',
].join(' ');
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT_TYPES = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`;
const relationships = (...rels: string[]) => `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const heading = (text: string) => `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const LETTER = [heading('Afschrikking en verdediging'), paragraph('Bondgenoten spreken over de verdedigingsplannen.'), heading('Oekraine'), paragraph('Nederland blijft Oekraine steunen.')].join('');

function docx(body: string, options: { doctype?: string; parts?: Record<string, string | Uint8Array> } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'word/document.xml': strToU8(`<?xml version="1.0"?>${options.doctype ?? ''}<w:document ${NS}><w:body>${body}</w:body></w:document>`),
  };
  for (const [name, data] of Object.entries(options.parts ?? {})) files[name] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(files);
}

/** A local server that counts every request made to it; nothing may ever reach it. */
let server: Server;
let requests = 0;
let serverUrl = '';
beforeAll(async () => {
  server = createServer((_request, response) => {
    requests++;
    response.end('SERVER-CANARY');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  serverUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('hostile Word letters', () => {
  it('refuses entity expansion (a billion laughs) at once, without expanding anything', async () => {
    const levels = ['<!ENTITY l0 "ha">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`)];
    const bomb = docx(paragraph('Agenda &l9;'), { doctype: `<!DOCTYPE w:document [${levels.join('')}]>` });
    // refused on sight of the declaration: nothing is expanded, so no time or memory is spent on it
    const error = await refusal(importAgenda(bomb, 'lol.docx', readers));
    expect(error.code).toBe('import.docx-dtd');
    expect(error.describe('en')).toBe('lol.docx refused: word/document.xml declares a DTD or entities (<!DOCTYPE>), which Word never writes; entities are never expanded or fetched.');
    expect(error.describe('nl')).toContain('lol.docx geweigerd: word/document.xml declareert een DTD');
  });

  it('refuses external entities (file and http) in any part, and fetches nothing', async () => {
    const secret = path.join(mkdtempSync(path.join(tmpdir(), 'xxe-')), 'secret.txt');
    writeFileSync(secret, 'FILE-CANARY');
    const doctype = `<!DOCTYPE w:document [<!ENTITY file SYSTEM "file://${secret}"><!ENTITY web SYSTEM "${serverUrl}/xxe">]>`;
    const inBody = docx(paragraph('Agenda &file; &web;') + LETTER, { doctype });
    expect((await refusal(importAgenda(inBody, 'xxe.docx', readers))).params).toMatchObject({ part: 'word/document.xml' });
    const inStyles = docx(LETTER, { parts: { 'word/styles.xml': `<?xml version="1.0"?><!DOCTYPE x SYSTEM "${serverUrl}/dtd"><w:styles ${NS}/>` } });
    expect((await refusal(importAgenda(inStyles, 'xxe-styles.docx', readers))).params).toMatchObject({ part: 'word/styles.xml' });
    expect(requests).toBe(0);
  });

  it.skipIf(process.platform === 'win32')('never follows external relationships: a linked image, a hyperlink, an external chunk', async () => {
    // A named pipe blocks whoever opens it for reading: a reader following the link would hang here.
    const fifo = path.join(mkdtempSync(path.join(tmpdir(), 'link-')), 'image.png');
    execFileSync('mkfifo', [fifo]);
    const rels = relationships(
      `<Relationship Id="rImg" Type="${REL}/image" Target="file://${fifo}" TargetMode="External"/>`,
      `<Relationship Id="rWeb" Type="${REL}/image" Target="${serverUrl}/image.png" TargetMode="External"/>`,
      `<Relationship Id="rLink" Type="${REL}/hyperlink" Target="${serverUrl}/link" TargetMode="External"/>`,
      `<Relationship Id="rChunk" Type="${REL}/aFChunk" Target="file://${fifo}" TargetMode="External"/>`,
    );
    const image = (attribute: string) =>
      `<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="x"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip ${attribute}/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
    const body = LETTER + image('r:link="rImg"') + image('r:link="rWeb"') + `<w:p><w:hyperlink r:id="rLink"><w:r><w:t>Kamerstuk</w:t></w:r></w:hyperlink></w:p><w:altChunk r:id="rChunk"/>`;
    const { text } = await docxToLetterText(docx(body, { parts: { 'word/_rels/document.xml.rels': rels } }), 'links.docx');
    expect(text).toContain('Nederland blijft Oekraine steunen.');
    expect(text).toContain('Kamerstuk');
    expect(requests).toBe(0);
    // Opening the pipe for writing without blocking fails (ENXIO) while nobody has it open for reading.
    expect(() => closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK))).toThrow(/ENXIO/);
  });

  it('names a missing part or reference instead of failing inside the reader', async () => {
    const cases: [string, Uint8Array, Record<string, string>][] = [
      ['footnote without footnotes part', docx(`<w:p><w:r><w:t>Tekst</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`), { kind: 'footnote', id: '1' }],
      [
        'footnote id not in the footnotes part',
        docx(`<w:p><w:r><w:t>Tekst</w:t></w:r><w:r><w:footnoteReference w:id="7"/></w:r></w:p>`, {
          parts: { 'word/footnotes.xml': `<?xml version="1.0"?><w:footnotes ${NS}><w:footnote w:id="1">${paragraph('Noot')}</w:footnote></w:footnotes>` },
        }),
        { kind: 'footnote', id: '7' },
      ],
      ['endnote without endnotes part', docx(`<w:p><w:r><w:t>Tekst</w:t></w:r><w:r><w:endnoteReference w:id="2"/></w:r></w:p>`), { kind: 'endnote', id: '2' }],
      ['image relationship not declared', docx(LETTER + `<w:p><w:r><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="rId9"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`), { kind: 'relationship', id: 'rId9' }],
      ['hyperlink relationship not declared', docx(LETTER + `<w:p><w:hyperlink r:id="rX"><w:r><w:t>link</w:t></w:r></w:hyperlink></w:p>`), { kind: 'relationship', id: 'rX' }],
    ];
    for (const [name, bytes, params] of cases) {
      const error = await refusal(importAgenda(bytes, 'brief.docx', readers));
      expect(error.code, name).toBe('import.docx-missing-part');
      expect(error.params, name).toMatchObject({ file: 'brief.docx', part: 'word/document.xml', ...params });
      expect(error.describe('en'), name).not.toMatch(/Cannot read|undefined|null/);
    }
    expect((await refusal(importAgenda(docx('', {}), 'leeg.docx', readers))).code).toBe('import.empty');
  });

  it('reads a letter without styles, numbering, content types or root relationships: only the body is needed', async () => {
    const bare = zipSync({ 'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${NS}><w:body>${LETTER}</w:body></w:document>`) });
    const { text, headings } = await docxToLetterText(bare, 'kaal.docx');
    expect(text).toContain('Bondgenoten spreken over de verdedigingsplannen.');
    expect([...headings.keys()]).toEqual(['Afschrikking en verdediging', 'Oekraine']);
  });

  it('reads 10,000 paragraphs, every one of them, and their 200 headings as items', async () => {
    const body = Array.from({ length: 10_000 }, (_, i) => (i % 50 === 0 ? heading(`Onderwerp ${i / 50 + 1}`) : paragraph(`Alinea ${i} over de agenda van de Raad.`))).join('');
    const bytes = docx(body);
    const { text, headings } = await docxToLetterText(bytes, 'lang.docx');
    expect(text.split('\n\n')).toHaveLength(10_000);
    expect(headings.size).toBe(200);
    const imported = await importAgenda(bytes, 'lang.docx', readers);
    expect(imported.letter.items.map((i) => i.title)).toEqual(Array.from({ length: 200 }, (_, i) => `Onderwerp ${i + 1}`));
    expect(imported.contents.annexFiles.get('geannoteerde-agenda')).toBe(bytes);
  });
});

// ---- PDF letters --------------------------------------------------------

describe('hostile PDF letters', () => {
  it(`refuses a 2,000-page PDF by its page count (limit ${MAX_PDF_PAGES}), without reading the pages`, async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (let i = 0; i < 2_000; i++) doc.addPage([595, 842]).drawText(`Pagina ${i + 1}`, { x: 70, y: 780, size: 10, font });
    const bytes = await doc.save();
    const before = process.memoryUsage().rss;
    const error = await refusal(importAgenda(bytes, 'dik.pdf', readers));
    expect(error.code).toBe('import.too-large');
    expect(error.describe('en')).toBe('dik.pdf is too large to be an agenda letter (2000 pages; the limit is 300 pages).');
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it.skipIf(!hasQpdf)('refuses a PDF encrypted with only an owner password, which pdf.js opens but no annex can carry', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'owner-'));
    const plain = await pdfWithContent([[{ data: 'BT /F1 12 Tf 70 780 Td (Afschrikking en verdediging) Tj ET BT /F1 10 Tf 70 750 Td (Nederland blijft steunen.) Tj ET' }]]);
    writeFileSync(path.join(dir, 'plain.pdf'), plain);
    execFileSync('qpdf', ['--encrypt', '', 'owner', '256', '--', path.join(dir, 'plain.pdf'), path.join(dir, 'owner.pdf')]);
    const error = await refusal(importAgenda(new Uint8Array(readFileSync(path.join(dir, 'owner.pdf'))), 'beveiligd.pdf', readers));
    expect(error.code).toBe('import.encrypted');
  });

  it('uses a pdf.js without the font code-injection flaw (CVE-2024-4367, fixed in 4.2.67), with eval off', async () => {
    const { version } = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../node_modules/pdfjs-dist/package.json'), 'utf8')) as { version: string };
    const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
    expect(major * 1e6 + minor * 1e3 + patch).toBeGreaterThanOrEqual(4_002_067);
    const seen: unknown[] = [];
    const open: OpenPdf = (params) => {
      seen.push(params);
      return getDocument(params);
    };
    await readPdfPageTexts(open, await pdfWithContent([[{ data: 'BT /F1 12 Tf 70 780 Td (Agenda) Tj ET' }]]), 'brief.pdf');
    expect(seen).toEqual([expect.objectContaining({ isEvalSupported: false })]);
  });

  it('runs no code from a PDF built to run it: a FontMatrix injection and document JavaScript', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    const marker = '__briefingPwned';
    // The published proof of concept for CVE-2024-4367: a string in a Type1 font's FontMatrix.
    const font = doc.context.register(
      doc.context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', FontMatrix: doc.context.obj([...[1, 0, 0, 1, 0].map((n) => PDFNumber.of(n)), PDFString.of(`0\\); globalThis.${marker} = 1; //`)]) }),
    );
    page.node.setFontDictionary(PDFName.of('F1'), font);
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.stream('BT /F1 12 Tf 70 780 Td (Afschrikking en verdediging) Tj ET')));
    doc.catalog.set(PDFName.of('OpenAction'), doc.context.obj({ S: 'JavaScript', JS: `globalThis.${marker} = 2;` }));
    const bytes = await doc.save({ useObjectStreams: false });
    const outcome = await importAgenda(bytes, 'aanval.pdf', readers).catch((error: unknown) => {
      expect(error).toBeInstanceOf(UserError);
      return null;
    });
    expect(outcome === null || outcome.letter.items.length + outcome.letter.introduction.length > 0).toBe(true);
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });
});

// ---- Text letters -------------------------------------------------------

describe('text letters in other encodings', () => {
  const LETTER_TEXT = 'Aan de Voorzitter van de Tweede Kamer\n\nCoördinatie met België, één standpunt; Curaçao.\n';
  const utf16 = (text: string, bigEndian: boolean, bom = false) => {
    const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
    [...(bom ? '\ufeff' : ''), ...text].forEach((char, i) => {
      const code = char.charCodeAt(0);
      bytes[2 * i + (bigEndian ? 1 : 0)] = code & 0xff;
      bytes[2 * i + (bigEndian ? 0 : 1)] = code >> 8;
    });
    return bytes;
  };

  it('reads UTF-16 without a byte order mark, little- and big-endian, and with one', () => {
    expect(decodeLetterText(utf16(LETTER_TEXT, false), 'brief.txt')).toBe(LETTER_TEXT);
    expect(decodeLetterText(utf16(LETTER_TEXT, true), 'brief.txt')).toBe(LETTER_TEXT);
    expect(decodeLetterText(utf16(LETTER_TEXT, false, true), 'brief.txt')).toBe(LETTER_TEXT);
    expect(decodeLetterText(utf16(LETTER_TEXT, true, true), 'brief.txt')).toBe(LETTER_TEXT);
  });

  it('reads Latin-1 without a byte order mark', () => {
    const latin1 = Uint8Array.from(LETTER_TEXT, (c) => c.charCodeAt(0));
    expect(decodeLetterText(latin1, 'brief.txt')).toBe(LETTER_TEXT);
  });

  it('still refuses binary data with zero bytes, and UTF-16 with a broken surrogate, in one line', () => {
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect(() => decodeLetterText(junk, 'data.txt')).toThrow(expect.objectContaining({ code: 'import.not-text' }));
    const broken = utf16('Agenda \ud800 tekst over de Raad', false);
    expect(() => decodeLetterText(broken, 'kapot.txt')).toThrow(expect.objectContaining({ code: 'import.not-text' }));
  });
});
