import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importLetterText } from '../../core/import/import-letter';
import { parseLetterText } from '../../core/import/text-letter';
import { PROJECT_ROOT } from '../../host/paths';

const fixture = (name: string) => readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'letters', name), 'utf8');
const outline = (text: string) => parseLetterText(text).items.map((i) => `${i.level} ${i.title}`);

describe('letters of the same genre, laid out differently', () => {
  it('two levels: a numbered part heading in capitals with topics below; the annex title is not an item', () => {
    const letter = parseLetterText(fixture('rbz-two-levels.txt'));
    expect(letter.titles).toEqual(['GEANNOTEERDE AGENDA RAAD BUITENLANDSE ZAKEN VAN 24 FEBRUARI 2025']);
    expect(outline(fixture('rbz-two-levels.txt'))).toEqual([
      '1 GEOPOLITIEKE ONDERWERPEN',
      '2 Russische agressie tegen Oekraïne',
      '2 Midden-Oosten',
      '1 OVERIGE ONDERWERPEN',
      '2 Handelsbeleid',
    ]);
    expect(letter.meeting).toEqual({ name: 'Raad Buitenlandse Zaken', abbreviation: 'RBZ', date: '2025-02-24', location: 'Brussel' });
    // the signature sits between the cover letter and the annex; it is neither intro nor item
    expect(letter.signatory).toEqual({ role: 'De Minister van Buitenlandse Zaken', name: 'C.C.J. Veldkamp' });
    expect(letter.introduction.map((p) => p.text).join(' ')).not.toContain('Veldkamp');
  });

  it('numbered headings in hard-wrapped text with no blank lines; the numbers stay out of the titles', () => {
    const letter = parseLetterText(fixture('numbered-hard-wrapped.txt'));
    expect(outline(fixture('numbered-hard-wrapped.txt'))).toEqual([
      '1 Strategische context',
      '1 Defensiecapaciteiten',
      '2 Gezamenlijke aanschaf',
      '2 Militaire mobiliteit',
    ]);
    expect(letter.date).toBe('2025-06-03');
    expect(letter.meeting).toMatchObject({ abbreviation: 'RBZD', date: '2025-06-12', location: 'Luxemburg' });
    // paragraphs are told apart by their short last line
    expect(letter.items[0]!.paragraphs.map((p) => p.text.slice(0, 20))).toEqual(['De Raad zal spreken ', 'Daarnaast wordt gesp']);
    expect(letter.items[3]!.paragraphs[0]!.text).toContain('troepenverplaatsingen');
    expect(letter.signatory.name).toBe('R.P. Brekelmans');
  });

  it('a one-paragraph letter without headings becomes one item holding the whole text', () => {
    const { contents } = importLetterText(new TextEncoder().encode(fixture('one-paragraph.txt')), 'brief.txt');
    expect(contents.pack.items).toHaveLength(1);
    expect(contents.pack.items[0]!.title).toBe('Informele bijeenkomst van de NAVO-ministers van Buitenlandse Zaken');
    expect(contents.pack.introduction).toEqual([]);
    expect(contents.pack.meeting).toMatchObject({ abbreviation: 'NAVO-RBZ', date: '2025-05-14', location: 'Antalya' });
  });

  it('an English written ministerial statement', () => {
    const text = fixture('english-statement.txt');
    const words = new Set(['international', 'long', 'term']);
    const letter = parseLetterText(text, { isWord: (w) => words.has(w) });
    expect(letter.titles).toEqual(['Written Ministerial Statement', 'Foreign Affairs Council, 24 February 2025']);
    expect(letter.items.map((i) => i.title)).toEqual(["Russia's illegal invasion of Ukraine", 'Middle East']);
    expect(letter.meeting).toEqual({ name: 'Meeting of the Foreign Affairs Council', abbreviation: 'FAC', date: '2025-02-24', location: 'Brussels' });
    expect(letter.signatory).toEqual({ name: 'The Rt Hon David Lammy MP', role: 'Secretary of State for Foreign, Commonwealth and Development Affairs' });
    const body = letter.items.flatMap((i) => i.paragraphs.map((p) => p.text)).join(' ');
    expect(body).toContain('long-term support');
    expect(body).toContain('critical international infrastructure');
    const { contents } = importLetterText(new TextEncoder().encode(text), 'wms.txt');
    expect(contents.pack.language).toBe('en');
    expect(contents.pack.annexes[0]!.title).toBe('Annotated agenda');
  });
});

