/**
 * Issue 14, keyboard: Tab moves focus through the window (the agenda list
 * indents with Alt+Shift+arrows), toolbars are one Tab stop each, F6 cycles
 * the regions, Tab leaves an editor where it cannot nest, find and dialogs
 * give focus back, and a command right after a key acts on the caret as it
 * is now. Keys are pressed at full speed, without waits between them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appSession, STEP_TIMEOUT } from './harness';

const visible = { timeout: STEP_TIMEOUT };
const session = appSession();

const agenda = (page: Page) => page.getByRole('navigation', { name: 'Agendapunten' });

/** A short description of the element with focus, to compare and to read in a failure. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return 'body';
    const name = active.getAttribute('aria-label') ?? (active.getAttribute('aria-labelledby') ? document.getElementById(active.getAttribute('aria-labelledby')!)?.textContent : null) ?? active.textContent?.slice(0, 40);
    return `${active.tagName.toLowerCase()}${active.isContentEditable ? '[editor]' : ''}: ${name ?? ''}`;
  });
}

/** Which region (by class) holds the focus. */
function focusRegion(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (const name of ['editor-popover', 'find-panel', 'comment-form', 'toolbar', 'sidebar', 'source', 'annotation', 'preview-pane', 'overview']) {
      if (document.activeElement?.closest(`.${name}`)) return name;
    }
    return 'none';
  });
}

/** Presses Tab from the top of the page until the first and the last editor have focus; the two counts. */
async function tabsToEditors(page: Page): Promise<{ first: number; last: number; editors: number }> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const editors = await page.locator('.annotation [contenteditable="true"]').count();
  let first = -1;
  for (let presses = 1; presses <= 300; presses++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const all = [...document.querySelectorAll('.annotation [contenteditable="true"]')];
      return all.indexOf(document.activeElement as Element);
    });
    if (at === 0 && first < 0) first = presses;
    if (at === editors - 1) return { first, last: presses, editors };
  }
  throw new Error('Tab never reached the last editor');
}

