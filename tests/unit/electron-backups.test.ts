/**
 * Hot exit, versions and failed saves through the contract as main implements
 * it: real services on real files in a temp dir; only the native dialogs are
 * scripted (they are Electron's, not the thing under test).
 */
import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiMethod, ApiResult, OpenedPack } from '../../core/contract';
import type { BriefingPack } from '../../core/model/pack';
import { decodePack } from '../../core/pack/container';
import { SAMPLE_LETTER_FILE } from '../../core/sample';
import { handleApiCall, type ApiImplementation } from '../../electron/main/ipc';
import { createApi } from '../../electron/main/services/api';
import { createBackupsService } from '../../electron/main/services/backups';
import { createDocumentsService } from '../../electron/main/services/documents';
import { createExportService } from '../../electron/main/services/export';
import type { FileDialogs } from '../../electron/main/services/file-dialogs';
import { createTemplatesService } from '../../electron/main/services/templates';
import { createBackupStore } from '../../host/backup-store';
import { PROJECT_ROOT, projectResourceDirs } from '../../host/paths';

const resources = projectResourceDirs();
const APP = { senderFrame: { url: 'app://bundle/index.html' } };

class ScriptedDialogs implements FileDialogs {
  answers: (string | null)[] = [];
  async chooseFileToOpen() {
    return this.answers.shift() ?? null;
  }
  async chooseCopiesToMerge() {
    return [];
  }
  async chooseFileToSave() {
    return this.answers.shift() ?? null;
  }
  async showError() {}
}

let root: string;
let backupsDir: string;
let dialogs: ScriptedDialogs;
let shown: { fileName: string | null; dirty: boolean }[];

/** One app session: fresh services over the same user-data folder, as after a restart. */
function session(): ApiImplementation {
  const templates = createTemplatesService({ builtinDir: resources.templates, userDir: path.join(root, 'none'), language: 'nl' });
  const documents = createDocumentsService({ dialogs, sampleLetterFile: path.join(resources.assets, 'samples', SAMPLE_LETTER_FILE) });
  const exporter = createExportService({ dialogs, documents, templates, assetsDir: resources.assets });
  const backups = createBackupsService({ store: createBackupStore(backupsDir), documents, now: () => new Date('2025-02-01T12:00:00Z') });
  return createApi({
    language: 'nl',
    documents,
    exporter,
    templates,
    dialogs,
    backups,
    initialPackPath: () => null,
    presenter: { show: ({ fileName, dirty }) => shown.push({ fileName, dirty }) },
    now: () => new Date('2025-02-01T12:00:00Z'),
  });
}

async function call<T>(api: ApiImplementation, method: ApiMethod, ...args: unknown[]): Promise<T> {
  const result = (await handleApiCall(api, method, APP, args, () => undefined)) as ApiResult<T>;
  if (!result.ok) throw Object.assign(new Error(JSON.stringify(result.error)), { apiError: result.error });
  return result.value;
}

