/**
 * The layout step, tested on its boxes before any PDF bytes exist. Most tests
 * use fixed-width metrics so positions are predictable; one set uses the real fonts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Box, PackLayout, TextBox } from '../../core/export/pdf/boxes';
import type { FlowLine } from '../../core/export/pdf/flow';
import { pageGeometry } from '../../core/export/pdf/geometry';
import { layoutPack } from '../../core/export/pdf/layout';
import { fontFileMetrics, type FontMetrics } from '../../core/export/pdf/metrics';
import { paginate, paginateParts } from '../../core/export/pdf/paginate';
import { loadExportAssets } from '../../host/assets';
import type { BriefingPack } from '../../core/model/pack';
import type { RichText } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import { parseTemplate } from '../../core/template/load';
import type { Template } from '../../core/template/schema';

const TEMPLATE_ID = 'nl-ministeriele-briefing';
const template: Template = parseTemplate(JSON.parse(readFileSync(`templates/${TEMPLATE_ID}/template.json`, 'utf8')), TEMPLATE_ID);
const geometry = pageGeometry(template);

/** Every character half an em wide; characters outside the Basic Multilingual Plane are "missing". */
const halfEm = (text: string, _style: string, size: number): number => [...text].length * size * 0.5;
const fixedMetrics: FontMetrics = {
  widthOf: halfEm,
  widthOfRange: (text, start, end, style, size) => halfEm(text.slice(start, end), style, size),
  covers: (char) => char.codePointAt(0)! <= 0xffff && char !== '\uFFFD',
};

const texts = (boxes: readonly Box[]): TextBox[] => boxes.filter((b): b is TextBox => b.kind === 'text');
const pageText = (boxes: readonly Box[]): string => texts(boxes).map((b) => b.text).join(' ');
const isFurniture = (box: Box): boolean => box.y > geometry.top || box.y < geometry.bottom || (box.kind === 'text' && !!box.rotate);

/** Text boxes in the body (not header, footer or watermark), top to bottom. */
function bodyTexts(boxes: readonly Box[]): TextBox[] {
  return texts(boxes)
    .filter((b) => !isFurniture(b))
    .sort((a, b) => b.y - a.y || a.x - b.x);
}

function packWith(sections: Record<string, RichText>, overrides: Partial<BriefingPack> = {}): BriefingPack {
  const base = syntheticPack(1);
  return { ...base, ...overrides, items: [{ ...base.items[0]!, source: [], sections }] };
}

function corners(box: Box): [number, number][] {
  if (box.kind !== 'text' || !box.rotate) {
    const height = box.kind === 'text' ? box.size : box.height;
    return [
      [box.x, box.y],
      [box.x + box.width, box.y + height],
    ];
  }
  const angle = (box.rotate * Math.PI) / 180;
  const [c, s] = [Math.cos(angle), Math.sin(angle)];
  return [
    [0, 0],
    [box.width, 0],
    [0, box.size],
    [box.width, box.size],
  ].map(([dx, dy]) => [box.x + dx! * c - dy! * s, box.y + dx! * s + dy! * c]);
}

const long = (words: number, seed = 0): string =>
  Array.from({ length: words }, (_, i) => ['defensie', 'bondgenoten', 'financiële', 'NAVO-top', 'ministers’'][(i + seed) % 5]).join(' ');

