// @vitest-environment jsdom
/**
 * What a paste turns into, from real-looking clipboards: Word, Google Docs,
 * hostile HTML and forged editor fragments. Every inserted value must pass
 * the model's own schema.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { richTextSchema, type RichText } from '../../core/model/rich-text';
import { plainLines } from '../../core/model/walk';
import { richTextFromClipboard, SLATE_FRAGMENT_TYPE, type PasteResult } from '../../renderer/paste/clipboard';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'paste');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

function clipboard(entries: Record<string, string>) {
  return { types: Object.keys(entries), getData: (type: string) => entries[type] ?? '' };
}

/** The inserted value, checked against the schema; fails the test for anything else. */
function inserted(result: PasteResult): RichText {
  if (result.kind !== 'insert') throw new Error(`expected an insert, got ${result.kind}`);
  expect(() => richTextSchema.parse(result.value)).not.toThrow();
  return result.value;
}

function encode(value: unknown): string {
  return btoa(encodeURIComponent(JSON.stringify(value)));
}

describe('paste from Word', () => {
  const result = richTextFromClipboard(clipboard({ 'text/html': fixture('word-annotation.html'), 'text/plain': 'Kernboodschap …' }));
  const value = inserted(result);

  it('is converted from HTML, not taken as plain text', () => {
    expect(result.kind === 'insert' && result.source).toBe('html');
  });

  it('keeps the heading, bold, italic, underline and strikethrough', () => {
    expect(value[0]).toEqual({ type: 'heading', children: [{ text: 'Kernboodschap' }] });
    expect(value[1]).toEqual({
      type: 'paragraph',
      children: [
        { text: 'Nederland steunt Oekraïne ' },
        { text: 'onverminderd', bold: true },
        { text: ' en blijft dat ' },
        { text: 'doen', italic: true },
        { text: '. De ' },
        { text: 'afspraken', underline: true },
        { text: ' van de ' },
        { text: 'vorige', strikethrough: true },
        { text: ' top staan.' },
      ],
    });
  });

  it('turns mso-list paragraphs into nested lists without Word’s bullet glyphs', () => {
    expect(value[2]).toEqual({
      type: 'bulleted-list',
      children: [
        { type: 'list-item', children: [{ text: 'Eerste spreekpunt over de ' }, { text: 'afschrikking', bold: true }] },
        { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'Onderliggend punt' }] }] },
        { type: 'list-item', children: [{ text: 'Tweede spreekpunt' }] },
      ],
    });
    expect(value[3]).toEqual({
      type: 'numbered-list',
      children: [
        { type: 'list-item', children: [{ text: 'Genummerd een' }] },
        { type: 'list-item', children: [{ text: 'Genummerd twee' }] },
      ],
    });
  });

  it('keeps links and highlighting, drops the image, empty paragraphs, styles and comments', () => {
    expect(value[4]).toEqual({
      type: 'paragraph',
      children: [
        { text: 'Zie ' },
        { type: 'link', url: 'https://www.rijksoverheid.nl/ministeries/ministerie-van-defensie', children: [{ text: 'rijksoverheid.nl' }] },
        { text: ' en ' },
        { text: 'let op', highlight: true },
        { text: '.' },
      ],
    });
    const all = JSON.stringify(value);
    for (const gone of ['mso', 'Font Definitions', 'Cambria', 'clip_image', 'OfficeDocumentSettings', 'supportLists', '·']) {
      expect(all).not.toContain(gone);
    }
  });

  it('keeps the table, two columns, with the bold header text', () => {
    expect(value[5]).toEqual({
      type: 'table',
      children: [
        { type: 'table-row', children: [
          { type: 'table-cell', children: [{ text: 'Land', bold: true }] },
          { type: 'table-cell', children: [{ text: 'Bijdrage', bold: true }] },
        ] },
        { type: 'table-row', children: [
          { type: 'table-cell', children: [{ text: 'Nederland' }] },
          { type: 'table-cell', children: [{ text: '€ 1,4 miljoen' }] },
        ] },
      ],
    });
    expect(value).toHaveLength(6);
  });
});

describe('paste from Google Docs', () => {
  const value = inserted(richTextFromClipboard(clipboard({ 'text/html': fixture('google-docs.html'), 'text/plain': 'Achtergrond' })));

  it('does not make everything bold because of the font-weight:normal wrapper', () => {
    expect(value[0]).toEqual({ type: 'heading', children: [{ text: 'Achtergrond' }] });
    expect(value[1]).toEqual({
      type: 'paragraph',
      children: [
        { text: 'De bondgenoten spreken over ' },
        { text: 'capaciteitsdoelstellingen', bold: true },
        { text: ' en coördinatie', italic: true },
        { text: '.' },
      ],
    });
  });

  it('keeps the nested list and the link inside it', () => {
    expect(value[2]).toEqual({
      type: 'bulleted-list',
      children: [
        { type: 'list-item', children: [{ text: 'Afschrikking' }] },
        { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'Oostflank' }] }] },
        {
          type: 'list-item',
          children: [{ type: 'link', url: 'https://www.nato.int/cps/en/natohq/news.htm', children: [{ text: 'NAVO-nieuws', underline: true }] }],
        },
      ],
    });
    expect(value).toHaveLength(3);
  });
});