describe('keyboard', () => {
  it('Tab on an agenda row moves focus on; Alt+Shift+Right and Left indent and outdent, as do the buttons', async () => {
    const { page, problems } = await session.open();
    const row = agenda(page).getByRole('button', { name: /Oekraïne/ });
    await row.click();
    await page.keyboard.press('Tab');
    expect(await agenda(page).locator('li.sub-item').count()).toBe(0);
    expect(await row.evaluate((element) => element === document.activeElement)).toBe(false);

    await row.focus();
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => agenda(page).locator('li.sub-item .agenda-title').allInnerTexts(), visible).toEqual(['Oekraïne']);
    expect(await focused(page)).toContain('Oekraïne');
    await page.keyboard.press('Alt+Shift+ArrowLeft');
    await expect.poll(() => agenda(page).locator('li.sub-item').count(), visible).toBe(0);

    const actions = page.getByRole('toolbar', { name: 'Agendapunten bewerken' });
    await actions.getByRole('button', { name: 'Inspringen (subpunt)' }).click();
    await expect.poll(() => agenda(page).locator('li.sub-item .agenda-title').allInnerTexts(), visible).toEqual(['Oekraïne']);
    expect(await actions.getByRole('button', { name: 'Inspringen (subpunt)' }).getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+ArrowRight');
    expect(problems).toEqual([]);
  });

  it('reaches the first and the last editor in a few Tabs: each toolbar is one Tab stop, with arrow keys inside', async () => {
    const { page, problems } = await session.open();
    await page.getByRole('textbox', { name: 'Doel' }).waitFor(visible);
    const { first, last, editors } = await tabsToEditors(page);
    console.log(`Tab presses: first editor ${first}, last editor ${last} (${editors} editors)`);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(20);
    // From one editor to the next: its toolbar, then the editor.
    expect(last - first).toBe(2 * (editors - 1));

    // Inside a toolbar, arrows move between the buttons; Tab leaves it for its editor; Shift+Tab comes back to the same button.
    const toolbar = page.getByRole('toolbar', { name: 'Opmaak Doel' });
    await page.getByRole('textbox', { name: 'Doel' }).focus();
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('button: Vet');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('button: Onderstrepen');
    await page.keyboard.press('End');
    expect(await toolbar.evaluate((bar) => bar.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowLeft'); // wraps to the last enabled button
    const lastButton = await focused(page);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('div[editor]: Doel');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe(lastButton);
    expect(problems).toEqual([]);
  });

  it('F6 and Shift+F6 cycle the regions and give each its focus back, the editor its caret', async () => {
    const { page, problems } = await session.open();
    const editor = page.getByRole('textbox', { name: 'Kernboodschap' });
    await editor.click();
    await page.keyboard.type('Eerst dit, dan dat.');
    await page.keyboard.press('Home');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');

    const forward: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('F6');
      forward.push(await focusRegion(page));
    }
    expect(forward).toEqual(['toolbar', 'sidebar', 'source', 'annotation']);
    expect(await focused(page)).toBe('div[editor]: Kernboodschap');
    // Back in the editor, the caret is where it was: typing lands after "Eerst".
    await page.keyboard.type('!');
    await expect.poll(() => editor.innerText(), visible).toBe('Eerst! dit, dan dat.');

    const backward: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Shift+F6');
      backward.push(await focusRegion(page));
    }
    expect(backward).toEqual(['source', 'sidebar', 'toolbar', 'annotation']);

    // The find panel, once open, is a region of its own.
    await page.keyboard.press('Control+f');
    await expect.poll(() => focusRegion(page), visible).toBe('find-panel');
    await page.keyboard.press('F6');
    expect(await focusRegion(page)).toBe('source');
    await page.keyboard.press('Shift+F6');
    expect(await focusRegion(page)).toBe('find-panel');

    // The page preview, once open, is a region of its own, after the editors.
    await page.getByRole('button', { name: 'Voorbeeld', exact: true }).click();
    await page.locator('.preview-pane').waitFor(visible);
    await editor.focus();
    await page.keyboard.press('F6');
    expect(await focusRegion(page)).toBe('preview-pane');
    await page.keyboard.press('Shift+F6');
    expect(await focusRegion(page)).toBe('annotation');
    await page.getByRole('button', { name: 'Voorbeeld', exact: true }).click();

    // A dialog keeps F6 inside.
    await editor.focus();
    await page.keyboard.press('Control+k');
    await expect.poll(() => focusRegion(page), visible).toBe('editor-popover');
    await page.keyboard.press('F6');
    expect(await focusRegion(page)).toBe('editor-popover');
    expect(problems).toEqual([]);
  });

  it('Tab nests a list item, and leaves the editor at the first item or after Escape', async () => {
    const { page, problems } = await session.open();
    const editor = page.getByRole('textbox', { name: 'Spreekpunten' });
    await editor.click();
    await page.keyboard.press('Control+Shift+8');
    await page.keyboard.type('Eerste punt');
    // The first item has nothing to nest under: Tab moves on, to the next section's toolbar.
    await page.keyboard.press('Tab');
    expect(await focused(page)).not.toContain('[editor]');
    expect(await editor.locator('ul ul').count()).toBe(0);

    await editor.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Tweede punt');
    await page.keyboard.press('Tab');
    await expect.poll(() => editor.locator('ul ul > li').allInnerTexts(), visible).toEqual(['Tweede punt']);
    expect(await focused(page)).toBe('div[editor]: Spreekpunten');
    // Escape, then Tab: out of the editor, the list as it was.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await focused(page)).not.toContain('[editor]');
    expect(await editor.locator('ul ul ul').count()).toBe(0);
    // Escape counts for one Tab only.
    await editor.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Derde punt');
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('div[editor]: Spreekpunten');
    expect(problems).toEqual([]);
  });

  it('Ctrl+H puts focus in the search field; Escape gives focus and caret back', async () => {
    const { page, problems } = await session.open();
    const editor = page.getByRole('textbox', { name: 'Doel' });
    await editor.click();
    await page.keyboard.type('Voor en na.');
    await page.keyboard.press('Home');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+h');
    const panel = page.getByRole('search');
    await expect.poll(() => focused(page), visible).toBe('input: ');
    expect(await panel.getByLabel('Zoeken naar').evaluate((field) => field === document.activeElement)).toBe(true);
    await page.keyboard.type('na');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
    expect(await focused(page)).toBe('div[editor]: Doel');
    await page.keyboard.type('*');
    await expect.poll(() => editor.innerText(), visible).toBe('Voor* en na.');
    expect(problems).toEqual([]);
  });

  it('the link and footnote dialogs take focus, keep it, and give it back on Escape', async () => {
    const { page, problems } = await session.open();
    const editor = page.getByRole('textbox', { name: 'Doel' });
    await editor.click();
    await page.keyboard.type('Tekst');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor(visible);
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press(i % 2 ? 'Shift+Tab' : 'Tab');
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((element) => element.contains(document.activeElement)), `after Tab ${i}`).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
    await expect.poll(() => focused(page), visible).toBe('div[editor]: Doel');
    await page.keyboard.type(' verder');
    await expect.poll(() => editor.innerText(), visible).toBe('Tekst verder');

    await page.keyboard.press('Control+Alt+f');
    await dialog.waitFor(visible);
    expect(await focused(page)).toContain('textarea');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
    await expect.poll(() => focused(page), visible).toBe('div[editor]: Doel');
    expect(problems).toEqual([]);
  });

  it('a command right after a key acts on the caret as it is now', async () => {
    // slate-react reads the page's selection at most every 100 ms: the first key after a pause is read at
    // once and opens that window, the next key inside it is read only at its end. So each case pauses
    // (setup), presses one key to open the window, then the key and the command at full speed.
    const { page, problems } = await session.open();
    const editor = page.getByRole('textbox', { name: 'Doel' });
    await editor.click();
    await page.keyboard.type('Een zin met een voetnoot');
    await page.keyboard.press('Home');
    await page.waitForTimeout(300);
    await page.keyboard.press('ArrowRight');
    // End, then at once Ctrl+Alt+F: the footnote goes at the end, not after the first letter.
    await page.keyboard.press('End');
    await page.keyboard.press('Control+Alt+f');
    await page.keyboard.type('Bron.');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
    const before = () => editor.evaluate((element) => {
      const marker = element.querySelector('.footnote-ref');
      if (!marker) return null;
      const range = document.createRange();
      range.setStart(element, 0);
      range.setEndBefore(marker);
      return range.toString();
    });
    await expect.poll(before, visible).toBe('Een zin met een voetnoot');

    // Shift+Home, then at once Ctrl+B: the whole line is bold.
    const second = page.getByRole('textbox', { name: 'Kernboodschap' });
    await second.click();
    await page.keyboard.type('Vet gedrukt');
    await page.waitForTimeout(300);
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Control+b');
    await expect.poll(() => second.locator('strong').allInnerTexts(), visible).toEqual(['Vet gedrukt']);

    // Home, then at once an arrow key and a letter: slate-react's own arrow keys move from the caret as it is now.
    const third = page.getByRole('textbox', { name: 'Achtergrond' });
    await third.click();
    await page.keyboard.type('abc');
    await page.waitForTimeout(300);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('X');
    await expect.poll(() => third.innerText(), visible).toBe('aXbc');
    expect(problems).toEqual([]);
  });

  it('Ctrl+Alt+M comments on the selection in the letter, or on a paragraph chosen from a list', async () => {
    const { page, problems } = await session.open();
    const source = page.locator('.source-body');
    await source.waitFor(visible);
    const words = await source.evaluate((body) => {
      const block = body.querySelector('.source-block') ?? body;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      const text = walker.nextNode() as Text;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, Math.min(text.length, 20));
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return range.toString();
    });
    await page.keyboard.press('Control+Alt+m');
    const form = page.getByRole('form', { name: 'Opmerking plaatsen' });
    await form.waitFor(visible);
    expect(await form.innerText()).toContain(words.trim());
    expect(await focusRegion(page)).toBe('comment-form');
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });

    // Nothing selected, the letter focused: a paragraph is chosen from a list.
    await source.focus();
    await page.keyboard.press('Control+Alt+m');
    await form.waitFor(visible);
    expect(await form.getByRole('combobox', { name: 'Alinea' }).count()).toBe(1);
    expect(problems).toEqual([]);
  });
});
