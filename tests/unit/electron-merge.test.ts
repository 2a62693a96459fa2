/**
 * File > Merge contributions… in main: the documents service merges copies
 * chosen in the dialog into the pack as the renderer holds it, keeps the
 * merged state for the next save (so merging the same copy again adds
 * nothing), and the IPC call refuses a copy of another pack with one line.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefingPack } from '../../core/model/pack';
import { paragraphsFromText } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import { plainLines } from '../../core/model/walk';
import { readPackFile, writePackFile } from '../../host/pack-files';
import { handleApiCall } from '../../electron/main/ipc';
import { createApi } from '../../electron/main/services/api';
import { createDocumentsService } from '../../electron/main/services/documents';
import type { FileDialogs } from '../../electron/main/services/file-dialogs';

const APP_FRAME = { senderFrame: { url: 'app://bundle/index.html' } };
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-merge-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function withText(pack: BriefingPack, index: number, text: string): BriefingPack {
  const items = pack.items.slice();
  items[index] = { ...items[index]!, sections: { ...items[index]!.sections, doel: paragraphsFromText([text]) } };
  return { ...pack, items };
}

const doel = (pack: BriefingPack, index: number) => plainLines(pack.items[index]!.sections.doel ?? []).join('\n');

async function setUp() {
  const original = path.join(dir, `pack-${Math.random().toString(36).slice(2)}.briefpack`);
  const base = syntheticPack(4);
  await writePackFile(original, { pack: base, annexFiles: new Map() }, 'Carla');
  const saved = await readPackFile(original);
  const copy = async (name: string, author: string, pack: BriefingPack) => {
    const file = path.join(dir, name);
    await writePackFile(file, { ...saved, pack }, author);
    return file;
  };
  const copies: string[][] = [];
  const dialogs: FileDialogs = {
    chooseFileToOpen: async () => original,
    chooseCopiesToMerge: async () => copies.shift() ?? [],
    chooseFileToSave: async () => null,
    showError: async () => undefined,
  };
  const documents = createDocumentsService({ dialogs, sampleLetterFile: '', author: () => 'Carla' });
  const opened = await documents.openFile(original);
  return { original, base, copy, copies, documents, opened };
}

describe('merging contributions in main', () => {
  it('merges the chosen copies into the pack as it is now, and keeps the merged state for the save', async () => {
    const { original, base, copy, copies, documents, opened } = await setUp();
    const anna = await copy('anna.briefpack', 'Anna', withText(base, 1, 'Van Anna.'));
    const bram = await copy('bram.briefpack', 'Bram', withText(base, 2, 'Van Bram.'));
    const typed = withText(base, 3, 'Nog niet opgeslagen.');
    copies.push([anna, bram]);
    const report = (await documents.mergeWithDialog(opened.documentId, typed))!;
    expect([doel(report.pack, 1), doel(report.pack, 2), doel(report.pack, 3)]).toEqual(['Van Anna.', 'Van Bram.', 'Nog niet opgeslagen.']);
    expect(report.files).toEqual(['anna.briefpack', 'bram.briefpack']);
    expect(report.items.map((item) => [item.itemId, item.by])).toEqual([
      [base.items[1]!.id, ['Anna']],
      [base.items[2]!.id, ['Bram']],
    ]);

    await documents.save(opened.documentId, report.pack, false);
    const reopened = await documents.openFile(original);
    copies.push([anna]);
    // The saved state has Anna's writing: merging her copy again changes nothing and doubles nothing.
    const again = (await documents.mergeWithDialog(reopened.documentId, reopened.pack))!;
    expect(again.items).toEqual([]);
    expect(doel(again.pack, 1)).toBe('Van Anna.');
  });

  it('does nothing when the dialog is cancelled', async () => {
    const { documents, opened } = await setUp();
    expect(await documents.mergeWithDialog(opened.documentId, opened.pack)).toBeNull();
  });

  it('refuses a copy of another pack over IPC with one line, and merges nothing', async () => {
    const { copies, documents, opened } = await setUp();
    const other = path.join(dir, 'ander.briefpack');
    await writePackFile(other, { pack: { ...syntheticPack(2), id: 'another-pack' }, annexFiles: new Map() });
    copies.push([other]);
    const api = createApi({ language: 'en', documents, initialPackPath: () => null } as unknown as Parameters<typeof createApi>[0]);
    const result = await handleApiCall(api, 'mergeContributions', APP_FRAME, [opened.documentId, opened.pack], () => undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'merge.different-pack', params: { file: 'ander.briefpack', id: 'another-pack' } } });
  });

  it('validates the arguments before any dialog is shown', async () => {
    const { copies, documents } = await setUp();
    copies.push(['/should/not/be/read']);
    const api = createApi({ language: 'en', documents, initialPackPath: () => null } as unknown as Parameters<typeof createApi>[0]);
    const result = await handleApiCall(api, 'mergeContributions', APP_FRAME, ['../x', {}], () => undefined);
    expect(result.ok).toBe(false);
    expect(copies).toHaveLength(1);
  });
});
