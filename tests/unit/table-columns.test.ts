/**
 * Table columns sized to their content, and words in narrow cells broken at
 * hyphenation points or after an address's punctuation, read from the pure
 * layout step's boxes (issue 15).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPdfWithReport } from '../../core/export/pdf/index';
import { syntheticPack } from '../../core/model/synthetic';
import type { StructElem, TextBox } from '../../core/export/pdf/boxes';
import { hyphenatorFor } from '../../core/export/pdf/hyphenation';
import { layoutPack } from '../../core/export/pdf/layout';
import { fontFileMetrics, type FontMetrics } from '../../core/export/pdf/metrics';
import { distributeColumns } from '../../core/export/table-columns';
import { inlineText } from '../../core/model/walk';
import type { TableElement } from '../../core/model/rich-text';
import { builtInTemplate, exportFonts, exportPack, paragraphs, part, unzipDocx } from '../helpers/docx';
import { ADDRESSES, MIXED_TABLE, NARROW_TABLE, NUMBERS, packWithTables } from '../helpers/tables';

const template = builtInTemplate('nl-ministeriele-briefing');
const PAD = 3;
const BREAK_AFTER = /[-/?&.]$/;

let metrics: FontMetrics;
let hyphenate: (word: string) => string[];
beforeAll(async () => {
  metrics = fontFileMetrics((await exportFonts(template)).fonts);
  hyphenate = await hyphenatorFor('nl');
});

/** Each table cell's text boxes in reading order, by the structure element they are tagged with. */
function cellsOf(boxes: readonly TextBox[]): TextBox[][] {
  const cells = new Map<StructElem, TextBox[]>();
  let previous: TextBox[] | undefined;
  for (const box of boxes) {
    // A hyphen the wrapping added is a box of its own (an artifact, untagged): it ends the line before it.
    if (box.addedHyphen && previous) {
      const last = previous.length - 1;
      previous[last] = { ...previous[last]!, text: previous[last]!.text + box.text };
      continue;
    }
    previous = undefined;
    if (box.tag?.role !== 'TD' && box.tag?.role !== 'TH') continue;
    const list = cells.get(box.tag) ?? [];
    list.push(box);
    cells.set(box.tag, list);
    previous = list;
  }
  return [...cells.values()];
}

function layoutTables(tables: TableElement[]): TextBox[] {
  const layout = layoutPack(packWithTables(template, tables), template, metrics, { hyphenate });
  return layout.pages.flatMap((page) => page.boxes.filter((b): b is TextBox => b.kind === 'text'));
}

interface Break {
  /** The line's text as drawn. */
  line: string;
  kind: 'space' | 'hyphen' | 'after-punctuation';
  /** The whole word a hyphen was added in, and where. */
  word?: string;
  at?: number;
}

/** How each line of a cell ends against the cell's own text; throws when the lines do not spell the text. */
function breaksOf(lines: readonly TextBox[], text: string): Break[] {
  const breaks: Break[] = [];
  let pos = 0;
  lines.forEach((box, i) => {
    const last = i === lines.length - 1;
    if (text.startsWith(box.text, pos)) {
      pos += box.text.length;
      if (last) return;
      if (box.spaceAfter) {
        expect(text[pos]).toBe(' ');
        pos++;
        breaks.push({ line: box.text, kind: 'space' });
      } else breaks.push({ line: box.text, kind: BREAK_AFTER.test(box.text) ? 'after-punctuation' : ('cut' as Break['kind']) });
      return;
    }
    // A hyphen the wrapping added.
    const head = box.text.slice(0, -1);
    expect(box.text.endsWith('-') && text.startsWith(head, pos), `"${box.text}" is not in "${text}" at ${pos}`).toBe(true);
    pos += head.length;
    const start = text.lastIndexOf(' ', pos - 1) + 1;
    const end = text.indexOf(' ', pos);
    breaks.push({ line: box.text, kind: 'hyphen', word: text.slice(start, end < 0 ? undefined : end), at: pos - start });
  });
  expect(pos).toBe(text.length);
  return breaks;
}

/** Where hyphenation may break a word: the running lengths of its syllables. */
function hyphenationPoints(word: string): number[] {
  const letters = /^\p{L}+/u.exec(word)?.[0] ?? '';
  const points: number[] = [];
  let at = 0;
  for (const syllable of hyphenate(letters).slice(0, -1)) points.push((at += syllable.length));
  return points;
}

