/**
 * The Yjs mapping of a pack (core/collab): the round trip over generated
 * packs, a pack.json changed outside taken as an edit, and merges that keep
 * everyone's typing in any order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyPackEdit, docFromPack, packFromDoc } from '../../core/collab/pack-doc';
import { docFromState, mergeStates, stateForPack, stateOfDoc } from '../../core/collab/pack-state';
import { canonicalRichText, richTextToYText, yTextToRichText } from '../../core/collab/rich-text-y';
import { authorsOf } from '../../core/collab/contributors';
import { briefingPackSchema, type BriefingPack } from '../../core/model/pack';
import type { BlockElement, InlineNode, RichText } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import { plainLines } from '../../core/model/walk';

const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '€', '😀', '\n'), maxLength: 12 });
const leaf = fc.record({ text, bold: fc.option(fc.constant(true), { nil: undefined }), italic: fc.option(fc.boolean(), { nil: undefined }) }).map((node) => JSON.parse(JSON.stringify(node)) as InlineNode);
const inline: fc.Arbitrary<InlineNode> = fc.oneof(
  { weight: 4, arbitrary: leaf },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('link' as const), url: fc.constant('https://www.nato.int/'), children: fc.tuple(leaf) }) as fc.Arbitrary<InlineNode> },
  { weight: 1, arbitrary: text.map((note) => ({ type: 'footnote' as const, note, children: [{ text: '' }] as [{ text: string }] })) },
);
const inlines = fc.array(inline, { minLength: 1, maxLength: 6 });
const block: fc.Arbitrary<BlockElement> = fc.oneof(
  fc.record({ type: fc.constantFrom('paragraph' as const, 'heading' as const, 'block-quote' as const), children: inlines }),
  fc.record({ type: fc.constantFrom('bulleted-list' as const, 'numbered-list' as const), children: fc.array(fc.record({ type: fc.constant('list-item' as const), children: inlines }), { minLength: 1, maxLength: 3 }) }),
  fc.record({
    type: fc.constant('table' as const),
    children: fc.array(fc.record({ type: fc.constant('table-row' as const), children: fc.array(fc.record({ type: fc.constant('table-cell' as const), header: fc.option(fc.boolean(), { nil: undefined }), children: inlines }).map((cell) => JSON.parse(JSON.stringify(cell))), { minLength: 1, maxLength: 2 }) }), { minLength: 1, maxLength: 2 }),
  }),
);
/** Any value the schema allows; Slate's normalization makes it what an editor would hold. */
const richText = fc.array(block, { maxLength: 4 });
const mediaIdArb = fc.constantFrom('a'.repeat(64), 'b'.repeat(64));
const figure: fc.Arbitrary<BlockElement> = fc.record({
  type: fc.constant('figure' as const),
  media: mediaIdArb,
  alt: text,
  caption: text,
  width: fc.constantFrom(0.25, 0.5, 1, 0.333),
  children: fc.constant([{ text: '' }] as [{ text: string }]),
});
/** Annotation text: pictures may stand between the blocks (not in the letter's own text). */
const sectionText = fc.array(fc.oneof({ weight: 3, arbitrary: block }, { weight: 1, arbitrary: figure }), { maxLength: 4 });
const MEDIA = [
  { id: 'a'.repeat(64), mediaType: 'image/png' as const, width: 640, height: 480, size: 1234 },
  { id: 'b'.repeat(64), mediaType: 'image/jpeg' as const, width: 20, height: 10, size: 99 },
];

const generatedPack = fc
  .record({
    items: fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z0-9]{1,8}$/), title: text, source: richText, sections: fc.dictionary(fc.constantFrom('doel', 'kernboodschap', 'achtergrond'), sectionText), owner: text, status: fc.constantFrom('draft' as const, 'approved' as const) }), { selector: (item) => item.id, maxLength: 4 }),
    introduction: sectionText,
    version: text,
    withVersions: fc.boolean(),
    withMedia: fc.boolean(),
  })
  .map(({ items, introduction, version, withVersions, withMedia }) => {
    const pack: BriefingPack = {
      ...syntheticPack(0),
      version,
      introduction: canonicalRichText(introduction),
      items: items.map((item) => ({
        ...item,
        level: 1,
        classification: 'unclassified',
        source: canonicalRichText(item.source),
        sections: Object.fromEntries(Object.entries(item.sections).map(([key, value]) => [key, canonicalRichText(value)])),
        comments: [],
      })),
      ...(withVersions ? { versions: [{ id: 'v1', name: 'Eerste', createdAt: '2025-02-01T10:00:00Z' }] } : {}),
      ...(withMedia ? { media: MEDIA } : {}),
    };
    return pack;
  });

function paragraph(words: string): RichText {
  return [{ type: 'paragraph', children: [{ text: words }] }];
}