describe('hostile clipboards', () => {
  it('keeps the text of javascript:, data:, vbscript: and file: links but not the links, and runs nothing', () => {
    const value = inserted(richTextFromClipboard(clipboard({ 'text/html': fixture('hostile-links.html'), 'text/plain': 'x' })));
    const json = JSON.stringify(value);
    expect(json).not.toMatch(/javascript|vbscript|data:|file:|alert|onerror|onclick|svgtekst|formveld/i);
    const links = json.match(/"type":"link"/g) ?? [];
    expect(links).toHaveLength(1);
    expect(json).toContain('"url":"mailto:secretariaat@mindef.nl"');
    expect(plainLines(value)).toEqual([
      'Klik hier of daar of data of vb of spatie of bestand; wel mail.',
      'Gewone tekst',
    ]);
  });

  it('refuses a data-slate-fragment holding a script node or an onerror key, and falls back to plain text', () => {
    const result = richTextFromClipboard(clipboard({ 'text/html': fixture('slate-fragment-script.html'), 'text/plain': 'Zichtbare tekst' }));
    const value = inserted(result);
    expect(result.kind === 'insert' && result.refused).toBe('unsafe-fragment');
    expect(value).toEqual([{ type: 'paragraph', children: [{ text: 'Zichtbare tekst' }] }]);
  });

  it('refuses an application/x-slate-fragment with a javascript: link', () => {
    const result = richTextFromClipboard(
      clipboard({ [SLATE_FRAGMENT_TYPE]: fixture('slate-fragment-javascript-link.txt'), 'text/plain': 'klik' }),
    );
    expect(result.kind === 'insert' && result.refused).toBe('unsafe-fragment');
    expect(inserted(result)).toEqual([{ type: 'paragraph', children: [{ text: 'klik' }] }]);
  });

  it('refuses fragments with unknown keys, unknown marks, or that are not JSON', () => {
    for (const forged of [
      encode([{ type: 'paragraph', children: [{ text: 'a', color: 'red' }] }]),
      encode([{ type: 'paragraph', style: 'x', children: [{ text: 'a' }] }]),
      encode([{ type: 'image', url: 'https://x/', children: [{ text: '' }] }]),
      encode({ type: 'paragraph', children: [{ text: 'not an array' }] }),
      '%%%not base64',
    ]) {
      const result = richTextFromClipboard(clipboard({ [SLATE_FRAGMENT_TYPE]: forged, 'text/plain': 'plat' }));
      expect(result.kind === 'insert' && result.refused, forged).toBe('unsafe-fragment');
      expect(inserted(result)).toEqual([{ type: 'paragraph', children: [{ text: 'plat' }] }]);
    }
  });

  it('takes a valid fragment as it is, with lists, tables, links and footnotes', () => {
    const fragment: RichText = [
      { type: 'paragraph', children: [{ text: 'Zie ' }, { type: 'link', url: 'https://www.nato.int/', children: [{ text: 'nato.int' }] }, { type: 'footnote', note: 'Kamerstuk 28 676.', children: [{ text: '' }] }, { text: '' }] },
      { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'een' }] }] },
      { type: 'table', children: [{ type: 'table-row', children: [{ type: 'table-cell', header: true, children: [{ text: 'A' }] }, { type: 'table-cell', children: [{ text: 'B' }] }] }] },
    ];
    const result = richTextFromClipboard(clipboard({ [SLATE_FRAGMENT_TYPE]: encode(fragment), 'text/plain': 'x' }));
    expect(result.kind === 'insert' && result.source).toBe('fragment');
    expect(inserted(result)).toEqual(fragment);
  });

  it('refuses a 10 MB paste without inserting anything', () => {
    const big = 'Lorem ipsum dolor sit amet. '.repeat(400_000); // ≈ 11 MB
    expect(richTextFromClipboard(clipboard({ 'text/plain': big }))).toEqual({ kind: 'too-large' });
    expect(richTextFromClipboard(clipboard({ 'text/html': `<p>${big}</p>`, 'text/plain': big }))).toEqual({ kind: 'too-large' });
    expect(richTextFromClipboard(clipboard({ [SLATE_FRAGMENT_TYPE]: big, 'text/plain': 'klein' }))).toMatchObject({ kind: 'insert', refused: 'unsafe-fragment' });
  });
});

describe('plain text', () => {
  it('makes a paragraph per blank-line-separated block and joins hard-wrapped lines', () => {
    const value = inserted(
      richTextFromClipboard(clipboard({ 'text/plain': 'Eerste regel\r\nloopt door.\r\n\r\n\r\nTweede alinea.\n  \nDerde\u0007 alinea.' })),
    );
    expect(value).toEqual([
      { type: 'paragraph', children: [{ text: 'Eerste regel loopt door.' }] },
      { type: 'paragraph', children: [{ text: 'Tweede alinea.' }] },
      { type: 'paragraph', children: [{ text: 'Derde alinea.' }] },
    ]);
  });

  it('inserts nothing for an empty clipboard', () => {
    expect(richTextFromClipboard(clipboard({ 'text/plain': '  \n ' }))).toEqual({ kind: 'empty' });
  });
});
