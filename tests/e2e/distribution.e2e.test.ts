/**
 * The distribution list in the app (issue 16), in Chromium: two recipients
 * added in the Verzendlijst dialog (one with an item and its sub-item left
 * out), a second recipient by the same name refused at the field, the
 * numbered copy exported for the list's recipient, the list and the record
 * of copies handed out read back from the saved pack, a list change taken
 * back with Ctrl+Z, and the record downloaded as CSV and read row by row.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { handedOutCsv } from '../../core/model/distribution-csv';
import type { BriefingPack } from '../../core/model/pack';
import { decodePack, encodePack } from '../../core/pack/container';
import { annotatedSample, builtInTemplate } from '../helpers/docx';
import { samplePack } from '../helpers/sample';
import { seriousViolations } from './axe';
import { pdfText, squash } from './documents';
import { appSession, downloadFrom, EXPORT_TIMEOUT, exportDialog, STEP_TIMEOUT } from './harness';

const visible = { timeout: STEP_TIMEOUT };
const session = appSession();

/** The sample with its third item a sub-item of the second, so leaving the second out takes the third along. */
function packWithSubItem(): BriefingPack {
  const sample = annotatedSample(builtInTemplate('nl-ministeriele-briefing'));
  return { ...sample, items: sample.items.map((item, i) => (i === 2 ? { ...item, level: 2 as const } : item)) };
}

async function openPack(page: Page, pack: BriefingPack): Promise<void> {
  const chooser = page.waitForEvent('filechooser', visible);
  await page.getByRole('button', { name: 'Openen…' }).click();
  await (await chooser).setFiles({ name: 'verzending.briefpack', mimeType: 'application/octet-stream', buffer: Buffer.from(encodePack({ ...samplePack(), pack })) });
  await page.getByRole('textbox', { name: 'Doel' }).waitFor(visible);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), visible).toContain(pack.meeting.name);
}

const listDialog = (page: Page) => page.getByRole('dialog', { name: 'Verzendlijst' });
const recipientGroup = (page: Page, position: number) => listDialog(page).getByRole('group', { name: `Ontvanger ${position}`, exact: true });
const summary = (page: Page) => page.getByRole('button', { name: 'Verzendlijst…' }).evaluate((button) => document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent ?? '');

async function openList(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Verzendlijst…' }).click();
  await listDialog(page).waitFor(visible);
}

async function addRecipient(page: Page, position: number, name: string, role = ''): Promise<void> {
  await listDialog(page).getByRole('button', { name: 'Ontvanger toevoegen' }).click();
  const group = recipientGroup(page, position);
  // Focus goes to the new recipient's name.
  await expect.poll(() => group.getByRole('textbox', { name: 'Naam' }).evaluate((field) => field === document.activeElement), visible).toBe(true);
  await page.keyboard.type(name);
  if (role) await group.getByRole('textbox', { name: 'Functie' }).fill(role);
}

