/**
 * Shapes of letter the importer reads by one mechanism each (core/import):
 * small letters written for the shape, so a change that breaks one fails here
 * and not only somewhere in the corpus figures.
 */
import { describe, expect, it } from 'vitest';
import { parseLetterText } from '../../core/import/text-letter';

const para = (topic: string) =>
  `Ministers will discuss ${topic} and the Council is expected to adopt conclusions. The Government supports a united approach and will say so in the meeting.`;

describe('the importer on shapes of letter', () => {
  it('drops a Kamerstuk title naming several ministers, wrapped onto a second line beside the number', () => {
    const letter = parseLetterText(
      [
        'Vergaderjaar 2025–2026',
        '',
        '21 501-28                     Defensieraad',
        '',
        'Nr. 291                       BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN',
        '                              EN VAN DEFENSIE',
        '',
        'Den Haag, 5 november 2025',
        '',
        'Hierbij bieden wij u de geannoteerde agenda aan van de Raad Buitenlandse Zaken (RBZ) van 18 november 2025 in Brussel.',
        '',
        'Militaire mobiliteit',
        '',
        'De Raad zal spreken over militaire mobiliteit. Het kabinet steunt de voorstellen van de Commissie.',
      ].join('\n'),
    );
    expect(letter.items.map((i) => [i.title, i.level])).toEqual([['Militaire mobiliteit', 1]]);
  });

  it("takes Hansard's department line in capitals over a statement's title as part of the title block", () => {
    const letter = parseLetterText(
      [
        'Monday 19 November 2018',
        '',
        'EXITING THE EUROPEAN UNION',
        '',
        'General Affairs Council',
        '',
        'The Parliamentary Under-Secretary of State (Robin Walker): A General Affairs Council (GAC) was held on 12 November in Brussels.',
        '',
        'European Semester',
        '',
        para('the European Semester'),
      ].join('\n'),
    );
    expect(letter.items.map((i) => i.title)).toEqual(['European Semester']);
    expect(letter.titles).toContain('EXITING THE EUROPEAN UNION');
    // "A General Affairs Council (GAC) was held": the article is not part of the name.
    expect(letter.meeting.name).toBe('General Affairs Council');
  });

  it('keeps a Council composition in brackets in the name, and an abbreviation apart', () => {
    const letter = parseLetterText(
      [
        'The Foreign Affairs Council (Defence) will meet on 18 November 2025 in Brussels to discuss European defence readiness.',
        '',
        'Military mobility',
        '',
        para('military mobility'),
      ].join('\n'),
    );
    expect(letter.meeting).toMatchObject({ name: 'Foreign Affairs Council (Defence)', abbreviation: '', date: '2025-11-18' });
    const abbreviated = parseLetterText(['The Foreign Affairs Council (FAC) will meet on 18 November 2025 in Brussels.', '', 'Iran', '', para('Iran')].join('\n'));
    expect(abbreviated.meeting).toMatchObject({ name: 'Foreign Affairs Council', abbreviation: 'FAC' });
  });

  it('names a meeting said to meet even without a head noun', () => {
    const letter = parseLetterText(
      ['The Prime Minister: On 16 May I attended the meeting of the European Political Community (EPC) in Tirana.', '', 'Ukraine', '', para('Ukraine')].join('\n'),
    );
    expect(letter.meeting).toMatchObject({ name: 'European Political Community', abbreviation: 'EPC', location: 'Tirana' });
  });

  it('does not make an isolated remark with a verb an item', () => {
    const letter = parseLetterText(
      [
        'The Foreign Affairs Council will meet on 18 November 2025 in Brussels.',
        '',
        'All times are approximate and subject to change',
        '',
        '+/- 09.00  Arrival of the High Representative',
        '',
        'Russian aggression against Ukraine',
        '',
        para('Ukraine'),
      ].join('\n'),
    );
    expect(letter.items.map((i) => i.title)).toEqual(['Russian aggression against Ukraine']);
  });

  it("makes a lone part heading repeating the letter's own meeting a title, its topics items", () => {
    const lines = (parts: string[]) =>
      parseLetterText(
        [
          'The Minister represented the UK at the Foreign Affairs Council (FAC) on 10 December. The meeting took place in Brussels.',
          ...parts.flatMap((part) => [part, 'Ukraine', para('Ukraine'), 'Iran', para('Iran')]),
        ].join('\n'),
      );
    const one = lines(['Foreign Affairs Council']);
    expect(one.items.map((i) => [i.title, i.level])).toEqual([
      ['Ukraine', 1],
      ['Iran', 1],
    ]);
    expect(one.titles).toContain('Foreign Affairs Council');
    // A statement on two Councils has a part for each: those stay, with their topics under them.
    const two = lines(['Foreign Affairs Council', 'General Affairs Council']);
    expect(two.items.map((i) => [i.title, i.level])).toEqual([
      ['Foreign Affairs Council', 1],
      ['Ukraine', 2],
      ['Iran', 2],
      ['General Affairs Council', 1],
      ['Ukraine', 2],
      ['Iran', 2],
    ]);
  });

  it('ends a part where a title starts a new one (a verslag after the agenda)', () => {
    const text = (topic: string) => `De Raad zal spreken over ${topic}. Het kabinet steunt de voorstellen van de Commissie.`;
    const letter = parseLetterText(
      [
        'Hierbij zend ik u de geannoteerde agenda van de Eurogroep en de Ecofinraad van 9 en 10 oktober 2025.',
        '',
        'Eurogroep',
        '',
        'Digitale euro',
        '',
        text('de digitale euro'),
        '',
        'Ecofinraad',
        '',
        'Spaar- en investeringsunie',
        '',
        text('de spaar- en investeringsunie'),
        '',
        'Verslag van de informele Ecofinraad van 19 en 20 september 2025',
        '',
        'Financiering van defensie',
        '',
        text('de financiering van defensie'),
      ].join('\n'),
    );
    expect(letter.items.map((i) => [i.title, i.level])).toEqual([
      ['Eurogroep', 1],
      ['Digitale euro', 2],
      ['Ecofinraad', 1],
      ['Spaar- en investeringsunie', 2],
      ['Financiering van defensie', 1],
    ]);
  });
});
