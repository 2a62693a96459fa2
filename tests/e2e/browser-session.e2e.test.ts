/**
 * Never lose work, in browser mode (Chromium): Save as… asks for a name and
 * the pack downloads under it (the path of browsers without a save dialog a
 * page can open; headless Chromium cannot show one, so the test takes
 * showSaveFilePicker away and the chooser is unit-tested), a
 * cancelled Save as… writes nothing, the packs saved here are offered
 * again after a reload (Recent…), and the language chosen survives a reload. Reload offering the backup: shell.e2e.test.ts.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { decodePack } from '../../core/pack/container';
import { appSession, STEP_TIMEOUT } from './harness';

const session = appSession();
const TYPED = 'Tekst die na het herladen terug moet komen';
const visible = { timeout: STEP_TIMEOUT };

describe('browser mode keeps work and choices', () => {
  it('Save as… asks for a name and saves the pack under it; cancelling saves nothing', async () => {
    const { page, problems } = await session.open();
    // Headless Chromium has showSaveFilePicker but no dialog to show: take it away, as Firefox and Safari lack it.
    await page.addInitScript(() => delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker);
    await page.reload();
    const asked: { message: string; suggested: string }[] = [];
    let answer: string | null = null;
    page.on('dialog', (dialog) => {
      if (dialog.type() !== 'prompt') return void dialog.accept();
      asked.push({ message: dialog.message(), suggested: dialog.defaultValue() });
      void (answer === null ? dialog.dismiss() : dialog.accept(answer));
    });
    const saveAs = page.getByRole('button', { name: 'Opslaan als…', exact: true });
    await saveAs.waitFor(visible);

    // Cancelled: no download, no error, the name is not taken.
    let downloads = 0;
    page.on('download', () => downloads++);
    await saveAs.click();
    await expect.poll(() => asked.length, visible).toBe(1);
    expect(asked[0]!.message).toBe('Bestandsnaam voor de briefingmap:');
    expect(asked[0]!.suggested).toMatch(/\.briefpack$/);
    expect(await page.getByRole('alert').count()).toBe(0);

    answer = 'DMM februari: concept';
    const download = page.waitForEvent('download', visible);
    await saveAs.click();
    const saved = await download;
    expect(downloads).toBe(1);
    // The name asked, made safe for a file system, with the extension.
    expect(saved.suggestedFilename()).toBe('DMM februari- concept.briefpack');
    const { pack } = decodePack(new Uint8Array(await readFile(await saved.path())), saved.suggestedFilename());
    expect(pack.items.length).toBeGreaterThan(0);
    // The window now names the file, and plain Save keeps that name.
    await expect.poll(() => page.locator('.meeting-details').innerText(), visible).toContain('DMM februari- concept.briefpack');
    const again = page.waitForEvent('download', visible);
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    expect((await again).suggestedFilename()).toBe('DMM februari- concept.briefpack');
    expect(asked.length).toBe(2);
    expect(problems).toEqual([]);
  });

  it('offers the packs opened or saved here after a reload, as they were saved', async () => {
    const { page, problems } = await session.open();
    const editor = page.getByRole('textbox', { name: 'Kernboodschap' });
    await editor.click();
    await page.keyboard.type(TYPED);
    const download = page.waitForEvent('download', visible);
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const fileName = (await download).suggestedFilename();
    await expect.poll(() => page.getByRole('img', { name: 'Niet opgeslagen wijzigingen' }).count(), visible).toBe(0);

    await page.reload();
    await editor.waitFor(visible);
    expect(await editor.innerText()).not.toContain(TYPED);
    await page.getByRole('button', { name: 'Recent…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Recente bestanden' });
    await dialog.getByRole('button', { name: `${fileName} openen` }).click();
    await expect.poll(() => editor.innerText(), visible).toContain(TYPED);
    await expect.poll(() => page.locator('.meeting-details').innerText(), visible).toContain(fileName);
    expect(await dialog.count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('keeps the language chosen across a reload', async () => {
    const { page } = await session.open();
    await page.getByRole('button', { name: /^EN/ }).click();
    await page.getByRole('button', { name: 'Save as…', exact: true }).waitFor(visible);
    await page.reload();
    await page.getByRole('button', { name: 'Save as…', exact: true }).waitFor(visible);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});
