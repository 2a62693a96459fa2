/**
 * axe-core on every screen of issue 14: the main screen (in both languages),
 * each dialog, the overview and the export flow. A serious or critical
 * finding fails the test and is listed with the elements it is about.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addRecipient } from '../../core/model/distribution-list';
import { syntheticPack } from '../../core/model/synthetic';
import { encodePack } from '../../core/pack/container';
import { PROJECT_ROOT } from '../../host/paths';
import { seriousViolations } from './axe';
import { appSession, confirmExport, downloadFrom, EXPORT_TIMEOUT, exportDialog, STEP_TIMEOUT } from './harness';

const LETTER = path.join(PROJECT_ROOT, 'assets', 'samples', 'nato-dmm-2025-02-13_geannoteerde-agenda.txt');
const visible = { timeout: STEP_TIMEOUT };
const session = appSession();

/** Runs axe and fails with its findings, named by screen. */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  const findings = await seriousViolations(page);
  expect(findings.map((finding) => `${screen}: ${finding.id} (${finding.impact}) ${finding.help} at ${finding.targets.join(', ')}`)).toEqual([]);
}

describe('accessibility (axe-core, serious and critical)', () => {
  it('the main screen, in Dutch and in English', async () => {
    const { page } = await session.open();
    await page.getByRole('textbox', { name: 'Doel' }).waitFor(visible);
    await expectAccessible(page, 'main screen (nl)');
    await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'English' }).click();
    await page.getByRole('textbox', { name: 'Objective' }).or(page.getByRole('textbox', { name: 'Doel' })).first().waitFor(visible);
    await page.getByRole('group', { name: 'Language' }).waitFor(visible);
    await expectAccessible(page, 'main screen (en)');
  });

  it('the editor dialogs, find and replace, and a comment being written', async () => {
    const { page } = await session.open();
    const editor = page.getByRole('textbox', { name: 'Doel' });
    await editor.click();
    await page.keyboard.type('Tekst');
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').waitFor(visible);
    await expectAccessible(page, 'link dialog');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Alt+f');
    await page.getByRole('dialog').waitFor(visible);
    await expectAccessible(page, 'footnote dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached', timeout: STEP_TIMEOUT });

    await page.keyboard.press('Control+h');
    const find = page.getByRole('search');
    await find.getByLabel('Zoeken naar').fill('Nederland');
    await expect.poll(() => find.getByText(/^\d+ van \d+$/).count(), visible).toBe(1);
    await expectAccessible(page, 'find and replace');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Opmerking bij alinea' }).click();
    const form = page.getByRole('form', { name: 'Opmerking plaatsen' });
    await form.waitFor(visible);
    await expectAccessible(page, 'comment form');
  });

  it('the import review and the unsaved-changes question', async () => {
    const { page } = await session.open();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Nieuw uit agenda…' }).click();
    await (await chooser).setFiles(LETTER);
    const review = page.getByRole('dialog', { name: /Controleer wat is herkend/ });
    await review.waitFor(visible);
    await expectAccessible(page, 'import review');
    await page.keyboard.press('Escape');
    await review.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });

    await page.getByRole('textbox', { name: 'Doel' }).click();
    await page.keyboard.type('Niet opgeslagen');
    await page.getByRole('button', { name: 'Openen…' }).click();
    await page.getByRole('alertdialog', { name: 'Wijzigingen opslaan?' }).waitFor(visible);
    await expectAccessible(page, 'unsaved-changes question');
  });

  it('the restore-after-a-crash dialog, which Escape puts off without losing the backup', async () => {
    const { page } = await session.open();
    page.on('dialog', (dialog) => void dialog.accept()); // leaving with unsaved changes asks first
    await page.getByRole('textbox', { name: 'Doel' }).click();
    await page.keyboard.type('Werk dat niet verloren mag gaan');
    const backups = () => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('briefing-composer.backup.')).length);
    await expect.poll(backups, visible).toBe(1);
    await page.reload();
    const prompt = page.getByRole('dialog', { name: 'Niet-opgeslagen werk gevonden' });
    await prompt.waitFor(visible);
    await expectAccessible(page, 'restore dialog');
    await expect.poll(() => prompt.evaluate((element) => element.contains(document.activeElement)), visible).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await prompt.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await prompt.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
    expect(await backups()).toBe(1);
  });

  it('the overview and the versions panel with a version on view', async () => {
    const { page } = await session.open();
    await page.getByRole('button', { name: 'Overzicht' }).click();
    await page.getByRole('heading', { level: 2, name: /Overzicht/ }).waitFor(visible);
    await expectAccessible(page, 'overview');
    await page.getByRole('button', { name: 'Overzicht' }).click();

    await page.getByRole('button', { name: /^Versies/ }).click();
    await page.getByRole('textbox', { name: 'Naam van de versie' }).fill('Eerste versie');
    await page.getByRole('button', { name: 'Versie opslaan' }).click();
    await page.getByRole('button', { name: 'Versie Eerste versie bekijken' }).click();
    await page.locator('.version-view').waitFor(visible);
    await expectAccessible(page, 'versions panel and version view');
  });

  it('the export dialog, with the choice of a recipient and in English', async () => {
    const { page } = await session.open();
    const pack = addRecipient(addRecipient(syntheticPack(2), { name: 'Minister', withComments: true }, 'p'), { name: 'Jan de Vries', function: 'DGB' }, 'p');
    const chooser = page.waitForEvent('filechooser', { timeout: STEP_TIMEOUT });
    await page.getByRole('button', { name: 'Openen…' }).click();
    await (await chooser).setFiles({ name: 'verdeeld.briefpack', mimeType: 'application/octet-stream', buffer: Buffer.from(encodePack({ pack, annexFiles: new Map() })) });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), visible).toContain(pack.meeting.name);
    await page.getByRole('button', { name: 'Exporteren als PDF', exact: true }).click();
    await exportDialog(page).getByRole('combobox', { name: 'Exemplaar voor' }).waitFor(visible);
    await expectAccessible(page, 'export dialog (nl)');
    await page.keyboard.press('Escape');
    await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Export DOCX', exact: true }).click();
    await exportDialog(page).getByRole('combobox', { name: 'Copy for' }).waitFor(visible);
    await expectAccessible(page, 'export dialog (en)');
  });

  it('the export flow: exporting, the damaged-annex question, and the notice after', async () => {
    const { page } = await session.open();
    await page.getByRole('textbox', { name: 'Doel' }).waitFor(visible);
    await downloadFrom(page, 'Exporteren als PDF');
    await page.getByRole('status').filter({ hasText: 'Geëxporteerd naar' }).waitFor(visible);
    await expectAccessible(page, 'after a PDF export');

    const base = syntheticPack(2);
    const broken = new TextEncoder().encode('geen pdf');
    const pack = { ...base, annexes: [{ id: 'kaart', title: 'Kaart', fileName: 'kaart.pdf', mediaType: 'application/pdf', size: broken.length }] };
    const chooser = page.waitForEvent('filechooser', { timeout: STEP_TIMEOUT });
    await page.getByRole('button', { name: 'Openen…' }).click();
    await (await chooser).setFiles({ name: 'bijlage.briefpack', mimeType: 'application/octet-stream', buffer: Buffer.from(encodePack({ pack, annexFiles: new Map([['kaart', broken]]) })) });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), visible).toContain(base.meeting.name);
    await page.getByRole('button', { name: 'Exporteren als PDF', exact: true }).click();
    await confirmExport(page);
    const prompt = page.getByRole('alertdialog', { name: 'Bijlage kan niet mee' });
    await prompt.waitFor({ timeout: EXPORT_TIMEOUT });
    await expectAccessible(page, 'damaged-annex question');
    // The dialog has focus and Escape is "do not export".
    expect(await prompt.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await prompt.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
  });
});
