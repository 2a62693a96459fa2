/**
 * What the app opens is what the zip holds: every inflated entry is checked
 * against the CRC-32 its central directory records, and a name that occurs
 * twice (where zip tools and the app could each pick another copy) refuses
 * the file, a pack or a Word letter alike.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../core/i18n/errors';
import { docxToLetterText } from '../../core/import/docx-letter';
import { syntheticPack } from '../../core/model/synthetic';
import { decodePack, encodePack } from '../../core/pack/container';
import { containerWith, entryDataRange, recordingChecksum, renamingEntry } from '../helpers/hostile-packs';
import { works } from '../helpers/tools';
import { userErrorOf, userErrorOfAsync } from '../helpers/user-error';

const FILE = 'altered.briefpack';

function expectOneLine(error: UserError) {
  for (const language of ['en', 'nl'] as const) {
    expect(error.describe(language)).toContain(FILE);
    expect(error.describe(language)).not.toMatch(/[\n\r]/);
  }
}

describe('checksums', () => {
  it('a pack whose pack.json carries a wrong CRC-32 is refused as damaged, naming the entry', () => {
    const bytes = recordingChecksum(encodePack({ pack: syntheticPack(1), annexFiles: new Map() }), 'pack.json', 0x12345678);
    const error = userErrorOf(() => decodePack(bytes, FILE));
    expect(error.code).toBe('pack.checksum');
    expect(error.describe('en')).toContain('pack.json does not match the checksum');
    expectOneLine(error);
  });

  it('a byte changed in a stored annex is refused, not opened with the changed bytes', () => {
    const pack = syntheticPack(1);
    pack.annexes = [{ id: 'a1', title: 'Kaart', fileName: 'kaart.txt', mediaType: 'text/plain', size: 5 }];
    const zip = zipSync({ 'pack.json': strToU8(JSON.stringify(pack)), 'annexes/a1': [strToU8('12345'), { level: 0 }] });
    const { start } = entryDataRange(zip, 'annexes/a1');
    zip[start] = '9'.charCodeAt(0);
    const error = userErrorOf(() => decodePack(zip, FILE));
    expect(error.code).toBe('pack.checksum');
    expect(error.describe('nl')).toContain('annexes/a1 klopt niet met de controlesom');
  });

  it('every single flipped bit in the deflated pack.json is refused, or opens exactly the pack that was written', () => {
    const pack = syntheticPack(1);
    const zip = containerWith(JSON.stringify(pack));
    const { start, end } = entryDataRange(zip, 'pack.json');
    const original = JSON.stringify(decodePack(zip, FILE).pack);
    let refused = 0;
    for (let at = start; at < end; at++) {
      for (const bit of [0x01, 0x10, 0x80]) {
        const flipped = Uint8Array.from(zip);
        flipped[at]! ^= bit;
        try {
          expect(JSON.stringify(decodePack(flipped, FILE).pack)).toBe(original);
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          refused++;
        }
      }
    }
    expect(refused).toBeGreaterThan(0);
  });

  it('a pack with pictures, versions and its state opens as before: the checksums it was written with match', () => {
    const bytes = encodePack({ pack: syntheticPack(3), annexFiles: new Map() });
    expect(decodePack(bytes, FILE).pack.items).toHaveLength(3);
  });
});

describe('entries named twice', () => {
  function packWithTwoManifests(): Uint8Array {
    const real = syntheticPack(1);
    const forged = { ...real, items: [{ ...real.items[0]!, title: 'Seen by the app only' }] };
    // The second copy is written under a name of the same length, then renamed in both its headers.
    const zip = zipSync({ 'pack.json': strToU8(JSON.stringify(real)), 'pack.jsoX': strToU8(JSON.stringify(forged)) });
    return renamingEntry(zip, 'pack.jsoX', 'pack.json');
  }

  it('a pack with pack.json twice is refused in one line naming the entry', () => {
    const error = userErrorOf(() => decodePack(packWithTwoManifests(), FILE));
    expect(error.code).toBe('pack.duplicate-entry');
    expect(error.describe('en')).toContain('two entries named "pack.json"');
    expectOneLine(error);
  });

  it.runIf(works('unzip', ['-v']))('unzip lists both copies of the refused pack, which is what a reviewer would see', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'briefing-twice-'));
    const file = path.join(dir, 'twice.briefpack');
    writeFileSync(file, packWithTwoManifests());
    const listing = execFileSync('unzip', ['-l', file], { encoding: 'utf8' });
    expect(listing.match(/ pack\.json$/gm)).toHaveLength(2);
  });

  it('two entries of one name that the pack would not even read (annexes, or anything) are refused too', () => {
    const zip = zipSync({ 'pack.json': strToU8(JSON.stringify(syntheticPack(1))), 'notes/a.txt': strToU8('one'), 'notes/b.txt': strToU8('two') });
    expect(userErrorOf(() => decodePack(renamingEntry(zip, 'notes/b.txt', 'notes/a.txt'), FILE)).code).toBe('pack.duplicate-entry');
  });

  it('a Word letter with word/document.xml twice is refused in one line', async () => {
    const document = (text: string) =>
      strToU8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`);
    const zip = zipSync({ 'word/document.xml': document('Shown by Word'), 'word/documenX.xml': document('Imported by the app') });
    const error = await userErrorOfAsync(() => docxToLetterText(renamingEntry(zip, 'word/documenX.xml', 'word/document.xml'), 'letter.docx'));
    expect(error.code).toBe('pack.duplicate-entry');
    expect(error.describe('en')).toContain('letter.docx refused: it holds two entries named "word/document.xml"');
  });
});
