/**
 * The footnote numbers the editor shows (footnoteOffsetsByItem) are the ones
 * printed: for each built-in template, and one that turns comments into
 * footnotes, every item's first footnote number is read back from the DOCX
 * (pandoc numbers notes as Word does, in reading order) and from the PDF
 * (pdftotext; a note at the foot of the page or item reads "3 text").
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { footnoteOffsetsByItem } from '../../core/export/footnote-numbers';
import { exportDocx } from '../../core/export/docx/index';
import { exportPdf } from '../../core/export/pdf/index';
import type { BriefingPack } from '../../core/model/pack';
import { anchorText } from '../../core/model/pack-ops';
import type { RichText } from '../../core/model/rich-text';
import type { Template } from '../../core/template/schema';
import { annotatedSample, BUILT_IN_TEMPLATE_IDS, builtInTemplate, exportFonts } from '../helpers/docx';
import { hasPandoc, installed } from '../helpers/tools';

const note = (text: string, noteText: string): RichText => [
  { type: 'paragraph', children: [{ text }, { type: 'footnote', note: noteText, children: [{ text: '' }] }, { text: ' verder.' }] },
];

/** Each item's first printed note is "First<i>"; notes also in the introduction, the source and a later section. */
function packWithNotes(template: Template): BriefingPack {
  const pack = annotatedSample(template);
  const [first, last] = [template.sections[0]!.key, template.sections.at(-1)!.key];
  return {
    ...pack,
    introduction: [...pack.introduction, ...note('Inleiding', 'IntroNote')],
    items: pack.items.map((item, i) => ({
      ...item,
      // Item 2 has its first note in its source text; the others in their first section.
      source: i === 1 ? [...note('Bron', `First${i}`), ...item.source] : item.source,
      sections: {
        ...item.sections,
        [first]: i === 1 ? item.sections[first]! : note('Eerste', `First${i}`),
        [last]: [...(item.sections[last] ?? []), ...note('Laatste', `Later${i}`)],
      },
      comments:
        i === 2
          ? [{ id: `c${i}`, anchor: { block: 0, start: 0, end: 4, quote: anchorText(item.source[0]!).slice(0, 4) }, author: 'A', createdAt: '2025-01-01T00:00:00.000Z', text: 'CommentNote', resolved: false, replies: [] }]
          : [],
    })),
  };
}

/** Each printed note's text and the number the offsets give it: the first note of each item, and its note in the last section. */
function expected(pack: BriefingPack, template: Template, catalog: readonly Template[]): Record<string, number> {
  const offsets = footnoteOffsetsByItem(pack, template, catalog);
  const out: Record<string, number> = {};
  pack.items.forEach((item, i) => {
    const entry = offsets.get(item.id)!;
    const [first, last] = [template.sections[0]!.key, template.sections.at(-1)!.key];
    // Item 2's first note opens its source text, printed only where the template prints the source.
    if (i !== 1) out[`First${i}`] = entry.sections[first]! + 1;
    else if (template.includeSourceText) out[`First${i}`] = entry.source + 1;
    out[`Later${i}`] = entry.sections[last]! + 1;
  });
  return out;
}

/** The number a reader's text puts before (PDF) or with (markdown) each note. */
function numbersIn(text: string, notes: Record<string, number>, pattern: (note: string) => RegExp): Record<string, number> {
  return Object.fromEntries(Object.keys(notes).map((note) => [note, Number(pattern(note).exec(text)?.[1])]));
}

function readerText(command: string, args: string[], input: Uint8Array): string {
  const out = spawnSync(command, args, { input, encoding: 'utf8' });
  expect(out.status, out.stderr).toBe(0);
  return out.stdout;
}

const commentsAsFootnotes: Template = { ...builtInTemplate('nl-ministeriele-briefing'), id: 'comments-as-footnotes', sourceComments: 'footnotes' };
const catalog = BUILT_IN_TEMPLATE_IDS.map((id) => builtInTemplate(id));

describe.skipIf(!hasPandoc || !installed('pdftotext'))('footnote numbers in the editor equal the printed ones', () => {
  for (const template of [...catalog, commentsAsFootnotes]) {
    it(`for ${template.id} (${template.footnotes}, comments: ${template.sourceComments})`, async () => {
      const pack = packWithNotes(template);
      const numbers = expected(pack, template, catalog);
      // Not the editor's old count from 1 in each item: the introduction's and earlier items' notes come first.
      expect(numbers.Later4).toBeGreaterThan(pack.items.length);
      const assets = await exportFonts(template);
      const contents = { pack, annexFiles: new Map<string, Uint8Array>() };
      const docx = await exportDocx(contents, template, assets, { templates: catalog });
      // pandoc numbers the notes as Word does, in reading order: "[^3]: First2".
      const markdown = readerText('pandoc', ['-f', 'docx', '-t', 'markdown', '--wrap=none'], docx);
      expect(numbersIn(markdown, numbers, (n) => new RegExp(`\\[\\^(\\d+)\\]: ${n}\\b`))).toEqual(numbers);
      const pdf = await exportPdf(contents, template, assets, { templates: catalog });
      // -layout keeps each note on its line ("3   First2"); without it the watermark splits them.
      const text = readerText('pdftotext', ['-layout', '-', '-'], pdf);
      expect(numbersIn(text, numbers, (n) => new RegExp(`(?:^|\\s)(\\d+)\\s+${n}\\b`))).toEqual(numbers);
    });
  }
});
