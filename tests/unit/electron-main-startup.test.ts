/**
 * Runs the real main bundle under plain Node with a stand-in for the electron
 * module (its binary cannot run here), to check the wiring in index.ts: the
 * order of startup, the hardened session and window, the app:// handler and
 * the IPC handlers answering a real startup call.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../core/contract';
import { isTempFileName, tempFileFor } from '../../host/atomic-write';
import { PROJECT_ROOT } from '../../host/paths';
import { hostTag } from '../../host/temp-owner';

/** Loaded with `node -r` before the bundle: answers require('electron') and drives the app once it is ready. */
const FAKE_ELECTRON = String.raw`
const Module = require('node:module');
const path = require('node:path');
const events = [];
const ipcHandlers = new Map();
let protocolHandler = null;
let requestFilter = null;
let permissionRequest = null;
let readyResolve;
const ready = new Promise((resolve) => (readyResolve = resolve));
const tmp = process.env.FAKE_ELECTRON_HOME;
const windows = [];
class BrowserWindow {
  constructor(options) {
    this.options = options;
    this.webContents = { on: (name) => events.push('webContents.on:' + name) };
    windows.push(this);
  }
  once(name) { events.push('window.once:' + name); }
  on(name) { events.push('window.on:' + name); }
  loadURL(url) { events.push('loadURL:' + url); return Promise.resolve(); }
}
const electron = {
  app: {
    isPackaged: false,
    enableSandbox: () => events.push('enableSandbox'),
    commandLine: { appendSwitch: (name, value) => events.push('switch:' + name + '=' + value) },
    setPath: (name, value) => events.push('setPath:' + name + '=' + value),
    getPath: (name) => path.join(tmp, name),
    getLocale: () => 'nl-NL',
    on: (name) => events.push('app.on:' + name),
    removeAllListeners: () => {},
    isReady: () => false,
    requestSingleInstanceLock: () => { events.push('requestSingleInstanceLock'); return true; },
    addRecentDocument: (file) => events.push('addRecentDocument:' + file),
    clearRecentDocuments: () => events.push('clearRecentDocuments'),
    whenReady: () => ready,
    quit: () => {},
    exit: (code) => { events.push('exit:' + code); },
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes) => events.push('privileged:' + schemes.map((s) => s.scheme).join(',')),
    handle: (scheme, handler) => { events.push('protocol.handle:' + scheme); protocolHandler = handler; },
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler) => { permissionRequest = handler; events.push('setPermissionRequestHandler'); },
      setPermissionCheckHandler: () => events.push('setPermissionCheckHandler'),
      webRequest: { onBeforeRequest: (filter) => { requestFilter = filter; events.push('onBeforeRequest'); } },
      on: (name) => events.push('session.on:' + name),
    },
  },
  Menu: { setApplicationMenu: (menu) => events.push('menu:' + (menu ? menu.map((m) => m.id || m.role).join(',') : menu)), buildFromTemplate: (t) => t },
  shell: { openExternal: () => events.push('openExternal') },
  dialog: {},
  ipcMain: {
    handle: (channel, handler) => ipcHandlers.set(channel, handler),
    removeHandler: (channel) => ipcHandlers.delete(channel),
  },
  BrowserWindow,
};
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? 'fake-electron' : resolve.call(this, request, ...rest);
};
require.cache['fake-electron'] = { id: 'fake-electron', filename: 'fake-electron', loaded: true, exports: electron };

setImmediate(async () => {
  events.push('ready');
  readyResolve();
  await new Promise((r) => setTimeout(r, 200));
  const frame = { senderFrame: { url: 'app://bundle/index.html' } };
  const startup = await ipcHandlers.get('briefing:startup')(frame);
  const foreign = await ipcHandlers.get('briefing:startup')({ senderFrame: { url: 'https://evil.example/' } });
  const page = await protocolHandler({ url: 'app://bundle/index.html' });
  const escape = await protocolHandler({ url: 'app://bundle/..%2F..%2Fpackage.json' });
  const filtered = await new Promise((r) => requestFilter({ url: 'https://www.nato.int/' }, r));
  const allowed = await new Promise((r) => requestFilter({ url: 'app://bundle/index.html' }, r));
  const permission = await new Promise((r) => permissionRequest({}, 'media', r));
  console.log(JSON.stringify({
    events,
    channels: [...ipcHandlers.keys()],
    window: windows.map((w) => w.options),
    startup: startup.ok ? { ok: true, language: startup.value.language, items: startup.value.document.pack.items.length, templates: startup.value.templates.map((t) => t.id) } : startup,
    foreign,
    page: { status: page.status, csp: page.headers.get('content-security-policy'), body: await page.text() },
    escape: escape.status,
    filtered, allowed, permission,
  }));
  process.exit(0);
});
`;

let root: string;
/** Temp files of saves killed in an earlier session: beside a recent pack and in the backups folder. */
let leftovers: string[];

