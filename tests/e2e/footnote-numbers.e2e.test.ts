/**
 * The number the editor gives a footnote is the number the export prints
 * (Chromium, browser mode): a note added in the last agenda item comes after
 * the sample's earlier notes, in the editor as in the PDF (pdftotext).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { appSession, downloadFrom, STEP_TIMEOUT } from './harness';

const session = appSession();
const visible = { timeout: STEP_TIMEOUT };
const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;

describe.skipIf(!hasPdftotext)('footnote numbers', () => {
  it('a footnote in a later item has the number the PDF prints', async () => {
    const { page, problems } = await session.open();
    const items = page.getByRole('navigation', { name: 'Agendapunten' }).getByRole('button');
    await items.first().waitFor(visible);
    await page.getByRole('navigation', { name: 'Agendapunten' }).locator('li').last().getByRole('button').first().click();
    const editor = page.getByRole('textbox', { name: 'Spreekpunten' });
    await editor.click();
    await page.keyboard.type('Zie de brief');
    await page.getByRole('toolbar', { name: 'Opmaak Spreekpunten' }).getByRole('button', { name: 'Voetnoot invoegen' }).click();
    const noteDialog = page.getByRole('dialog', { name: /Voetnoot \d+ bewerken/ });
    await noteDialog.getByLabel('Tekst van de voetnoot').fill('Notitie voor de laatste vergadering.');
    await noteDialog.getByRole('button', { name: 'Toepassen' }).click();
    const marker = editor.getByRole('button', { name: /Voetnoot \d+: Notitie voor de laatste/ });
    await expect.poll(() => marker.count(), visible).toBe(1);
    const shown = Number(/Voetnoot (\d+)/.exec((await marker.getAttribute('aria-label')) ?? '')?.[1]);

    const pdf = await downloadFrom(page, 'Exporteren als PDF');
    const out = spawnSync('pdftotext', ['-layout', '-', '-'], { input: pdf.bytes, encoding: 'utf8' });
    const printed = Number(/(\d+)\s+Notitie voor de laatste vergadering\./.exec(out.stdout)?.[1]);
    // The sample's letter has notes before this item, so the editor does not start again at 1.
    expect(printed).toBeGreaterThan(1);
    expect(shown).toBe(printed);
    expect(problems).toEqual([]);
  });

  it("the source text's note is numbered after the notes of the items before it, as printed", async () => {
    const { page, problems } = await session.open();
    const agenda = page.getByRole('navigation', { name: 'Agendapunten' });
    await agenda.getByRole('button', { name: /Defensie-industrie/ }).click();
    await page.getByRole('textbox', { name: 'Spreekpunten' }).click();
    await page.keyboard.type('Zie het rapport');
    await page.getByRole('toolbar', { name: 'Opmaak Spreekpunten' }).getByRole('button', { name: 'Voetnoot invoegen' }).click();
    const noteDialog = page.getByRole('dialog', { name: /Voetnoot \d+ bewerken/ });
    await noteDialog.getByLabel('Tekst van de voetnoot').fill('Eerder in de map.');
    await noteDialog.getByRole('button', { name: 'Toepassen' }).click();
    await expect.poll(() => page.getByRole('button', { name: /Voetnoot \d+: Eerder in de map/ }).count(), visible).toBe(1);
    // The item with the letter's own footnote moves below it (Alt+Down on its row).
    const row = agenda.getByRole('button', { name: /Afschrikking en verdediging/ });
    await row.click();
    await row.focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => agenda.locator('.agenda-title').first().innerText(), visible).toBe('Defensie-industrie');
    const sourceNotes = page.getByRole('region', { name: 'Uit de geannoteerde agenda' }).locator('ol.footnotes li');
    await expect.poll(() => sourceNotes.first().getAttribute('value'), visible).toBe('2');

    const pdf = await downloadFrom(page, 'Exporteren als PDF');
    const out = spawnSync('pdftotext', ['-layout', '-', '-'], { input: pdf.bytes, encoding: 'utf8' });
    expect(/(\d+)\s+Kamerstuk 28 676, nr\. 472/.exec(out.stdout)?.[1]).toBe('2');
    expect(problems).toEqual([]);
  });
});
