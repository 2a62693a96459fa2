import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { WebContents } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleResponse, resolveBundlePath } from '../../electron/main/app-protocol';
import { packPathFromArgv } from '../../electron/main/command-line';
import { appLocations } from '../../electron/main/locations';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  contentSecurityPolicy,
  denyPermissionCheck,
  denyPermissionRequest,
  denyWindowOpen,
  isAllowedNavigation,
  isAllowedRequest,
  isSafeExternalUrl,
  isTrustedSender,
} from '../../electron/main/security';
import { closePromptOptions, mainWindowOptions, spellcheckIsOffline } from '../../electron/main/window-options';

describe('main window options', () => {
  const options = mainWindowOptions({ preloadPath: '/app/preload.cjs', language: 'nl', devTools: false, spellcheck: false });
  const web = options.webPreferences!;

  it('spells out every security option', () => {
    expect(web).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      devTools: false,
    });
  });

  it('switches the spell checker on only where it works offline', () => {
    expect(web.spellcheck).toBe(false);
    expect(spellcheckIsOffline('linux')).toBe(false);
    expect(spellcheckIsOffline('win32')).toBe(true);
    expect(spellcheckIsOffline('darwin')).toBe(true);
  });

  it('asks before discarding unsaved changes, in the chosen language, defaulting to cancel', () => {
    const nl = closePromptOptions('nl');
    expect(nl.buttons).toEqual(['Sluiten zonder opslaan', 'Annuleren']);
    expect(nl.defaultId).toBe(1);
    expect(nl.cancelId).toBe(1);
    expect(closePromptOptions('en').message).toMatch(/not been saved/);
  });
});

describe('content security policy', () => {
  const csp = contentSecurityPolicy();
  const directives = new Map(csp.split(';').map((d) => {
    const [name, ...values] = d.trim().split(/\s+/);
    return [name!, values] as const;
  }));

  it('defaults to nothing and allows scripts only from the bundle', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('has no unsafe-eval, no unsafe-inline and no remote origin anywhere', () => {
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval/);
    expect(csp).not.toMatch(/https?:|wss?:|\*/);
  });
});

describe('navigation, windows, permissions and requests', () => {
  it('allows navigation only within the bundle', () => {
    expect(isAllowedNavigation(APP_ENTRY_URL)).toBe(true);
    for (const url of ['https://example.org/', 'http://localhost:5173/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)', 'data:text/html,x', 'not a url']) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });

  it('denies every window.open', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      denyPermissionRequest({} as WebContents, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(denyPermissionCheck()).toBe(false);
  });

  it('blocks every request that is not app://bundle', () => {
    const blocked = [
      'https://www.nato.int/',
      'http://127.0.0.1:8080/x',
      'file:///etc/passwd',
      'ws://localhost:1234/',
      'wss://example.org/socket',
      'ftp://example.org/',
      'app://evil/index.html',
      'devtools://devtools/bundled/inspector.html',
    ];
    for (const url of blocked) expect(isAllowedRequest(url, { allowDevTools: false }), url).toBe(false);
    expect(isAllowedRequest('app://bundle/assets/index.js', { allowDevTools: false })).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', { allowDevTools: true })).toBe(true);
    expect(isAllowedRequest('https://www.nato.int/', { allowDevTools: true })).toBe(false);
  });

  it('registers app:// as a standard, secure scheme', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
  });
});

describe('sender frame check', () => {
  it('accepts only frames showing the bundle', () => {
    expect(isTrustedSender('app://bundle/index.html')).toBe(true);
    expect(isTrustedSender('app://bundle/')).toBe(true);
    for (const url of ['https://example.org/', 'app://bundle.evil/index.html', 'app://other/', 'file:///app/index.html', 'about:blank', '', null, undefined]) {
      expect(isTrustedSender(url), String(url)).toBe(false);
    }
  });
});

