/**
 * Send for contribution… in main: the copy is saved where the dialog says,
 * suggested under a name that names the colleague, with the sending in it; the
 * open document keeps its own file, and the copy merges back.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordContribution } from '../../core/model/contributions';
import { paragraphsFromText } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import { readPackFile, writePackFile } from '../../host/pack-files';
import { createDocumentsService } from '../../electron/main/services/documents';
import type { FileDialogs } from '../../electron/main/services/file-dialogs';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-contribution-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('saving a copy for contribution in main', () => {
  it('suggests a name with the colleague, writes the sending, keeps the document on its file, and the copy merges back', async () => {
    const original = path.join(dir, 'dmm.briefpack');
    const base = syntheticPack(3);
    await writePackFile(original, { pack: base, annexFiles: new Map() }, 'Carla');
    const suggested: string[] = [];
    const target = path.join(dir, 'chosen.briefpack');
    let copies: string[] = [];
    const dialogs: FileDialogs = {
      chooseFileToOpen: async () => original,
      chooseCopiesToMerge: async () => copies,
      chooseFileToSave: async (_kind, name) => (suggested.push(name), target),
      showError: async () => undefined,
    };
    const documents = createDocumentsService({ dialogs, sampleLetterFile: '', author: () => 'Carla' });
    const opened = await documents.openFile(original);
    const sent = recordContribution(opened.pack, 'Anna de Vries', [base.items[0]!.id, base.items[2]!.id], new Date('2026-12-03T10:00:00Z'));

    expect(await documents.saveContributionCopy(opened.documentId, sent, 'Anna de Vries')).toEqual({ fileName: 'chosen.briefpack' });
    expect(suggested).toEqual(['dmm - Anna de Vries']);
    expect(documents.pathOf(opened.documentId)).toBe(original);
    const copy = await readPackFile(target);
    expect(copy.pack.contributions).toEqual(sent.contributions);
    expect(copy.pack.id).toBe(base.id);

    // The colleague edits one sent item and saves; merged into the open pack, the report says it came back.
    const first = copy.pack.items[0]!;
    const edited = { ...copy.pack, items: [{ ...first, sections: { ...first.sections, doel: paragraphsFromText(['Van Anna.']) } }, ...copy.pack.items.slice(1)] };
    await writePackFile(target, { ...copy, pack: edited }, 'Anna de Vries');
    copies = [target];
    const report = (await documents.mergeWithDialog(opened.documentId, sent))!;
    expect(report.pack.contributions![0]!.returnedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(report.returned).toEqual([
      {
        id: report.pack.contributions![0]!.id,
        colleague: 'Anna de Vries',
        sentAt: '2026-12-03T10:00:00.000Z',
        changed: [{ itemId: base.items[0]!.id, title: base.items[0]!.title, by: ['Anna de Vries'] }],
        unchanged: [{ itemId: base.items[2]!.id, title: base.items[2]!.title }],
      },
    ]);
  });

  it('writes nothing and keeps the document when the person cancels', async () => {
    const original = path.join(dir, 'cancel.briefpack');
    await writePackFile(original, { pack: syntheticPack(2), annexFiles: new Map() }, 'Carla');
    const dialogs: FileDialogs = { chooseFileToOpen: async () => original, chooseCopiesToMerge: async () => [], chooseFileToSave: async () => null, showError: async () => undefined };
    const documents = createDocumentsService({ dialogs, sampleLetterFile: '', author: () => 'Carla' });
    const opened = await documents.openFile(original);
    const sent = recordContribution(opened.pack, 'Bram', [opened.pack.items[0]!.id], new Date());
    expect(await documents.saveContributionCopy(opened.documentId, sent, 'Bram')).toBeNull();
    expect(documents.pathOf(opened.documentId)).toBe(original);
  });
});
