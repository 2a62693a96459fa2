/**
 * Send for contribution… in Chromium (issue 18): two items go to a colleague;
 * the copy downloads under a name with theirs; opened as they would, it shows
 * what is asked and marks those items; their edit, merged into the original,
 * comes back in the report with their name.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { decodePack } from '../../core/pack/container';
import { SAMPLE_TITLES } from '../helpers/sample';
import { seriousViolations } from './axe';
import { appSession, downloadFrom, STEP_TIMEOUT } from './harness';

const session = appSession();
const visible = { timeout: STEP_TIMEOUT };
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-contribution-e2e-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const agenda = (page: Page) => page.getByRole('navigation', { name: 'Agendapunten' });
const keyMessage = (page: Page) => page.getByRole('textbox', { name: 'Kernboodschap' });
const sendDialog = (page: Page) => page.getByRole('dialog', { name: 'Ter bijdrage versturen' });
const asAuthor = (page: Page, name: string) => page.evaluate((author) => localStorage.setItem('briefing-composer.author-name', author), name);

async function openFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Openen…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  await expect.poll(() => page.getByRole('banner').innerText(), visible).toContain(name);
}

describe('sending items for contribution', () => {
  it('saves a named copy with the items marked, and merging it back reports the changed item and the colleague', async () => {
    const { page, problems } = await session.open();
    const [first, second, other] = [SAMPLE_TITLES[0], SAMPLE_TITLES[1], SAMPLE_TITLES[2]];
    await agenda(page).getByRole('button').first().waitFor(visible);
    await asAuthor(page, 'Carla');

    // Escape cancels the dialog and nothing is recorded.
    await page.getByRole('button', { name: 'Ter bijdrage versturen…' }).click();
    await sendDialog(page).waitFor(visible);
    await page.keyboard.press('Escape');
    await expect.poll(() => sendDialog(page).count(), visible).toBe(0);
    expect(await page.locator('.contribution-notice').count()).toBe(0);

    await page.getByRole('button', { name: 'Ter bijdrage versturen…' }).click();
    const dialog = sendDialog(page);
    await dialog.waitFor(visible);
    // Focus starts in the dialog, on the colleague's name.
    expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(true);
    await page.keyboard.type('Anna de Vries');
    await dialog.getByRole('checkbox', { name: new RegExp(first) }).check();
    await dialog.getByRole('checkbox', { name: new RegExp(second) }).check();
    expect(await seriousViolations(page)).toEqual([]);
    const downloaded = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Kopie opslaan' }).click();
    const download = await downloaded;
    const copyName = download.suggestedFilename();
    expect(copyName).toMatch(/ - Anna de Vries\.briefpack$/);
    const copyBytes = new Uint8Array(await readFile((await download.path())!));
    const copy = decodePack(copyBytes, copyName);
    expect(copy.pack.contributions?.map((c) => [c.colleague, c.itemIds.length])).toEqual([['Anna de Vries', 2]]);

    // The coordinator's pack records the sending too.
    const notice = page.getByRole('region', { name: 'Ter bijdrage' });
    await expect.poll(() => notice.innerText(), visible).toMatch(new RegExp(`Ter bijdrage verstuurd aan Anna de Vries op \\d{1,2} \\w+ \\d{4}: ${first}, ${second}\\.`));
    const original = await downloadFrom(page, 'Opslaan');

    // Opened as the colleague would: the notice names the items, the agenda marks them.
    await openFile(page, copyName, copyBytes);
    await expect.poll(() => notice.innerText(), visible).toMatch(new RegExp(`^Ter bijdrage verstuurd aan Anna de Vries op \\d{1,2} \\w+ \\d{4}: ${first}, ${second}\\.$`));
    const entry = (title: string) => agenda(page).getByRole('button', { name: new RegExp(title) });
    expect(await entry(first).innerText()).toContain('Ter bijdrage bij Anna de Vries');
    expect(await entry(second).innerText()).toContain('Ter bijdrage bij Anna de Vries');
    expect(await entry(other).innerText()).not.toContain('Ter bijdrage');

    await asAuthor(page, 'Anna de Vries');
    await entry(first).click();
    await keyMessage(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Aangevuld door Anna.');
    await expect.poll(() => keyMessage(page).innerText(), visible).toContain('Aangevuld door Anna.');
    const returned = await downloadFrom(page, 'Opslaan');
    const returnedFile = path.join(dir, returned.name);
    await writeFile(returnedFile, returned.bytes);

    // Back with the coordinator: the original opened, the copy merged in.
    await asAuthor(page, 'Carla');
    await openFile(page, original.name, original.bytes);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Bijdrage samenvoegen…' }).click();
    await (await chooser).setFiles([returnedFile]);
    const report = page.getByRole('dialog', { name: 'Bijdragen samengevoegd' });
    await report.waitFor(visible);
    const text = await report.innerText();
    expect(text).toContain('De bijdrage van Anna de Vries is terug.');
    expect(text).toContain(`${first}: gewijzigd door Anna de Vries`);
    expect(text).toContain(`Niet gewijzigd: ${second}`);
    // The pack records that it came back: the notice says when, and the agenda no longer marks the items as out.
    await report.getByRole('button', { name: 'Sluiten' }).click();
    await expect.poll(() => notice.innerText(), visible).toMatch(/Terug op \d{1,2} \w+ \d{4}\./);
    expect(await entry(first).innerText()).not.toContain('Ter bijdrage bij');
    expect(problems).toEqual([]);
  });

  it('ticks the items the chosen colleague owns, and one undo takes the sending back', async () => {
    const { page, problems } = await session.open();
    const [first, second, third] = [SAMPLE_TITLES[0], SAMPLE_TITLES[1], SAMPLE_TITLES[2]];
    const entry = (title: string) => agenda(page).getByRole('button', { name: new RegExp(title) });
    for (const title of [first, third]) {
      await entry(title).click();
      await page.getByRole('combobox', { name: 'Behandelaar' }).fill('Bram');
    }
    await page.getByRole('button', { name: 'Ter bijdrage versturen…' }).click();
    const dialog = sendDialog(page);
    await dialog.waitFor(visible);
    // Without a name the dialog says so in one line and stays open.
    await dialog.getByRole('button', { name: 'Kopie opslaan' }).click();
    expect(await dialog.getByRole('alert').innerText()).toBe('Vul de naam van de collega in.');
    await dialog.getByRole('combobox', { name: 'Collega' }).focus();
    await page.keyboard.type('Bram');
    const ticked = async () => (await dialog.getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).checked)));
    const titles = (await dialog.getByRole('listitem').allInnerTexts()).map((line) => line.trim());
    const expected = titles.map((line) => line.startsWith(first) || line.startsWith(third));
    expect(expected.filter(Boolean)).toHaveLength(2);
    expect(await ticked()).toEqual(expected);
    expect(titles.some((line) => line.startsWith(second))).toBe(true);
    const downloaded = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Kopie opslaan' }).click();
    expect((await downloaded).suggestedFilename()).toMatch(/ - Bram\.briefpack$/);
    const notice = page.getByRole('region', { name: 'Ter bijdrage' });
    await expect.poll(() => notice.innerText(), visible).toContain(`Ter bijdrage verstuurd aan Bram op`);
    expect(await entry(first).innerText()).toContain('Ter bijdrage bij Bram');

    await entry(second).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => entry(first).innerText(), visible).not.toContain('Ter bijdrage');
    expect(await notice.innerText()).not.toContain('verstuurd aan Bram');
    expect(problems).toEqual([]);
  });
});
