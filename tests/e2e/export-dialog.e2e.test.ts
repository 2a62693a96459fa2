/**
 * The export dialog (issues 14 and 16): the export buttons and Ctrl+E /
 * Ctrl+Shift+E open it; the PDFs it makes are read back (text and
 * annotations) for the comments and for a recipient's copy line, which the
 * saved pack records among the copies handed out; Escape
 * closes it and gives focus back; the last choice is kept per pack.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BriefingPack } from '../../core/model/pack';
import { decodePack, encodePack } from '../../core/pack/container';
import { annotatedSample, builtInTemplate } from '../helpers/docx';
import { samplePack } from '../helpers/sample';
import { pdfAnnotationTexts, pdfText, squash } from './documents';
import { appSession, downloadFrom, EXPORT_TIMEOUT, exportDialog, STEP_TIMEOUT } from './harness';

const COMMENT = 'OPMERKINGTWINTIG';
const visible = { timeout: STEP_TIMEOUT };
const session = appSession();

function distributedPack(): BriefingPack {
  const sample = annotatedSample(builtInTemplate('nl-ministeriele-briefing'));
  const words = (sample.items[0]!.source[0] as { children: { text: string }[] }).children[0]!.text.slice(0, 12);
  const comment = { id: 'c1', anchor: { block: 0, start: 0, end: words.length, quote: words }, author: 'Anna', createdAt: '2025-02-01T10:00:00Z', text: COMMENT, resolved: false, replies: [] };
  return {
    ...sample,
    items: sample.items.map((item, i) => (i === 0 ? { ...item, comments: [comment] } : item)),
    distribution: {
      recipients: [
        { id: 'r1', name: 'Minister', function: '', copyNumber: 1, leaveOut: [], withComments: true },
        { id: 'r2', name: 'Jan de Vries', function: 'DGB', copyNumber: 2, leaveOut: [sample.items[1]!.id], withComments: false },
      ],
      handedOut: [],
    },
  };
}

async function openPack(page: Page, pack: BriefingPack): Promise<void> {
  const chooser = page.waitForEvent('filechooser', visible);
  await page.getByRole('button', { name: 'Openen…' }).click();
  await (await chooser).setFiles({ name: 'verdeeld.briefpack', mimeType: 'application/octet-stream', buffer: Buffer.from(encodePack({ ...samplePack(), pack })) });
  await page.getByRole('textbox', { name: 'Doel' }).waitFor(visible);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), visible).toContain(pack.meeting.name);
}

/** The PDF a click in the open export dialog downloads: its text and its annotations' contents. */
async function pdfFromDialog(page: Page, button: string): Promise<{ name: string; text: string; notes: string[] }> {
  const { name, bytes } = await downloadFrom(page, button, EXPORT_TIMEOUT);
  return { name, text: (await pdfText(bytes)).text, notes: await pdfAnnotationTexts(bytes) };
}

