/**
 * Issue 21: letters built to make the importer work for minutes or run out
 * of memory. What is far beyond any letter is refused in one line before it
 * is parsed; what is within the limits is read in time in proportion to its
 * size (bench:import prints the times by line count).
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importAgenda } from '../../core/import/import-letter';
import { LETTER_LIMITS } from '../../core/import/letter-limits';
import { decodePack, encodePack } from '../../core/pack/container';
import { readPdfPages } from '../../host/pdf-text';
import { userErrorOfAsync } from '../helpers/user-error';

const readers = { readPdfPages };
const encode = (text: string) => new TextEncoder().encode(text);
const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const docx = (body: string) => zipSync({ 'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${NS}><w:body>${body}</w:body></w:document>`) });
const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe('letters within the limits, shaped to be slow', () => {
  // Each took minutes before: the text so far was searched again for every line or every letter.
  it('reads 100,000 one-character lines as one paragraph', async () => {
    const { contents } = await importAgenda(encode('a\n'.repeat(LETTER_LIMITS.lines)), 'regels.txt', readers);
    const [block] = decodePack(encodePack(contents), 'regels.briefpack').pack.items[0]!.source;
    expect(block && 'children' in block && block.children[0]).toEqual({ text: Array(LETTER_LIMITS.lines).fill('a').join(' ') });
  }, 60_000);

  it('reads 90,000 lines of a word broken at every line end', async () => {
    const { letter } = await importAgenda(encode('Verdediging\n\n' + 'ab-\n'.repeat(90_000) + 'cd\n'), 'afbreking.txt', readers);
    const text = letter.items.flatMap((item) => item.paragraphs).concat(letter.introduction).map((p) => p.text).join('');
    expect(text.endsWith(` ${'ab'.repeat(90_000)}cd`)).toBe(true);
  }, 60_000);

  it('reads a word of a million letters', async () => {
    const word = 'a'.repeat(1_000_000);
    const { contents } = await importAgenda(encode(`Verdediging\n\nDe Raad spreekt over ${word} en verder.\n`), 'woord.txt', readers);
    const source = decodePack(encodePack(contents), 'woord.briefpack').pack.items.flatMap((item) => item.source);
    // Too long for one text, it is cut into pieces of the longest text a pack holds.
    const pieces = source.map((block) => ('children' in block ? block.children.map((c) => ('text' in c ? c.text : '')).join('') : ''));
    expect(Math.max(...pieces.map((piece) => piece.length))).toBe(200_000);
    expect(pieces.join('').replace(/ /g, '')).toBe(`DeRaadspreektover${word}enverder.`);
  }, 60_000);
});

describe('letters beyond the limits, refused in one line', () => {
  it(`refuses a text of more than ${LETTER_LIMITS.lines.toLocaleString('en-US')} lines`, async () => {
    const error = await userErrorOfAsync(() => importAgenda(encode('a\n'.repeat(LETTER_LIMITS.lines + 1)), 'regels.txt', readers));
    expect(error.describe('en')).toBe('regels.txt has 100,001 lines; an agenda letter has far fewer (the limit is 100,000).');
    expect(error.describe('nl')).toBe('regels.txt heeft 100,001 regels; een agendabrief heeft er veel minder (de grens is 100,000).');
  });

  it('refuses a Word letter of 100,000 paragraphs before reading it', async () => {
    const body = Array.from({ length: 100_000 }, (_, i) => paragraph(`Alinea ${i} over de Raad.`)).join('');
    const error = await userErrorOfAsync(() => importAgenda(docx(body), 'alineas.docx', readers));
    expect(error.describe('en')).toBe('alineas.docx has 100,000 paragraphs; an agenda letter has far fewer (the limit is 25,000).');
    expect(error.describe('nl')).toContain("alineas.docx heeft 100,000 alinea's");
  });

  it('refuses a Word letter with one text run of 40 million characters before reading it', async () => {
    const error = await userErrorOfAsync(() => importAgenda(docx(paragraph('de raad '.repeat(5_000_000))), 'run.docx', readers));
    expect(error.describe('en')).toBe('run.docx holds 40,000,000 characters of text; an agenda letter holds far fewer (the limit is 4,000,000).');
    expect(error.describe('nl')).toContain('run.docx bevat 40,000,000 tekens tekst');
  });
});