describe('layoutPack: geometry', () => {
  const layout = layoutPack(syntheticPack(12), template, fixedMetrics);

  it('keeps every box on the page, including the rotated watermark', () => {
    for (const page of layout.pages) {
      for (const box of page.boxes) {
        for (const [x, y] of corners(box)) {
          expect(x, `${box.kind} on page ${page.number}`).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(layout.width);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(layout.height);
        }
      }
    }
  });

  it('wraps body text within the left and right margins', () => {
    const body = layout.pages.flatMap((p) => bodyTexts(p.boxes));
    expect(body.length).toBeGreaterThan(100);
    for (const box of body) {
      expect(box.x).toBeGreaterThanOrEqual(geometry.left - 0.01);
      expect(box.x + box.width, box.text).toBeLessThanOrEqual(geometry.right + 0.01);
    }
  });

  it('fills lines: a wrapped paragraph line reaches most of the text width', () => {
    const lines = layout.pages.flatMap((p) => bodyTexts(p.boxes)).filter((b) => b.x === geometry.left && b.style === 'regular');
    const widest = Math.max(...lines.map((b) => b.width));
    expect(widest).toBeGreaterThan(geometry.contentWidth * 0.85);
  });

  it('numbers pages 1..N with a footer "pagina i van N" on every page but the cover', () => {
    const total = layout.pages.length;
    layout.pages.forEach((page, i) => {
      expect(page.number).toBe(i + 1);
      if (i > 0) expect(pageText(page.boxes)).toContain(`pagina ${i + 1} van ${total}`);
    });
    expect(pageText(layout.pages[0]!.boxes)).not.toContain('pagina 1 van');
  });

  it('puts the classification marking on every page, the cover included', () => {
    for (const page of layout.pages) expect(pageText(page.boxes)).toContain('DEPARTEMENTAAL VERTROUWELIJK');
  });

  it('starts every level-1 item on a new page when the template asks for it', () => {
    for (const item of syntheticPack(12).items) {
      const page = layout.pages.find((p) => texts(p.boxes).some((b) => b.text === item.title && b.size === template.sizes.heading1));
      expect(page, item.title).toBeDefined();
      expect(bodyTexts(page!.boxes)[0]!.text).toBe(item.title);
    }
  });

  it('runs items on when the template does not break pages', () => {
    const runOn = layoutPack(syntheticPack(12), { ...template, pageBreakBeforeItem: false }, fixedMetrics);
    expect(runOn.pages.length).toBeLessThan(layout.pages.length);
    const titlesPerPage = runOn.pages.map((p) => texts(p.boxes).filter((b) => b.text.startsWith('Agendapunt ')).length);
    expect(Math.max(...titlesPerPage)).toBeGreaterThan(1);
  });

  it('draws the draft watermark only while the pack is a draft', () => {
    const watermarks = (l: PackLayout) => l.pages.flatMap((p) => texts(p.boxes).filter((b) => b.rotate));
    expect(watermarks(layout).map((b) => b.text)).toEqual(layout.pages.map(() => template.labels.draft));
    expect(watermarks(layoutPack({ ...syntheticPack(2), status: 'final' }, template, fixedMetrics))).toEqual([]);
  });
});

describe('layoutPack: cover and contents', () => {
  const pack = syntheticPack(3);
  const layout = layoutPack(pack, template, fixedMetrics);
  const cover = pageText(layout.pages[0]!.boxes);

  it('puts meeting, abbreviation, long date, place, version and status on the cover', () => {
    for (const expected of [pack.meeting.name.split(' ')[0]!, 'DMM', '13 februari 2025', 'Brussel', '0.1', template.labels.cover, template.labels.draft]) {
      expect(cover).toContain(expected);
    }
  });

  it('lists the introduction and every item in the contents with the page it starts on, linked there', () => {
    const toc = layout.pages[1]!;
    expect(pageText(toc.boxes)).toContain(template.labels.contents);
    const links = toc.boxes.filter((b) => b.kind === 'link');
    const listed = layout.outline.filter((e) => e.level < 3);
    expect(listed.map((e) => e.title)).toEqual([template.labels.introduction, ...pack.items.map((i) => i.title)]);
    expect(links).toHaveLength(listed.length);
    listed.forEach((entry, i) => {
      const titlePage = layout.pages.find((p) => texts(p.boxes).some((b) => b.text === entry.title && !isFurniture(b) && p.number > 2));
      expect(entry.page).toBe(titlePage!.number);
      expect(links[i]!.kind === 'link' && links[i]!.target).toEqual({ kind: 'page', page: entry.page, y: entry.y });
      expect(texts(toc.boxes).some((b) => b.text === String(entry.page))).toBe(true);
    });
  });

  it('makes the contents as long as it needs and still gets the page numbers right', () => {
    const big = layoutPack(syntheticPack(120), template, fixedMetrics);
    const tocPages = big.pages.filter((p) => p.boxes.some((b) => b.kind === 'link' && b.target.kind === 'page'));
    expect(tocPages.length).toBeGreaterThan(1);
    const last = big.outline.at(-1)!;
    expect(pageText(big.pages[last.page - 1]!.boxes)).toContain(last.title);
    expect(last.page).toBe(big.pages.length);
  });
});

