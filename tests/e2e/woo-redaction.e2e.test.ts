/**
 * Redaction under the Woo in Chromium: words of an annotation marked with a
 * ground (undo takes the mark off, redo puts it back), a passage of the letter
 * text marked, both listed in the overview, and the PDFs the export dialog
 * makes read back: the publication without the words and with the codes, the
 * plain export with the words. axe-core on the ground dialog.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { pdfText, squash } from './documents';
import { appSession, downloadFrom, EXPORT_TIMEOUT, exportDialog, STEP_TIMEOUT } from './harness';

const SECRET = 'GEHEIMWOORDZEVEN';
const visible = { timeout: STEP_TIMEOUT };
const session = appSession();

function groundDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Weglakken op grond van de Woo' });
}

/** Selects the first words of the letter text in the page, as a person would with the mouse; returns them. */
async function selectSourcePassage(page: Page): Promise<string> {
  return page.locator('.commented-source .source-body').evaluate((body) => {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const words = text.match(/^\S+(\s+\S+){3}/)?.[0];
      if (!words || words.length < 20) continue;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, words.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      return words;
    }
    throw new Error('no passage of four words in the letter text');
  });
}

async function exportPdf(page: Page, publication: boolean): Promise<string> {
  await page.getByRole('button', { name: 'Exporteren als PDF', exact: true }).click();
  const dialog = exportDialog(page);
  await dialog.waitFor(visible);
  if (publication) {
    await dialog.getByRole('checkbox', { name: 'Openbaar te maken versie (Woo)' }).check();
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE')); // YYYY-MM-DD, local
    expect(await dialog.getByLabel('Datum van openbaarmaking').inputValue()).toBe(today);
    await dialog.getByLabel('Datum van openbaarmaking').fill('2026-12-03');
    // Comments and owners are left out of a publication unless ticked for it.
    expect(await dialog.getByRole('checkbox', { name: 'Opmerkingen in dit exemplaar' }).isChecked()).toBe(false);
    expect(await dialog.getByRole('checkbox', { name: 'Eigenaren van de punten noemen' }).isChecked()).toBe(false);
  }
  const { name, bytes } = await downloadFrom(page, 'Exporteren', EXPORT_TIMEOUT);
  // The publication's file name says what it is, so it never takes the plain export's place.
  expect(/-Woo\.pdf$/.test(name)).toBe(publication);
  return (await pdfText(bytes)).text;
}

