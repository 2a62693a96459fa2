import { describe, expect, it } from 'vitest';
import { agendaReview, LOW_CONFIDENCE } from '../../core/import/agenda-review';
import { importLetterText } from '../../core/import/import-letter';
import { parseLetterText } from '../../core/import/text-letter';

const encode = (text: string) => new TextEncoder().encode(text);

// Hard-wrapped, no blank lines: the second heading is long and only just shorter than a full line.
const LETTER = `Den Haag, 3 juni 2025
Hierbij bied ik u de geannoteerde agenda aan voor de Raad Buitenlandse Zaken (RBZ) van
12 juni 2025 te Luxemburg. De Raad zal spreken over Oekraïne en over het Midden-Oosten.
1. Oekraïne
De Raad zal spreken over de voortgang van de steun aan Oekraïne en over de inzet van
bevroren tegoeden voor de wederopbouw van het land na de oorlog.
Situatie in het Midden-Oosten en de gevolgen voor de regio als geheel
Nederland pleit in de Raad voor humanitaire toegang in Gaza en voor een politieke oplossing.
De Minister van Buitenlandse Zaken,
C.C.J. Veldkamp
`;

describe('how sure the importer is', () => {
  const letter = parseLetterText(LETTER);

  it('is sure of a numbered heading and less sure of a long unnumbered line in running text', () => {
    expect(letter.items.map((i) => i.title)).toEqual(['Oekraïne', 'Situatie in het Midden-Oosten en de gevolgen voor de regio als geheel']);
    const [numbered, long] = letter.items;
    expect(numbered!.confidence).toBeGreaterThan(0.8);
    expect(long!.confidence).toBeLessThan(LOW_CONFIDENCE);
  });

  it('is sure of a meeting named with abbreviation, date and place, and not of one the letter does not name', () => {
    expect(letter.meeting).toEqual({ name: 'Raad Buitenlandse Zaken', abbreviation: 'RBZ', date: '2025-06-12', location: 'Luxemburg' });
    for (const value of Object.values(letter.confidence.meeting)) expect(value).toBeGreaterThanOrEqual(LOW_CONFIDENCE);
    const unnamed = parseLetterText('Den Haag, 3 juni 2025\n\nIk schrijf u over de stand van zaken.\n');
    for (const value of Object.values(unnamed.confidence.meeting)) expect(value).toBeLessThan(LOW_CONFIDENCE);
    expect(unnamed.confidence.signatory).toBeLessThan(LOW_CONFIDENCE);
  });

  it('reaches the review by item id, and marks the one item a letter without headings becomes', () => {
    const imported = importLetterText(encode(LETTER), 'brief.txt');
    const review = agendaReview('import-1', 'brief.txt', imported);
    expect(Object.keys(review.confidence.items)).toEqual(imported.contents.pack.items.map((i) => i.id));
    expect(Object.values(review.confidence.items)).toEqual(letter.items.map((i) => i.confidence));
    const whole = importLetterText(encode('Den Haag, 3 juni 2025\n\nIk schrijf u over de stand van zaken.\n'), 'kort.txt');
    const [only] = Object.values(agendaReview('import-2', 'kort.txt', whole).confidence.items);
    expect(only).toBeLessThan(LOW_CONFIDENCE);
  });
});