describe('the English word list', () => {
  it('mends English line-end breaks with Hunspell en_US', async () => {
    const { importAgendaFile } = await import('../../host/import-agenda');
    const { letter } = await importAgendaFile(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'letters', 'english-statement.txt'));
    const body = letter.items.flatMap((i) => i.paragraphs.map((p) => p.text)).join(' ');
    expect(body).toContain('long-term support');
    expect(body).toContain('critical international infrastructure');
  });
});

describe('lines that recur', () => {
  const item = (title: string) => `${title}\n\nDe Raad spreekt hierover.\n\nInzet van het kabinet\n\nHet kabinet steunt dit.`;
  const text = ['Den Haag, 3 juni 2025', 'Hierbij de agenda voor de Raad Buitenlandse Zaken (RBZ) van 12 juni.', item('Oekraïne'), item('Midden-Oosten'), item('Handel')].join('\n\n');

  it('a label under every item heads no item, and its words stay in the text', () => {
    const letter = parseLetterText(text);
    expect(letter.items.map((i) => i.title)).toEqual(['Oekraïne', 'Midden-Oosten', 'Handel']);
    for (const parsed of letter.items) expect(parsed.paragraphs.map((p) => p.text)).toContain('Inzet van het kabinet');
  });

  it('a page header with the paper and page number leaves the text, even in mid-sentence', () => {
    const header = (page: number) => `Tweede Kamer, vergaderjaar 2024–2025, 21 501-02, nr. 3012 ${page}`;
    const letter = parseLetterText(
      ['Den Haag, 3 juni 2025', `Hierbij de agenda voor de Raad Buitenlandse Zaken (RBZ) van 12 juni. De Raad\n${header(2)}\nspreekt over Oekraïne.`, 'Oekraïne', `De Raad spreekt over\n${header(3)}\nde steun.`].join('\n\n'),
    );
    const all = [...letter.introduction, ...letter.items.flatMap((i) => i.paragraphs)].map((p) => p.text);
    expect(all).toEqual(['Hierbij de agenda voor de Raad Buitenlandse Zaken (RBZ) van 12 juni. De Raad spreekt over Oekraïne.', 'De Raad spreekt over de steun.']);
  });

  it('a stamp on every page, such as the draft watermark, leaves the text and heads nothing', () => {
    const page = (title: string) => `${title}\n\nDe Raad spreekt hierover.\n\nCONCEPT`;
    const letter = parseLetterText(['Den Haag, 3 juni 2025', 'Hierbij de agenda.', page('Oekraïne'), page('Midden-Oosten'), page('Handel')].join('\n\n'));
    expect(letter.items.map((i) => i.title)).toEqual(['Oekraïne', 'Midden-Oosten', 'Handel']);
    expect(letter.items.flatMap((i) => i.paragraphs.map((p) => p.text))).not.toContain('CONCEPT');
  });

  it("a reply's question and answer labels head nothing; the topics they answer about do", () => {
    const qa = (n: number) => `Vraag ${n}\n\nWat is de inzet van het kabinet?\n\nAntwoord\n\nHet kabinet steunt het voorstel.`;
    const letter = parseLetterText(['Den Haag, 3 juni 2025', 'Hierbij beantwoord ik de vragen van de commissie.', 'Oekraïne', qa(1), qa(2), 'Midden-Oosten', qa(3)].join('\n\n'));
    expect(letter.items.map((i) => i.title)).toEqual(['Oekraïne', 'Midden-Oosten']);
    expect(letter.items[0]!.paragraphs.map((p) => p.text)).toContain('Vraag 2');
  });

  it('headings numbered in their text are not taken for page headers', () => {
    const letter = parseLetterText(['Den Haag, 3 juni 2025', 'Hierbij de agenda.', 'Oekraïne (deel 1)', 'Tekst een.', 'Oekraïne (deel 2)', 'Tekst twee.', 'Oekraïne (deel 3)', 'Tekst drie.'].join('\n\n'));
    expect(letter.items.map((i) => i.title)).toEqual(['Oekraïne (deel 1)', 'Oekraïne (deel 2)', 'Oekraïne (deel 3)']);
  });
});
