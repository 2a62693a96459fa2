/**
 * Packs crafted to break the reader: lists nested a thousand levels deep, ids
 * used twice, a `__proto__` section, half a surrogate pair, comments whose
 * passage is gone, and annex lists that disagree with the annex files. Each
 * ends in one clear line (refused) or opens with a warning (kept), and what
 * opens exports: checked in the documents themselves.
 */
import { strToU8 } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx/index';
import { exportPdfWithReport } from '../../core/export/pdf/index';
import { MAX_LIST_DEPTH, richTextSchema } from '../../core/model/rich-text';
import type { BriefingPack } from '../../core/model/pack';
import { syntheticPack } from '../../core/model/synthetic';
import { comparePacks } from '../../core/model/versions';
import { plainLines, richTextWords } from '../../core/model/walk';
import { decodePack, encodePack, type PackContents } from '../../core/pack/container';
import { templateSchema } from '../../core/template/schema';
import { findInPack } from '../../renderer/find/search';
import { builtInTemplate, exportFonts, part, unzipDocx } from '../helpers/docx';
import { containerWith, nestedList } from '../helpers/hostile-packs';
import { userErrorOf } from '../helpers/user-error';

const FILE = 'hostile.briefpack';

function basePack(): BriefingPack {
  return structuredClone(syntheticPack(2));
}

function refusal(bytes: Uint8Array) {
  const error = userErrorOf(() => decodePack(bytes, FILE));
  for (const language of ['en', 'nl'] as const) {
    expect(error.describe(language)).toContain(FILE);
    expect(error.describe(language)).not.toContain('\n');
  }
  return error;
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + '\n';
  }
  await doc.destroy();
  return text.replace(/\s+/g, ' ');
}

async function exportBoth(contents: PackContents) {
  const template = builtInTemplate();
  const assets = await exportFonts(template);
  const pdf = await exportPdfWithReport(contents, template, assets, { created: new Date('2025-01-31T00:00:00Z') });
  const docx = unzipDocx(await exportDocx(contents, template, assets));
  return { pdf, pdfText: await pdfText(pdf.bytes), docx };
}

describe('lists nested deeper than Word allows', () => {
  it('a list 1,000 levels deep is refused in one line naming the item and the section, not a stack overflow', () => {
    const pack = basePack();
    pack.items[1]!.sections.kernboodschap = [nestedList(1_000)];
    const error = refusal(containerWith(JSON.stringify(pack)));
    expect(error.code).toBe('pack.list-too-deep');
    expect(error.describe('en')).toContain(`item "${pack.items[1]!.title}", section "kernboodschap"`);
    expect(error.describe('en')).toMatch(/at most 9 are allowed/);
    expect(error.describe('nl')).toContain(`agendapunt "${pack.items[1]!.title}", onderdeel "kernboodschap"`);
  });

  it('one level too many is refused too, in the letter text and the introduction', () => {
    const inSource = basePack();
    inSource.items[0]!.source = [nestedList(MAX_LIST_DEPTH + 1)];
    expect(refusal(containerWith(JSON.stringify(inSource))).describe('en')).toContain("the letter's text is nested 10 levels deep");
    const inIntroduction = basePack();
    inIntroduction.introduction = [nestedList(MAX_LIST_DEPTH + 1)];
    expect(refusal(containerWith(JSON.stringify(inIntroduction))).describe('en')).toContain('a list in the introduction');
  });

  it('the schema itself stops at the limit, for values that do not come from a file (the clipboard)', () => {
    expect(richTextSchema.safeParse([nestedList(MAX_LIST_DEPTH)]).success).toBe(true);
    const deep = richTextSchema.safeParse([nestedList(100_000)]);
    expect(deep.success).toBe(false);
    expect(deep.error?.issues[0]?.message).toMatch(/at most 9 levels/);
  });

  it('the deepest list the schema accepts goes through every walker: text, search, versions and both exporters', async () => {
    const pack = basePack();
    pack.items[0]!.sections.kernboodschap = [nestedList(MAX_LIST_DEPTH)];
    const contents = decodePack(encodePack({ pack, annexFiles: new Map() }), FILE);
    const section = contents.pack.items[0]!.sections.kernboodschap!;
    expect(plainLines(section)).toEqual([...Array.from({ length: 8 }, (_, i) => `level ${i + 1}`), 'deepest words']);
    expect(richTextWords(section)).toBe(18);
    expect(findInPack(contents.pack, ['kernboodschap'], { query: 'deepest', matchCase: false })).toHaveLength(1);
    const changed = structuredClone(contents.pack);
    changed.items[0]!.sections.kernboodschap = [nestedList(MAX_LIST_DEPTH - 1)];
    expect(comparePacks(contents.pack, changed).changed.map((change) => change.sections.map((s) => s.key))).toEqual([['kernboodschap']]);

    const { pdfText: text, docx } = await exportBoth(contents);
    expect(text).toContain('deepest words');
    const body = part(docx, 'word/document.xml');
    // The deepest item sits on Word's ninth (last) numbering level.
    expect(body).toMatch(/<w:ilvl w:val="8"\/>(?:(?!<\/w:p>).)*deepest words/s);
  });
});

