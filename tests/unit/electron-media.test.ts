/**
 * Pictures in main: addMedia checks a picture and keeps its bytes with the
 * document (once per content), getMedia hands them back, and a save writes
 * them under media/ with the media list the figures need; a refused picture
 * comes back over IPC as one line naming it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefingPack } from '../../core/model/pack';
import { syntheticPack } from '../../core/model/synthetic';
import { readPackFile, writePackFile } from '../../host/pack-files';
import { handleApiCall } from '../../electron/main/ipc';
import { createApi } from '../../electron/main/services/api';
import { createDocumentsService } from '../../electron/main/services/documents';
import type { FileDialogs } from '../../electron/main/services/file-dialogs';
import { jpegPicture, pngDeclaring, pngPicture } from '../helpers/pictures';

const APP_FRAME = { senderFrame: { url: 'app://bundle/index.html' } };
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-media-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function setUp() {
  const file = path.join(dir, `pack-${Math.random().toString(36).slice(2)}.briefpack`);
  await writePackFile(file, { pack: syntheticPack(2), annexFiles: new Map() });
  const dialogs: FileDialogs = {
    chooseFileToOpen: async () => file,
    chooseCopiesToMerge: async () => [],
    chooseFileToSave: async () => null,
    showError: async () => undefined,
  };
  const documents = createDocumentsService({ dialogs, sampleLetterFile: '', author: () => 'Anna' });
  const opened = await documents.openFile(file);
  const api = createApi({ language: 'nl', documents, initialPackPath: () => null } as unknown as Parameters<typeof createApi>[0]);
  return { file, documents, opened, api };
}

function withFigure(pack: BriefingPack, media: string): BriefingPack {
  const items = structuredClone(pack.items);
  items[0]!.sections.doel = [{ type: 'figure', media, alt: 'Kaart', caption: '', width: 1, children: [{ text: '' }] }];
  return { ...pack, items };
}

describe('pictures in main', () => {
  it('keeps an added picture once, hands its bytes back, and saves it with the media list', async () => {
    const { file, documents, opened, api } = await setUp();
    const png = pngPicture(30, 10);
    const added = await handleApiCall(api, 'addMedia', APP_FRAME, [opened.documentId, png, 'kaart.png', 'image/png'], () => undefined);
    expect(added).toMatchObject({ ok: true, value: { mediaType: 'image/png', width: 30, height: 10, size: png.length } });
    const meta = (added as { value: { id: string } }).value;
    const again = await handleApiCall(api, 'addMedia', APP_FRAME, [opened.documentId, png, 'kopie.png', 'image/png'], () => undefined);
    expect((again as { value: { id: string } }).value.id).toBe(meta.id);
    expect(await handleApiCall(api, 'getMedia', APP_FRAME, [opened.documentId, meta.id], () => undefined)).toEqual({ ok: true, value: png });

    // The renderer's pack names the picture only; the save lists it and writes its bytes.
    await documents.save(opened.documentId, withFigure(opened.pack, meta.id), false);
    const saved = await readPackFile(file);
    expect(saved.pack.media).toEqual([meta]);
    expect(saved.mediaFiles?.get(meta.id)).toEqual(png);
  });

  it('refuses a JPEG named .png and a picture declaring too many pixels, with one line naming the file', async () => {
    const { opened, api } = await setUp();
    const fake = await handleApiCall(api, 'addMedia', APP_FRAME, [opened.documentId, jpegPicture(), 'kaart.png', 'image/png'], () => undefined);
    expect(fake).toEqual({ ok: false, error: { code: 'media.wrong-format', params: { file: 'kaart.png', claimed: 'PNG', found: 'JPEG' } } });
    const bomb = await handleApiCall(api, 'addMedia', APP_FRAME, [opened.documentId, pngDeclaring(20_000, 20_000), 'bom.png', 'image/png'], () => undefined);
    expect(bomb).toMatchObject({ ok: false, error: { code: 'media.too-many-pixels', params: { file: 'bom.png' } } });
  });

  it('validates the arguments: a media id is a SHA-256, the bytes a Uint8Array', async () => {
    const { opened, api } = await setUp();
    expect((await handleApiCall(api, 'getMedia', APP_FRAME, [opened.documentId, '../etc/passwd'], () => undefined)).ok).toBe(false);
    expect((await handleApiCall(api, 'addMedia', APP_FRAME, [opened.documentId, 'not bytes', 'x.png', 'image/png'], () => undefined)).ok).toBe(false);
  });
});
