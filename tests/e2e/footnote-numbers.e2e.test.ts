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
});