describe('ids, section keys and broken characters', () => {
  it('two items with the same id are refused, naming the id', () => {
    const pack = basePack();
    pack.items[1]!.id = pack.items[0]!.id;
    const error = refusal(containerWith(JSON.stringify(pack)));
    expect(error.code).toBe('pack.duplicate-id');
    expect(error.describe('en')).toContain(`agenda item id "${pack.items[0]!.id}" is used twice`);
    expect(error.describe('nl')).toContain(`agendapunt-id "${pack.items[0]!.id}" komt twee keer voor`);
  });

  it('two annexes, versions or comments of an item with one id are refused as well', () => {
    const annexes = basePack();
    const annex = { id: 'a1', title: 'Kaart', fileName: 'kaart.txt', mediaType: 'text/plain', size: 1 };
    annexes.annexes = [annex, { ...annex, title: 'Tweede' }];
    expect(refusal(containerWith(JSON.stringify(annexes), { 'annexes/a1': strToU8('x') })).params).toMatchObject({ kind: 'annex', id: 'a1' });
    const comments = basePack();
    const comment = {
      id: 'c1',
      anchor: { block: 0, start: 0, end: 3, quote: '' },
      author: 'A',
      createdAt: '2025-01-31T10:00:00Z',
      text: 't',
      resolved: false,
      replies: [{ id: 'c1', author: 'B', createdAt: '2025-01-31T11:00:00Z', text: 'r' }],
    };
    comments.items[0]!.comments = [comment];
    expect(refusal(containerWith(JSON.stringify(comments))).params).toMatchObject({ kind: 'comment', id: 'c1' });
  });

  it('a section keyed __proto__ is refused instead of silently dropped, and so is one named like an object property', () => {
    const pack = basePack();
    const json = JSON.stringify(pack).replace('"sections":{', '"sections":{"__proto__":[{"type":"paragraph","children":[{"text":"x"}]}],');
    expect(json).toContain('"__proto__"');
    const error = refusal(containerWith(json));
    expect(error.code).toBe('pack.invalid');
    expect(error.params.path).toBe('items[0].sections.__proto__');
    const constructor = JSON.stringify(pack).replace('"sections":{', '"sections":{"constructor":[],');
    expect(refusal(containerWith(constructor)).params.path).toBe('items[0].sections.constructor');
  });

  it('templates accept only section keys of the same form', () => {
    const template = structuredClone(builtInTemplate()) as { sections: { key: string; label: string }[] };
    template.sections[0]!.key = '__proto__';
    expect(templateSchema.safeParse(template).success).toBe(false);
    template.sections[0]!.key = 'nl-inzet_2';
    expect(templateSchema.safeParse(template).success).toBe(true);
  });

  it('half a surrogate pair is repaired to U+FFFD on open, with a warning naming the first place, and prints', async () => {
    const pack = basePack();
    const json = JSON.stringify(pack).replace(`"title":${JSON.stringify(pack.items[1]!.title)}`, `"title":"Oekra\\ud800ine"`);
    expect(json).toContain('\\ud800');
    const contents = decodePack(containerWith(json), FILE);
    expect(contents.pack.items[1]!.title).toBe('Oekra\uFFFDine');
    expect(contents.warnings?.map((w) => w.code)).toEqual(['pack.repaired-text']);
    expect(contents.warnings?.[0]?.describe('en')).toContain('items[1].title');
    expect(contents.warnings?.[0]?.describe('nl')).toContain('items[1].title');
    const { pdf, pdfText: text, docx } = await exportBoth(contents);
    expect(part(docx, 'word/document.xml')).toContain('Oekra\uFFFDine');
    // The PDF fonts have no U+FFFD either: it is drawn as the visible mark and reported as such, never as half a pair.
    expect(pdf.warnings.map((w) => w.codePoint)).toEqual(['U+FFFD']);
    expect(text).toContain('Oekra');
  });
});

