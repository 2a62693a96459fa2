/**
 * The export dialog's "version for publication (Woo)" through main's contract
 * handler: the real DOCX exporter writes the publication, read back from the
 * file; the marked words are gone and the ground's code is there, its
 * suggested name ends in -Woo, a plain export keeps the words, and a date
 * that is not one never reaches the exporter.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedPack } from '../../core/contract';
import type { BriefingPack } from '../../core/model/pack';
import { docxPartsText as docxText, mainApp, value } from '../helpers/main-app';

const SECRET = 'GEHEIMEPASSAGEVIJF';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-export-publication-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The sample with a redacted passage in the first item's annotation. */
function redacted(pack: BriefingPack): BriefingPack {
  const section = { key: 'kernpunten', value: [{ type: 'paragraph' as const, children: [{ text: 'Open deel. ' }, { text: SECRET, redacted: '5.1.2e' }] }] };
  return { ...pack, items: pack.items.map((item, i) => (i === 0 ? { ...item, sections: { ...item.sections, [section.key]: section.value } } : item)) };
}

describe('publication export through main', () => {
  it('leaves the marked words out and prints the code; a plain export prints the words', async () => {
    const main = mainApp(dir);
    const call = main.call;
    const { documentId, pack: sample } = value(await call('openSample', [])) as OpenedPack;
    const pack = redacted(sample);
    const templateId = 'nl-ministeriele-briefing';

    const wooFile = main.saveTo(path.join(dir, 'woo.docx'));
    value(await call('exportPack', [documentId, pack, 'docx', templateId, { skipBadAnnexes: [], publication: { date: '2026-12-03' } }]));
    expect(main.suggestedNames.at(-1)).toMatch(/-Woo$/);
    const woo = await docxText(wooFile);
    expect(woo).not.toContain(SECRET);
    expect(woo).toContain('5.1.2e');
    expect(woo).toContain('Openbaar gemaakt op grond van de Woo op 3 december 2026');
    expect(woo).toContain('Open deel.');

    const plainFile = main.saveTo(path.join(dir, 'plain.docx'));
    value(await call('exportPack', [documentId, pack, 'docx', templateId, { skipBadAnnexes: [] }]));
    expect(main.suggestedNames.at(-1)).not.toMatch(/-Woo$/);
    const plain = await docxText(plainFile);
    expect(plain).toContain(SECRET);
    expect(plain).not.toContain('Openbaar gemaakt op grond van de Woo');
  });

  it('refuses a publication without a real date before exporting', async () => {
    const main = mainApp(dir);
    const call = main.call;
    const { documentId, pack } = value(await call('openSample', [])) as OpenedPack;
    const before = main.suggestedNames.length;
    for (const publication of [{ date: '3-12-2026' }, { date: '2026-13-01' }, {}]) {
      const result = await call('exportPack', [documentId, pack, 'docx', 'nl-ministeriele-briefing', { skipBadAnnexes: [], publication }]);
      expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    }
    expect(main.suggestedNames.length).toBe(before);
  });
});
