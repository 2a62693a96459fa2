/**
 * Deterministic synthetic packs of any size, for tests and benchmarks. They use
 * every node type and the Dutch characters the exporters must render.
 */
import type { BriefingPack } from './pack';
import type { RichText } from './rich-text';

const WORDS = (
  'bondgenoten afschrikking verdediging defensie-industrie NAVO-top capaciteitsdoelstellingen Oekraïne ' +
  'financiële bijdrage € 1,4 miljoen «to prevent war» ministers’ coördinatie Israëlische efficiënt ' +
  'de het een van en in op met voor naar over bij tot uit door zal worden blijft'
).split(' ');

function sentence(seed: number, length: number): string {
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(WORDS[(seed * 7 + i * 13) % WORDS.length]!);
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

function paragraph(seed: number, sentences: number): string {
  return Array.from({ length: sentences }, (_, i) => sentence(seed + i, 9 + ((seed + i) % 8))).join(' ');
}

function annotation(seed: number): RichText {
  return [
    {
      type: 'paragraph',
      children: [
        { text: paragraph(seed, 2) + ' ' },
        { text: 'Kernpunt', bold: true },
        { text: ' en ' },
        { text: 'nadruk', italic: true },
        { text: ' met ' },
        { text: 'onderstreping', underline: true },
        { text: ' (zie ' },
        { type: 'link', url: 'https://www.nato.int/', children: [{ text: 'nato.int' }] },
        { text: ')' },
        { type: 'footnote', note: `Kamerstuk 28 676, nr. ${400 + (seed % 90)}.`, children: [{ text: '' }] },
        { text: '.' },
      ],
    },
    {
      type: 'bulleted-list',
      children: [
        { type: 'list-item', children: [{ text: sentence(seed + 1, 8) }] },
        { type: 'list-item', children: [{ text: sentence(seed + 2, 10) }] },
        { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: sentence(seed + 3, 6) }] }] },
      ],
    },
    {
      type: 'numbered-list',
      children: [
        { type: 'list-item', children: [{ text: sentence(seed + 4, 7) }] },
        { type: 'list-item', children: [{ text: sentence(seed + 5, 9) }] },
      ],
    },
    { type: 'block-quote', children: [{ text: sentence(seed + 6, 12) }] },
  ];
}

export function syntheticPack(itemCount: number): BriefingPack {
  return {
    schemaVersion: 1,
    id: `synthetic-${itemCount}`,
    language: 'nl',
    templateId: 'nl-ministeriele-briefing',
    classification: 'restricted',
    status: 'draft',
    version: '0.1',
    meeting: { name: 'Bijeenkomst van de NAVO-ministers van Defensie', abbreviation: 'DMM', date: '2025-02-13', location: 'Brussel' },
    letter: {
      addressee: 'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
      place: 'Den Haag',
      date: '2025-01-31',
      signatory: { name: 'R.P. Brekelmans', role: 'De Minister van Defensie' },
      references: ['Kamerstuk 28 676, nr. 472'],
    },
    introduction: [{ type: 'paragraph', children: [{ text: paragraph(1, 3) }] }],
    items: Array.from({ length: itemCount }, (_, i) => ({
      id: `item-${i + 1}`,
      title: `Agendapunt ${i + 1}: ${WORDS[i % WORDS.length]}`,
      level: 1 as const,
      source: [
        { type: 'paragraph' as const, children: [{ text: paragraph(i, 4) }] },
        { type: 'paragraph' as const, children: [{ text: paragraph(i + 3, 3) }] },
      ],
      sections: { kernboodschap: annotation(i), spreekpunten: annotation(i + 11) },
      owner: 'DGB/DVB',
      status: 'draft' as const,
      classification: 'restricted' as const,
      comments: [],
    })),
    annexes: [],
  };
}
