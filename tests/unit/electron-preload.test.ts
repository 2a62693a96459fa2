import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { build, type BuildOptions } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_EVENTS, CHANNELS, COMMAND_CHANNEL, EXPORT_PROGRESS_CHANNEL, type ApiMethod } from '../../core/contract';
import { createBriefingApi } from '../../electron/preload/api';
import { PROJECT_ROOT } from '../../host/paths';

interface BuildScript {
  electronBundleOptions(outDir: string): { main: BuildOptions; preload: BuildOptions };
}

let outDir: string;
let preloadCode: string;
let mainCode: string;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'briefing-bundle-'));
  // The same esbuild options `npm run build` uses, written to a temp folder.
  const script = (await import(pathToFileURL(path.join(PROJECT_ROOT, 'scripts', 'build.mjs')).href)) as BuildScript;
  const options = script.electronBundleOptions(outDir);
  await Promise.all([build({ ...options.main, sourcemap: false }), build(options.preload)]);
  preloadCode = await readFile(path.join(outDir, 'preload.cjs'), 'utf8');
  mainCode = await readFile(path.join(outDir, 'main.cjs'), 'utf8');
});

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

function requiredModules(code: string): string[] {
  // Module names only: a polyfill's `require("' + name + '")` for builtins is code, not a dependency.
  return [...new Set([...code.matchAll(/require\("([\w@./:-]+)"\)/g)].map((m) => m[1]!))].sort();
}

describe('createBriefingApi', () => {
  it('maps every contract method one-to-one onto its channel, and nothing more', async () => {
    const invoked: unknown[][] = [];
    const api = createBriefingApi(
      async (...args) => {
        invoked.push(args);
        return { ok: true, value: null };
      },
      { on: () => undefined, removeListener: () => undefined },
    );
    expect(Object.keys(api).sort()).toEqual([...Object.keys(CHANNELS), ...API_EVENTS].sort());
    await api.startup();
    await api.savePack('doc-1', {} as never, true);
    await api.exportPack('doc-1', {} as never, 'pdf', 'tpl', { skipBadAnnexes: ['kaart'] });
    expect(invoked).toEqual([
      [CHANNELS.startup],
      [CHANNELS.savePack, 'doc-1', {}, true],
      [CHANNELS.exportPack, 'doc-1', {}, 'pdf', 'tpl', { skipBadAnnexes: ['kaart'] }],
    ]);
  });
});

describe('the preload bundle', () => {
  it('is one self-contained file that requires only electron (no zod, no node builtins)', () => {
    expect(requiredModules(preloadCode)).toEqual(['electron']);
    expect(preloadCode).not.toMatch(/zod|ZodError/);
  });

  it('exposes exactly one object, window.briefing, whose methods invoke their channels', async () => {
    const exposed: [string, Record<string, unknown>][] = [];
    const invoked: unknown[][] = [];
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, value: Record<string, unknown>) => exposed.push([key, value]) },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => {
          invoked.push(args);
          return { ok: true, value: null };
        },
        send: () => {
          throw new Error('the preload must not use send');
        },
        on: (channel: string, listener: (event: unknown, payload: unknown) => void) => listeners.push([channel, listener]),
        removeListener: (channel: string, listener: unknown) => {
          const index = listeners.findIndex(([c, l]) => c === channel && l === listener);
          if (index >= 0) listeners.splice(index, 1);
        },
      },
    };
    const listeners: [string, (event: unknown, payload: unknown) => void][] = [];
    const sandbox = {
      require: (name: string) => {
        if (name !== 'electron') throw new Error(`sandboxed preload cannot require ${name}`);
        return fakeElectron;
      },
      module: { exports: {} },
      exports: {},
    };
    vm.runInNewContext(preloadCode, sandbox);
    expect(exposed.map(([key]) => key)).toEqual(['briefing']);
    const api = exposed[0]![1];
    expect(Object.keys(api).sort()).toEqual([...Object.keys(CHANNELS), ...API_EVENTS].sort());
    for (const method of Object.keys(CHANNELS) as ApiMethod[]) {
      expect(typeof api[method]).toBe('function');
      await (api[method] as (...args: unknown[]) => Promise<unknown>)('arg');
    }
    expect(invoked.map(([channel]) => channel)).toEqual(Object.values(CHANNELS));
    expect(Object.values(api)).not.toContain(fakeElectron.ipcRenderer);

    // Commands arrive on one fixed channel; the page gets the payload only, and only a valid command.
    const received: unknown[] = [];
    const unsubscribe = (api.onCommand as (listener: (command: unknown) => void) => () => void)((command) => received.push(command));
    expect(listeners.map(([channel]) => channel)).toEqual([COMMAND_CHANNEL]);
    const [, listener] = listeners[0]!;
    const event = { sender: 'the IPC event must not reach the page' };
    listener(event, { command: 'save' });
    listener(event, { command: 'rm -rf' });
    listener(event, { command: 'save', extra: true });
    listener(event, 'save');
    listener(event, { command: 'openDocument', document: { documentId: 'd', fileName: null, pack: {} } });
    listener(event, { command: 'openDocument', document: { documentId: 'd' } });
    expect(received).toEqual([{ command: 'save' }, { command: 'openDocument', document: { documentId: 'd', fileName: null, pack: {} } }]);
    unsubscribe();
    expect(listeners).toEqual([]);

    // Export progress has a channel of its own, with the same care: the payload only, and only a fraction.
    const told: unknown[] = [];
    const stop = (api.onExportProgress as (listener: (progress: unknown) => void) => () => void)((progress) => told.push(progress));
    expect(listeners.map(([channel]) => channel)).toEqual([EXPORT_PROGRESS_CHANNEL]);
    const [, progressListener] = listeners[0]!;
    progressListener(event, { documentId: 'd', fraction: 0.45 });
    progressListener(event, { documentId: 'd', fraction: 4.5 });
    progressListener(event, { documentId: 'd', fraction: '45 %' });
    progressListener(event, { documentId: 'd', fraction: 0.5, pack: {} });
    expect(told).toEqual([{ documentId: 'd', fraction: 0.45 }]);
    stop();
    expect(listeners).toEqual([]);
  });
});

describe('the main bundle', () => {
  it('leaves only electron and node builtins outside the bundle', () => {
    const external = requiredModules(mainCode).filter((name) => name !== 'electron');
    const builtins = new Set(builtinModules);
    for (const name of external) expect(builtins.has(name.replace(/^node:/, '')), name).toBe(true);
  });

  it('defines import.meta.url, so shared modules can find their folder in a CommonJS bundle', () => {
    expect(mainCode).toMatch(/^const __bundleFileUrl = require\('node:url'\)\.pathToFileURL\(__filename\)\.href;/);
    expect(mainCode).not.toMatch(/import\.meta/);
  });
});
