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
/** No headings: the importer makes it one item, with a low confidence. */
const ONE_PARAGRAPH = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'letters', 'one-paragraph.txt');
const visible = { timeout: STEP_TIMEOUT };

const session = appSession();

async function chooseLetter(page: AppPage['page'], file: string, button = 'Nieuw uit agenda…') {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
  return page.getByRole('dialog', { name: /Controleer wat is herkend|Check what was recognised/ });
}

/** Whether the element with focus is inside the locator's element. */
function focusInside(locator: ReturnType<AppPage['page']['getByRole']>) {
  return locator.evaluate((element) => element.contains(document.activeElement) && document.activeElement !== document.body);
}

/** The texts an element's aria-describedby points at. */
function description(locator: ReturnType<AppPage['page']['getByRole']>) {
  return locator.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? `(missing #${id})`)
      .join(' | '),
  );
}

/** Types into the open item's first section, so the pack has unsaved changes. */
async function typeIntoPack(page: AppPage['page'], text: string) {
  await page.getByRole('textbox', { name: 'Doel' }).click();
  await page.keyboard.type(text);
  await expect.poll(() => page.getByRole('img', { name: 'Niet opgeslagen wijzigingen' }).count(), visible).toBe(1);
}

describe('New from agenda', () => {
  it('reviews a text letter: rename, demote, split, drop, then creates the pack', async () => {
    const { page, problems } = await session.open();
    const review = await chooseLetter(page, LETTER);
    await review.waitFor(visible);
    const titles = review.getByRole('textbox', { name: /Titel van agendapunt/ });
    await expect.poll(() => titles.count(), visible).toBe(5);
    expect(await review.getByLabel('Bijeenkomst', { exact: true }).inputValue()).toBe('Bijeenkomst van de NAVO-ministers van Defensie');
    expect(await review.getByLabel('Datum bijeenkomst', { exact: true }).inputValue()).toBe('13 februari 2025');

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

  it('keeps focus in the review dialog over many Tabs, and Escape cancels it and gives focus back', async () => {
    const { page, problems } = await session.open();
    const review = await chooseLetter(page, LETTER);
    await review.waitFor(visible);
    expect(await focusInside(review)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('text');
    const seen = new Set<string>();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInside(review), `after Tab ${i + 1}`).toBe(true);
      seen.add(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? ''));
    }
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusInside(review), `after Shift+Tab ${i + 1}`).toBe(true);
    }
    // It went round, not stuck on one element: the fields, the item rows, the text and the footer.
    expect(seen.size).toBeGreaterThan(20);

    await page.keyboard.press('Escape');
    await review.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Nieuw uit agenda…');
    // Nothing was created: the sample is still open, unchanged.
    expect(await page.getByRole('img', { name: 'Niet opgeslagen wijzigingen' }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('shows the meeting date in the letter’s language, reads what is typed, and refuses what it cannot read', async () => {
    const { page, problems } = await session.open();
    const review = await chooseLetter(page, LETTER);
    await review.waitFor(visible);
    const date = review.getByLabel('Datum bijeenkomst', { exact: true });
    expect(await date.inputValue()).toBe('13 februari 2025');

    await date.fill('31 februari 2025');
    await page.keyboard.press('Tab');
    const message = review.getByRole('alert');
    await message.waitFor(visible);
    expect(await message.innerText()).toBe('Deze datum is niet te lezen. Schrijf bijvoorbeeld 13 februari 2025 of 13-02-2025.');
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(await description(date)).toContain('Deze datum is niet te lezen');
    // Creating the pack with it is refused, and focus goes to the field.
    await review.getByRole('button', { name: 'Pakket maken' }).click();
    expect(await review.isVisible()).toBe(true);
    expect(await date.evaluate((input) => input === document.activeElement)).toBe(true);

    await date.fill('14-02-2025');
    expect(await message.count()).toBe(0);
    await page.keyboard.press('Tab');
    expect(await date.inputValue()).toBe('14 februari 2025');
    await review.getByRole('button', { name: 'Pakket maken' }).click();
    await review.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
    // The pack has the date the person typed (shown from its ISO date in the window's heading).
    expect(await page.locator('.meeting-details').innerText()).toContain('14 februari 2025');
    expect(problems).toEqual([]);
  });

  it('in an English window, a Dutch letter’s date stays Dutch and the message is English', async () => {
    const { page, problems } = await session.open('en-GB');
    const review = await chooseLetter(page, LETTER, 'New from agenda…');
    await review.waitFor(visible);
    const date = review.getByLabel('Meeting date', { exact: true });
    expect(await date.inputValue()).toBe('13 februari 2025');
    await date.fill('morgen');
    await page.keyboard.press('Tab');
    expect(await review.getByRole('alert').innerText()).toBe('This date cannot be read. Write it as, for example, 13 februari 2025 or 13-02-2025.');
    await date.fill('13 February 2025');
    await page.keyboard.press('Tab');
    expect(await date.inputValue()).toBe('13 februari 2025');
    expect(problems).toEqual([]);
  });

  it('marks an item the importer was unsure of until the person has checked it', async () => {
    const { page, problems } = await session.open();
    const review = await chooseLetter(page, ONE_PARAGRAPH);
    await review.waitFor(visible);
    const title = review.getByRole('textbox', { name: 'Titel van agendapunt 1' });
    await title.waitFor(visible);
    expect(await description(title)).toBe('⚠ Controleer dit');
    const status = review.getByRole('status');
    const marks = review.getByText('Controleer dit');
    const counted = async () => Number(/^(\d+) punt(en)? om te controleren$/.exec(await status.innerText())?.[1] ?? 0);
    const before = await counted();
    expect(before).toBeGreaterThanOrEqual(1);
    expect(await marks.count()).toBe(before);

    // Splitting makes an item the person made: it has nothing to check.
    const text = review.getByRole('textbox', { name: /^Tekst van / });
    const cut = (await text.inputValue()).indexOf('waarbij de steun');
    await text.evaluate((element, at) => (element as HTMLTextAreaElement).setSelectionRange(at, at), cut);
    await review.getByRole('button', { name: 'Splitsen bij cursor' }).click();
    const second = review.getByRole('textbox', { name: 'Titel van agendapunt 2' });
    await second.waitFor(visible);
    expect(await description(second)).toBe('');

    // Splitting the item was working on it: it no longer counts as unchecked.
    expect(await counted()).toBe(before - 1);
    expect(await description(title)).toBe('');
    // "Klopt" can take that back, and give it again.
    const confirm = review.getByRole('button', { name: /^Klopt: / }).first();
    expect(await confirm.getAttribute('aria-pressed')).toBe('true');
    await confirm.click();
    expect(await counted()).toBe(before);
    expect(await description(title)).toBe('⚠ Controleer dit');
    await title.fill('NAVO-RBZ Antalya');
    expect(await counted()).toBe(before - 1);
    if (before === 1) expect(await status.innerText()).toBe('Niets meer om te controleren');
    expect(problems).toEqual([]);
  });

  it('asks before Open or New from agenda replaces a pack with unsaved changes', async () => {
    const { page, problems } = await session.open();
    const typed = 'Eigen tekst die niet verloren mag gaan';
    await typeIntoPack(page, typed);
    let pickers = 0;
    page.on('filechooser', () => pickers++);
    const question = page.getByRole('alertdialog', { name: 'Wijzigingen opslaan?' });

    // Open…: Cancel keeps everything, and no file is asked for.
    await page.getByRole('button', { name: 'Openen…' }).click();
    await question.waitFor(visible);
    expect(await question.getByRole('button', { name: 'Opslaan', exact: true }).evaluate((b) => b === document.activeElement)).toBe(true);
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInside(question)).toBe(true);
    }
    await question.getByRole('button', { name: 'Annuleren' }).click();
    await question.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Openen…');

    // New from agenda…: Escape is Cancel.
    await page.getByRole('button', { name: 'Nieuw uit agenda…' }).click();
    await question.waitFor(visible);
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
    expect(pickers).toBe(0);
    expect(await page.getByText(typed).count()).toBe(1);
    expect(await page.getByRole('img', { name: 'Niet opgeslagen wijzigingen' }).count()).toBe(1);

    // Don't save: the letter is asked for, and the reviewed pack replaces the edited one.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Nieuw uit agenda…' }).click();
    await question.getByRole('button', { name: 'Niet opslaan' }).click();
    await (await chooser).setFiles(ONE_PARAGRAPH);
    const review = page.getByRole('dialog', { name: /Controleer wat is herkend/ });
    await review.getByRole('button', { name: 'Pakket maken' }).click();
    await review.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
    expect(await page.getByText(typed).count()).toBe(0);

    // The new pack is unsaved too; Save saves it (a download here) before Open asks for a file.
    const download = page.waitForEvent('download');
    const opening = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Openen…' }).click();
    await question.getByRole('button', { name: 'Opslaan', exact: true }).click();
    expect((await download).suggestedFilename()).toMatch(/\.briefpack$/);
    await (await opening).setFiles([]);
    await expect.poll(() => page.getByRole('img', { name: 'Niet opgeslagen wijzigingen' }).count(), visible).toBe(0);
    expect(problems).toEqual([]);
  });
});
