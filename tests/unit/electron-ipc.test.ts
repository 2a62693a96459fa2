import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, type ApiMethod, type ApiResult, type OpenedPack, type Startup } from '../../core/contract';
import type { Exporter } from '../../core/export/assets';
import { EXPORTERS } from '../../core/export/registry';
import { syntheticPack } from '../../core/model/synthetic';
import { decodePack, encodePack } from '../../core/pack/container';
import { projectResourceDirs } from '../../host/paths';
import { SAMPLE_LETTER_FILE } from '../../core/sample';
import { handleApiCall, registerApiHandlers, type ApiImplementation, type InvokeSource } from '../../electron/main/ipc';
import { createApi } from '../../electron/main/services/api';
import { createBackupsService } from '../../electron/main/services/backups';
import { createBackupStore } from '../../host/backup-store';
import { createDocumentsService } from '../../electron/main/services/documents';
import { createExportService } from '../../electron/main/services/export';
import type { FileDialogs, FileKind } from '../../electron/main/services/file-dialogs';
import { createTemplatesService } from '../../electron/main/services/templates';

const APP_FRAME: InvokeSource = { senderFrame: { url: 'app://bundle/index.html' } };
const resources = projectResourceDirs();

/** Dialogs answer from a queue, as if a person picked those files; every question is recorded. */
class ScriptedDialogs implements FileDialogs {
  answers: (string | null)[] = [];
  asked: { kind: FileKind; suggestedName?: string }[] = [];
  errors: { title: string; message: string }[] = [];

  async chooseFileToOpen(kind: FileKind) {
    this.asked.push({ kind });
    return this.answers.shift() ?? null;
  }
  /** The copies each merge dialog is answered with. */
  copies: string[][] = [];
  async chooseCopiesToMerge() {
    return this.copies.shift() ?? [];
  }
  async chooseFileToSave(kind: FileKind, suggestedName: string) {
    this.asked.push({ kind, suggestedName });
    return this.answers.shift() ?? null;
  }
  async showError(title: string, message: string) {
    this.errors.push({ title, message });
  }
}

/** A trivial exporter: the real ones are tested on their own; here we test the flow around them. */
const textExporter: Exporter = async ({ pack }, template) =>
  new TextEncoder().encode(`${template.id}: ${pack.items.map((i) => i.title).join(' | ')}`);

let dir: string;
let dialogs: ScriptedDialogs;
let initialPack: string | null;
let api: ApiImplementation;
let calls: ApiMethod[];
let backupDirs = 0;

/** The real implementation, with a record of which methods were reached. */
function counted(impl: ApiImplementation): ApiImplementation {
  const wrapped = {} as Record<ApiMethod, unknown>;
  for (const method of Object.keys(impl) as ApiMethod[]) {
    wrapped[method] = (...args: unknown[]) => {
      calls.push(method);
      return (impl[method] as (...a: unknown[]) => unknown)(...args);
    };
  }
  return wrapped as ApiImplementation;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-ipc-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

beforeEach(() => {
  dialogs = new ScriptedDialogs();
  initialPack = null;
  calls = [];
  const templates = createTemplatesService({ builtinDir: resources.templates, userDir: path.join(dir, 'no-user-templates'), language: 'en' });
  const documents = createDocumentsService({ dialogs, sampleLetterFile: path.join(resources.assets, 'samples', SAMPLE_LETTER_FILE) });
  const exporter = createExportService({
    dialogs,
    documents,
    templates,
    assetsDir: resources.assets,
    // The real PDF exporter: what it refuses (a damaged annex) must stop the flow before the save dialog.
    exporters: { docx: textExporter, pdf: EXPORTERS.pdf },
  });
  const backups = createBackupsService({ store: createBackupStore(path.join(dir, `backups-${++backupDirs}`)), documents });
  api = counted(createApi({ language: 'en', documents, exporter, templates, dialogs, backups, initialPackPath: () => initialPack }));
});

async function call<M extends ApiMethod>(method: M, args: unknown[], source: InvokeSource = APP_FRAME) {
  return handleApiCall(api, method, source, args, () => undefined);
}

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('registration', () => {
  it('registers exactly one handler per contract channel and removes them again', async () => {
    const handlers = new Map<string, (event: InvokeSource, ...args: unknown[]) => Promise<unknown>>();
    const fakeIpcMain = {
      handle: (channel: string, listener: (event: InvokeSource, ...args: unknown[]) => Promise<unknown>) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, listener);
      },
      removeHandler: (channel: string) => handlers.delete(channel),
    };
    const unregister = registerApiHandlers(fakeIpcMain as never, api, () => undefined);
    expect([...handlers.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
    const result = (await handlers.get(CHANNELS.openSample)!(APP_FRAME)) as ApiResult<OpenedPack>;
    expect(value(result).pack.items.length).toBeGreaterThan(0);
    unregister();
    expect(handlers.size).toBe(0);
  });
});

describe('sender check', () => {
  it.each([
    ['a web page', { senderFrame: { url: 'https://evil.example/' } }],
    ['a file page', { senderFrame: { url: 'file:///tmp/index.html' } }],
    ['another app host', { senderFrame: { url: 'app://other/index.html' } }],
    ['a destroyed frame', { senderFrame: null }],
  ])('refuses a call from %s without reaching the service', async (_name, source) => {
    const result = await call('openPack', [], source as InvokeSource);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(calls).toEqual([]);
    expect(dialogs.asked).toEqual([]);
  });
});

describe('argument validation', () => {
  it.each([
    ['savePack', [], 'no arguments'],
    ['savePack', ['../../etc/passwd', {}, false], 'a path as document id and an empty pack'],
    ['savePack', ['doc-1', { schemaVersion: 1 }, false], 'an incomplete pack'],
    ['savePack', ['doc-1', null, 'yes'], 'wrong types'],
    ['exportPack', ['doc-1', null, 'exe', 'x'], 'an unknown format'],
    ['openPack', ['/etc/passwd'], 'a path smuggled into a call that takes none'],
    ['startup', [{ path: '/x' }], 'an extra argument'],
  ] as [ApiMethod, unknown[], string][])('rejects %s with %s and never calls the service', async (method, args) => {
    const result = await call(method, args);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('internal');
      expect(result.error.params.detail).toMatch(new RegExp(`^invalid arguments to ${method} at `));
    }
    expect(calls).toEqual([]);
    expect(dialogs.asked).toEqual([]);
  });

  it('rejects a pack with a javascript: link, validated by the model schema', async () => {
    const { documentId, pack } = value(await call('openSample', []));
    calls = [];
    const evil = structuredClone(pack);
    evil.introduction = [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ text: 'x' }] }] }];
    const result = await call('savePack', [documentId, evil, true]);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(calls).toEqual([]);
  });
});

