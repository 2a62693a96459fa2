/**
 * The app's export choice through main's contract handler: a minister's copy
 * without comments, and a recipient's numbered copy, made by the real DOCX
 * exporter and read back from the file written; bad choices never reach it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedPack } from '../../core/contract';
import type { BriefingPack } from '../../core/model/pack';
import { docxPartsText as docxText, mainApp, value } from '../helpers/main-app';

const COMMENT = 'OPMERKINGNEGENTIEN';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-export-choice-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function commented(pack: BriefingPack): BriefingPack {
  const words = (pack.items[0]!.source[0] as { children: { text: string }[] }).children[0]!.text.slice(0, 10);
  const comment = { id: 'c1', anchor: { block: 0, start: 0, end: words.length, quote: words }, author: 'Anna', createdAt: '2025-02-01T10:00:00Z', text: COMMENT, resolved: false, replies: [] };
  return {
    ...pack,
    items: pack.items.map((item, i) => (i === 0 ? { ...item, comments: [comment] } : item)),
    distribution: { recipients: [{ id: 'r1', name: 'Jan de Vries', function: 'DGB', copyNumber: 1, leaveOut: [pack.items[1]!.id], withComments: false }], handedOut: [] },
  };
}

describe('export choice through main', () => {
  it("the comments go in by default, out of the minister's copy; a recipient's copy is numbered and named", async () => {
    const main = mainApp(dir);
    const call = main.call;
    const { documentId, pack: sample } = value(await call('openSample', [])) as OpenedPack;
    const pack = commented(sample);
    const templateId = 'nl-ministeriele-briefing';

    const plainFile = main.saveTo(path.join(dir, 'plain.docx'));
    expect(value(await call('exportPack', [documentId, pack, 'docx', templateId, { skipBadAnnexes: [] }]))).toEqual({ fileName: 'plain.docx', warnings: [] });
    expect(await docxText(plainFile)).toContain(COMMENT);

    const ministerFile = main.saveTo(path.join(dir, 'minister.docx'));
    value(await call('exportPack', [documentId, pack, 'docx', templateId, { skipBadAnnexes: [], withComments: false }]));
    const minister = await docxText(ministerFile);
    expect(minister).not.toContain(COMMENT);
    expect(minister).toContain(pack.items[1]!.title);

    const janFile = main.saveTo(path.join(dir, 'jan.docx'));
    const result = value(await call('exportPack', [documentId, pack, 'docx', templateId, { skipBadAnnexes: [], recipient: 'Jan de Vries' }])) as { copy?: unknown };
    expect(result.copy).toEqual({ recipient: 'Jan de Vries', function: 'DGB', number: 1, of: 1 });
    expect(main.suggestedNames.at(-1)).toMatch(/-1-Jan-de-Vries$/);
    const jan = await docxText(janFile);
    expect(jan).toContain('Exemplaar 1 van 1');
    expect(jan).not.toContain(COMMENT);
    expect(jan).not.toContain(pack.items[1]!.title);
  });

  it('refuses a blank recipient and an unknown option before exporting', async () => {
    const main = mainApp(dir);
    const call = main.call;
    const { documentId, pack } = value(await call('openSample', [])) as OpenedPack;
    const before = main.suggestedNames.length;
    for (const options of [{ skipBadAnnexes: [], recipient: '  ' }, { skipBadAnnexes: [], withComments: 'yes' }, { skipBadAnnexes: [], copy: { number: 1 } }]) {
      const result = await call('exportPack', [documentId, pack, 'docx', 'nl-ministeriele-briefing', options]);
      expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    }
    expect(main.suggestedNames.length).toBe(before);
  });
});