beforeAll(async () => {
  // A project-shaped folder: dist/ with our bundle and a stand-in renderer, the real templates and assets.
  root = await mkdtemp(path.join(os.tmpdir(), 'briefing-main-'));
  await mkdir(path.join(root, 'dist', 'renderer'), { recursive: true });
  await writeFile(path.join(root, 'dist', 'renderer', 'index.html'), '<!doctype html><title>renderer</title>');
  await symlink(path.join(PROJECT_ROOT, 'templates'), path.join(root, 'templates'));
  await symlink(path.join(PROJECT_ROOT, 'assets'), path.join(root, 'assets'));
  await writeFile(path.join(root, 'fake-electron.cjs'), FAKE_ELECTRON);
  const packs = path.join(root, 'packs');
  const backups = path.join(root, 'userData', 'backups');
  await mkdir(packs);
  await mkdir(backups, { recursive: true });
  await writeFile(path.join(root, 'userData', 'recent.json'), JSON.stringify({ files: [path.join(packs, 'dmm.briefpack')] }));
  const dead = { host: hostTag(), pid: spawnSync(process.execPath, ['-e', '']).pid, start: '1' };
  leftovers = [tempFileFor(path.join(packs, 'dmm.briefpack'), dead), tempFileFor(path.join(backups, 'doc-1.briefpack'), dead)];
  for (const file of leftovers) await writeFile(file, 'half a save');
  const script = (await import(pathToFileURL(path.join(PROJECT_ROOT, 'scripts', 'build.mjs')).href)) as {
    electronBundleOptions(outDir: string): { main: BuildOptions };
  };
  await build({ ...script.electronBundleOptions(path.join(root, 'dist', 'electron')).main, sourcemap: false });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('main process startup (bundle under a stand-in electron)', () => {
  it('hardens everything before opening one window, serves app:// and answers the contract', () => {
    const run = spawnSync(process.execPath, ['-r', path.join(root, 'fake-electron.cjs'), path.join(root, 'dist', 'electron', 'main.cjs')], {
      encoding: 'utf8',
      env: { ...process.env, FAKE_ELECTRON_HOME: root },
      timeout: 30_000,
    });
    // The only thing main logs is the refused call from the foreign frame.
    expect(run.stderr.trim()).toBe('Refused startup from an untrusted frame: https://evil.example/');
    const report = JSON.parse(run.stdout.trim().split('\n').pop()!);
    const events: string[] = report.events;

    // The single-instance lock lives in the user data folder, so that folder is set first.
    const userDataAt = events.findIndex((event) => event.startsWith('setPath:userData='));
    expect(userDataAt).toBeGreaterThanOrEqual(0);
    expect(userDataAt).toBeLessThan(events.indexOf('requestSingleInstanceLock'));
    // Before ready: sandbox for all renderers, no DNS, the app:// scheme privileged.
    const readyAt = events.indexOf('ready');
    for (const early of ['requestSingleInstanceLock', 'app.on:second-instance', 'app.on:open-file', 'enableSandbox', 'switch:host-resolver-rules=MAP * ~NOTFOUND', 'privileged:app']) {
      expect(events.indexOf(early), early).toBeGreaterThanOrEqual(0);
      expect(events.indexOf(early), early).toBeLessThan(readyAt);
    }
    // After ready: session locked down and protocol served before the window loads anything.
    const loadAt = events.indexOf('loadURL:app://bundle/index.html');
    for (const before of ['setPermissionRequestHandler', 'setPermissionCheckHandler', 'onBeforeRequest', 'protocol.handle:app', 'session.on:will-download', 'menu:file,edit,view,windowMenu']) {
      expect(events.indexOf(before), before).toBeGreaterThan(readyAt);
      expect(events.indexOf(before), before).toBeLessThan(loadAt);
    }
    expect(events).toContain('webContents.on:will-prevent-unload');
    expect(events).toContain('window.on:page-title-updated');
    expect(events).not.toContain('exit:1');

    expect(report.window).toHaveLength(1);
    expect(report.window[0].webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(report.window[0].webPreferences.preload).toBe(path.join(root, 'dist', 'electron', 'preload.cjs'));
    expect(report.channels.sort()).toEqual(Object.values(CHANNELS).sort());

    expect(report.startup).toMatchObject({ ok: true, language: 'nl', templates: expect.arrayContaining(['nl-ministeriele-briefing']) });
    expect(report.startup.items).toBeGreaterThan(0);
    expect(report.foreign).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(report.page).toMatchObject({ status: 200, body: '<!doctype html><title>renderer</title>' });
    expect(report.page.csp).toMatch(/^default-src 'none'/);
    expect(report.escape).toBe(404);
    expect(report.filtered).toEqual({ cancel: true });
    expect(report.allowed).toEqual({ cancel: false });
    expect(report.permission).toBe(false);
  });

  it('sweeps the temp files killed saves left in the folders of recent packs and in the backups folder', async () => {
    for (const file of leftovers) expect((await readdir(path.dirname(file))).filter(isTempFileName), file).toEqual([]);
  });
});