function tableTexts(table: TableElement): string[] {
  return table.children.flatMap((row) => row.children.map((cell) => inlineText(cell.children)));
}

describe('table column widths', () => {
  it('gives columns that fit on one line their width and shares the rest in proportion', () => {
    expect(distributeColumns([{ piece: 20, word: 20, line: 40 }, { piece: 20, word: 30, line: 120 }], 320)).toEqual([80, 240]);
  });

  it('keeps a numbers column at its numbers and gives prose the room above its widest word', () => {
    const widths = distributeColumns(
      [
        { piece: 30, word: 30, line: 30 },
        { piece: 20, word: 60, line: 900 },
      ],
      400,
    );
    expect(widths).toEqual([30, 370]);
  });

  it('lays out a numbers column as wide as its widest number or header, and a prose column wider than its widest word', () => {
    const boxes = layoutTables([MIXED_TABLE]);
    const left = (text: string): number => boxes.find((b) => b.text === text && b.tag?.role === 'TH')!.x - PAD;
    const lefts = ['Land', 'Bedrag', 'Toelichting', 'Bron', 'Onderwerp'].map(left);
    const right = template.page.margins.left + (595.28 - template.page.margins.left - template.page.margins.right);
    const widths = lefts.map((x, i) => (lefts[i + 1] ?? right) - x);
    const numbers = Math.max(metrics.widthOf('Bedrag', 'bold', template.sizes.body), ...NUMBERS.map((n) => metrics.widthOf(n, 'regular', template.sizes.body))) + 2 * PAD;
    expect(widths[1]).toBeCloseTo(numbers, 1);
    expect(widths[1]!).toBeLessThan(widths[2]! / 3);
    // The longest compound stands whole in its column.
    expect(widths[4]!).toBeGreaterThanOrEqual(metrics.widthOf('capaciteitsdoelstellingen', 'regular', template.sizes.body) + 2 * PAD - 0.01);
  });

  it('breaks words in cells only at hyphenation points, and addresses only after / - ? & .', () => {
    for (const table of [MIXED_TABLE, NARROW_TABLE]) {
      const cells = cellsOf(layoutTables([table]));
      const texts = tableTexts(table);
      expect(cells).toHaveLength(texts.length);
      cells.forEach((lines, i) => {
        const text = texts[i]!;
        for (const b of breaksOf(lines, text)) {
          expect(b.kind, `line "${b.line}" of "${text}"`).not.toBe('cut');
          if (b.kind === 'hyphen') expect(hyphenationPoints(b.word!), `"${b.line}" in ${b.word}`).toContain(b.at);
          if (ADDRESSES.includes(text)) expect(b.kind).toBe('after-punctuation');
        }
      });
    }
    // The narrow table cannot hold its compounds whole: they are hyphenated.
    const hyphenated = cellsOf(layoutTables([NARROW_TABLE])).flatMap((lines, i) => breaksOf(lines, tableTexts(NARROW_TABLE)[i]!)).filter((b) => b.kind === 'hyphen');
    expect(hyphenated.length).toBeGreaterThan(3);
  });
});

describe('pages after a table', () => {
  it('are numbered in the DOCX contents as the PDF has them, hyphenated cells and all', async () => {
    const base = syntheticPack(3);
    const [first, ...rest] = base.items;
    // Forty narrow tables: hyphenated cells are fewer lines than cut ones, enough to move the next item a page.
    const pack = { ...base, items: [{ ...first!, sections: { [template.sections[0]!.key]: Array.from({ length: 40 }, () => NARROW_TABLE) } }, ...rest] };
    const { bytes } = await exportPdfWithReport({ pack, annexFiles: new Map() }, template, await exportFonts(template));
    const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
    const outline = (await doc.getOutline()) ?? [];
    const pdfPages = new Map<string, number>();
    for (const entry of outline) pdfPages.set(entry.title, (await doc.getPageIndex((entry.dest as [{ num: number; gen: number }])[0])) + 1);
    await doc.destroy();
    const contents = paragraphs(part(unzipDocx(await exportPack(pack, template)), 'word/document.xml')).filter((p) => p.style === 'TOC1');
    const wordPages = new Map(contents.map((p) => [p.text.replace(/\d+$/, ''), Number(/(\d+)$/.exec(p.text)![1])]));
    const titles = pack.items.map((item) => item.title);
    expect(titles.map((t) => wordPages.get(t))).toEqual(titles.map((t) => pdfPages.get(t)));
  });
});
