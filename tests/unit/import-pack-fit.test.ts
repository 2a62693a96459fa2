/**
 * Issue 21: the importer never writes a pack that does not open again. Each
 * pack here goes through encodePack and decodePack, the reading `briefing
 * validate` and opening do, so the schema of the pack is what judges it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAgenda } from '../../core/import/import-letter';
import { fitLetterToPack, splitParagraph } from '../../core/import/pack-fit';
import { letterToPack } from '../../core/import/to-pack';
import { parsePack } from '../../core/model/validate';
import { decodePack, encodePack, type PackContents } from '../../core/pack/container';
import { PROJECT_ROOT } from '../../host/paths';
import { readPdfPages } from '../../host/pdf-text';
import { userErrorOfAsync } from '../helpers/user-error';

const readers = { readPdfPages };
const encode = (text: string) => new TextEncoder().encode(text);
const HEAD = 'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 31 januari 2025\n\nAfschrikking en verdediging\n\n';

/** The pack as `briefing validate` reads it back. */
function reopened(contents: PackContents) {
  return decodePack(encodePack(contents), 'brief.briefpack');
}

const paragraphTexts = (contents: PackContents) =>
  contents.pack.items.flatMap((item) => item.source.map((block) => ('children' in block ? block.children.map((c) => ('text' in c ? c.text : '')).join('') : '')));

