/**
 * Incremental layout: after an edit, a layout with the cache must equal a full
 * layout box for box (positions, text, page numbers in the footers, the
 * contents' page numbers, the structure each box is tagged with, warnings and
 * the characters drawn), while laying out again only the units that changed.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Box, PackLayout, StructElem } from '../../core/export/pdf/boxes';
import { hyphenatorFor } from '../../core/export/pdf/hyphenation';
import { layoutPack, type LayoutOptions } from '../../core/export/pdf/layout';
import { LayoutCache } from '../../core/export/pdf/layout-cache';
import { fontFileMetrics, type FontMetrics } from '../../core/export/pdf/metrics';
import type { AgendaItem, BriefingPack } from '../../core/model/pack';
import type { RichText } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import { parseTemplate } from '../../core/template/load';
import type { Template } from '../../core/template/schema';
import { loadExportAssets } from '../../host/assets';

const loadTemplate = (id: string): Template => parseTemplate(JSON.parse(readFileSync(`templates/${id}/template.json`, 'utf8')), id);
const template = loadTemplate('nl-ministeriele-briefing');
let metrics: FontMetrics;
let hyphenate: (word: string) => string[];

beforeAll(async () => {
  metrics = fontFileMetrics((await loadExportAssets(template, 'assets')).fonts);
  hyphenate = await hyphenatorFor('nl');
});

/** A layout as plain data: each box's structure element replaced by its place in the tree, so two layouts compare. */
function plain(layout: PackLayout): unknown {
  const ids = new Map<StructElem, number>();
  const tree = (elem: StructElem): unknown => {
    ids.set(elem, ids.size);
    return { role: elem.role, alt: elem.alt, scope: elem.scope, note: (elem as { note?: number }).note, kids: elem.kids.map(tree) };
  };
  const structure = tree(layout.structure);
  const box = (b: Box): unknown => ('tag' in b && b.tag ? { ...b, tag: ids.get(b.tag) ?? 'outside the tree' } : b);
  return {
    structure,
    pages: layout.pages.map((p) => ({ number: p.number, boxes: p.boxes.map(box) })),
    outline: layout.outline,
    warnings: layout.warnings,
    comments: layout.comments,
    characters: layout.characters,
    annexes: layout.annexes.map((a) => ({ ...a, section: undefined, figures: a.figures.length })),
  };
}

const paragraph = (text: string): RichText => [{ type: 'paragraph', children: [{ text }] }];
const withSection = (item: AgendaItem, key: string, value: RichText): AgendaItem => ({ ...item, sections: { ...item.sections, [key]: value } });
const replaceItem = (pack: BriefingPack, index: number, item: AgendaItem): BriefingPack => ({ ...pack, items: pack.items.map((it, i) => (i === index ? item : it)) });

/** Lays out each pack in turn with one cache, and each also without; they must agree. */
function expectSameAsFull(packs: readonly BriefingPack[], chosen: Template = template, options: LayoutOptions = {}): LayoutCache {
  const cache = new LayoutCache();
  for (const pack of packs) {
    const incremental = layoutPack(pack, chosen, metrics, { ...options, hyphenate, cache });
    const full = layoutPack(pack, chosen, metrics, { ...options, hyphenate });
    expect(plain(incremental)).toEqual(plain(full));
  }
  return cache;
}