describe('errors', () => {
  it('maps a UserError to an ApiError with its code and parameters', async () => {
    const file = path.join(dir, 'not-a-pack.briefpack');
    await writeFile(file, 'this is text, not a zip');
    dialogs.answers = [file];
    const result = await call('openPack', []);
    expect(result).toEqual({ ok: false, error: { code: 'pack.not-zip', params: { file } } });
  });

  it('opens a pack that reading had to repair, and says what was repaired', async () => {
    const pack = syntheticPack(2);
    const file = path.join(dir, 'repaired.briefpack');
    // half of a surrogate pair in a title: replaced on load, with a warning the window shows
    const json = JSON.stringify({ ...pack, items: pack.items.map((item, i) => (i === 1 ? { ...item, title: 'Oekra' } : item)) }).replace('"Oekra"', '"Oekra\\ud800"');
    await writeFile(file, encodePack({ pack, annexFiles: new Map() }));
    const { unzipSync, zipSync, strToU8 } = await import('fflate');
    const entries = unzipSync(new Uint8Array(await readFile(file)));
    await writeFile(file, zipSync({ ...entries, 'pack.json': strToU8(json) }));
    dialogs.answers = [file];
    const opened = value(await call('openPack', []))!;
    expect(opened.pack.items[1]!.title).toBe('Oekra\ufffd');
    expect(opened.warnings?.map((w) => w.code)).toContain('pack.repaired-text');
  });

  it('reports an unexpected error as internal with one line and no stack', async () => {
    const broken = {
      ...api,
      openSample: async () => {
        const error = new Error('database exploded\n    at secret (/home/user/main.ts:1:1)');
        throw error;
      },
    } as ApiImplementation;
    const logged: unknown[] = [];
    const result = await handleApiCall(broken, 'openSample', APP_FRAME, [], (...args) => logged.push(args));
    expect(result).toEqual({ ok: false, error: { code: 'internal', params: { detail: 'database exploded' } } });
    expect(logged).toHaveLength(1);
  });

  it('names an unknown template', async () => {
    const { documentId, pack } = value(await call('openSample', []));
    const result = await call('exportPack', [documentId, pack, 'pdf', 'no-such-template', { skipBadAnnexes: [] }]);
    expect(result).toMatchObject({ ok: false, error: { code: 'template.unknown', params: { id: 'no-such-template' } } });
    expect(dialogs.asked).toEqual([]);
  });
});