describe('the distribution list in the app', () => {
  it('adds recipients, refuses a name twice at the field, and the copy, the saved pack, undo and the CSV follow the list', async () => {
    const { page, problems } = await session.open();
    const pack = packWithSubItem();
    const [kept, leftOut, subItem] = [pack.items[0]!, pack.items[1]!, pack.items[2]!];
    await openPack(page, pack);
    expect(await summary(page)).toBe('0 ontvangers, 0 exemplaren uitgereikt');

    // Escape closes the dialog and keeps nothing typed in it.
    await openList(page);
    await addRecipient(page, 1, 'Niet bewaard');
    await page.keyboard.press('Escape');
    await listDialog(page).waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
    expect(await summary(page)).toBe('0 ontvangers, 0 exemplaren uitgereikt');

    await openList(page);
    const dialog = listDialog(page);
    await dialog.getByText('Nog geen exemplaren uitgereikt.', { exact: false }).waitFor(visible);
    await addRecipient(page, 1, 'Minister');
    await recipientGroup(page, 1).getByRole('checkbox', { name: 'Met opmerkingen' }).check();
    await addRecipient(page, 2, 'Jan de Vries', 'DGB');
    const jan = recipientGroup(page, 2);
    expect(await jan.getByRole('textbox', { name: 'Exemplaarnummer' }).inputValue()).toBe('2');
    await jan.getByRole('group', { name: 'Weglaten in dit exemplaar' }).getByRole('checkbox', { name: leftOut.title, exact: true }).check();
    // The sub-item goes with its parent: ticked, and not to be put back on its own.
    const sub = jan.getByRole('checkbox', { name: new RegExp(`^${subItem.title}`) });
    expect([await sub.isChecked(), await sub.isDisabled()]).toEqual([true, true]);
    expect(await jan.getByRole('checkbox', { name: kept.title, exact: true }).isChecked()).toBe(false);

    // The same name again (another case, a space after) is refused by the model, next to the name, and nothing is applied.
    await addRecipient(page, 3, 'minister ');
    expect(await recipientGroup(page, 3).getByRole('textbox', { name: 'Exemplaarnummer' }).inputValue()).toBe('3');
    await dialog.getByRole('button', { name: 'OK', exact: true }).click();
    const reason = recipientGroup(page, 3).getByRole('alert');
    await expect.poll(() => reason.innerText(), visible).toBe('"minister" staat al op de verzendlijst.');
    const badName = recipientGroup(page, 3).getByRole('textbox', { name: 'Naam' });
    expect(await badName.getAttribute('aria-invalid')).toBe('true');
    expect(await badName.evaluate((field) => field === document.activeElement)).toBe(true);
    expect(await dialog.isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await recipientGroup(page, 3).getByRole('button', { name: 'Verwijderen' }).click();
    expect(await dialog.getByRole('group', { name: /^Ontvanger \d$/ }).count()).toBe(2);
    await dialog.getByRole('button', { name: 'OK', exact: true }).click();
    await dialog.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
    expect(await summary(page)).toBe('2 ontvangers, 0 exemplaren uitgereikt');

    // The export dialog offers the list; Jan's copy leaves his items out.
    await page.getByRole('button', { name: 'Exporteren als PDF', exact: true }).click();
    const copyFor = exportDialog(page).getByRole('combobox', { name: 'Exemplaar voor' });
    expect(await copyFor.locator('option').allInnerTexts()).toEqual(['Niemand in het bijzonder (zonder nummer)', '1. Minister', '2. Jan de Vries (DGB)']);
    await copyFor.selectOption({ label: '2. Jan de Vries (DGB)' });
    const copy = await downloadFrom(page, 'Exporteren', EXPORT_TIMEOUT);
    const text = (await pdfText(copy.bytes)).text;
    expect(text).toContain('Jan de Vries (DGB) · Exemplaar 2 van 2');
    expect(squash(text)).toContain(squash(kept.title));
    expect(squash(text)).not.toContain(squash(leftOut.title));
    expect(squash(text)).not.toContain(squash(subItem.title));
    await expect.poll(() => summary(page), visible).toBe('2 ontvangers, 1 exemplaar uitgereikt');

    // The saved pack holds the list and the copy on its record.
    const saved = await downloadFrom(page, 'Opslaan');
    const distribution = decodePack(saved.bytes, saved.name).pack.distribution!;
    expect(distribution.recipients.map(({ name, function: role, copyNumber, leaveOut, withComments }) => ({ name, role, copyNumber, leaveOut, withComments }))).toEqual([
      { name: 'Minister', role: '', copyNumber: 1, leaveOut: [], withComments: true },
      { name: 'Jan de Vries', role: 'DGB', copyNumber: 2, leaveOut: [leftOut.id], withComments: false },
    ]);
    expect(distribution.handedOut.map(({ copyNumber, recipient, function: role, version, format }) => ({ copyNumber, recipient, role, version, format }))).toEqual([
      { copyNumber: 2, recipient: 'Jan de Vries', role: 'DGB', version: pack.version, format: 'pdf' },
    ]);

    // A list change is one step of the pack's history: Ctrl+Z brings the recipient back, the record stays.
    await openList(page);
    await recipientGroup(page, 1).getByRole('button', { name: 'Verwijderen' }).click();
    await dialog.getByRole('button', { name: 'OK', exact: true }).click();
    await dialog.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
    expect(await summary(page)).toBe('1 ontvanger, 1 exemplaar uitgereikt');
    await page.keyboard.press('Control+z');
    await expect.poll(() => summary(page), visible).toBe('2 ontvangers, 1 exemplaar uitgereikt');

    // The record in the dialog, and as CSV: exactly what the command line writes, in Dutch.
    await openList(page);
    expect(await recipientGroup(page, 1).getByRole('textbox', { name: 'Naam' }).inputValue()).toBe('Minister');
    const rows = dialog.getByRole('table', { name: 'Uitgereikte exemplaren' }).getByRole('row');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(1).getByRole('cell').allInnerTexts()).toEqual(['2', 'Jan de Vries', 'DGB', pack.version, expect.stringMatching(/^\d{1,2} \w+ \d{4}$/), 'PDF']);
    const csv = await downloadFrom(page, 'Exporteren als CSV');
    expect(csv.name).toBe('verzending-uitgereikte-exemplaren.csv');
    const csvText = new TextDecoder().decode(csv.bytes);
    expect(csvText).toBe(handedOutCsv(distribution.handedOut, 'nl'));
    expect(csvText.split('\r\n')).toEqual(['exemplaar,ontvanger,functie,versie,datum,formaat', `2,Jan de Vries,DGB,${pack.version},${distribution.handedOut[0]!.date},pdf`, '']);
    await dialog.getByRole('status').filter({ hasText: 'Uitgereikte exemplaren geëxporteerd naar verzending-uitgereikte-exemplaren.csv.' }).waitFor(visible);
    expect(problems).toEqual([]);
  });

  it('speaks English in an English interface', async () => {
    const { page } = await session.open('en-GB');
    await page.getByRole('button', { name: 'Distribution list…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Distribution list' });
    await dialog.getByText('Nobody is on the distribution list yet.').waitFor(visible);
    await dialog.getByRole('button', { name: 'Add recipient' }).click();
    const group = dialog.getByRole('group', { name: 'Recipient 1', exact: true });
    for (const label of ['Name', 'Function', 'Copy number']) await group.getByRole('textbox', { name: label }).waitFor(visible);
    await group.getByRole('checkbox', { name: 'With comments' }).waitFor(visible);
    await group.getByRole('group', { name: 'Left out of this copy' }).waitFor(visible);
    await group.getByRole('button', { name: 'Remove' }).waitFor(visible);
    await dialog.getByRole('heading', { name: 'Copies handed out' }).waitFor(visible);
    await dialog.getByText('No copies handed out yet.', { exact: false }).waitFor(visible);
    await dialog.getByRole('button', { name: 'Export as CSV' }).waitFor(visible);
    await dialog.getByRole('button', { name: 'OK', exact: true }).click();
    await expect.poll(() => group.getByRole('alert').innerText(), visible).toBe('Enter a name (at most 200 characters).');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
  });
});
