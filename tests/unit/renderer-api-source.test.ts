/**
 * The renderer chooses the preload's API in the desktop app and browser mode
 * only in a plain browser. The real renderer entry (main.tsx) runs in jsdom
 * under app:// without a preload, where it must show an error instead of a
 * browser-mode app whose saves go nowhere. (Browser mode itself needs Vite's
 * import.meta.glob; the e2e tests drive it in Chromium.)
 */
import path from 'node:path';
import { build } from 'esbuild';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BriefingApi } from '../../core/contract';
import { apiSource, STARTUP_ERROR_TEXT } from '../../renderer/api-source';
import { PROJECT_ROOT } from '../../host/paths';

describe('apiSource', () => {
  const api = {} as BriefingApi;

  it('uses the preload\'s API wherever it is there', () => {
    expect(apiSource('app:', api)).toEqual({ kind: 'preload', api });
    expect(apiSource('http:', api)).toEqual({ kind: 'preload', api });
  });

  it('refuses browser mode under app:// when the preload is missing, and uses it in a plain browser', () => {
    expect(apiSource('app:', undefined)).toEqual({ kind: 'preloadMissing' });
    expect(apiSource('http:', undefined)).toEqual({ kind: 'browser' });
    expect(apiSource('https:', undefined)).toEqual({ kind: 'browser' });
  });

  it('has every start-up text in Dutch and English', () => {
    for (const text of Object.values(STARTUP_ERROR_TEXT)) {
      expect(text.nl.length).toBeGreaterThan(0);
      expect(text.en.length).toBeGreaterThan(0);
      expect(text.nl).not.toBe(text.en);
    }
  });
});

describe('the renderer entry without a preload', () => {
  let bundle: string;

  beforeAll(async () => {
    const result = await build({
      entryPoints: [path.join(PROJECT_ROOT, 'renderer', 'main.tsx')],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env': '{}' },
      loader: { '.css': 'empty', '.ttf': 'empty', '.otf': 'empty', '.png': 'empty', '.json': 'json' },
      logLevel: 'error',
    });
    bundle = result.outputFiles[0]!.text;
  });

  async function run(url: string, language: string): Promise<HTMLElement> {
    const dom = new JSDOM('<!doctype html><div id="root"></div>', { url, runScripts: 'outside-only', pretendToBeVisual: true });
    Object.defineProperty(dom.window.navigator, 'language', { value: language });
    dom.window.eval(bundle);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return dom.window.document.getElementById('root')!;
  }

  it.each([
    ['nl-NL', 'nl'],
    ['en-GB', 'en'],
  ] as const)('under app:// shows the error in the person\'s language (%s) and no app', async (locale, language) => {
    const root = await run('app://bundle/index.html', locale);
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.querySelector('h1')?.textContent).toBe(STARTUP_ERROR_TEXT.title[language]);
    expect(alert?.querySelector('p')?.textContent).toBe(STARTUP_ERROR_TEXT.preloadMissing[language]);
    expect(root.children).toHaveLength(1);
  });

});