describe('letters the pack schema could not hold as they are', () => {
  it('splits a paragraph of over 200,000 characters at sentence ends, keeping every word, into a pack that opens', async () => {
    const sentence = 'Dit is een zin over de agenda van de Raad. ';
    const long = sentence.repeat(6_000).trim();
    expect(long.length).toBeGreaterThan(200_000);
    const { contents } = await importAgenda(encode(`${HEAD}${long}\n`), 'lang.txt', readers);
    const { pack } = reopened(contents);
    const texts = paragraphTexts({ ...contents, pack });
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) {
      expect(text.length).toBeLessThanOrEqual(200_000);
      expect(text).toMatch(/Raad\.$/);
    }
    expect(texts.join(' ')).toBe(long);
  });

  it('splits one word of 300,000 letters too, between words being impossible', async () => {
    const word = 'a'.repeat(300_000);
    const { contents } = await importAgenda(encode(`${HEAD}${word}\n`), 'woord.txt', readers);
    expect(paragraphTexts({ ...contents, pack: reopened(contents).pack }).join('')).toBe(word);
  });

  it('keeps a footnote with its word when the paragraph is split', async () => {
    const sentence = 'Dit is een zin over de agenda van de Raad. ';
    const text = `${sentence.repeat(4_000)}De begroting van de Raad1 volgt. ${sentence.repeat(2_000)}`.trim();
    const { contents } = await importAgenda(encode(`${HEAD}${text}\n\n1 Kamerstuk 21 501-28, nr. 270.\n`), 'noot.txt', readers);
    const { pack } = reopened(contents);
    const withNote = pack.items.flatMap((item) => item.source).find((block) => 'children' in block && block.children.some((c) => 'type' in c && c.type === 'footnote'));
    expect(withNote && 'children' in withNote && withNote.children.map((c) => ('text' in c ? c.text : '[noot]')).join('')).toMatch(/De begroting van de Raad\[noot\] volgt\./);
  });

  it('refuses in one line an item of more than 5,000 paragraphs, which no pack can hold', async () => {
    const paragraphs = Array.from({ length: 6_000 }, (_, i) => `Alinea ${i} over de agenda van de Raad.`).join('\n\n');
    const error = await userErrorOfAsync(() => importAgenda(encode(`${HEAD}${paragraphs}\n`), 'veel.txt', readers));
    expect(error.code).toBe('import.item-too-long');
    expect(error.describe('en')).toBe('veel.txt: the item "Afschrikking en verdediging" has 6,000 paragraphs; the text of one item holds at most 5,000, so the pack could not be opened again.');
    expect(error.describe('nl')).toContain('het agendapunt "Afschrikking en verdediging" heeft 6,000 alinea\'s');
  });

  it('shortens labels over their field\'s limit at a word, with an ellipsis, into a pack that opens', async () => {
    const { letter } = await importAgenda(encode(`${HEAD}De Raad spreekt over de plannen.\n`), 'kort.txt', readers);
    const long = 'Afschrikking en verdediging '.repeat(25).trim();
    const fitted = fitLetterToPack({ ...letter, addressee: long, items: letter.items.map((item) => ({ ...item, title: long })) }, 'kort.txt');
    const pack = parsePack(letterToPack(fitted, { templateId: 'nl-ministeriele-briefing', language: 'nl' }), 'kort.briefpack');
    expect(pack.items[0]!.title).toMatch(/…$/);
    expect(pack.items[0]!.title.length).toBeLessThanOrEqual(500);
    expect(long.startsWith(pack.items[0]!.title.slice(0, -1))).toBe(true);
    expect(pack.letter.addressee).toBe(pack.items[0]!.title);
  });

  it('refuses in one line more than 5,000 items, and a footnote of more than 20,000 characters', async () => {
    const { letter } = await importAgenda(encode(`${HEAD}De Raad spreekt over de plannen.\n`), 'kort.txt', readers);
    const items = Array.from({ length: 5_001 }, (_, i) => ({ ...letter.items[0]!, title: `Punt ${i}` }));
    const many = await userErrorOfAsync(async () => fitLetterToPack({ ...letter, items }, 'veel.txt'));
    expect(many.describe('en')).toBe('veel.txt has 5,001 agenda items; a pack holds at most 5,000.');
    expect(many.describe('nl')).toBe('veel.txt heeft 5,001 agendapunten; een pakket bevat er hoogstens 5,000.');
    const note = await userErrorOfAsync(async () => fitLetterToPack({ ...letter, footnotes: [{ marker: '3', text: 'x'.repeat(20_001) }] }, 'noot.txt'));
    expect(note.describe('en')).toBe('noot.txt: footnote 3 has 20,001 characters; a footnote holds at most 20,000, so the pack could not be opened again.');
    expect(note.describe('nl')).toContain('noot.txt: voetnoot 3 heeft 20,001 tekens');
  });

  it('turns half of a UTF-16 pair from a Word letter into U+FFFD instead of writing it', async () => {
    const { strToU8, zipSync } = await import('fflate');
    const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const body = `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Oekraine</w:t></w:r></w:p><w:p><w:r><w:t>Steun &#xD800; blijft.</w:t></w:r></w:p>`;
    const bytes = zipSync({ 'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${ns}><w:body>${body}</w:body></w:document>`) });
    const { contents } = await importAgenda(bytes, 'half.docx', readers);
    const reopenedPack = decodePack(encodePack(contents), 'half.briefpack');
    expect(reopenedPack.warnings).toEqual([]);
  });
});

describe('splitting a paragraph', () => {
  it('never cuts between the halves of a UTF-16 pair', () => {
    const text = '😀'.repeat(150_000);
    const pieces = splitParagraph({ text, footnotes: [] });
    expect(pieces.map((piece) => piece.text.length)).toEqual([200_000, 100_000]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
  });

  it('ends a piece before the footnote one too many for a paragraph', () => {
    const text = 'wxyz '.repeat(6_000).trim();
    const footnotes = Array.from({ length: 6_000 }, (_, i) => ({ offset: 5 * i + 4, marker: '1' }));
    const pieces = splitParagraph({ text, footnotes });
    expect(pieces.map((piece) => piece.footnotes.length)).toEqual([2_499, 2_499, 1_002]);
    for (const piece of pieces) for (const note of piece.footnotes) expect(piece.text.slice(note.offset - 4, note.offset)).toBe('wxyz');
  });
});

describe('every letter of the corpus', () => {
  const dir = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'letters', 'corpus');
  const letters = readdirSync(dir).filter((name) => /\.(txt|md|docx|pdf)$/.test(name));

  it('becomes a pack the schema accepts, read back with no warning', async () => {
    expect(letters.length).toBeGreaterThan(100);
    const failures: string[] = [];
    for (const name of letters) {
      const { contents } = await importAgenda(new Uint8Array(readFileSync(path.join(dir, name))), name, readers);
      try {
        expect(reopened(contents).warnings).toEqual([]);
      } catch (error) {
        failures.push(`${name}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
