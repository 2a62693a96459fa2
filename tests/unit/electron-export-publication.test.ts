/**
 * The export dialog's "version for publication (Woo)" through main's contract
 * handler: the real DOCX exporter writes the publication, read back from the
 * file; the marked words are gone and the ground's code is there, a plain
 * export keeps the words, and a date that is not one never reaches the exporter.
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
const SECRET = 'GEHEIMEPASSAGEVIJF';

let dir: string;
let target = '';
const asked: string[] = [];
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
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-export-publication-'));
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

/** The sample with a redacted passage in the first item's annotation. */
function redacted(pack: BriefingPack): BriefingPack {
  const section = { key: 'kernpunten', value: [{ type: 'paragraph' as const, children: [{ text: 'Open deel. ' }, { text: SECRET, redacted: '5.1.2e' }] }] };
  return { ...pack, items: pack.items.map((item, i) => (i === 0 ? { ...item, sections: { ...item.sections, [section.key]: section.value } } : item)) };
}

async function docxText(file: string): Promise<string> {
  return Object.values(unzipSync(new Uint8Array(await readFile(file)))).map((bytes) => strFromU8(bytes)).join('\n');
}

describe('publication export through main', () => {
  it('leaves the marked words out and prints the code; a plain export prints the words', async () => {
    const call = app();
    const { documentId, pack: sample } = value(await call('openSample', [])) as OpenedPack;
    const pack = redacted(sample);
    const templateId = 'nl-ministeriele-briefing';

    target = path.join(dir, 'woo.docx');
    value(await call('exportPack', [documentId, pack, 'docx', templateId, { skipBadAnnexes: [], publication: { date: '2026-12-03' } }]));
    const woo = await docxText(target);
    expect(woo).not.toContain(SECRET);
    expect(woo).toContain('5.1.2e');
    expect(woo).toContain('Openbaar gemaakt op grond van de Woo op 3 december 2026');
    expect(woo).toContain('Open deel.');

    target = path.join(dir, 'plain.docx');
    value(await call('exportPack', [documentId, pack, 'docx', templateId, { skipBadAnnexes: [] }]));
    const plain = await docxText(target);
    expect(plain).toContain(SECRET);
    expect(plain).not.toContain('Openbaar gemaakt op grond van de Woo');
  });

  it('refuses a publication without a real date before exporting', async () => {
    const call = app();
    const { documentId, pack } = value(await call('openSample', [])) as OpenedPack;
    const before = asked.length;
    for (const publication of [{ date: '3-12-2026' }, { date: '2026-13-01' }, {}]) {
      const result = await call('exportPack', [documentId, pack, 'docx', 'nl-ministeriele-briefing', { skipBadAnnexes: [], publication }]);
      expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    }
    expect(asked.length).toBe(before);
  });
});
