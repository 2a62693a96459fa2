/**
 * The app's export choice through main's contract handler: a minister's copy
 * without comments, and a recipient's numbered copy, made by the real DOCX
 * exporter and read back from the file written; bad choices never reach it.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult, OpenedPack } from '../../core/contract';
import type { BriefingPack } from '../../core/model/pack';
import { SAMPLE_LETTER_FILE } from '../../core/sample';
import { projectResourceDirs } from '../../host/paths';
import { handleApiCall, type InvokeSource } from '../../electron/main/ipc';
import { createApi } from '../../electron/main/services/api';
import { createBackupsService } from '../../electron/main/services/backups';
import { createBackupStore } from '../../host/backup-store';
import { createDocumentsService } from '../../electron/main/services/documents';
import { createExportService } from '../../electron/main/services/export';
import type { FileDialogs } from '../../electron/main/services/file-dialogs';
import { createTemplatesService } from '../../electron/main/services/templates';

const APP_FRAME: InvokeSource = { senderFrame: { url: 'app://bundle/index.html' } };
const resources = projectResourceDirs();
const COMMENT = 'OPMERKINGNEGENTIEN';

let dir: string;
const asked: string[] = [];
let target = '';

const dialogs: FileDialogs = {
  chooseFileToOpen: async () => null,
  chooseCopiesToMerge: async () => [],
  chooseFileToSave: async (_kind, suggestedName) => {
    asked.push(suggestedName);
    return target;
  },
  showError: async () => undefined,
};

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-export-choice-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function app() {
  const templates = createTemplatesService({ builtinDir: resources.templates, userDir: path.join(dir, 'none'), language: 'en' });
  const documents = createDocumentsService({ dialogs, sampleLetterFile: path.join(resources.assets, 'samples', SAMPLE_LETTER_FILE) });
  const exporter = createExportService({ dialogs, documents, templates, assetsDir: resources.assets });
  const backups = createBackupsService({ store: createBackupStore(path.join(dir, 'backups')), documents });
  const api = createApi({ language: 'en', documents, exporter, templates, dialogs, backups, initialPackPath: () => null });
  return (method: 'openSample' | 'exportPack', args: unknown[]) => handleApiCall(api, method, APP_FRAME, args, () => undefined);
}

function commented(pack: BriefingPack): BriefingPack {
  const words = (pack.items[0]!.source[0] as { children: { text: string }[] }).children[0]!.text.slice(0, 10);
  const comment = { id: 'c1', anchor: { block: 0, start: 0, end: words.length, quote: words }, author: 'Anna', createdAt: '2025-02-01T10:00:00Z', text: COMMENT, resolved: false, replies: [] };
  return {
    ...pack,
    items: pack.items.map((item, i) => (i === 0 ? { ...item, comments: [comment] } : item)),
    distribution: { recipients: [{ id: 'r1', name: 'Jan de Vries', function: 'DGB', copyNumber: 1, leaveOut: [pack.items[1]!.id], withComments: false }], handedOut: [] },
  };
}

async function docxText(file: string): Promise<string> {
  return Object.values(unzipSync(new Uint8Array(await readFile(file)))).map((bytes) => strFromU8(bytes)).join('\n');
}

describe('export choice through main', () => {
  it("the comments go in by default, out of the minister's copy; a recipient's copy is numbered and named", async () => {
    const call = app();
    const { documentId, pack: sample } = value(await call('openSample', [])) as OpenedPack;
    const pack = commented(sample);
    const templateId = 'nl-ministeriele-briefing';

    target = path.join(dir, 'plain.docx');
    expect(value(await call('exportPack', [documentId, pack, 'docx', templateId, { skipBadAnnexes: [] }]))).toEqual({ fileName: 'plain.docx', warnings: [] });
    expect(await docxText(target)).toContain(COMMENT);

    target = path.join(dir, 'minister.docx');
    value(await call('exportPack', [documentId, pack, 'docx', templateId, { skipBadAnnexes: [], withComments: false }]));
    const minister = await docxText(target);
    expect(minister).not.toContain(COMMENT);
    expect(minister).toContain(pack.items[1]!.title);

    target = path.join(dir, 'jan.docx');
    const result = value(await call('exportPack', [documentId, pack, 'docx', templateId, { skipBadAnnexes: [], recipient: 'Jan de Vries' }])) as { copy?: unknown };
    expect(result.copy).toEqual({ recipient: 'Jan de Vries', function: 'DGB', number: 1, of: 1 });
    expect(asked.at(-1)).toMatch(/-1-Jan-de-Vries$/);
    const jan = await docxText(target);
    expect(jan).toContain('Exemplaar 1 van 1');
    expect(jan).not.toContain(COMMENT);
    expect(jan).not.toContain(pack.items[1]!.title);
  });

  it('refuses a blank recipient and an unknown option before exporting', async () => {
    const call = app();
    const { documentId, pack } = value(await call('openSample', [])) as OpenedPack;
    const before = asked.length;
    for (const options of [{ skipBadAnnexes: [], recipient: '  ' }, { skipBadAnnexes: [], withComments: 'yes' }, { skipBadAnnexes: [], copy: { number: 1 } }]) {
      const result = await call('exportPack', [documentId, pack, 'docx', 'nl-ministeriele-briefing', options]);
      expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    }
    expect(asked.length).toBe(before);
  });
});
