/** Issue 16: the distribution list, a recipient's copy (pure), the copy line on the page, the CSV record, the Yjs round trip. */
import { describe, expect, it } from 'vitest';
import { docFromPack, packFromDoc } from '../../core/collab/pack-doc';
import { coverFurniture, copyLineText, furnitureLines, furnitureText, pageTokens } from '../../core/export/page-furniture';
import { handedOutCsv } from '../../core/model/distribution-csv';
import { addRecipient, removeRecipient } from '../../core/model/distribution-list';
import { briefingPackSchema, type BriefingPack } from '../../core/model/pack';
import { recipientCopy, recordHandedOut } from '../../core/model/recipient-copy';
import { syntheticPack } from '../../core/model/synthetic';
import { parsePack } from '../../core/model/validate';
import { builtInTemplate } from '../helpers/docx';

function listed(): BriefingPack {
  const base = syntheticPack(4);
  // Item 3 is a sub-item of item 2: leaving item 2 out takes it along.
  const items = base.items.map((item, i) => ({ ...item, level: i === 2 ? (2 as const) : (1 as const), comments: [{ id: `c${i}`, anchor: { block: 0, start: 0, end: 1, quote: 'x' }, author: 'A', createdAt: '2025-02-01T10:00:00Z', text: 'opmerking', resolved: false, replies: [] }] }));
  let pack: BriefingPack = { ...base, items };
  pack = addRecipient(pack, { name: 'Minister', withComments: true }, 'p');
  pack = addRecipient(pack, { name: 'Jan de Vries', function: 'DGB', leaveOut: ['2'] }, 'p');
  return addRecipient(pack, { name: 'Kees' }, 'p');
}

describe("a recipient's copy", () => {
  it('leaves out the items named, with their sub-items, and the comments unless the list asks for them', () => {
    const pack = listed();
    const jan = recipientCopy(pack, { recipient: '  jan DE vries ' });
    expect(jan.mark).toEqual({ recipient: 'Jan de Vries', function: 'DGB', number: 2, of: 3 });
    expect(jan.pack.items.map((item) => item.id)).toEqual([pack.items[0]!.id, pack.items[3]!.id]);
    expect(jan.pack.items.every((item) => item.comments.length === 0)).toBe(true);
    expect(jan.pack.distribution).toBeUndefined();
    expect(recipientCopy(pack, { recipient: 'Minister' }).pack.items.every((item) => item.comments.length === 1)).toBe(true);
  });

  it('numbers a one-off copy after the list and every copy handed out, and a reprint keeps its number', () => {
    let pack = listed();
    const guest = recipientCopy(pack, { recipient: 'Gast' });
    expect([guest.oneOff, guest.mark.number, guest.mark.of, guest.pack.items.length]).toEqual([true, 4, 4, 4]);
    pack = recordHandedOut(pack, guest, { id: 'h1', date: '2025-02-10', format: 'pdf' });
    expect(recipientCopy(pack, { recipient: 'gast' }).mark.number).toBe(4);
    expect(recipientCopy(pack, { recipient: 'Tweede gast' }).mark.number).toBe(5);
    expect(pack.distribution!.handedOut).toEqual([{ id: 'h1', copyNumber: 4, recipient: 'Gast', function: '', version: pack.version, date: '2025-02-10', format: 'pdf' }]);
  });

  it('refuses a second recipient by the same name or copy number, and an unknown item, without changing the pack', () => {
    const pack = listed();
    expect(() => addRecipient(pack, { name: 'KEES' }, 'p.briefpack')).toThrow(expect.objectContaining({ code: 'distribution.invalid' }));
    expect(() => addRecipient(pack, { name: 'Anna', copyNumber: 2 }, 'p.briefpack')).toThrow(expect.objectContaining({ code: 'distribution.invalid' }));
    expect(() => addRecipient(pack, { name: 'Anna', leaveOut: ['99'] }, 'p.briefpack')).toThrow(expect.objectContaining({ code: 'distribution.unknown-item' }));
    expect(() => removeRecipient(pack, 'Niemand', 'p.briefpack')).toThrow(expect.objectContaining({ code: 'distribution.unknown-recipient' }));
    expect(removeRecipient(pack, 'kees', 'p').distribution!.recipients.map((r) => r.name)).toEqual(['Minister', 'Jan de Vries']);
  });

  it('opens a pack without a list unchanged, and refuses one whose list gives a copy number twice', () => {
    const old = syntheticPack(1);
    expect(parsePack(structuredClone(old), 'old')).toStrictEqual(old);
    const bad = structuredClone(listed());
    bad.distribution!.recipients[1]!.copyNumber = 1;
    expect(() => parsePack(bad, 'bad.briefpack')).toThrow(expect.objectContaining({ code: 'pack.invalid' }));
  });
});

describe('the copy line on every page', () => {
  const mark = { recipient: 'Jan de Vries', function: 'DGB', number: 2, of: 5 };
  it('is in the template language, on the cover and the body pages, after the header lines', () => {
    expect(copyLineText(mark, 'nl')).toBe('Jan de Vries (DGB) · Exemplaar 2 van 5');
    expect(copyLineText({ ...mark, function: '' }, 'en')).toBe('Jan de Vries · Copy 2 of 5');
    const tokens = pageTokens(syntheticPack(1), 'RUBRICERING', '13 februari 2025', copyLineText(mark, 'nl'));
    for (const lines of [coverFurniture(tokens), furnitureLines(builtInTemplate(), tokens, 'body')]) {
      expect(furnitureText(lines.header.at(-1)!, 3, 9)).toBe('Jan de Vries (DGB) · Exemplaar 2 van 5');
    }
    expect(furnitureLines(builtInTemplate(), pageTokens(syntheticPack(1), 'R', ''), 'body').header.map((line) => furnitureText(line, 1, 1))).toEqual(['R']);
  });
});

describe('the record as CSV', () => {
  it('quotes what needs quoting and keeps a name that looks like a formula as text', () => {
    const copies = [
      { id: 'a', copyNumber: 1, recipient: 'Vries, Jan "JdV"', function: 'DGB', version: '1.0', date: '2025-02-10', format: 'pdf' as const },
      { id: 'b', copyNumber: 2, recipient: '=HYPERLINK("x")', function: '', version: '1.0', date: '2025-02-11', format: 'docx' as const },
    ];
    expect(handedOutCsv(copies, 'nl')).toBe('exemplaar,ontvanger,functie,versie,datum,formaat\r\n1,"Vries, Jan ""JdV""",DGB,1.0,2025-02-10,pdf\r\n2,"\'=HYPERLINK(""x"")",,1.0,2025-02-11,docx\r\n');
  });
});

describe('the Yjs mapping', () => {
  it('round-trips the list and the record, and a pack without them stays without', () => {
    let pack = listed();
    pack = recordHandedOut(pack, recipientCopy(pack, { recipient: 'Kees' }), { id: 'h1', date: '2025-02-10', format: 'docx' });
    expect(briefingPackSchema.safeParse(pack).success).toBe(true);
    expect(packFromDoc(docFromPack(pack))).toStrictEqual(pack);
    expect('distribution' in packFromDoc(docFromPack(syntheticPack(2)))).toBe(false);
  });
});