describe('incremental layout', () => {
  const pack = syntheticPack(30);

  it('after an edit in one item lays out only that item again, and equals a full layout', () => {
    const edited = replaceItem(pack, 12, withSection(pack.items[12]!, 'doel', paragraph('Een nieuw doel.')));
    const cache = expectSameAsFull([pack, edited]);
    // The introduction and the 30 items (the last with the empty annex list) are units; one of them changed.
    expect(cache.lastRun).toEqual({ reused: 30, laidOut: 1 });
  });

  it('renumbers the pages after an item that grows by pages: footers, contents and outline', () => {
    const long = paragraph(Array.from({ length: 1200 }, (_, i) => `Zin ${i} over de verdediging van het bondgenootschap.`).join(' '));
    const grown = replaceItem(pack, 3, withSection(pack.items[3]!, 'doel', long));
    const cache = new LayoutCache();
    const before = layoutPack(pack, template, metrics, { hyphenate, cache });
    const after = layoutPack(grown, template, metrics, { hyphenate, cache });
    expect(after.pages.length).toBeGreaterThan(before.pages.length + 3);
    expect(plain(after)).toEqual(plain(layoutPack(grown, template, metrics, { hyphenate })));
    expect(cache.lastRun.laidOut).toBe(1);
    const last = after.outline.findLast((e) => e.level === 1)!;
    expect(last.page).toBeGreaterThan(before.outline.findLast((e) => e.level === 1)!.page + 3);
  });

  /** Moving, adding and deleting an item; with footnotes, every item whose note numbers shift is laid out again. */
  function reorderings(base: BriefingPack): BriefingPack[] {
    const moved = { ...base, items: [base.items[20]!, ...base.items.filter((_, i) => i !== 20)] };
    const added = { ...moved, items: [...moved.items.slice(0, 5), { ...base.items[0]!, id: 'new', title: 'Nieuw agendapunt' }, ...moved.items.slice(5)] };
    const deleted = { ...added, items: added.items.filter((_, i) => i !== 9) };
    return [base, moved, added, deleted];
  }

  it('equals a full layout after moving, adding and deleting an item', () => {
    expectSameAsFull(reorderings(pack));
    // Without footnotes nothing but the added item is laid out again.
    const noNotes = { ...pack, items: pack.items.map((item, i) => ({ ...item, sections: { kernboodschap: paragraph(`Kernboodschap ${i}.`) } })) };
    const cache = new LayoutCache();
    const runs = reorderings(noNotes).map((p) => {
      expect(plain(layoutPack(p, template, metrics, { hyphenate, cache }))).toEqual(plain(layoutPack(p, template, metrics, { hyphenate })));
      return cache.lastRun.laidOut;
    });
    expect(runs).toEqual([31, 0, 1, 0]);
  });

  it('renumbers the footnotes after one is added, and lays out again the items whose numbers changed', () => {
    const note: RichText = [{ type: 'paragraph', children: [{ text: 'Met noot' }, { type: 'footnote', note: 'Een nieuwe noot.', children: [{ text: '' }] }, { text: '.' }] }];
    const cache = expectSameAsFull([pack, replaceItem(pack, 25, withSection(pack.items[25]!, 'doel', note))]);
    expect(cache.lastRun.laidOut).toBe(5); // items 26 to 30
  });

  it('keeps the warnings about characters the fonts lack, with their places, and the characters drawn', () => {
    const odd = replaceItem(pack, 2, withSection(pack.items[2]!, 'doel', paragraph('Tekens 中 en ☃ ontbreken.')));
    const oddLater = replaceItem(odd, 7, { ...odd.items[7]!, title: 'Titel met 中' });
    const cache = new LayoutCache();
    for (const p of [odd, oddLater, replaceItem(oddLater, 20, withSection(oddLater.items[20]!, 'doel', paragraph('Þórsmörk ŋ')))]) {
      const incremental = layoutPack(p, template, metrics, { hyphenate, cache });
      expect(plain(incremental)).toEqual(plain(layoutPack(p, template, metrics, { hyphenate })));
      expect(incremental.warnings.length).toBeGreaterThan(0);
    }
  });

  it('numbers untitled items by their place, also after they move', () => {
    const untitled = replaceItem(pack, 4, { ...pack.items[4]!, title: '' });
    const moved = { ...untitled, items: [untitled.items[4]!, ...untitled.items.filter((_, i) => i !== 4)] };
    expectSameAsFull([untitled, moved]);
  });

  it('reuses nothing stale when a footnote runs on into the next item', () => {
    const longNote = Array.from({ length: 600 }, (_, i) => `Toelichting ${i} bij de laatste zin.`).join(' ');
    const last: RichText = [{ type: 'paragraph', children: [{ text: 'Slot' }, { type: 'footnote', note: longNote, children: [{ text: '' }] }] }];
    const filler = paragraph(Array.from({ length: 60 }, () => 'Een regel tekst die de pagina vult.').join(' '));
    const item = { ...pack.items[6]!, sections: { kernboodschap: filler, spreekpunten: last } };
    const carried = replaceItem(pack, 6, item);
    const nextEdited = replaceItem(carried, 7, withSection(carried.items[7]!, 'doel', paragraph('Gewijzigd.')));
    const cache = expectSameAsFull([carried, nextEdited]);
    // The item whose note runs on and the items it runs on into are one unit: fewer than 31.
    expect(cache.lastRun.laidOut).toBe(1);
    expect(cache.lastRun.reused).toBeLessThan(30);
  });

  it('equals a full layout for the other templates, one without page breaks, and the measure-only layout', () => {
    const edited = replaceItem(pack, 12, withSection(pack.items[12]!, 'kernboodschap', paragraph('Een nieuwe kernboodschap.')));
    for (const id of ['en-nato-ministerial', 'speaking-notes']) expectSameAsFull([pack, edited], loadTemplate(id));
    const noBreaks = expectSameAsFull([pack, edited], { ...template, pageBreakBeforeItem: false });
    expect(noBreaks.lastRun).toEqual({ reused: 0, laidOut: 1 });
    expectSameAsFull([pack, edited], template, { measureOnly: true });
  });

  it('forgets the units the last layout did not use', () => {
    const cache = new LayoutCache();
    layoutPack(pack, template, metrics, { hyphenate, cache });
    layoutPack(syntheticPack(3), template, metrics, { hyphenate, cache });
    layoutPack(pack, template, metrics, { hyphenate, cache });
    expect(cache.lastRun.reused).toBeLessThan(5);
  });
});