function typed(pack: BriefingPack, text: string): BriefingPack {
  const copy = structuredClone(pack);
  const item = copy.items[0]!;
  item.sections = { ...item.sections, kernboodschap: [{ type: 'paragraph', children: [{ text }] }] };
  return copy;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'briefing-hot-exit-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

beforeEach(async () => {
  backupsDir = path.join(root, `backups-${Math.random().toString(16).slice(2)}`);
  dialogs = new ScriptedDialogs();
  shown = [];
});

describe('backups of unsaved work', () => {
  it('offers a backup at the next start, restores it with the edits, and saves it to its original file', async () => {
    const first = session();
    const { documentId, pack } = await call<OpenedPack>(first, 'openSample');
    const file = path.join(root, 'dmm.briefpack');
    dialogs.answers = [file];
    await call(first, 'savePack', documentId, pack, false);
    await call(first, 'backupPack', documentId, typed(pack, 'Niet opgeslagen tekst'));
    // The app is killed here: nothing else runs.

    const second = session();
    const startup = await call<{ backups: { backupId: string; fileName: string | null; title: string; savedAt: string }[] }>(second, 'startup');
    expect(startup.backups).toEqual([{ backupId: documentId, fileName: 'dmm.briefpack', title: pack.meeting.name, savedAt: '2025-02-01T12:00:00.000Z' }]);
    // The path stays in main: the renderer learns the name only.
    expect(JSON.stringify(startup.backups)).not.toContain(root);

    const restored = await call<OpenedPack>(second, 'restoreBackup', documentId);
    expect(restored.fileName).toBe('dmm.briefpack');
    expect(JSON.stringify(restored.pack)).toContain('Niet opgeslagen tekst');

    await call(second, 'savePack', restored.documentId, restored.pack, false);
    expect(dialogs.answers).toEqual([]); // saved in place, no dialog
    expect(JSON.stringify(decodePack(await readFile(file), file).pack)).toContain('Niet opgeslagen tekst');
    expect(await readdir(backupsDir)).toEqual([]);
    expect((await call<{ backups: unknown[] }>(session(), 'startup')).backups).toEqual([]);
  });

  it('removes the backup when the person discards it, and when the document is reported clean', async () => {
    const api = session();
    const { documentId, pack } = await call<OpenedPack>(api, 'openSample');
    await call(api, 'backupPack', documentId, typed(pack, 'x'));
    expect((await readdir(backupsDir)).sort()).toEqual([`${documentId}.briefpack`, `${documentId}.json`]);
    await call(api, 'discardBackup', documentId);
    expect(await readdir(backupsDir)).toEqual([]);

    await call(api, 'backupPack', documentId, typed(pack, 'y'));
    await call(api, 'setDocumentStatus', documentId, { dirty: false });
    expect(await readdir(backupsDir)).toEqual([]);
    expect(shown.at(-1)).toEqual({ fileName: null, dirty: false });
  });

  it('never leaves a backup behind a save, even when the backup was still being written', async () => {
    const api = session();
    const { documentId, pack } = await call<OpenedPack>(api, 'openSample');
    dialogs.answers = [path.join(root, 'race.briefpack')];
    const backup = call(api, 'backupPack', documentId, typed(pack, 'z'));
    const save = call(api, 'savePack', documentId, typed(pack, 'z'), false);
    await Promise.all([backup, save]);
    expect(await readdir(backupsDir).catch(() => [])).toEqual([]);
  });

  it('does not offer the backups of documents that are open now', async () => {
    const api = session();
    const { documentId, pack } = await call<OpenedPack>(api, 'openSample');
    await call(api, 'backupPack', documentId, typed(pack, 'x'));
    const startup = await call<{ backups: unknown[] }>(api, 'startup');
    expect(startup.backups).toEqual([]);
  });

  it('refuses a backup id that is not one', async () => {
    const api = session();
    await expect(call(api, 'restoreBackup', '../../etc')).rejects.toThrow(/invalid arguments to restoreBackup/);
    await expect(call(api, 'restoreBackup', 'no-such-backup')).rejects.toThrow(/backup.unknown/);
  });
});

describe('versions through main', () => {
  it('stores a named version in the pack file and gives it back read-only after reopening', async () => {
    const api = session();
    const { documentId, pack } = await call<OpenedPack>(api, 'openSample');
    const draft = typed(pack, 'Eerste versie van de kernboodschap');
    const versions = await call<BriefingPack['versions']>(api, 'saveVersion', documentId, draft, '  Voor de DG  ');
    expect(versions).toEqual([{ id: 'v1', name: 'Voor de DG', createdAt: '2025-02-01T12:00:00.000Z' }]);
    const later = { ...typed(pack, 'Tweede versie'), versions };
    const file = path.join(root, 'versions.briefpack');
    dialogs.answers = [file];
    await call(api, 'savePack', documentId, later, false);

    dialogs.answers = [file];
    const reopened = await call<OpenedPack>(api, 'openPack');
    expect(reopened.pack.versions).toEqual(versions);
    const version = await call<BriefingPack>(api, 'getVersion', reopened.documentId, 'v1');
    expect(JSON.stringify(version)).toContain('Eerste versie van de kernboodschap');
    expect(version.versions).toBeUndefined();
    await expect(call(api, 'getVersion', reopened.documentId, 'v9')).rejects.toThrow(/version.unknown/);
  });
});

/** The failing save runs as an unprivileged user, since root may write into a read-only folder. */
const SAVE_INTO_READ_ONLY = `
import path from 'node:path';
import { handleApiCall } from ${JSON.stringify(path.join(PROJECT_ROOT, 'electron/main/ipc.ts'))};
import { createApi } from ${JSON.stringify(path.join(PROJECT_ROOT, 'electron/main/services/api.ts'))};
import { createBackupsService } from ${JSON.stringify(path.join(PROJECT_ROOT, 'electron/main/services/backups.ts'))};
import { createDocumentsService } from ${JSON.stringify(path.join(PROJECT_ROOT, 'electron/main/services/documents.ts'))};
import { createBackupStore } from ${JSON.stringify(path.join(PROJECT_ROOT, 'host/backup-store.ts'))};
const [readOnlyDir, backupsDir, sample] = process.argv.slice(2);
const dialogs = { chooseFileToOpen: async () => null, chooseFileToSave: async () => path.join(readOnlyDir, 'pack.briefpack'), showError: async () => {} };
const documents = createDocumentsService({ dialogs, sampleLetterFile: sample });
const backups = createBackupsService({ store: createBackupStore(backupsDir), documents });
const api = createApi({ language: 'nl', documents, backups, dialogs, exporter: {}, templates: {}, initialPackPath: () => null });
const app = { senderFrame: { url: 'app://bundle/index.html' } };
const opened = await api.openSample();
await api.backupPack(opened.documentId, opened.pack);
const result = await handleApiCall(api, 'savePack', app, [opened.documentId, opened.pack, false], () => undefined);
console.log(JSON.stringify(result));
`;

describe('a save that fails', () => {
  it('returns the reason (read-only folder: permission denied) and keeps the backup', async () => {
    const readOnly = path.join(root, 'read-only');
    const backups = path.join(root, 'backups-ro-test');
    await mkdir(readOnly);
    await mkdir(backups);
    await chmod(readOnly, 0o555);
    await chmod(root, 0o755);
    const script = path.join(root, 'save-read-only.mts');
    await writeFile(script, SAVE_INTO_READ_ONLY);
    const isRoot = process.getuid?.() === 0;
    if (isRoot) await chmod(backups, 0o777);
    const run = spawnSync(
      process.execPath,
      [path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), script, readOnly, backups, path.join(resources.assets, 'samples', SAMPLE_LETTER_FILE)],
      { encoding: 'utf8', timeout: 30_000, ...(isRoot ? { uid: 65534, gid: 65534, env: { PATH: process.env.PATH, HOME: root } } : {}) },
    );
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
    expect(result).toMatchObject({ ok: false, error: { code: 'file.unwritable', params: { detail: 'permission denied (EACCES)' } } });
    expect(await readdir(readOnly)).toEqual([]); // no temp file left
    expect((await readdir(backups)).filter((n) => n.endsWith('.briefpack'))).toHaveLength(1); // the work is still backed up
  });
});
