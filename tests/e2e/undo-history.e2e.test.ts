/**
 * One undo history per document (issue 14), in Chromium: typing in two
 * items undoes in reverse order across the switch and redoes, a status
 * change and a reorder in the agenda list undo, and opening another pack
 * starts a fresh history.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { encodePack } from '../../core/pack/container';
import { syntheticPack } from '../../core/model/synthetic';
import { SAMPLE_TITLES } from '../helpers/sample';
import { type AppPage, appSession, STEP_TIMEOUT } from './harness';

const session = appSession();
const visible = { timeout: STEP_TIMEOUT };

async function fresh(): Promise<AppPage> {
  const app = await session.open();
  await agenda(app.page).getByRole('button').first().waitFor();
  return app;
}

const agenda = (page: Page) => page.getByRole('navigation', { name: 'Agendapunten' });
const heading = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 }).innerText();
const keyMessage = (page: Page) => page.getByRole('textbox', { name: 'Kernboodschap' });
const rowTitles = (page: Page) => agenda(page).locator('.agenda-title').allInnerTexts();
const listTools = (page: Page) => page.getByRole('toolbar', { name: 'Agendapunten bewerken' });

async function typeInItem(page: Page, title: string, text: string): Promise<void> {
  await agenda(page).getByRole('button', { name: new RegExp(title) }).click();
  await expect.poll(() => heading(page), visible).toBe(title);
  await keyMessage(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
  await expect.poll(() => keyMessage(page).innerText(), visible).toContain(text.trim());
}

/** The key message of an item as the app shows it, after selecting the item. */
async function keyMessageOf(page: Page, title: string): Promise<string> {
  await expect.poll(() => heading(page), visible).toBe(title);
  return keyMessage(page).innerText();
}

/**
 * Edit > Undo or Redo of the desktop app's menu as the page receives it: main sends the command,
 * the renderer's command handler raises this event. (Browser mode has no main to send commands,
 * so the test raises the event the handler would.)
 */
async function menuHistory(page: Page, direction: 'undo' | 'redo'): Promise<void> {
  await page.evaluate((detail) => window.dispatchEvent(new CustomEvent('briefing:history', { detail })), direction);
}

describe('one undo history per document', () => {
  it('undoes typing in two items in reverse order across item switches, and redoes it', async () => {
    const { page, problems } = await fresh();
    const [a, b] = [SAMPLE_TITLES[0], SAMPLE_TITLES[1]];
    await typeInItem(page, a, ' alfa');
    await typeInItem(page, b, ' bravo');
    await typeInItem(page, a, ' charlie');

    await page.keyboard.press('Control+z');
    await expect.poll(() => keyMessageOf(page, a), visible).toContain('alfa');
    expect(await keyMessage(page).innerText()).not.toContain('charlie');
    // The next step back is in the other item: the app goes there and shows it undone.
    await page.keyboard.press('Control+z');
    await expect.poll(() => heading(page), visible).toBe(b);
    await expect.poll(() => keyMessage(page).innerText(), visible).not.toContain('bravo');
    await page.keyboard.press('Control+z');
    await expect.poll(() => heading(page), visible).toBe(a);
    await expect.poll(() => keyMessage(page).innerText(), visible).not.toContain('alfa');
    // The caret is back in the section it changed, so typing goes on there.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby') ?? ''), visible).not.toBe('');

    await page.keyboard.press('Control+y');
    await expect.poll(() => keyMessageOf(page, a), visible).toContain('alfa');
    await page.keyboard.press('Control+y');
    await expect.poll(() => heading(page), visible).toBe(b);
    await expect.poll(() => keyMessage(page).innerText(), visible).toContain('bravo');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => heading(page), visible).toBe(a);
    await expect.poll(() => keyMessage(page).innerText(), visible).toContain('alfa charlie');
    expect(problems).toEqual([]);
  });

  it('undoes a status change and a reorder from the agenda list, and redoes with its Redo button', async () => {
    const { page, problems } = await fresh();
    const title = SAMPLE_TITLES[2];
    await agenda(page).getByRole('button', { name: new RegExp(title) }).click();
    const status = page.getByRole('main').getByLabel('Status');
    const before = await status.inputValue();
    await status.selectOption('approved');
    await agenda(page).getByRole('button', { name: new RegExp(title) }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => rowTitles(page), visible).toEqual([SAMPLE_TITLES[0], SAMPLE_TITLES[1], SAMPLE_TITLES[3], title, SAMPLE_TITLES[4]]);

    await page.keyboard.press('Control+z');
    await expect.poll(() => rowTitles(page), visible).toEqual([...SAMPLE_TITLES]);
    expect(await status.inputValue()).toBe('approved');
    await page.keyboard.press('Control+z');
    await expect.poll(() => status.inputValue(), visible).toBe(before);

    await listTools(page).getByRole('button', { name: 'Opnieuw' }).click();
    await expect.poll(() => status.inputValue(), visible).toBe('approved');
    await listTools(page).getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => status.inputValue(), visible).toBe(before);
    expect(problems).toEqual([]);
  });

  it('starts a fresh history for another pack: Ctrl+Z then changes nothing in it', async () => {
    const { page } = await fresh();
    await typeInItem(page, SAMPLE_TITLES[0], ' alfa');
    const pack = syntheticPack(3);
    const chooser = page.waitForEvent('filechooser', { timeout: STEP_TIMEOUT });
    await page.getByRole('button', { name: 'Openen…' }).click();
    // The typing is not saved: say so, and open without saving.
    await page.getByRole('button', { name: 'Niet opslaan' }).click();
    await (await chooser).setFiles({ name: 'ander.briefpack', mimeType: 'application/octet-stream', buffer: Buffer.from(encodePack({ pack, annexFiles: new Map() })) });
    const first = pack.items[0]!.title;
    await expect.poll(() => heading(page), visible).toBe(first);
    const shown = await keyMessage(page).innerText();
    await keyMessage(page).click();
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(200);
    expect(await keyMessage(page).innerText()).toBe(shown);
    expect(await rowTitles(page)).toEqual(pack.items.map((item) => item.title));
    expect(await listTools(page).getByRole('button', { name: 'Ongedaan maken' }).isDisabled()).toBe(true);
  });
  it('Edit > Undo and Redo of the menu step through the same history as the keys, with the focus in the agenda list', async () => {
    const { page, problems } = await fresh();
    const [a, b] = [SAMPLE_TITLES[0], SAMPLE_TITLES[1]];
    await typeInItem(page, a, ' alfa');
    await typeInItem(page, b, ' bravo');
    // The focus on a row of the list, where Chromium's own undo has nothing to undo.
    await agenda(page).getByRole('button', { name: new RegExp(b) }).focus();
    await menuHistory(page, 'undo');
    await expect.poll(() => keyMessageOf(page, b), visible).not.toContain('bravo');
    await menuHistory(page, 'undo');
    await expect.poll(() => heading(page), visible).toBe(a);
    await expect.poll(() => keyMessage(page).innerText(), visible).not.toContain('alfa');
    await menuHistory(page, 'redo');
    await expect.poll(() => keyMessageOf(page, a), visible).toContain('alfa');
    // The menu and the keys share one history: Ctrl+Y goes on where the menu's Redo left off.
    await page.keyboard.press('Control+y');
    await expect.poll(() => heading(page), visible).toBe(b);
    await expect.poll(() => keyMessage(page).innerText(), visible).toContain('bravo');
    expect(problems).toEqual([]);
  });
});