describe('external links', () => {
  it('lets only https and mailto through', () => {
    expect(isSafeExternalUrl('https://www.nato.int/cps/en/natohq/news.htm')).toBe(true);
    expect(isSafeExternalUrl('mailto:someone@mindef.nl')).toBe(true);
    for (const url of ['http://example.org/', 'file:///C:/Windows/System32/calc.exe', 'javascript:alert(1)', 'smb://server/share', 'ms-msdt:/id', 'https://user:pw@example.org/', 'app://bundle/index.html', 'nonsense']) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});

describe('app:// resolution', () => {
  let root: string;
  let bundle: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'briefing-bundle-'));
    bundle = path.join(root, 'renderer');
    await mkdir(path.join(bundle, 'assets'), { recursive: true });
    await writeFile(path.join(bundle, 'index.html'), '<!doctype html><title>x</title>');
    await writeFile(path.join(bundle, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(root, 'secret.txt'), 'outside the bundle');
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('maps bundle URLs to files inside the renderer folder', () => {
    expect(resolveBundlePath('app://bundle/', bundle)).toBe(path.join(bundle, 'index.html'));
    expect(resolveBundlePath('app://bundle/index.html', bundle)).toBe(path.join(bundle, 'index.html'));
    expect(resolveBundlePath('app://bundle/assets/app.js?v=1#x', bundle)).toBe(path.join(bundle, 'assets', 'app.js'));
    expect(resolveBundlePath('app://bundle/assets/na%C3%AFef.js', bundle)).toBe(path.join(bundle, 'assets', 'naïef.js'));
  });

  // The URL parser already folds plain "../" (app://bundle/../x is app://bundle/x); encoded forms are ours to catch.
  it('never resolves outside the bundle: traversal plain or encoded, other hosts and schemes', () => {
    const attempts = [
      'app://bundle/../secret.txt',
      'app://bundle/assets/../../secret.txt',
      'app://bundle/%2e%2e/secret.txt',
      'app://bundle/..%2Fsecret.txt',
      'app://bundle/%2E%2E%2Fsecret.txt',
      'app://bundle/assets%2F..%2F..%2Fsecret.txt',
      'app://bundle/..%5Csecret.txt',
      'app://bundle/C:%2FWindows%2Fwin.ini',
      'app://bundle/%2Fetc%2Fpasswd',
      'app://bundle/index.html%00.js',
      'app://bundle/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
      'https://bundle/index.html',
    ];
    for (const url of attempts) {
      const resolved = resolveBundlePath(url, bundle);
      expect(resolved === null || resolved.startsWith(bundle + path.sep), `${url} -> ${resolved}`).toBe(true);
      expect(resolved, url).not.toBe(path.join(root, 'secret.txt'));
    }
    for (const url of ['app://bundle/..%2Fsecret.txt', 'app://bundle/%2e%2e%2fsecret.txt', 'app://bundle/..%5Csecret.txt', 'app://other/index.html']) {
      expect(resolveBundlePath(url, bundle), url).toBeNull();
    }
  });

  it('serves files with their type and the CSP header, and 404 for anything outside', async () => {
    const page = await bundleResponse('app://bundle/index.html', bundle);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(await page.text()).toContain('<title>x</title>');
    expect((await bundleResponse('app://bundle/assets/app.js', bundle)).headers.get('content-type')).toMatch(/javascript/);
    expect((await bundleResponse('app://bundle/%2e%2e/secret.txt', bundle)).status).toBe(404);
    expect((await bundleResponse('app://bundle/missing.js', bundle)).status).toBe(404);
  });
});

describe('where the shell finds things', () => {
  it('opens a .briefpack named on the command line, ignoring switches and the app path', () => {
    expect(packPathFromArgv(['/opt/app/briefing-composer', '--no-sandbox', 'agenda.briefpack'], '/home/a')).toBe(
      path.resolve('/home/a', 'agenda.briefpack'),
    );
    expect(packPathFromArgv(['/usr/bin/electron', '/work/main', 'x/Pack.BRIEFPACK'], '/w')).toBe(path.resolve('/w', 'x/Pack.BRIEFPACK'));
    expect(packPathFromArgv(['/usr/bin/electron', '/work/main'], '/w')).toBeNull();
    expect(packPathFromArgv(['app.briefpack'], '/w')).toBeNull();
  });

  it('uses the repo in development and resources/ when packaged', () => {
    const dev = appLocations({ isPackaged: false, resourcesPath: '/unused', bundleDir: '/repo/dist/electron', userDataDir: '/u' });
    expect(dev.resources).toEqual({ templates: path.resolve('/repo/templates'), assets: path.resolve('/repo/assets') });
    expect(dev.preloadFile).toBe(path.join('/repo/dist/electron', 'preload.cjs'));
    expect(dev.rendererDir).toBe(path.resolve('/repo/dist/renderer'));
    expect(dev.userTemplatesDir).toBe(path.join('/u', 'templates'));
    const packed = appLocations({ isPackaged: true, resourcesPath: '/opt/bc/resources', bundleDir: '/opt/bc/resources/app.asar/dist/electron', userDataDir: '/u' });
    expect(packed.resources.templates).toBe(path.join('/opt/bc/resources', 'templates'));
    expect(packed.sampleLetterFile).toBe(path.join('/opt/bc/resources', 'assets', 'samples', 'nato-dmm-2025-02-13_geannoteerde-agenda.txt'));
  });
});