function edited(pack: BriefingPack, change: (copy: BriefingPack) => void): BriefingPack {
  const copy = structuredClone(pack);
  change(copy);
  return copy;
}

/** A copy made from the shared state, edited, as a save by `author` records it. */
function copyState(base: Uint8Array, pack: BriefingPack, author?: string): Uint8Array {
  return stateForPack(pack, base, author);
}

describe('pack <-> Y.Doc', () => {
  it('round-trips every field of generated packs', () => {
    fc.assert(
      fc.property(generatedPack, (pack) => {
        expect(briefingPackSchema.safeParse(pack).success).toBe(true);
        expect(packFromDoc(docFromPack(pack))).toStrictEqual(pack);
        // Through the bytes too: a state read back gives the same pack.
        expect(packFromDoc(docFromState(stateOfDoc(docFromPack(pack))))).toStrictEqual(pack);
      }),
      { numRuns: 150 },
    );
  });

  it('reads rich text as Slate normalizes it, whatever leaves the value had', () => {
    fc.assert(
      fc.property(sectionText, (value) => {
        const doc = new Y.Doc();
        doc.getMap('m').set('text', richTextToYText(value));
        expect(yTextToRichText(doc.getMap('m').get('text') as Y.XmlText)).toStrictEqual(canonicalRichText(value));
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips a 200-item synthetic pack', () => {
    const pack = syntheticPack(200);
    expect(packFromDoc(docFromPack(pack))).toStrictEqual(pack);
  });

  it('takes a changed pack as an edit on top: only what differs is written', () => {
    const pack = syntheticPack(5);
    const doc = docFromPack(pack);
    const next = edited(pack, (copy) => {
      copy.items[1]!.title = 'Nieuw: ' + copy.items[1]!.title;
      copy.items.reverse();
      copy.items[0]!.sections.doel = paragraph('Een nieuw onderdeel.');
      delete copy.items[2]!.sections.spreekpunten;
      copy.meeting.location = 'Den Haag';
    });
    const before = Y.encodeStateVector(doc);
    applyPackEdit(doc, next);
    expect(packFromDoc(doc)).toStrictEqual(next);
    // The edit is small: far less than writing the pack again.
    expect(Y.encodeStateAsUpdateV2(doc, before).length).toBeLessThan(stateOfDoc(docFromPack(next)).length / 5);
  });
});

describe('merging states', () => {
  const pack = syntheticPack(4);
  const base = stateForPack(pack, undefined);

  const anna = copyState(base, edited(pack, (copy) => {
    copy.items[0]!.sections.kernboodschap = [...copy.items[0]!.sections.kernboodschap!, ...paragraph('Anna schreef dit.')];
    copy.items[3]!.status = 'approved';
  }), 'Anna');
  const bram = copyState(base, edited(pack, (copy) => {
    copy.items[1]!.sections.doel = paragraph('Bram begon het doel.');
    copy.items.push({ ...structuredClone(copy.items[0]!), id: 'item-new', title: 'Nieuw punt van Bram' });
  }), 'Bram');
  const carla = copyState(base, edited(pack, (copy) => {
    copy.items[2]!.title = 'Hernoemd door Carla';
    copy.items.splice(0, 0, copy.items.splice(3, 1)[0]!);
  }), 'Carla');

  it('keeps every copy\'s changes, the same in every order', () => {
    const orders = [[anna, bram, carla], [carla, bram, anna], [bram, anna, carla], [carla, anna, bram]];
    const merged = orders.map((states) => packFromDoc(docFromState(mergeStates(states))));
    for (const other of merged.slice(1)) expect(other).toStrictEqual(merged[0]);
    // Applying the updates one by one, in any order, gives the same as merging them.
    const doc = new Y.Doc();
    for (const state of [bram, carla, anna]) Y.applyUpdateV2(doc, state);
    expect(packFromDoc(doc)).toStrictEqual(merged[0]);

    const result = merged[0]!;
    expect(result.items.map((item) => item.id)).toEqual(['item-4', 'item-1', 'item-2', 'item-3', 'item-new']);
    expect(plainLines(result.items[1]!.sections.kernboodschap!)).toContain('Anna schreef dit.');
    expect(result.items.find((item) => item.id === 'item-4')!.status).toBe('approved');
    expect(plainLines(result.items[2]!.sections.doel!)).toEqual(['Bram begon het doel.']);
    expect(result.items[3]!.title).toBe('Hernoemd door Carla');
    expect(briefingPackSchema.safeParse(result).success).toBe(true);
    expect(authorsOf(docFromState(mergeStates([anna, bram, carla])))).toEqual(['Anna', 'Bram', 'Carla']);
  });

  it('keeps both texts when two people type in the same paragraph', () => {
    const line = plainLines(pack.items[0]!.source)[0]!;
    const sentence = 'Nederland steunt het voorstel.';
    const start = { ...pack, items: pack.items.map((item, i) => (i === 0 ? { ...item, sections: { doel: paragraph(sentence) } } : item)) };
    const shared = stateForPack(start, undefined);
    const a = copyState(shared, edited(start, (copy) => (copy.items[0]!.sections.doel = paragraph('Kort: Nederland steunt het voorstel.'))), 'Anna');
    const b = copyState(shared, edited(start, (copy) => (copy.items[0]!.sections.doel = paragraph('Nederland steunt het voorstel van harte.'))), 'Bram');
    for (const states of [[a, b], [b, a]]) {
      const merged = packFromDoc(docFromState(mergeStates(states)));
      expect(plainLines(merged.items[0]!.sections.doel!)).toEqual(['Kort: Nederland steunt het voorstel van harte.']);
      expect(plainLines(merged.items[0]!.source)[0]).toBe(line);
    }
  });

  it('keeps both texts when two people start the same empty section', () => {
    const a = copyState(base, edited(pack, (copy) => (copy.items[2]!.sections.achtergrond = paragraph('Anna.'))), 'Anna');
    const b = copyState(base, edited(pack, (copy) => (copy.items[2]!.sections.achtergrond = paragraph('Bram.'))), 'Bram');
    const merged = packFromDoc(docFromState(mergeStates([a, b])));
    expect(plainLines(merged.items[2]!.sections.achtergrond!).sort()).toEqual(['Anna.', 'Bram.']);
    expect(merged).toStrictEqual(packFromDoc(docFromState(mergeStates([b, a]))));
    // The next edit folds the two entries into one, keeping the text as read.
    const doc = docFromState(mergeStates([a, b]));
    applyPackEdit(doc, edited(merged, (copy) => copy.items[2]!.sections.achtergrond!.push(...paragraph('Samen.'))));
    expect(plainLines(packFromDoc(doc).items[2]!.sections.achtergrond!)).toHaveLength(3);
  });

  it('merges two copies that add the same picture to one picture in the media list, each figure kept', () => {
    const figureOf = (alt: string): RichText => [{ type: 'figure', media: MEDIA[0]!.id, alt, caption: '', width: 0.5, children: [{ text: '' }] }];
    const a = copyState(base, edited(pack, (copy) => {
      copy.media = [MEDIA[0]!];
      copy.items[0]!.sections.doel = figureOf('Kaart van Anna');
    }), 'Anna');
    const b = copyState(base, edited(pack, (copy) => {
      copy.media = [MEDIA[0]!];
      copy.items[1]!.sections.doel = figureOf('Kaart van Bram');
    }), 'Bram');
    for (const states of [[a, b], [b, a]]) {
      const merged = packFromDoc(docFromState(mergeStates(states)));
      expect(merged.media).toStrictEqual([MEDIA[0]]);
      expect(merged.items[0]!.sections.doel).toStrictEqual(figureOf('Kaart van Anna'));
      expect(merged.items[1]!.sections.doel).toStrictEqual(figureOf('Kaart van Bram'));
    }
  });

  it('keeps an edit of a picture\'s alt text and another of its width, made apart', () => {
    const start = edited(pack, (copy) => {
      copy.media = [MEDIA[0]!];
      copy.items[0]!.sections.doel = [{ type: 'figure', media: MEDIA[0]!.id, alt: '', caption: 'Kaart', width: 1, children: [{ text: '' }] }];
    });
    const shared = stateForPack(start, undefined);
    const a = copyState(shared, edited(start, (copy) => ((copy.items[0]!.sections.doel![0] as { alt: string }).alt = 'Kaart van de Oostzee')), 'Anna');
    const b = copyState(shared, edited(start, (copy) => ((copy.items[0]!.sections.doel![0] as { width: number }).width = 0.5)), 'Bram');
    const merged = packFromDoc(docFromState(mergeStates([a, b])));
    expect(merged.items[0]!.sections.doel).toStrictEqual([{ type: 'figure', media: MEDIA[0]!.id, alt: 'Kaart van de Oostzee', caption: 'Kaart', width: 0.5, children: [{ text: '' }] }]);
  });

  it('gives two copies of a pack that never had a state the same base, so they merge without doubling', () => {
    const a = stateForPack(edited(pack, (copy) => (copy.items[0]!.title = 'A')), stateForPack(pack, undefined));
    const b = stateForPack(edited(pack, (copy) => (copy.items[1]!.title = 'B')), stateForPack(pack, undefined));
    const merged = packFromDoc(docFromState(mergeStates([a, b])));
    expect(merged.items.map((item) => item.title)).toEqual(['A', 'B', pack.items[2]!.title, pack.items[3]!.title]);
    expect(merged.introduction).toStrictEqual(pack.introduction);
  });
});
