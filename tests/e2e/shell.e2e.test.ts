/**
 * The desktop shell end to end.
 *  - Hot exit in browser mode (Chromium): type, wait, reload, get offered the
 *    backup, restore it, and the text is back, unsaved.
 *  - Versions in browser mode: save a version, change the text, compare, restore.
 *  - The built Electron app through Playwright's _electron: open the sample,
 *    edit, save, reopen, export. Skipped, with the reason, where the Electron
 *    binary is not installed.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePack } from '../../core/pack/container';
import { PROJECT_ROOT } from '../../host/paths';
import { appSession, confirmExport, STEP_TIMEOUT } from './harness';

const visible = { timeout: STEP_TIMEOUT };
const TYPED = 'Deze zin mag niet verloren gaan';

function electronBinary(): string | null {
  try {
    const binary = createRequire(import.meta.url)('electron') as unknown;
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

describe('in the browser', () => {
  const session = appSession();

  it('backs up unsaved typing and offers to restore it after a reload', async () => {
    const { page, problems } = await session.open();
    // Leaving with unsaved changes asks first (beforeunload); here the person confirms.
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    const editor = page.getByRole('textbox', { name: 'Kernboodschap' });
    await editor.click();
    await page.keyboard.type(TYPED);
    // About a second after typing stops, the backup is written.
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('briefing-composer.backup.')).length), visible)
      .toBe(1);

    await page.reload();
    expect(dialogs).toContain('beforeunload');
    const prompt = page.getByRole('dialog', { name: 'Niet-opgeslagen werk gevonden' });
    await prompt.waitFor(visible);
    // The fresh sample does not contain the text; the backup does.
    expect(await page.getByRole('textbox', { name: 'Kernboodschap' }).innerText()).not.toContain(TYPED);
    await prompt.getByRole('button', { name: /terugzetten$/ }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Kernboodschap' }).innerText(), visible).toContain(TYPED);
    await expect.poll(() => prompt.count(), visible).toBe(0);
    // Restored work is unsaved until the person saves it.
    expect(await page.getByRole('img', { name: 'Niet opgeslagen wijzigingen' }).count()).toBe(1);

    // Saving removes the backup, so the next start offers nothing.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const saved = await download;
    const pack = decodePack(new Uint8Array(await readFile(await saved.path())), 'saved').pack;
    expect(JSON.stringify(pack)).toContain(TYPED);
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('briefing-composer.backup.')).length), visible).toBe(0);
    await page.reload();
    await page.getByRole('textbox', { name: 'Kernboodschap' }).waitFor(visible);
    expect(await page.getByRole('dialog', { name: 'Niet-opgeslagen werk gevonden' }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('saves a version, compares it with the current text, and restores it (undoably)', async () => {
    const { page, problems } = await session.open();
    const editor = page.getByRole('textbox', { name: 'Kernboodschap' });
    await editor.waitFor(visible);
    const original = await editor.innerText();

    await page.getByRole('button', { name: /^Versies \(0\)$/ }).click();
    await page.getByLabel('Naam van de versie').fill('Eerste opzet');
    await page.getByRole('button', { name: 'Versie opslaan' }).click();
    await page.getByRole('button', { name: /^Versies \(1\)$/ }).waitFor(visible);

    await editor.click();
    await page.keyboard.type('Nieuwe woorden hier');
    await page.getByRole('combobox', { name: 'Vergelijk van' }).selectOption({ label: 'Eerste opzet' });
    await page.getByRole('combobox', { name: 'Vergelijk met' }).selectOption({ label: 'Huidige tekst' });
    await page.getByRole('button', { name: 'Vergelijken' }).click();
    await expect.poll(() => page.locator('.version-compare').innerText(), visible).toMatch(/3 woorden erbij, 0 eraf/);
    expect(await page.locator('.version-compare ins').allInnerTexts()).toEqual([expect.stringContaining('Nieuwe woorden hier')]);

    await page.getByRole('button', { name: 'Versie Eerste opzet bekijken' }).click();
    const view = page.getByRole('article', { name: 'Versie "Eerste opzet" (alleen lezen)' });
    await view.waitFor(visible);
    expect(await view.innerText()).not.toContain('Nieuwe woorden hier');
    expect(await view.locator('[contenteditable="true"]').count()).toBe(0);

    await page.getByRole('button', { name: 'Versie Eerste opzet terugzetten' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Kernboodschap' }).innerText(), visible).toBe(original);
    expect(await page.getByRole('img', { name: 'Niet opgeslagen wijzigingen' }).count()).toBe(1);
    await page.getByRole('region', { name: /^Versies/ }).getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Kernboodschap' }).innerText(), visible).toContain('Nieuwe woorden hier');
    // The version list survives a restore and its undo.
    await page.getByRole('button', { name: /^Versies \(1\)$/ }).waitFor(visible);
    expect(problems).toEqual([]);
  });
});

const ELECTRON = electronBinary();

describe('the built desktop app', () => {
  it.skipIf(!ELECTRON)(
    `opens the sample, edits, saves, reopens and exports${ELECTRON ? '' : ' (skipped: the Electron binary is not installed; install without ELECTRON_SKIP_BINARY_DOWNLOAD)'}`,
    async () => {
      const { _electron } = await import('playwright-core');
      const { buildAll } = (await import(path.join(PROJECT_ROOT, 'scripts', 'build.mjs'))) as { buildAll(): Promise<void> };
      await buildAll();
      const userData = await mkdtemp(path.join(os.tmpdir(), 'briefing-electron-'));
      const target = path.join(userData, 'sample.briefpack');
      try {
        const app = await _electron.launch({ executablePath: ELECTRON!, args: [PROJECT_ROOT], env: { ...process.env, BRIEFING_TEST_SAVE_PATH: target } });
        const page = await app.firstWindow();
        const editor = page.getByRole('textbox', { name: 'Kernboodschap' });
        await editor.click();
        await page.keyboard.type(TYPED);
        // Dialogs are native; answer them from main.
        await app.evaluate(({ dialog }, file) => {
          dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
          dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [file] })) as typeof dialog.showOpenDialog;
        }, target);
        await page.keyboard.press('Control+s');
        await expect.poll(async () => existsSync(target), visible).toBe(true);
        expect(JSON.stringify(decodePack(await readFile(target), target).pack)).toContain(TYPED);
        await page.keyboard.press('Control+o');
        await expect.poll(() => page.getByRole('textbox', { name: 'Kernboodschap' }).innerText(), visible).toContain(TYPED);
        await app.evaluate(({ dialog }, file) => {
          dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
        }, path.join(userData, 'sample.pdf'));
        await page.getByRole('button', { name: 'Exporteren als PDF' }).click();
        await confirmExport(page);
        await expect.poll(async () => existsSync(path.join(userData, 'sample.pdf')), { timeout: 45_000 }).toBe(true);
        await app.close();
      } finally {
        await rm(userData, { recursive: true, force: true });
      }
    },
  );
});
