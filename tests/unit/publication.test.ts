import { describe, expect, it } from 'vitest';
import { createSamplePack } from '../../core/sample';
import type { BriefingPack } from '../../core/model/pack';
import { GROUNDS_ITEM_ID, packWithoutRedactionMarks, publicationCopy, redactionsIn } from '../../core/model/publication';
import { parsePack } from '../../core/model/validate';
import { SAMPLE_LETTER } from '../helpers/sample';

const SECRET = 'de Nederlandse positie is vertrouwelijk';

/** The sample with one passage of an annotation and one of the letter text marked, each on its own ground. */
function markedPack(): BriefingPack {
  const { pack } = createSamplePack(SAMPLE_LETTER);
  const [first, second] = pack.items;
  const key = Object.keys(first!.sections)[0] ?? 'kernboodschap';
  const items = pack.items.map((item) => {
    if (item === first) {
      return {
        ...item,
        owner: 'Jan de Vries',
        sections: {
          ...item.sections,
          [key]: [{ type: 'paragraph' as const, children: [{ text: 'Openbaar begin, ' }, { text: SECRET, redacted: '5.1.2a' }, { text: ' en', redacted: '5.1.2a', bold: true }, { text: ' openbaar slot.' }] }],
        },
      };
    }
    if (item === second) {
      return { ...item, source: [{ type: 'paragraph' as const, children: [{ text: 'Naam: ' }, { text: 'Piet Jansen', redacted: '5.1.2e' }] }, ...item.source.slice(1)] };
    }
    return item;
  });
  return parsePack({ ...pack, classification: 'confidential', markingSystem: 'nato', items }, 'test');
}

describe('a publication under the Woo', () => {
  const pack = markedPack();

  it('lists each redacted passage once, neighbouring leaves of one ground as one', () => {
    expect(redactionsIn(pack).map((r) => [r.section === 'source' ? 'source' : 'section', r.code, r.text])).toEqual([
      ['section', '5.1.2a', `${SECRET} en`],
      ['source', '5.1.2e', 'Piet Jansen'],
    ]);
  });

  it('holds none of a redacted passage, only its ground code, anywhere in the pack', () => {
    const published = publicationCopy(pack, { date: '2026-12-03' });
    const json = JSON.stringify(published);
    expect(json).not.toContain(SECRET);
    expect(json).not.toContain('Piet Jansen');
    expect(json).not.toContain('Jan de Vries');
    expect(json).toContain('Openbaar begin, ');
    expect(json).toContain(' openbaar slot.');
    // One box per passage: the code once for the two leaves of the first passage.
    const first = published.items[0]!.sections[Object.keys(published.items[0]!.sections)[0]!]!;
    expect(first[0]).toEqual({ type: 'paragraph', children: [{ text: 'Openbaar begin, ' }, { text: '5.1.2a', redacted: '5.1.2a' }, { text: ' openbaar slot.' }] });
    // Still a valid pack: what the exporters take.
    expect(() => parsePack(published, 'publication')).not.toThrow();
  });

  it('appends the grounds used, says it was made public and when, and leaves out what cannot be checked', () => {
    const published = publicationCopy(pack, { date: '2026-12-03' });
    const appendix = published.items.at(-1)!;
    expect(appendix.id).toBe(GROUNDS_ITEM_ID);
    const text = JSON.stringify(appendix.source);
    expect(text).toContain('5.1.2a');
    expect(text).toContain('de betrekkingen van Nederland met andere staten');
    expect(text).toContain('5.1.2e');
    expect(text).not.toContain('5.1.1b');
    expect(published.markingCaveat).toBe('Openbaar gemaakt op grond van de Woo op 3 december 2026');
    expect(published.classification).toBe('unclassified');
    expect(published.status).toBe('final');
    expect(published.markingSystem).toBeUndefined();
    expect(published.items.every((item) => item.comments.length === 0 && item.owner === '')).toBe(true);
    expect(published.annexes).toEqual([]);
    expect(published.versions).toBeUndefined();
    expect(published.distribution).toBeUndefined();
    // Made public twice, the appendix is not doubled.
    expect(publicationCopy(published, { date: '2026-12-04' }).items.filter((i) => i.id === GROUNDS_ITEM_ID)).toHaveLength(1);
  });

  it('puts comments and owners in only when chosen, and never a comment on a redacted passage', () => {
    const comment = (id: string, start: number, end: number, quote: string) => ({ id, anchor: { block: 0, start, end, quote }, author: 'Anna', createdAt: '2026-12-01T10:00:00Z', text: `opmerking ${id}`, resolved: false, replies: [] });
    const commented = { ...pack, items: pack.items.map((item, i) => (i === 1 ? { ...item, comments: [comment('open', 0, 4, 'Naam'), comment('on-secret', 6, 17, 'Piet Jansen')] } : item)) };
    const plain = publicationCopy(commented, { date: '2026-12-03' });
    expect(plain.items.flatMap((item) => item.comments)).toEqual([]);
    expect(plain.items[0]!.owner).toBe('');
    const chosen = publicationCopy(commented, { date: '2026-12-03', withComments: true, withOwners: true });
    expect(chosen.items[1]!.comments.map((c) => c.id)).toEqual(['open']);
    expect(JSON.stringify(chosen)).not.toContain('Piet Jansen');
    expect(chosen.items[0]!.owner).toBe('Jan de Vries');
  });

  it('leaves the text as written, marks taken off, in every other export', () => {
    const plain = JSON.stringify(packWithoutRedactionMarks(pack));
    expect(plain).toContain(SECRET);
    expect(plain).not.toContain('redacted');
  });

  it('refuses a mark that names no ground of the Woo', () => {
    const bad = JSON.parse(JSON.stringify(pack)) as BriefingPack;
    (bad.items[1]!.source[0] as { children: { redacted?: string }[] }).children[1]!.redacted = '9.9.9';
    expect(() => parsePack(bad, 'bad.briefpack')).toThrow(/Woo/);
  });
});
