/**
 * Shapes of letter the importer reads by one mechanism each (core/import):
 * small letters written for the shape, so a change that breaks one fails here
 * and not only somewhere in the corpus figures.
 */
import { describe, expect, it } from 'vitest';
import { htmlToLetterText } from '../../core/import/docx-letter';
import { pdfPagesToText, type PdfTextItem } from '../../core/import/pdf-lines';
import { findMeeting } from '../../core/import/meeting';
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

  it('reads short names ending in a colon as headings, and keeps a one-word label and a list opener out', () => {
    const letter = parseLetterText(
      [
        'Met deze brief informeren wij uw Kamer over de NAVO-top die van 9 tot en met 11 juli 2024 in Washington plaatsvond.',
        'Steun aan Oekraïne:',
        'De steun aan Oekraïne nam een centrale plaats in. Het kabinet zal daar verder op inzetten:',
        'Nederland levert daarbij luchtverdediging en munitie aan Oekraïne.',
        'Contacts:',
        'Bilaterale contacten:',
        'De minister-president sprak met een groot aantal regeringsleiders.',
      ].join('\n'),
    );
    expect(letter.items.map((i) => i.title)).toEqual(['Steun aan Oekraïne', 'Bilaterale contacten']);
  });

  it('takes a question set apart as a heading, but not a question with a speaker in a transcript', () => {
    const letter = parseLetterText(
      [
        'Het voorzitterschap heeft drie discussievragen gesteld voor de informele bijeenkomst van 2 februari 2024 in Brussel.',
        '',
        'Wat kan de EU bijdragen aan de-escalatie in het Midden-Oosten en de Rode Zee?',
        '',
        'De ministers zullen naar verwachting spreken over de situatie in Gaza. Het kabinet steunt de inzet van de EU.',
        '',
        'Question [Reuters]: Secretary General, will all Allies sign up to the target?',
        '',
        'NATO Secretary General Mark Rutte:',
        '',
        'Good afternoon. Tomorrow, ministers will meet here in Brussels.',
        '',
        'NATO Secretary General Mark Rutte: I am confident that we will reach agreement.',
      ].join('\n'),
    );
    expect(letter.items.map((i) => i.title)).toEqual(['Wat kan de EU bijdragen aan de-escalatie in het Midden-Oosten en de Rode Zee?']);
  });

  it("dates the letter by its dateline, and keeps the meeting's own day under the meeting's name", () => {
    const letter = parseLetterText(
      [
        'BACKGROUND',
        '',
        'Foreign Affairs Council (Defence)',
        '',
        'Tuesday, 23 May 2023',
        '',
        'Brussels, 19 May 2023',
        '',
        'The Foreign Affairs Council (Defence) will be chaired by the High Representative. Ministers will discuss defence.',
        '',
        'Ukraine',
        '',
        'Ministers will discuss support to Ukraine. The NATO Summit in Vilnius on 11 and 12 July 2023 will follow.',
        '',
        'Meeting information',
        '',
        'Brussels, 23 May 2023',
      ].join('\n'),
    );
    expect({ date: letter.date, place: letter.place }).toEqual({ date: '2023-05-19', place: 'Brussels' });
    expect(letter.titles).toContain('Tuesday, 23 May 2023');
    expect(letter.meeting).toMatchObject({ name: 'Foreign Affairs Council (Defence)', date: '2023-05-23' });
    expect(letter.items.map((i) => i.title)).toEqual(['Ukraine']);
  });

  it('does not take a meeting the letter prepares for its own', () => {
    const letter = parseLetterText(
      [
        'Onderwerp: Geannoteerde agenda NAVO-ministeriële Buitenlandse Zaken 3 en 4 april 2024',
        '',
        'Hierbij bied ik u de geannoteerde agenda aan van de bijeenkomst van de ministers van Buitenlandse Zaken.',
        'De bijeenkomst staat in het teken van de voorbereiding van de NAVO-top, die van 9 tot en met 11 juli in Washington plaatsvindt.',
        '',
        'Oekraïne',
        '',
        'De ministers spreken over de steun aan Oekraïne. Het kabinet steunt een grotere rol van de NAVO.',
      ].join('\n'),
    );
    expect(letter.meeting).toMatchObject({ name: 'NAVO-ministeriële Buitenlandse Zaken', date: '2024-04-03', endDate: '2024-04-04' });
  });

  it('numbers sub-items by the second numbering scheme, under the first', () => {
    const text = (topic: string) => `De Raad spreekt over ${topic}. Het kabinet steunt de inzet van de Commissie.`;
    const letter = parseLetterText(
      [
        'Hierbij zend ik u de geannoteerde agenda van de Raad Buitenlandse Zaken Handel van 22 november 2024.',
        '',
        '1. Actuele handelsontwikkelingen',
        '',
        text('de actuele ontwikkelingen'),
        '',
        'a) Handelsrelatie EU-China',
        '',
        text('China'),
        '',
        '2. Diversen',
        '',
        text('diversen'),
      ].join('\n'),
    );
    expect(letter.items.map((i) => [i.title, i.level])).toEqual([
      ['Actuele handelsontwikkelingen', 1],
      ['Handelsrelatie EU-China', 2],
      ['Diversen', 1],
    ]);
  });

  it('reads a signature whose role is in capitals without a comma', () => {
    const letter = parseLetterText(
      ['Op 6 september 2024 vindt op de vliegbasis Ramstein de bijeenkomst van de Ukraine Defense Contact Group plaats.', '', 'Hoogachtend,', '', 'DE MINISTER VAN DEFENSIE', '', 'R.P. Brekelmans'].join('\n'),
    );
    expect(letter.signatory).toEqual({ role: 'DE MINISTER VAN DEFENSIE', name: 'R.P. Brekelmans' });
    expect(letter.items).toEqual([]);
  });

  it("reads a Hansard page: navigation is furniture, the speaker line signs, the title's full name wins", () => {
    const letter = parseLetterText(
      [
        'Skip to main content',
        'Hansard',
        'Search Hansard',
        'NATO Foreign Ministers’ Meeting',
        'Volume 731: debated on Monday 17 April 2023',
        'Share this debate',
        'Written Statements',
        '11:30:00',
        'The Secretary of State for Foreign, Commonwealth and Development Affairs (James Cleverly)',
        '',
        'I attended the meeting of NATO Foreign Ministers in Brussels on 4 and 5 April. It was an historic occasion.',
        '',
        'Agenda items',
        '',
        'Finland’s accession',
        '',
        'On the first day, Finland formally became the 31st member of the Alliance. The UK welcomed this.',
        '',
        'Previous debate',
        'Next debate',
      ].join('\n'),
    );
    expect(letter.items.map((i) => i.title)).toEqual(['Finland’s accession']);
    expect(letter.signatory.name).toBe('James Cleverly');
    expect(letter.date).toBe('2023-04-17');
    expect(letter.meeting).toMatchObject({ name: 'NATO Foreign Ministers’ Meeting', date: '2023-04-04', location: 'Brussels' });
  });

  it("takes the meeting's dateline and a title dated by month as titles", () => {
    const letter = parseLetterText(
      [
        "NATO Defence Ministers' Meeting: October 2024",
        '',
        'Statement made on 28 October 2024',
        '',
        "I attended the NATO Defence Ministers' Meeting in Brussels on 17 and 18 October 2024.",
        '',
        'Brussels, 14-15 December 2023',
        '',
        'Deterrence and defence',
        '',
        'Ministers discussed the regional plans. The UK will contribute forces.',
      ].join('\n'),
    );
    expect(letter.items.map((i) => i.title)).toEqual(['Deterrence and defence']);
    expect(letter.date).toBe('2024-10-28');
  });

  it('takes the number of "Agendapunt 3:", "Item 2 –" and "Deel II –" out of the title; a part keeps its topics under it', () => {
    const text = (topic: string) => `De Raad spreekt over ${topic}. Het kabinet steunt de inzet van de Commissie.`;
    const items = parseLetterText(
      [
        'Hierbij zend ik u de geannoteerde agenda van de Europese Raad van 21 en 22 maart 2024.',
        '',
        'Deel I – Europese Raad',
        '',
        'Oekraïne',
        '',
        text('Oekraïne'),
        '',
        'Deel II – Eurotop',
        '',
        'Kapitaalmarktenunie',
        '',
        text('de kapitaalmarktenunie'),
      ].join('\n'),
    ).items;
    expect(items.map((i) => [i.title, i.level])).toEqual([
      ['Europese Raad', 1],
      ['Oekraïne', 2],
      ['Eurotop', 1],
      ['Kapitaalmarktenunie', 2],
    ]);
    const numbered = parseLetterText(['De Raad komt op 18 november 2024 bijeen in Brussel.', 'Agendapunt 1: Migratie en ontwikkeling', text('migratie'), 'Item 2 – Diversen', text('diversen')].join('\n')).items;
    expect(numbered.map((i) => i.title)).toEqual(['Migratie en ontwikkeling', 'Diversen']);
  });

  it('reads a label under every topic ("Nederlandse inzet") as text, not as items', () => {
    const topic = (name: string) => [name, '', `De Raad spreekt over ${name.toLowerCase()}.`, '', 'Nederlandse inzet', '', 'Het kabinet steunt de voorstellen.', ''];
    const letter = parseLetterText(['De Milieuraad komt op 16 oktober 2023 bijeen in Luxemburg.', '', ...topic('Klimaat'), ...topic('Water'), ...topic('Bodem')].join('\n'));
    expect(letter.items.map((i) => i.title)).toEqual(['Klimaat', 'Water', 'Bodem']);
  });
  it('takes a label recurring over the headings off their titles: numbered ("Session 2:") or over most of them ("Agendapunt:")', () => {
    const sessions = parseLetterText(
      ['The NATO-Ukraine Council met in Brussels on 12 March 2026.', '', 'Session 1: Immediate military needs', '', para('military needs'), '', 'Session 2: Training', '', para('training'), ''].join('\n'),
    );
    expect(sessions.items.map((i) => i.title)).toEqual(['Immediate military needs', 'Training']);
    const points = parseLetterText(
      ['De OESO-Ministeriële Raad vindt plaats op 3 juni 2026 in Parijs.', '', ...['Economische vooruitzichten (beleidsdebat)', 'Handel', 'Digitalisering'].flatMap((t) => [`Agendapunt: ${t}`, '', `De ministers spreken over ${t.toLowerCase()}.`, '']), 'Overig', '', 'Er is een informele bijeenkomst.'].join('\n'),
    );
    expect(points.items.map((i) => i.title)).toEqual(['Economische vooruitzichten (beleidsdebat)', 'Handel', 'Digitalisering', 'Overig']);
    // A topic named before a colon under two headings of five is a name, not a label.
    const named = parseLetterText(
      ['De Raad komt op 3 juni 2026 bijeen in Brussel.', '', ...['Oekraïne: militaire steun', 'Oekraïne: wederopbouw', 'Handel', 'Migratie', 'Diversen'].flatMap((t) => [t, '', 'De Raad spreekt hierover en het kabinet steunt de voorstellen.', ''])].join('\n'),
    );
    expect(named.items.map((i) => i.title).slice(0, 2)).toEqual(['Oekraïne: militaire steun', 'Oekraïne: wederopbouw']);
  });

  it('takes the levels from a table of contents that numbers or indents its sub-items', () => {
    const topic = (heading: string) => [heading, 'De Stuurgroep spreekt hierover. Het kabinet steunt dit.', ''];
    const letter = parseLetterText(
      [
        'De Stuurgroep vergadert op 19 mei 2026 in Brussel.',
        '',
        'Inhoudsopgave',
        '1. Capaciteiten ........................ 1',
        '   1.1 Planning ........................ 1',
        '2. Verwerving .......................... 2',
        '3. Rondvraag ........................... 2',
        '',
        '1. Capaciteiten',
        '',
        ...topic('1.1 Planning'),
        ...topic('2. Verwerving'),
        ...topic('3. Rondvraag'),
      ].join('\n'),
    );
    expect(letter.items.map((i) => [i.title, i.level])).toEqual([['Capaciteiten', 1], ['Planning', 2], ['Verwerving', 1], ['Rondvraag', 1]]);
  });

  it('reads a dash over a topic and its prose as a sub-item, and dashes in a row as a list', () => {
    const letter = parseLetterText(
      [
        'De bijeenkomst vindt plaats op 15 januari 2026 in Londen.',
        '',
        'VEILIGHEIDSGARANTIES',
        '',
        'De coalitie bereidt veiligheidsgaranties voor. De volgende onderdelen worden besproken.',
        '',
        '– Luchtruimbewaking',
        'De coalitie werkt aan een plan voor de bewaking van het luchtruim.',
        '',
        '– Maritieme veiligheid',
        'Nederland wil bijdragen aan de ontmijning van de Zwarte Zee.',
        '',
        'STEUN',
        '',
        'Het kabinet steunt Oekraïne en noemt drie punten:',
        '– Munitie',
        '– Luchtverdediging',
        '– Opleiding',
      ].join('\n'),
    );
    expect(letter.items.map((i) => [i.title, i.level])).toEqual([['VEILIGHEIDSGARANTIES', 1], ['Luchtruimbewaking', 2], ['Maritieme veiligheid', 2], ['STEUN', 1]]);
  });

  it('keeps a closing section ("Tot slot") out of the items, its text with the last item', () => {
    const letter = parseLetterText(
      ['De Raad komt op 3 juni 2026 bijeen in Brussel.', '', 'Handel', '', 'De Raad spreekt over handel.', '', 'Migratie', '', 'De Raad spreekt over migratie.', '', 'Tot slot', '', 'Ik informeer uw Kamer over de uitkomsten.'].join('\n'),
    );
    expect(letter.items.map((i) => i.title)).toEqual(['Handel', 'Migratie']);
    expect(letter.items[1]!.paragraphs.map((p) => p.text)).toEqual(['De Raad spreekt over migratie.', 'Tot slot', 'Ik informeer uw Kamer over de uitkomsten.']);
  });

  it('joins the rest of the addressee\'s name to it and keeps the street and town out of the text', () => {
    const letter = parseLetterText(
      ['Aan de Voorzitter van de Tweede Kamer', 'der Staten-Generaal', 'Postbus 20018', '2500 EA Den Haag', '', 'Datum', '', '24 oktober 2025', '', 'Hierbij bied ik u de agenda aan van de Milieuraad van 4 november 2025 in Brussel.', '', 'Klimaat', '', 'De Raad spreekt over klimaat.'].join('\n'),
    );
    expect(letter.addressee).toBe('Aan de Voorzitter van de Tweede Kamer der Staten-Generaal');
    expect(letter.date).toBe('2025-10-24');
  });

  it('does not take a full line that a page break cut mid-sentence for a heading', () => {
    const cut = 'In aanloop naar de evaluatie van de doelen in 2027 vindt in New York een bijeenkomst op hoog niveau';
    const letter = parseLetterText(
      // As a PDF's text comes: the heading set apart, the page's last line, the page break, the sentence going on.
      ['De Algemene Vergadering begint op 22 september 2026.', '', 'Klimaat', '', cut, '', 'plaats, waaraan de minister deelneemt. Nederland zal daar spreken.'].join('\n'),
    );
    expect(letter.items.map((i) => i.title)).toEqual(['Klimaat']);
  });

  it("names a meeting across 'of' between capitalised words", () => {
    const letter = parseLetterText('Ahead of the Commonwealth Heads of Government Meeting (CHOGM), which takes place in Apia from 2 to 5 November 2026, I write to you.\n\nTrade\n\nLeaders will discuss trade.');
    expect(letter.meeting.name).toBe('Commonwealth Heads of Government Meeting');
    expect(letter.meeting.abbreviation).toBe('CHOGM');
  });

  it("a Word letter whose headings start at Heading 2 has its items there, sub-items at Heading 3; line breaks keep an address's lines apart", () => {
    const { text, headings } = htmlToLetterText('<p>Emily Thornberry MP<br />Chair, Foreign Affairs Committee<br />House of Commons</p><h2>1. Trade</h2><h3>(a) Tariffs</h3><p>Text.</p><h2>2. Climate</h2><p>Text.</p>');
    expect(Object.fromEntries(headings)).toEqual({ '1. Trade': 1, '(a) Tariffs': 2, '2. Climate': 1 });
    expect(text.split('\n').slice(0, 3)).toEqual(['Emily Thornberry MP', 'Chair, Foreign Affairs Committee', 'House of Commons']);
  });

  it("takes a PDF's 11 pt lines over 10 pt text as headings (Word's own step)", () => {
    let y = 800;
    const line = (str: string, size: number, gap = 14): PdfTextItem => ({ str, transform: [size, 0, 0, size, 56, (y -= gap)], width: str.length * size * 0.5, height: size });
    const body = 'De Algemene Vergadering begint in New York, en het kabinet zet daar in op vrede en veiligheid.';
    const { headings } = pdfPagesToText([{ items: [line(body, 10), line(body, 10), line('Vrede en veiligheid', 11, 28), line(body, 10, 20), line(body, 10)] }]);
    expect(Object.fromEntries(headings)).toEqual({ 'Vrede en veiligheid': 1 });
  });
  it('takes a dotted agenda number with its label off the title ("Agenda item 11.4:") without nesting it', () => {
    const letter = parseLetterText(
      ['The World Health Assembly took place in Geneva from 18 to 26 May 2026.', '', 'Agenda item 11.4: Pandemic Agreement', '', para('the pandemic agreement'), '', 'Agenda item 15.1: Antimicrobial resistance', '', para('antimicrobial resistance')].join('\n'),
    );
    expect(letter.items.map((i) => [i.title, i.level])).toEqual([['Pandemic Agreement', 1], ['Antimicrobial resistance', 1]]);
  });

  it("leaves a sender's office, a department's label and a letterhead's section out of the items", () => {
    const letter = parseLetterText(
      ['Cabinet Office', '', 'Department', 'Department of Health and Social Care', '', 'Afdeling Non-proliferatie', '', 'The summit takes place in London on 19 May 2026.', '', 'Trade', '', para('trade')].join('\n'),
    );
    expect(letter.items.map((i) => i.title)).toEqual(['Trade']);
  });

  it('reads a long line that starts as a sentence does as prose, whatever its verb', () => {
    const letter = parseLetterText(
      ['De Raad komt op 28 mei 2026 bijeen in Brussel.', '', 'Industrial Accelerator Act (beleidsdebat)', '', 'De Raad houdt een beleidsdebat over het voorstel voor een Industrial', 'Accelerator Act, dat onder meer Europese-voorkeurscriteria bij aanbestedingen', 'introduceert. Het kabinet staat kritisch tegenover brede eisen die de kosten verhogen.'].join('\n'),
    );
    expect(letter.items.map((i) => i.title)).toEqual(['Industrial Accelerator Act (beleidsdebat)']);
  });

  it('names a meeting that the first sentence says takes place, with its abbreviation, whatever its words', () => {
    const letter = parseLetterText(
      ['Van 13 tot en met 15 februari 2026 vond in München de 62e Münchner Sicherheitskonferenz (MSC) plaats. Ik informeer uw Kamer over mijn deelname.', '', 'Oekraïne', '', 'De conferentie sprak over Oekraïne.'].join('\n'),
    );
    expect(letter.meeting).toMatchObject({ name: 'Münchner Sicherheitskonferenz', abbreviation: 'MSC', date: '2026-02-13', endDate: '2026-02-15', location: 'München' });
    // A party to a meeting named before it is not the meeting.
    const summit = parseLetterText('The 7th summit between the European Union (EU) and the African Union (AU) took place in Luanda on 24 November 2025.\n\nTrade\n\nLeaders discussed trade.');
    expect(summit.meeting.name).not.toBe('African Union');
  });
  it('keeps the kind of meeting, its ordinal and who meets in the name ("61e zitting van de ...")', () => {
    const session = parseLetterText('Van 23 februari tot en met 3 april 2026 vindt in Genève de 61e zitting van de VN-Mensenrechtenraad plaats.\n\nOekraïne\n\nDe Raad spreekt over Oekraïne.');
    expect(session.meeting.name).toBe('61e zitting van de VN-Mensenrechtenraad');
    const kind = parseLetterText('Op 24 februari 2026 vindt in Tallinn de bijeenkomst van de defensieministers van de landen van de Joint Expeditionary Force (JEF) plaats.\n\nOekraïne\n\nDe ministers spreken over Oekraïne.');
    expect(kind.meeting).toMatchObject({ name: 'Bijeenkomst van de defensieministers van de landen van de Joint Expeditionary Force', abbreviation: 'JEF' });
  });

  it('does not run a title\'s meeting name on into the sentence a removed letterhead left beside it', () => {
    const letter = parseLetterText(
      ['Betreft Geannoteerde agenda van de Raad van Bestuur van het Internationaal Atoomenergieagentschap', 'Afdeling Non-proliferatie, Ontwapening en Ruimtevaart', 'Van 8 tot en met 12 juni 2026 vergadert in Wenen de Raad van Bestuur van het agentschap.', '', 'Iran', '', 'De Raad spreekt over Iran.'].join('\n'),
    );
    expect(letter.meeting.name).toBe('Raad van Bestuur van het Internationaal Atoomenergieagentschap');
  });
  it('reads a dash, a short name and a full stop as a sub-topic run in before its text', () => {
    const letter = parseLetterText(
      ['De Eurotop komt op 26 juni 2026 in Brussel bijeen.', '', 'BANKENUNIE', '', '- Crisisbeheer. Na het akkoord over het crisisraamwerk staat de vervolgstap ter discussie.', '- Digitale euro. De onderhandelingen in de Raad zijn in de eindfase.', '', 'Nederland noemt drie punten:', '- Het kabinet steunt de ECB. Dat blijft zo, ook in 2027 en daarna.'].join('\n'),
    );
    expect(letter.items.map((i) => [i.title, i.level])).toEqual([['BANKENUNIE', 1], ['Crisisbeheer', 2], ['Digitale euro', 2]]);
    expect(letter.items[1]!.paragraphs[0]!.text).toBe('Na het akkoord over het crisisraamwerk staat de vervolgstap ter discussie.');
    expect(letter.meeting.name).toBe('Eurotop');
  });

  it("takes a meeting's name over its dateline with a region as the title block, also where the PDF sets it larger", () => {
    const text = ['Datum 23 april 2027', 'Betreft Nederlandse inzet Arctische Raad', '', 'Ministeriële bijeenkomst van de Arctische Raad', '', 'Nuuk, Groenland, 11 en 12 mei 2027', '', 'Op 11 en 12 mei 2027 komen de ministers in Nuuk bijeen.', '', 'Klimaat', '', 'De Raad spreekt over klimaat.', '', 'Scheepvaart', '', 'De Raad spreekt over scheepvaart.'].join('\n');
    const letter = parseLetterText(text, { headings: new Map([['Ministeriële bijeenkomst van de Arctische Raad', 1], ['Klimaat', 2], ['Scheepvaart', 2]]) });
    expect(letter.items.map((i) => i.title)).toEqual(['Klimaat', 'Scheepvaart']);
    expect(letter.titles).toContain('Nuuk, Groenland, 11 en 12 mei 2027');
  });

  it('reads an abbreviation after a name in another language in the brackets, and a ministerial kind of meeting', () => {
    const letter = parseLetterText('Hierbij informeer ik uw Kamer over de ministeriële bijeenkomst van de Raad van de Oostzeestaten (Council of the Baltic Sea States, CBSS), die op 27 en 28 mei 2026 in Gdańsk plaatsvindt.\n\nVeiligheid\n\nDe Raad spreekt over veiligheid.');
    expect(letter.meeting).toMatchObject({ name: 'Ministeriële bijeenkomst van de Raad van de Oostzeestaten', abbreviation: 'CBSS', date: '2026-05-27' });
  });

  it("drops a paper's dossier title where it wraps in its own column", () => {
    const letter = parseLetterText(
      [
        'Tweede Kamer der Staten-Generaal',
        'Vergaderjaar 2025–2026',
        '',
        '36 800 V           Vaststelling van de begrotingsstaten van het Ministerie van',
        '                   Buitenlandse Zaken (V) voor het jaar 2026',
        '',
        'Nr. 112            BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN',
        '',
        'Den Haag, 11 mei 2026',
        '',
        'Hierbij informeer ik uw Kamer over de Raad van de Oostzeestaten, die op 27 mei 2026 in Gdańsk bijeenkomt.',
        '',
        '1. Veiligheid',
        '',
        'De Raad spreekt over veiligheid. Het kabinet steunt de voorstellen.',
      ].join('\n'),
    );
    expect(letter.items.map((i) => i.title)).toEqual(['Veiligheid']);
  });

  it("reads a 'Background' before the first topic as the introduction, and one under a topic as that topic's", () => {
    const letter = parseLetterText(
      ['Dear Chair,', '', 'I write ahead of the Northern Group meeting in Oslo on 12 November 2026.', '', 'Background', '', 'The Group was founded in 2010. It meets twice a year.', '', 'Baltic security', '', para('Baltic security'), '', 'Background', '', 'Ministers met in Riga in May. They agreed a plan.', '', 'Yours sincerely,'].join('\n'),
    );
    expect(letter.items.map((i) => i.title)).toEqual(['Baltic security', 'Background']);
    expect(letter.introduction.map((p) => p.text)).toContain('The Group was founded in 2010. It meets twice a year.');
  });
  it('reads a title in capitals as written in ordinary case also when other titles of the block are not', () => {
    const { meeting } = findMeeting(
      [
        { text: 'I write about the meeting of Northern Group Defence Ministers in Oslo on 9 December 2026.', opening: true },
        { text: "Our Reference: MSU/4 – Chair, Defence Committee – NORTHERN GROUP DEFENCE MINISTERS' MEETING, OSLO, 9–10 DECEMBER 2026", opening: false, title: true },
      ],
      '2026-11-25',
    );
    expect(meeting.name).toBe("Northern Group Defence Ministers' Meeting");
  });
});
