/**
 * Paragraph markings: the abbreviation of every level in every marking
 * system, in both languages (the data in core/model/markings.ts), and the
 * text an annotation is printed with when the template asks for them.
 */
import { describe, expect, it } from 'vitest';
import { annotationAsPrinted, paragraphMarkingText, withParagraphMarkings } from '../../core/export/paragraph-markings';
import { LANGUAGES } from '../../core/i18n/language';
import { CLASSIFICATIONS } from '../../core/model/classification';
import { MARKING_SYSTEMS, paragraphMarkingIn } from '../../core/model/markings';
import type { RichText } from '../../core/model/rich-text';

/** As NATO and EU security rules and the Dutch VIR-BI abbreviate them. */
const EXPECTED = {
  national: {
    nl: ['O', 'DV', 'Stg. C', 'Stg. G', 'Stg. ZG'],
    en: ['U', 'R', 'C', 'S', 'TS'],
  },
  nato: {
    nl: ['NU', 'NR', 'NC', 'NS', 'CTS'],
    en: ['NU', 'NR', 'NC', 'NS', 'CTS'],
  },
  eu: {
    nl: ['O', 'R-UE/EU-R', 'C-UE/EU-C', 'S-UE/EU-S', 'TS-UE/EU-TS'],
    en: ['U', 'R-UE/EU-R', 'C-UE/EU-C', 'S-UE/EU-S', 'TS-UE/EU-TS'],
  },
} as const;

describe('paragraph marking abbreviations', () => {
  it.each(MARKING_SYSTEMS.flatMap((system) => LANGUAGES.map((language) => [system, language] as const)))('%s in %s: one per level, lowest first', (system, language) => {
    const abbreviations = CLASSIFICATIONS.map((level) => paragraphMarkingIn(system, level, language));
    expect(abbreviations).toEqual(EXPECTED[system][language]);
  });

  it.each(MARKING_SYSTEMS.flatMap((system) => LANGUAGES.map((language) => [system, language] as const)))('%s in %s: none empty, none the same as another level', (system, language) => {
    const abbreviations = CLASSIFICATIONS.map((level) => paragraphMarkingIn(system, level, language));
    for (const abbreviation of abbreviations) expect(abbreviation.trim()).not.toBe('');
    expect(new Set(abbreviations).size).toBe(CLASSIFICATIONS.length);
  });

  it('prints the abbreviation in brackets with a space after it, in the pack’s system (national when it names none)', () => {
    expect(paragraphMarkingText({ markingSystem: 'nato' }, 'restricted', 'en')).toBe('(NR) ');
    expect(paragraphMarkingText({ markingSystem: 'eu' }, 'secret', 'nl')).toBe('(S-UE/EU-S) ');
    expect(paragraphMarkingText({}, 'confidential', 'nl')).toBe('(Stg. C) ');
    expect(paragraphMarkingText({}, 'confidential', 'en')).toBe('(C) ');
  });
});

const value: RichText = [
  { type: 'heading', children: [{ text: 'Kop' }] },
  { type: 'paragraph', children: [{ text: 'Eerste ' }, { text: 'alinea', bold: true }] },
  { type: 'paragraph', children: [{ text: '  ' }] },
  {
    type: 'bulleted-list',
    children: [
      { type: 'list-item', children: [{ text: 'Punt een' }] },
      { type: 'numbered-list', children: [{ type: 'list-item', children: [{ type: 'link', url: 'https://www.nato.int/', children: [{ text: 'nato.int' }] }] }] },
    ],
  },
  { type: 'block-quote', children: [{ text: 'Citaat' }] },
  { type: 'table', children: [{ type: 'table-row', children: [{ type: 'table-cell', children: [{ text: 'Cel' }] }] }] },
];

describe('an annotation with paragraph markings', () => {
  it('puts the marking, bold, before every paragraph, list item (nested too) and quote; not before headings, tables or an empty paragraph', () => {
    const marked = withParagraphMarkings(value, '(NR) ');
    const first = (block: RichText[number]) => (block as { children: unknown[] }).children[0];
    expect(first(marked[0]!)).toEqual({ text: 'Kop' });
    expect(marked[1]).toEqual({ type: 'paragraph', children: [{ text: '(NR) ', bold: true }, { text: 'Eerste ' }, { text: 'alinea', bold: true }] });
    expect(marked[2]).toEqual(value[2]);
    expect(marked[3]).toEqual({
      type: 'bulleted-list',
      children: [
        { type: 'list-item', children: [{ text: '(NR) ', bold: true }, { text: 'Punt een' }] },
        {
          type: 'numbered-list',
          children: [{ type: 'list-item', children: [{ text: '(NR) ', bold: true }, { type: 'link', url: 'https://www.nato.int/', children: [{ text: 'nato.int' }] }] }],
        },
      ],
    });
    expect(first(marked[4]!)).toEqual({ text: '(NR) ', bold: true });
    expect(marked[5]).toEqual(value[5]);
  });

  it('leaves the text as it is when the template does not ask for markings, and never changes the value it was given', () => {
    const before = JSON.stringify(value);
    const item = { classification: 'secret' as const };
    expect(annotationAsPrinted(value, item, { markingSystem: 'nato' }, { paragraphMarkings: false, language: 'en' })).toBe(value);
    const printed = annotationAsPrinted(value, item, { markingSystem: 'nato' }, { paragraphMarkings: true, language: 'en' });
    expect((printed[1] as { children: unknown[] }).children[0]).toEqual({ text: '(NS) ', bold: true });
    expect(JSON.stringify(value)).toBe(before);
  });
});
