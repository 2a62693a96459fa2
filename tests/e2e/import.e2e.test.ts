/**
 * "New from agenda…" in browser mode: the letter is read in the page, the
 * person reviews the items, and the new pack opens with their changes.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORTERS } from '../../core/export/registry';
import { loadExportAssets } from '../../host/assets';
import { PROJECT_ROOT } from '../../host/paths';
import { loadTemplates } from '../../host/templates';
import { SAMPLE_TITLES, samplePack } from '../helpers/sample';
import { docxDocumentXml, docxParagraphs } from './documents';
import { type AppPage, appSession, downloadFrom, STEP_TIMEOUT } from './harness';

const LETTER = path.join(PROJECT_ROOT, 'assets', 'samples', 'nato-dmm-2025-02-13_geannoteerde-agenda.txt');
const visible = { timeout: STEP_TIMEOUT };

const session = appSession();

async function chooseLetter(page: AppPage['page'], file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Nieuw uit agenda…' }).click();
  await (await chooser).setFiles(file);
  return page.getByRole('dialog', { name: /Controleer wat is herkend/ });
}

describe('New from agenda', () => {
  it('reviews a text letter: rename, demote, split, drop, then creates the pack', async () => {
    const { page, problems } = await session.open();
    const review = await chooseLetter(page, LETTER);
    await review.waitFor(visible);
    const titles = review.getByRole('textbox', { name: /Titel van agendapunt/ });
    await expect.poll(() => titles.count(), visible).toBe(5);
    expect(await review.getByLabel('Bijeenkomst', { exact: true }).inputValue()).toBe('Bijeenkomst van de NAVO-ministers van Defensie');
    expect(await review.getByLabel('Datum bijeenkomst', { exact: true }).inputValue()).toBe('2025-02-13');

    await review.getByRole('textbox', { name: 'Titel van agendapunt 3' }).fill('Steun aan Oekraïne');
    // split Oekraïne where the NATO-Ukraine Council paragraph starts
    const text = review.getByRole('textbox', { name: 'Tekst van Steun aan Oekraïne' });
    const value = await text.inputValue();
    const cut = value.indexOf('Ministers komen ook bijeen');
    await text.evaluate((element, at) => (element as HTMLTextAreaElement).setSelectionRange(at, at), cut);
    await review.getByRole('button', { name: 'Splitsen bij cursor' }).click();
    await review.getByRole('textbox', { name: 'Titel van agendapunt 4' }).fill('NATO-Ukraine Council');
    await review.getByRole('checkbox').nth(3).check();
    await review.getByRole('button', { name: 'Verwijderen: NAVO-top' }).click();
    await review.getByRole('button', { name: 'Pakket maken' }).click();
    await review.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });

    const agenda = page.getByRole('navigation', { name: 'Agendapunten' });
    await agenda.getByRole('button', { name: /NATO-Ukraine Council/ }).waitFor(visible);
    const { bytes } = await downloadFrom(page, 'Exporteren als DOCX');
    const paragraphs = docxParagraphs(docxDocumentXml(bytes));
    expect(paragraphs).toContain('Steun aan Oekraïne');
    expect(paragraphs).toContain('NATO-Ukraine Council');
    expect(paragraphs).not.toContain('NAVO-top');
    expect(problems).toEqual([]);
  });

  it('reads a PDF letter in the page (pdf.js worker under the app CSP)', async () => {
    const { templates } = await loadTemplates(path.join(PROJECT_ROOT, 'templates'), null, 'nl');
    const template = templates.find((t) => t.id === 'nl-ministeriele-briefing')!;
    const pdf = await EXPORTERS.pdf(samplePack(), template, await loadExportAssets(template, path.join(PROJECT_ROOT, 'assets')));
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'import-e2e-')), 'pakket.pdf');
    writeFileSync(file, pdf);
    const app = await session.open();
    const review = await chooseLetter(app.page, file);
    await review.waitFor(visible);
    const titles = review.getByRole('textbox', { name: /Titel van agendapunt/ });
    await expect.poll(async () => (await titles.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).filter((t) => SAMPLE_TITLES.includes(t as never)), visible).toEqual([...SAMPLE_TITLES]);
    expect(app.problems).toEqual([]);
  });
});