describe('documents through the contract', () => {
  it('starts with the sample, saves it where the person chooses, then saves in place', async () => {
    const startup: Startup = value(await call('startup', []));
    expect(startup.language).toBe('en');
    expect(startup.templates.map((t) => t.id)).toContain('nl-ministeriele-briefing');
    expect(startup.document.fileName).toBeNull();
    const { documentId, pack } = startup.document;

    const target = path.join(dir, 'saved.briefpack');
    dialogs.answers = [target];
    expect(value(await call('savePack', [documentId, pack, false]))).toEqual({ fileName: 'saved.briefpack' });
    expect(dialogs.asked).toEqual([{ kind: 'briefpack', suggestedName: expect.any(String) }]);

    const edited = structuredClone(pack);
    edited.version = '0.2';
    expect(value(await call('savePack', [documentId, edited, false]))).toEqual({ fileName: 'saved.briefpack' });
    expect(dialogs.asked).toHaveLength(1); // saved in place, no second question
    const onDisk = decodePack(new Uint8Array(await readFile(target)), target);
    expect(onDisk.pack.version).toBe('0.2');
    expect(onDisk.annexFiles.size).toBe(pack.annexes.length); // the annex bytes stayed in main and were written
  });

  it('returns null and writes nothing when the person cancels', async () => {
    const { documentId, pack } = value(await call('openSample', []));
    dialogs.answers = [null];
    expect(value(await call('savePack', [documentId, pack, true]))).toBeNull();
    expect(value(await call('openPack', []))).toBeNull();
  });

  it('opens the pack named on the command line at startup', async () => {
    const { documentId, pack } = value(await call('openSample', []));
    const file = path.join(dir, 'from-command-line.briefpack');
    dialogs.answers = [file];
    value(await call('savePack', [documentId, pack, true]));
    initialPack = file;
    const startup = value(await call('startup', []));
    expect(startup.document.fileName).toBe('from-command-line.briefpack');
    expect(startup.document.pack).toEqual(pack);
  });

  it('falls back to the sample and tells the person when the command-line pack is broken', async () => {
    initialPack = path.join(dir, 'missing.briefpack');
    const startup = value(await call('startup', []));
    expect(startup.document.fileName).toBeNull();
    expect(dialogs.errors).toHaveLength(1);
    expect(dialogs.errors[0]!.message).toContain('missing.briefpack');
  });

  it('refuses a document id it never handed out', async () => {
    const { pack } = value(await call('openSample', []));
    const result = await call('savePack', ['0000-not-mine', pack, false]);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(dialogs.asked).toEqual([]);
  });

  it('exports to the chosen file through the registry exporter', async () => {
    const { documentId, pack } = value(await call('openSample', []));
    const target = path.join(dir, 'export.docx');
    dialogs.answers = [target];
    expect(value(await call('exportPack', [documentId, pack, 'docx', 'nl-ministeriele-briefing', { skipBadAnnexes: [] }]))).toEqual({ fileName: 'export.docx', warnings: [] });
    expect(dialogs.asked).toEqual([{ kind: 'docx', suggestedName: expect.any(String) }]);
    expect(await readFile(target, 'utf8')).toMatch(/^nl-ministeriele-briefing: /);
  });

  it('returns what the PDF had to change: a character the fonts lack, with where it is', async () => {
    const { documentId, pack } = value(await call('openSample', []));
    const [first, ...rest] = pack.items;
    const edited = { ...pack, items: [{ ...first!, title: 'Drones 🛸' }, ...rest] };
    dialogs.answers = [path.join(dir, 'drones.pdf')];
    const exported = value(await call('exportPack', [documentId, edited, 'pdf', 'en-nato-ministerial', { skipBadAnnexes: [] }]));
    expect(exported?.warnings).toEqual([
      { code: 'export.missing-glyph', params: { char: '🛸', codePoint: 'U+1F6F8', count: 2, places: 'Drones 🛸, Contents', more: 0 } },
    ]);
  });

  it('makes the PDF before asking where: a damaged annex stops it first, by name; left out only once the person agreed', async () => {
    const broken = new TextEncoder().encode('geen pdf');
    const packFile = path.join(dir, 'bad-annex.briefpack');
    const annex = { id: 'kaart', title: 'Kaart', fileName: 'kaart.pdf', mediaType: 'application/pdf', size: broken.length };
    await writeFile(packFile, encodePack({ pack: { ...syntheticPack(2), annexes: [annex] }, annexFiles: new Map([['kaart', broken]]) }));
    dialogs.answers = [packFile];
    const { documentId, pack } = value(await call('openPack', []))!;
    dialogs.asked = [];

    const refused = await call('exportPack', [documentId, pack, 'pdf', 'nl-ministeriele-briefing', { skipBadAnnexes: [] }]);
    expect(refused).toEqual({ ok: false, error: { code: 'export.bad-annex', params: { file: 'kaart.pdf', reason: 'damaged', annexId: 'kaart' } } });
    expect(dialogs.asked).toEqual([]);

    const target = path.join(dir, 'zonder-bijlage.pdf');
    dialogs.answers = [target];
    expect(value(await call('exportPack', [documentId, pack, 'pdf', 'nl-ministeriele-briefing', { skipBadAnnexes: ['kaart'] }]))).toEqual({
      fileName: 'zonder-bijlage.pdf',
      warnings: [],
    });
    expect((await readFile(target)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