describe('layoutPack: rich text', () => {
  const list: RichText = [
    {
      type: 'numbered-list',
      children: [
        { type: 'list-item', children: [{ text: 'een' }] },
        { type: 'list-item', children: [{ text: long(40) }] },
        { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'genest' }] }] },
        { type: 'list-item', children: [{ text: 'drie' }] },
      ],
    },
    { type: 'paragraph', children: [{ text: 'tussen' }] },
    { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: 'opnieuw' }] }] },
  ];
  const layout = layoutPack(packWith({ kernboodschap: list }), template, fixedMetrics);
  const body = layout.pages.flatMap((p) => bodyTexts(p.boxes));

  it('numbers list items, skips nested lists in the count and restarts per list', () => {
    expect(body.filter((b) => /^\d+\.$/.test(b.text)).map((b) => b.text)).toEqual(['1.', '2.', '3.', '1.']);
  });

  it('bullets nested items and indents them further', () => {
    const nested = body.find((b) => b.text === 'genest')!;
    const first = body.find((b) => b.text === 'een')!;
    expect(nested.x).toBeGreaterThan(first.x);
    const marker = body.find((b) => b.y === nested.y && b.x < nested.x)!;
    expect(marker.text).toMatch(/^[•–◦]$/);
  });

  it('hangs wrapped list lines under the text, not under the number', () => {
    const itemLines = body.filter((b) => b.text.startsWith('defensie') || b.text.startsWith('bondgenoten') || b.text.startsWith('financiële') || b.text.startsWith('NAVO') || b.text.startsWith('ministers'));
    expect(itemLines.length).toBeGreaterThan(1);
    const first = body.find((b) => b.text === 'een')!;
    for (const line of itemLines) expect(line.x).toBe(first.x);
  });

  it('draws a bar beside block quotes and sets them in italic', () => {
    const quote = layoutPack(packWith({ kernboodschap: [{ type: 'block-quote', children: [{ text: long(60) }] }] }), template, fixedMetrics);
    const page = quote.pages.find((p) => bodyTexts(p.boxes).some((b) => b.style === 'italic'))!;
    const lines = bodyTexts(page.boxes).filter((b) => b.style === 'italic');
    expect(lines.length).toBeGreaterThan(1);
    const bars = page.boxes.filter((b) => b.kind === 'rect' && b.x < lines[0]!.x && b.x > geometry.left);
    expect(bars).toHaveLength(lines.length);
  });

  it('mixes bold, italic, underline and links on one line and links the link text', () => {
    const para: RichText = [
      {
        type: 'paragraph',
        children: [
          { text: 'plain ' },
          { text: 'vet', bold: true },
          { text: ' en ' },
          { text: 'schuin', italic: true },
          { text: ' ' },
          { type: 'link', url: 'https://www.defensie.nl/', children: [{ text: 'defensie.nl' }] },
        ],
      },
    ];
    const l = layoutPack(packWith({ kernboodschap: para }), template, fixedMetrics);
    const page = l.pages.find((p) => texts(p.boxes).some((b) => b.text === 'vet'))!;
    const vet = texts(page.boxes).find((b) => b.text === 'vet')!;
    const schuin = texts(page.boxes).find((b) => b.text === 'schuin')!;
    const link = texts(page.boxes).find((b) => b.text === 'defensie.nl')!;
    expect([vet.style, schuin.style]).toEqual(['bold', 'italic']);
    expect(new Set([vet.y, schuin.y, link.y]).size).toBe(1);
    expect(schuin.x).toBeGreaterThan(vet.x + vet.width);
    const area = page.boxes.find((b) => b.kind === 'link')!;
    expect(area).toMatchObject({ x: link.x, width: link.width, target: { kind: 'uri', url: 'https://www.defensie.nl/' } });
    const underline = page.boxes.find((b) => b.kind === 'rect' && b.x === link.x && b.width === link.width);
    expect(underline).toBeDefined();
  });

  it('breaks a word longer than the line instead of running off the page', () => {
    const word = 'x'.repeat(400);
    const l = layoutPack(packWith({ kernboodschap: [{ type: 'paragraph', children: [{ text: word }] }] }), template, fixedMetrics);
    const pieces = l.pages.flatMap((p) => bodyTexts(p.boxes)).filter((b) => /^x+$/.test(b.text));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((b) => b.text).join('')).toBe(word);
    for (const b of pieces) expect(b.x + b.width).toBeLessThanOrEqual(geometry.right + 0.01);
  });

  it('skips blank sections and prints the others under their label in template order', () => {
    const l = layoutPack(
      packWith({ reactief: [{ type: 'paragraph', children: [{ text: 'laatste' }] }], doel: [{ type: 'paragraph', children: [{ text: 'eerste' }] }], achtergrond: [{ type: 'paragraph', children: [{ text: '  ' }] }] }),
      template,
      fixedMetrics,
    );
    const order = l.pages.flatMap((p) => bodyTexts(p.boxes)).map((b) => b.text);
    expect(order.indexOf('Doel')).toBeLessThan(order.indexOf('eerste'));
    expect(order.indexOf('eerste')).toBeLessThan(order.indexOf('Reactief'));
    expect(order).not.toContain('Achtergrond');
  });
});

