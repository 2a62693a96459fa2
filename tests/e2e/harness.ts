/**
 * Serves the renderer (the run's production build, or the dev server with
 * E2E_DEV=1) and starts Chromium for the end-to-end tests.
 * The renderer runs in browser mode, so it exercises the real UI against the
 * in-memory implementation of the contract.
 */
import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type Download, type Locator, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, freePort } from './chromium';
import { serveBuild, serveDev } from './renderer-server';
import { afterAll, beforeAll, inject } from 'vitest';

export const STEP_TIMEOUT = 15_000;
export const EXPORT_TIMEOUT = 45_000;


export interface Harness {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const port = await freePort();
  const built = inject('rendererBuild');
  const server = built ? await serveBuild(built, port) : await serveDev(port);
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: STEP_TIMEOUT });
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    async close() {
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}

export interface AppPage {
  page: Page;
  /** Console errors and uncaught exceptions (including CSP violations) seen so far. */
  problems: string[];
  close(): Promise<void>;
}

/** A fresh page (own context, Dutch locale) with the app loaded and the sample pack shown. */
export async function openApp(harness: Harness, locale = 'nl-NL'): Promise<AppPage> {
  const context = await harness.browser.newContext({ locale, acceptDownloads: true, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  page.setDefaultNavigationTimeout(STEP_TIMEOUT);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(harness.url);
  return { page, problems, close: () => context.close() };
}

/**
 * Clicks a button that should start a download and returns the download's
 * bytes. Fails at once with the app's own error message when it shows one
 * instead, and after a timeout when nothing happens.
 */
export async function downloadFrom(page: Page, buttonName: string | RegExp, timeout = EXPORT_TIMEOUT): Promise<{ name: string; bytes: Uint8Array }> {
  const alert = page.getByRole('alert');
  const downloadPromise = page.waitForEvent('download', { timeout });
  downloadPromise.catch(() => undefined); // reported through the race below, not as unhandled
  const failurePromise = alert.waitFor({ state: 'visible', timeout }).then(
    async () => {
      throw new Error(`"${String(buttonName)}" showed an error instead of a download: ${await alert.innerText()}`);
    },
    () => new Promise<never>(() => undefined), // no alert: let the download (or its timeout) decide
  );
  const button = page.getByRole('button', { name: buttonName, exact: true });
  // The export buttons open the export dialog first; its Export button takes the choice as it stands.
  const opensDialog = (await button.getAttribute('aria-haspopup')) === 'dialog';
  await button.click();
  if (opensDialog) await confirmExport(page);
  const download: Download = await Promise.race([downloadPromise, failurePromise]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile(file)) };
}

/** The export dialog, in either language. */
export function exportDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: /^(Exporteren|Export)$/ });
}

/** Confirms the open export dialog with its Export button. */
export async function confirmExport(page: Page): Promise<void> {
  await exportDialog(page).getByRole('button', { name: /^(Exporteren|Export)$/ }).click();
}

/**
 * One harness per test file and one page at a time: `open()` closes the
 * previous page and opens a fresh one; everything is closed after the file.
 */
export function appSession(): { open(locale?: string): Promise<AppPage> } {
  let harness: Harness | undefined;
  let app: AppPage | null = null;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await app?.close();
    await harness?.close();
  });
  return {
    async open(locale) {
      await app?.close();
      if (!harness) throw new Error('the harness did not start');
      app = await openApp(harness, locale);
      return app;
    },
  };
}

