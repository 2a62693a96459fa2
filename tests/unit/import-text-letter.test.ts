import { describe, expect, it } from 'vitest';
import { parseWrittenDate } from '../../core/import/dates';
import { joinBrokenWord } from '../../core/import/dehyphenate';
import { parseLetterText } from '../../core/import/text-letter';
import { SAMPLE_LETTER, SAMPLE_TITLES } from '../helpers/sample';

describe('parseLetterText on the DMM letter of 31 January 2025', () => {
  const letter = parseLetterText(SAMPLE_LETTER);
  const body = [...letter.introduction, ...letter.items.flatMap((i) => i.paragraphs)].map((p) => p.text).join('\n');

  it('finds the five agenda items with the letter titles', () => {
    expect(letter.items.map((i) => i.title)).toEqual(SAMPLE_TITLES);
  });

  it('reads the letter and meeting metadata', () => {
    expect(letter.addressee).toBe('Aan de Voorzitter van de Tweede Kamer der Staten-Generaal');
    expect({ place: letter.place, date: letter.date }).toEqual({ place: 'Den Haag', date: '2025-01-31' });
    expect(letter.meeting).toEqual({
      name: 'Bijeenkomst van de NAVO-ministers van Defensie',
      abbreviation: 'DMM',
      date: '2025-02-13',
      location: 'Brussel',
    });
    expect(letter.signatory).toEqual({ role: 'De Minister van Defensie', name: 'R.P. Brekelmans' });
    expect(letter.references).toContain('Kamerstuk 28 676, nr. 472');
    expect(letter.references).toContain('Kamerstuk 36 471, nr. 96');
  });

  it('lifts the footnote out of the flow and links it to its marker', () => {
    expect(letter.footnotes).toEqual([{ marker: '1', text: 'Kamerstuk 28 676, nr. 472 van 8 november 2024.' }]);
    expect(body).toContain('geïnformeerd al in juni');
    expect(body).not.toContain('geïnformeerd1');
    const first = letter.items[0]!.paragraphs[0]!;
    expect(first.footnotes).toHaveLength(1);
    expect(first.text.slice(0, first.footnotes[0]!.offset).endsWith('geïnformeerd')).toBe(true);
    // the paragraph after the footnote starts anew, without the page-start indent
    expect(letter.items[0]!.paragraphs[1]!.text.startsWith('De uitdagingen voor de Europese veiligheid')).toBe(true);
  });

  it('joins broken words but keeps real compounds', () => {
    for (const word of ['verdedigingsplannen', 'capaciteitsdoelstellingen', 'operationalisering', 'stafofficieren', 'beveiliging']) {
      expect(body).toContain(word);
    }
    expect(body).toContain('over weerbaarheid en de defensie-industrie.');
    expect(body).toContain('bredere kabinetsbeleid');
    expect(body).not.toMatch(/\s{2,}/);
  });

  it('keeps the signature out of the items', () => {
    expect(body).not.toContain('Brekelmans');
  });
});

describe('joinBrokenWord', () => {
  const none = { evidence: new Set<string>(), language: 'nl' as const };
  it('joins a lower-case break', () => expect(joinBrokenWord('de verdedigings-', 'plannen.', none)).toBe('de verdedigingsplannen.'));
  it('keeps the hyphen after an abbreviation', () => expect(joinBrokenWord('de NAVO-', 'top', none)).toBe('de NAVO-top'));
  it('keeps the hyphen before a capital', () => expect(joinBrokenWord('trans-', 'Atlantische', none)).toBe('trans-Atlantische'));
  it('keeps the hyphen where the text writes the compound so', () =>
    expect(joinBrokenWord('de lucht-', 'verdediging', { ...none, evidence: new Set(['lucht-verdediging']) })).toBe('de lucht-verdediging'));
  it('keeps the hyphen where Dutch spelling needs it between vowels', () =>
    expect(joinBrokenWord('de defensie-', 'industrie', none)).toBe('de defensie-industrie'));
  it('joins an English break when the word list knows the whole word, and keeps two known words apart', () => {
    const words = new Set(['international', 'long', 'term']);
    const en = { evidence: new Set<string>(), language: 'en' as const, isWord: (w: string) => words.has(w) };
    expect(joinBrokenWord('inter-', 'national', en)).toBe('international');
    expect(joinBrokenWord('long-', 'term', en)).toBe('long-term');
  });
});

describe('parseWrittenDate', () => {
  it('reads Dutch and English dates', () => {
    expect(parseWrittenDate('31 januari 2025')).toBe('2025-01-31');
    expect(parseWrittenDate('3 March 2024')).toBe('2024-03-03');
  });
  it('takes the year from the reference, rolling over a year end', () => {
    expect(parseWrittenDate('13 februari', '2025-01-31')).toBe('2025-02-13');
    expect(parseWrittenDate('14 januari', '2024-12-10')).toBe('2025-01-14');
  });
  it('returns an empty string for what is not a date', () => expect(parseWrittenDate('volgende week')).toBe(''));
});

describe('a hyphen before a conjunction at a line end', () => {
  const none = { evidence: new Set<string>(), language: 'nl' as const };
  it('is Dutch elision and keeps its hyphen and the space', () => {
    expect(joinBrokenWord('de lucht-', 'en zeemacht', none)).toBe('de lucht- en zeemacht');
    expect(joinBrokenWord('pre-', 'and post-war', { ...none, language: 'en' })).toBe('pre- and post-war');
  });
  it('still joins a word that only starts like a conjunction', () => expect(joinBrokenWord('de verdedigings-', 'energie', none)).toBe('de verdedigingsenergie'));
});