describe('layoutPack: footnotes', () => {
  const layout = layoutPack(syntheticPack(4), template, fixedMetrics);

  it('numbers footnotes through the document and sets each at the foot of the page that cites it', () => {
    const cited: number[] = [];
    for (const page of layout.pages) {
      const body = bodyTexts(page.boxes);
      // Superscript markers are smaller than the footnote text itself.
      const markers = body.filter((b) => /^\d+$/.test(b.text) && b.size < template.sizes.small);
      const noteTexts = body.filter((b) => b.text.startsWith('Kamerstuk'));
      expect(noteTexts).toHaveLength(markers.length);
      for (const marker of markers) {
        cited.push(Number(marker.text));
        const number = body.find((b) => b.text === marker.text && b.size === template.sizes.small && b.x === geometry.left);
        expect(number, `note ${marker.text} on page ${page.number}`).toBeDefined();
        expect(number!.y).toBeLessThan(marker.y);
      }
      const lowestBody = Math.min(...body.filter((b) => !b.text.startsWith('Kamerstuk') && b.size >= template.sizes.body).map((b) => b.y));
      for (const note of noteTexts) expect(note.y).toBeLessThan(lowestBody);
    }
    expect(cited).toEqual(Array.from({ length: 8 }, (_, i) => i + 1));
  });

  it('continues a footnote too long for its page on the next page', () => {
    const note = long(2500);
    const l = layoutPack(packWith({ doel: [{ type: 'paragraph', children: [{ text: 'tekst' }, { type: 'footnote', note, children: [{ text: '' }] }] }] }), template, fixedMetrics);
    const noteIndent = geometry.left + template.sizes.small * 2;
    const isNoteLine = (b: TextBox) => b.size === template.sizes.small && b.x === noteIndent;
    const pagesWithNote = l.pages.filter((p) => bodyTexts(p.boxes).some(isNoteLine));
    expect(pagesWithNote.length).toBeGreaterThan(1);
    const noteLines = l.pages.flatMap((p) => bodyTexts(p.boxes).filter(isNoteLine));
    expect(noteLines.map((b) => b.text).join(' ') === note, 'note text continues in order').toBe(true);
  });
});

