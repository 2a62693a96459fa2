/**
 * The page preview in Chromium: opened from the toolbar, it shows the selected
 * item's first page as the PDF prints it (read from the text pdf.js draws over
 * the page), follows typing and the selection, pages through the cover and
 * contents, speaks Dutch and English, passes axe, and stays open for the session.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pngPicture } from '../helpers/pictures';
import { seriousViolations } from './axe';
import { appSession, STEP_TIMEOUT } from './harness';
import { insertPictureFile } from './insert-picture';

const session = appSession();
/** Typing stops, the worker lays the item out again, pdf.js draws it: seconds at most on a busy machine. */
const updated = { timeout: 10_000 };
const visible = { timeout: STEP_TIMEOUT };

const pane = (page: Page): Locator => page.getByRole('complementary', { name: /^(Paginavoorbeeld|Page preview)$/ });
const pageText = (page: Page): Promise<string> => pane(page).locator('.textLayer').innerText().then((text) => text.replace(/\s+/g, ' '));
const pageNumber = (page: Page): Promise<string> => pane(page).locator('.preview-page-number').innerText();

describe('the page preview', () => {
  it("shows the selected item's pages, follows typing and the selection, and pages through the cover and contents", async () => {
    const { page, problems } = await session.open();
    const toggle = page.getByRole('button', { name: 'Voorbeeld', exact: true });
    // A 1280-pixel window leaves no room for it: closed until asked for.
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await pane(page).count()).toBe(0);

    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => pageText(page), updated).toContain('Afschrikking en verdediging');
    const first = await pageNumber(page);
    expect(first).toMatch(/^pagina \d+ van \d+$/);
    // Not the cover: the first item starts after the cover and the contents.
    expect(Number(first.split(' ')[1])).toBeGreaterThan(2);
    // Drawn, not only text: the canvas holds pixels that are not white.
    const inked = await pane(page)
      .locator('canvas')
      .evaluate((canvas: HTMLCanvasElement) => {
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
        return dark;
      });
    expect(inked).toBeGreaterThan(1000);
    expect(await seriousViolations(page)).toEqual([]);

    const editor = page.getByRole('textbox', { name: 'Kernboodschap' });
    await editor.click();
    await page.keyboard.type('Luchtverdedigingsparaplu bovenaan.');
    await expect.poll(() => pageText(page), updated).toContain('Luchtverdedigingsparaplu');

    await page.getByRole('navigation', { name: 'Agendapunten' }).getByRole('button', { name: /Oekraïne/ }).first().click();
    await expect.poll(() => pageText(page), updated).toContain('Oekraïne');
    await expect.poll(() => pageText(page), updated).not.toContain('Luchtverdedigingsparaplu');
    expect(await pageNumber(page)).not.toBe(first);

    const front = pane(page).getByRole('button', { name: 'Omslag en inhoud' });
    await front.click();
    await expect.poll(() => pageNumber(page), updated).toMatch(/^pagina 1 van \d+$/);
    const previous = pane(page).getByRole('button', { name: 'Vorige pagina' });
    const next = pane(page).getByRole('button', { name: 'Volgende pagina' });
    expect(await previous.isDisabled()).toBe(true);
    await next.click();
    await expect.poll(() => pageNumber(page), visible).toMatch(/^pagina 2 van \d+$/);
    await expect.poll(() => pageText(page), updated).toContain('Inhoud');
    await previous.click();
    await expect.poll(() => pageNumber(page), visible).toMatch(/^pagina 1 van \d+$/);

    await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: /^EN/ }).click();
    const english = page.getByRole('complementary', { name: 'Page preview' });
    await expect.poll(() => english.locator('.preview-page-number').innerText(), visible).toMatch(/^page 1 of \d+$/);
    expect(await english.getByRole('button', { name: 'Cover and contents' }).getAttribute('aria-pressed')).toBe('true');
    expect(await english.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(false);
    expect(await english.getByRole('button', { name: 'Fit width' }).getAttribute('aria-pressed')).toBe('true');
    await english.getByRole('button', { name: 'Zoom in' }).click();
    expect(await english.getByRole('button', { name: 'Fit width' }).getAttribute('aria-pressed')).toBe('false');
    await english.getByRole('button', { name: '100 %' }).click();
    await expect.poll(() => english.locator('.preview-zoom').innerText(), visible).toBe('100 %');
    expect(await page.getByRole('button', { name: 'Preview', exact: true }).getAttribute('aria-pressed')).toBe('true');

    // Remembered for the session: a reload keeps it open.
    await page.reload();
    await expect.poll(() => pageText(page), updated).toContain('Afschrikking en verdediging');
    expect(problems).toEqual([]);
  });

  it('shows why the export would refuse instead of pages, and the pages again once the reason is gone', async () => {
    const { page, problems } = await session.open();
    const editor = page.getByRole('textbox', { name: 'Doel' });
    await editor.click();
    const dialog = await insertPictureFile(page, 'Doel', { name: 'kaart.png', bytes: pngPicture(400, 200) });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', ...visible });

    await page.getByRole('button', { name: 'Voorbeeld', exact: true }).click();
    const reason = pane(page).getByRole('status');
    await expect.poll(() => reason.innerText().catch(() => ''), updated).toMatch(/^Geen voorbeeld: Kan niet exporteren: een afbeelding in agendapunt ".+", onderdeel "Doel" heeft geen alternatieve tekst/);
    expect(await pane(page).locator('.preview-scroll').isVisible()).toBe(false);

    await editor.getByRole('button', { name: 'Afbeelding bewerken: alternatieve tekst ontbreekt' }).click();
    await dialog.waitFor(visible);
    await page.keyboard.type('Kaart van de Oostzee');
    await dialog.getByRole('button', { name: 'Toepassen' }).click();
    await expect.poll(() => pageText(page), updated).toContain('Afschrikking en verdediging');
    expect(await reason.count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