describe('redaction under the Woo', () => {
  it('marks words in an annotation and in the letter text, lists them, and leaves them out of the publication only', async () => {
    const { page } = await session.open();
    const editor = page.getByRole('textbox', { name: 'Spreekpunten' });
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(` Open deel ${SECRET}`);
    await page.keyboard.press('Control+Shift+ArrowLeft');
    await page.keyboard.press('Control+Alt+R');
    const dialog = groundDialog(page);
    await dialog.waitFor(visible);
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('combobox', { name: 'Grond' }).selectOption('5.1.2e');
    await dialog.getByRole('button', { name: 'Toepassen' }).click();
    const marked = editor.locator('.redacted[data-woo-ground="5.1.2e"]');
    await expect.poll(() => marked.allInnerTexts().then((t) => t.join('')), visible).toBe(SECRET);
    expect(await marked.first().getAttribute('title')).toBe('Weggelakt in de openbare versie (Woo 5.1.2e)');

    // On the marked words the command offers to remove the mark; Escape cancels and the mark stays.
    await marked.first().click();
    await page.keyboard.press('Control+Alt+R');
    await dialog.waitFor(visible);
    expect(await dialog.getByRole('button', { name: 'Weglakking opheffen' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
    expect(await marked.count()).toBeGreaterThan(0);

    await page.keyboard.press('Control+z');
    await expect.poll(() => editor.locator('.redacted').count(), visible).toBe(0);
    expect(await editor.innerText()).toContain(SECRET);
    await page.keyboard.press('Control+y');
    await expect.poll(() => marked.allInnerTexts().then((t) => t.join('')), visible).toBe(SECRET);

    // A bold word inside the passage splits it in two pieces of text; the passage still shows its code once.
    const badges = () => marked.evaluateAll((leaves) => leaves.filter((leaf) => getComputedStyle(leaf, '::after').content !== 'none').length);
    await editor.click();
    await page.keyboard.press('Control+End');
    for (let n = 0; n < 4; n++) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Control+b');
    await expect.poll(() => marked.count(), visible).toBe(2);
    expect(await badges()).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => marked.count(), visible).toBe(1);
    expect(await badges()).toBe(1);

    // The letter text: select a passage, redact it on another ground.
    const passage = await selectSourcePassage(page);
    const source = page.getByRole('region', { name: 'Uit de geannoteerde agenda' });
    const redactSource = source.getByRole('button', { name: 'Weglakken (Woo)…' });
    await expect.poll(() => redactSource.isEnabled(), visible).toBe(true);
    await redactSource.click();
    await dialog.waitFor(visible);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
    // Ctrl+Alt+R asks for the ground here too, as in the annotations.
    await selectSourcePassage(page);
    await page.keyboard.press('Control+Alt+R');
    await dialog.waitFor(visible);
    await dialog.getByRole('combobox', { name: 'Grond' }).selectOption('5.1.1c');
    await dialog.getByRole('button', { name: 'Toepassen' }).click();
    await expect.poll(() => source.locator('.redacted[data-woo-ground="5.1.1c"]').allInnerTexts().then((t) => t.join('')), visible).toBe(passage);

    await page.getByRole('button', { name: 'Overzicht' }).click();
    const list = page.getByRole('region', { name: 'Weggelakte passages (Woo)' });
    await expect.poll(() => list.getByRole('row').allInnerTexts(), visible).toEqual([
      expect.stringContaining('Grond'),
      expect.stringMatching(new RegExp(`Agendatekst\\s+5\\.1\\.1c\\s+${passage.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)),
      expect.stringMatching(new RegExp(`Spreekpunten\\s+5\\.1\\.2e\\s+${SECRET}`)),
    ]);
    // Each row opens its item at the passage, selected: in the letter text, and in the editor (focused, Ctrl+Alt+R at hand).
    const selected = () => page.evaluate(() => document.getSelection()?.toString() ?? '');
    await list.getByRole('row').nth(1).getByRole('button').click();
    await editor.waitFor(visible);
    await expect.poll(selected, visible).toBe(passage);
    await page.getByRole('button', { name: 'Overzicht' }).click();
    await list.getByRole('row').nth(2).getByRole('button').click();
    await expect.poll(selected, visible).toBe(SECRET);
    expect(await editor.evaluate((element) => element.contains(document.activeElement) || element === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+Alt+r');
    await dialog.getByRole('button', { name: 'Weglakking opheffen' }).waitFor(visible);
    await page.keyboard.press('Escape');

    const publication = squash(await exportPdf(page, true));
    expect(publication).not.toContain(SECRET);
    expect(publication).not.toContain(squash(passage));
    expect(publication).toContain('5.1.2e');
    expect(publication).toContain('5.1.1c');
    expect(publication).toContain(squash('Openbaar gemaakt op grond van de Woo op 3 december 2026'));
    expect(publication).toContain(squash('Gronden voor weglakking (Woo)'));

    const plain = squash(await exportPdf(page, false));
    expect(plain).toContain(SECRET);
    expect(plain).toContain(squash(passage));
    expect(plain).not.toContain(squash('Openbaar gemaakt op grond van de Woo'));
  });

  it('speaks English in an English interface', async () => {
    const { page } = await session.open('en-GB');
    await page.getByRole('button', { name: 'Redact (Woo)…' }).first().waitFor(visible);
    await page.getByRole('button', { name: 'Export PDF', exact: true }).click();
    await exportDialog(page).getByRole('checkbox', { name: 'Version for publication (Woo)' }).waitFor(visible);
  });
});