describe('comments and annexes that do not fit', () => {
  const comment = (id: string, anchor: { block: number; start: number; end: number; quote: string }, text: string) => ({
    id,
    anchor,
    author: 'Jansen',
    createdAt: '2025-01-31T10:00:00Z',
    text,
    resolved: false,
    replies: [],
  });

  it('a comment whose passage is gone is kept, reported, and exported without marking other words', async () => {
    const pack = basePack();
    const item = pack.items[0]!;
    item.comments = [
      comment('c-gone', { block: 99, start: 5, end: 900, quote: 'tekst die er niet meer is' }, 'Opmerking zonder passage'),
      comment('c-moved', { block: 0, start: 0, end: 4, quote: 'zzzz' }, 'Opmerking met andere woorden'),
    ];
    const contents = decodePack(encodePack({ pack, annexFiles: new Map() }), FILE);
    expect(contents.pack.items[0]!.comments.map((c) => c.id)).toEqual(['c-gone', 'c-moved']);
    expect(contents.warnings?.map((w) => [w.code, w.params.count])).toEqual([['pack.detached-comments', 2]]);
    expect(contents.warnings?.[0]?.describe('en')).toContain(item.title);

    const { pdfText: text, docx } = await exportBoth(contents);
    expect(text).toContain(item.title);
    const comments = part(docx, 'word/comments.xml');
    expect(comments).toContain('Opmerking zonder passage');
    expect(comments).toContain('Opmerking met andere woorden');
    // Both ranges are empty and at the end of the letter's text: no text between the first start and the last end.
    const body = part(docx, 'word/document.xml');
    expect(body).toMatch(/<\/w:t><\/w:r><w:commentRangeStart w:id="0"\/><w:commentRangeStart w:id="1"\/>(?:(?!<w:t[ >]).)*<w:commentRangeEnd w:id="1"\/>(?:(?!<w:t[ >]).)*<\/w:p>/);
  });

  it('an annex listed without its file, or with a file of another size, is refused naming the annex', () => {
    const pack = basePack();
    pack.annexes = [{ id: 'a1', title: 'Kaart', fileName: 'kaart.txt', mediaType: 'text/plain', size: 3 }];
    expect(refusal(containerWith(JSON.stringify(pack))).describe('en')).toContain('annex "Kaart" is listed but its file is missing');
    expect(refusal(containerWith(JSON.stringify(pack), { 'annexes/a1': strToU8('four') })).code).toBe('pack.missing-annex');
  });

  it('an entry name with line breaks and control characters is named on one line, and shortened', () => {
    const name = `../x\nline two\r\u0007${'y'.repeat(5_000)}`;
    const error = refusal(containerWith(JSON.stringify(basePack()), { [name]: strToU8('x') }));
    expect(error.code).toBe('pack.unsafe-entry');
    expect(error.describe('en')).toContain('../x\\nline two\\r\\u0007yyy');
    expect(error.describe('en').length).toBeLessThan(300);
  });

  it('a file in annexes/ that no annex names is refused naming the file', () => {
    const error = refusal(containerWith(JSON.stringify(basePack()), { 'annexes/extra.pdf': strToU8('%PDF-1.7') }));
    expect(error.code).toBe('pack.unlisted-annex');
    expect(error.describe('en')).toContain('annexes/extra.pdf');
    expect(error.describe('nl')).toContain('annexes/extra.pdf');
  });
});