describe('the export dialog', () => {
  it("exports with the comments by default and without them as the minister's copy, and remembers the choice", async () => {
    const { page } = await session.open();
    const pack = distributedPack();
    await openPack(page, pack);
    await page.getByRole('button', { name: 'Exporteren als PDF', exact: true }).click();
    const dialog = exportDialog(page);
    await dialog.waitFor(visible);
    expect(await dialog.getByRole('radio', { name: 'PDF' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('checkbox', { name: 'Opmerkingen in dit exemplaar' }).isChecked()).toBe(true);
    const withComments = await pdfFromDialog(page, 'Exporteren');
    expect(withComments.notes.join(' ')).toContain(COMMENT);

    await page.getByRole('button', { name: 'Exporteren als PDF', exact: true }).click();
    const minister = await pdfFromDialog(page, 'Exemplaar voor de minister (zonder opmerkingen)');
    expect(`${minister.text} ${minister.notes.join(' ')}`).not.toContain(COMMENT);
    expect(squash(minister.text)).toContain(squash(pack.items[1]!.title));
    expect(minister.text).not.toContain('Exemplaar');

    // The last choice for this pack: without comments.
    await page.getByRole('button', { name: 'Exporteren als PDF', exact: true }).click();
    expect(await dialog.getByRole('checkbox', { name: 'Opmerkingen in dit exemplaar' }).isChecked()).toBe(false);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
  });

  it("makes a recipient's numbered copy: the copy line on the pages, their item left out, the list's choice of comments", async () => {
    const { page } = await session.open();
    const pack = distributedPack();
    await openPack(page, pack);
    await page.getByRole('button', { name: 'Exporteren als PDF', exact: true }).click();
    const dialog = exportDialog(page);
    const comments = dialog.getByRole('checkbox', { name: 'Opmerkingen in dit exemplaar' });
    await dialog.getByRole('combobox', { name: 'Exemplaar voor' }).selectOption({ label: '2. Jan de Vries (DGB)' });
    expect(await comments.isChecked()).toBe(false);
    const jan = await pdfFromDialog(page, 'Exporteren');
    expect(jan.name).toMatch(/-2-Jan-de-Vries\.pdf$/);
    const pages = jan.text.split('\n').filter((text) => text.trim());
    expect(pages.length).toBeGreaterThan(2);
    for (const text of pages) expect(text).toContain('Jan de Vries (DGB) · Exemplaar 2 van 2');
    expect(squash(jan.text)).not.toContain(squash(pack.items[1]!.title));
    expect(`${jan.text} ${jan.notes.join(' ')}`).not.toContain(COMMENT);
    const notice = page.getByRole('status').filter({ hasText: 'Geëxporteerd naar' });
    await expect.poll(() => notice.innerText(), visible).toContain('Exemplaar 2 van 2, voor Jan de Vries. Vastgelegd bij de uitgereikte exemplaren');

    // Ticked for this copy, the comments go in although the list leaves them out.
    await page.getByRole('button', { name: 'Exporteren als PDF', exact: true }).click();
    expect(await dialog.getByRole('combobox', { name: 'Exemplaar voor' }).inputValue()).toBe('Jan de Vries');
    await comments.check();
    const janWith = await pdfFromDialog(page, 'Exporteren');
    expect(janWith.notes.join(' ')).toContain(COMMENT);
    expect(janWith.text).toContain('Exemplaar 2 van 2');

    // Both copies are on the pack's record once it is saved; the plain exports before are not.
    const saved = await downloadFrom(page, 'Opslaan');
    const record = decodePack(saved.bytes, saved.name).pack.distribution?.handedOut ?? [];
    expect(record.map(({ copyNumber, recipient, function: role, version, format }) => ({ copyNumber, recipient, role, version, format }))).toEqual([
      { copyNumber: 2, recipient: 'Jan de Vries', role: 'DGB', version: pack.version, format: 'pdf' },
      { copyNumber: 2, recipient: 'Jan de Vries', role: 'DGB', version: pack.version, format: 'pdf' },
    ]);
    expect(record[0]!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('takes the focus, keeps it, closes with Escape and gives it back to the button; Ctrl+E and Ctrl+Shift+E open it', async () => {
    const { page } = await session.open();
    await page.getByRole('textbox', { name: 'Doel' }).waitFor(visible);
    const button = page.getByRole('button', { name: 'Exporteren als DOCX', exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = exportDialog(page);
    await dialog.waitFor(visible);
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    expect(await dialog.getByRole('radio', { name: 'DOCX' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('combobox').count()).toBe(0); // the sample has no distribution list
    for (let n = 0; n < 6; n++) await page.keyboard.press('Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);

    await page.getByRole('textbox', { name: 'Doel' }).click();
    await page.keyboard.press('Control+Shift+E');
    await dialog.waitFor(visible);
    expect(await dialog.getByRole('radio', { name: 'PDF' }).isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
    await page.keyboard.press('Control+e');
    await dialog.waitFor(visible);
    expect(await dialog.getByRole('radio', { name: 'DOCX' }).isChecked()).toBe(true);
  });

  it('speaks English in an English interface', async () => {
    const { page } = await session.open('en-GB');
    await page.getByRole('button', { name: 'Export PDF', exact: true }).click();
    const dialog = exportDialog(page);
    await dialog.getByRole('checkbox', { name: 'Comments in this copy' }).waitFor(visible);
    await dialog.getByRole('button', { name: "Minister's copy (without comments)" }).waitFor(visible);
    await dialog.getByRole('group', { name: 'Format' }).waitFor(visible);
  });
});