describe('paginate: keep with next', () => {
  const line = (text: string, keepWithNext = false): FlowLine => ({
    height: 100,
    spaceBefore: 0,
    keepWithNext,
    pageBreakBefore: false,
    boxes: [{ kind: 'text', text, style: 'regular', size: 9, x: 0, y: -80, width: 10, color: '000000' }],
    notes: [],
    anchor: null,
    repeat: null,
  });
  const roomFor = Math.floor((geometry.top - geometry.bottom) / 100);

  it('moves a heading that would end a page to the next page, with its paragraph', () => {
    const lines = [...Array.from({ length: roomFor - 1 }, (_, i) => line(`p${i}`)), line('heading', true), line('after')];
    const { pages } = paginate(lines, geometry);
    expect(pages).toHaveLength(2);
    expect(texts(pages[1]!).map((b) => b.text)).toEqual(['heading', 'after']);
  });

  it('leaves the heading where it is when its paragraph fits too (the rule can fail)', () => {
    const lines = [...Array.from({ length: roomFor - 2 }, (_, i) => line(`p${i}`)), line('heading', true), line('after')];
    expect(paginate(lines, geometry).pages).toHaveLength(1);
  });

  it('paginates a flow given in parts exactly as the same flow in one list, headings kept across a part included', () => {
    // Two headings at the foot of the first page must move on with the line after them.
    const flow = () => [
      ...Array.from({ length: roomFor - 2 }, (_, i) => line(`p${i}`)),
      ...Array.from({ length: 2 }, (_, i) => line(`h${i}`, true)),
      ...Array.from({ length: 3 * roomFor }, (_, i) => line(`q${i}`)),
    ];
    const whole = paginate(flow(), geometry).pages.map((page) => texts(page).map((b) => `${b.text}@${b.y}`));
    expect(whole.length).toBeGreaterThan(3);
    expect(whole[1]![0]).toMatch(/^h0@/);
    for (const cut of [1, roomFor - 1, roomFor, roomFor + 1]) {
      const lines = flow();
      const parts = [lines.slice(0, cut), [], lines.slice(cut, cut + 2), lines.slice(cut + 2)];
      expect(paginateParts(parts, geometry).pages.map((page) => texts(page).map((b) => `${b.text}@${b.y}`)), `cut at ${cut}`).toEqual(whole);
    }
    expect(paginateParts([[], []], geometry).pages).toEqual([]);
  });

  it('never leaves a section label last on a page in a real pack', () => {
    const real = layoutPack(syntheticPack(30), { ...template, pageBreakBeforeItem: false }, fixedMetrics);
    const labels = new Set([template.labels.sourceText, ...template.sections.map((s) => s.label)]);
    for (const page of real.pages.slice(2)) {
      const body = bodyTexts(page.boxes).filter((b) => b.size >= template.sizes.body);
      expect(labels.has(body.at(-1)!.text), `page ${page.number}`).toBe(false);
    }
  });
});

describe('layoutPack: characters', () => {
  it('replaces characters the font lacks, reports each once with a count and where, and keeps going', () => {
    const pack = packWith({ doel: [{ type: 'paragraph', children: [{ text: 'Goed 😀 en 😀 weer 🚀.' }] }] });
    const title = pack.items[0]!.title;
    const l = layoutPack({ ...pack, meeting: { ...pack.meeting, location: 'Brussel 🚀' } }, template, fixedMetrics);
    expect(l.warnings).toEqual([
      // The cover, then the item; the meeting is named on the cover only (the footer gives its abbreviation).
      { kind: 'missing-glyph', char: '🚀', codePoint: 'U+1F680', count: 2, places: [template.labels.cover, title] },
      { kind: 'missing-glyph', char: '😀', codePoint: 'U+1F600', count: 2, places: [title] },
    ]);
    expect(l.pages.flatMap((p) => texts(p.boxes)).some((b) => b.text.includes('\u25A1'))).toBe(true);
  });

  it('drops invisible characters (joiners, variation selectors) without a warning', () => {
    const l = layoutPack(packWith({ doel: [{ type: 'paragraph', children: [{ text: 'a\u200Db\uFE0Fc' }] }] }), template, fixedMetrics);
    expect(l.warnings).toEqual([]);
    expect(l.pages.flatMap((p) => texts(p.boxes)).some((b) => b.text === 'abc')).toBe(true);
  });

  it('lists, per style, exactly the characters its text boxes draw (the renderer shapes them in one go)', () => {
    const pack = packWith({ doel: [{ type: 'paragraph', children: [{ text: 'Één € ' }, { text: 'vet’', bold: true }, { text: ' «schuin»', italic: true }] }] });
    const l = layoutPack(pack, template, fixedMetrics);
    const drawn = new Map<string, Set<string>>();
    for (const box of l.pages.flatMap((p) => texts(p.boxes))) for (const char of box.text) drawn.set(box.style, (drawn.get(box.style) ?? new Set()).add(char));
    for (const [style, chars] of Object.entries(l.characters)) expect(new Set(chars), style).toEqual(drawn.get(style) ?? new Set());
    expect(l.characters.bold).toContain('’');
    expect(l.characters.italic).toContain('«');
  });

  it('lays out an empty pack as a cover and an empty contents page', () => {
    const l = layoutPack({ ...syntheticPack(0), introduction: [] }, template, fixedMetrics);
    expect(l.pages).toHaveLength(2);
    expect(l.outline).toEqual([]);
  });
});

describe('layoutPack with the real fonts', async () => {
  const assets = await loadExportAssets(template, 'assets');
  const metrics = fontFileMetrics(assets.fonts);

  it('measures proportionally: "W" is wider than "i", bold wider than regular', () => {
    expect(metrics.widthOf('W', 'regular', 10)).toBeGreaterThan(metrics.widthOf('i', 'regular', 10) * 3);
    expect(metrics.widthOf('defensie', 'bold', 10)).toBeGreaterThan(metrics.widthOf('defensie', 'regular', 10));
    expect(metrics.widthOf('ab', 'regular', 10)).toBeCloseTo(metrics.widthOf('a', 'regular', 10) + metrics.widthOf('b', 'regular', 10));
  });

  it('measures every range of a text exactly as the same text sliced', () => {
    const text = 'Oekraïne 😀 coördinatie’s €1,4 mld';
    for (const style of ['regular', 'bold', 'italic', 'boldItalic'] as const) {
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= text.length; end++) {
          expect(metrics.widthOfRange(text, start, end, style, 9.5)).toBe(metrics.widthOf(text.slice(start, end), style, 9.5));
        }
      }
    }
  });

  it('covers the Dutch characters and not emoji', () => {
    for (const char of 'ëïé€’«»–') expect(metrics.covers(char, 'regular'), char).toBe(true);
    expect(metrics.covers('😀', 'regular')).toBe(false);
  });

  it('measuring only (for the DOCX contents) puts every item and section on the same page as the full layout', () => {
    for (const footnotes of ['page', 'endnotes'] as const) {
      const t = { ...template, footnotes };
      const full = layoutPack(syntheticPack(40), t, metrics);
      const measured = layoutPack(syntheticPack(40), t, metrics, { measureOnly: true });
      expect(measured.pages).toHaveLength(full.pages.length);
      expect(measured.outline).toEqual(full.outline);
      // No page furniture: no watermark, no header or footer.
      expect(measured.pages.some((p) => p.boxes.some((b) => b.kind === 'text' && (b.rotate || isFurniture(b))))).toBe(false);
      expect(measured.pages.reduce((n, p) => n + p.boxes.length, 0)).toBeLessThan(full.pages.reduce((n, p) => n + p.boxes.length, 0) / 4);
    }
  });

  it('keeps wrapped text within the margins with real widths', () => {
    const layout = layoutPack(syntheticPack(5), template, metrics);
    expect(layout.warnings).toEqual([]);
    for (const box of layout.pages.flatMap((p) => bodyTexts(p.boxes))) expect(box.x + box.width).toBeLessThanOrEqual(geometry.right + 0.01);
  });
});
