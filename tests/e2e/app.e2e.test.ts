/**
 * The renderer in Chromium, in browser mode, with the sample pack: what a
 * person sees, what typing does, and what the exported files contain.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { syntheticPack } from '../../core/model/synthetic';
import { decodePack, encodePack } from '../../core/pack/container';
import { plainLines } from '../../core/model/walk';
import { SAMPLE_TITLES } from '../helpers/sample';
import { docxDocumentXml, docxHasBoldRun, docxParagraphs, pdfText, squash } from './documents';
import { type AppPage, appSession, confirmExport, downloadFrom, EXPORT_TIMEOUT, STEP_TIMEOUT } from './harness';

const MEETING = 'Bijeenkomst van de NAVO-ministers van Defensie';
const BEFORE = 'Nederland steunt Oekraïne ';
const BOLD = 'onverminderd';
const AFTER = ' en blijft dat doen.';
const SENTENCE = BEFORE + BOLD + AFTER;

const session = appSession();

const fresh = (locale?: string): Promise<AppPage> => session.open(locale);

const visible = { timeout: STEP_TIMEOUT };

describe('Briefing Composer in the browser', () => {
  it('shows the sample pack: meeting name and all five agenda items', async () => {
    const { page, problems } = await fresh();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), visible).toContain(MEETING);
    const agenda = page.getByRole('navigation', { name: 'Agendapunten' });
    for (const title of SAMPLE_TITLES) {
      await agenda.getByRole('button', { name: new RegExp(title) }).waitFor();
    }
    expect(await agenda.getByRole('button').count()).toBe(SAMPLE_TITLES.length);
    // The first item is selected, with its source text and one editor per template section.
    await expect.poll(() => page.getByRole('main').getByRole('heading', { level: 2 }).innerText(), visible).toBe(SAMPLE_TITLES[0]);
    expect(await page.getByRole('main').getByRole('textbox').count()).toBe(6);
    expect(problems).toEqual([]);
  });

  it('annotates Oekraïne and exports DOCX and PDF that contain the annotation', async () => {
    const { page, problems } = await fresh();
    const agenda = page.getByRole('navigation', { name: 'Agendapunten' });
    const item = agenda.getByRole('button', { name: /Oekraïne/ });
    await item.click();
    await expect.poll(() => item.getAttribute('aria-current'), visible).toBe('true');
    await expect.poll(() => page.getByRole('main').getByRole('heading', { level: 2 }).innerText(), visible).toBe('Oekraïne');
    await expect
      .poll(() => page.getByRole('region', { name: 'Uit de geannoteerde agenda' }).innerText(), visible)
      .toContain('Nederland blijf Oekraïne onverminderd politiek');

    const editor = page.getByRole('textbox', { name: 'Doel' });
    await editor.click();
    await page.keyboard.type(BEFORE);
    await page.getByRole('toolbar', { name: 'Opmaak Doel' }).getByRole('button', { name: 'Vet' }).click();
    await page.keyboard.type(BOLD);
    await page.keyboard.press('Control+b');
    await page.keyboard.type(AFTER);

    await expect.poll(() => editor.innerText(), visible).toBe(SENTENCE);
    await expect.poll(() => editor.locator('strong').allInnerTexts(), visible).toEqual([BOLD]);
    await expect.poll(() => page.getByRole('img', { name: 'Niet opgeslagen wijzigingen' }).count(), visible).toBe(1);
    await expect.poll(() => item.innerText(), visible).toContain('8 woorden');

    const docx = await downloadFrom(page, 'Exporteren als DOCX');
    expect(docx.name).toMatch(/\.docx$/);
    expect(docx.name).toContain(MEETING);
    const xml = docxDocumentXml(docx.bytes);
    const paragraphs = docxParagraphs(xml);
    expect(paragraphs).toContain(SENTENCE);
    for (const title of SAMPLE_TITLES) expect(paragraphs.some((p) => p.includes(title)), title).toBe(true);
    expect(docxHasBoldRun(xml, BOLD)).toBe(true);

    const pdf = await downloadFrom(page, 'Exporteren als PDF');
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const { text, pages } = await pdfText(pdf.bytes);
    expect(pages).toBeGreaterThan(1);
    expect(squash(text)).toContain(squash(SENTENCE));
    expect(squash(text)).toContain(squash(MEETING));

    // Saving writes a .briefpack that reads back with the annotation, and clears the unsaved marker.
    const saved = await downloadFrom(page, 'Opslaan');
    expect(saved.name).toMatch(/\.briefpack$/);
    const { pack } = decodePack(saved.bytes, saved.name);
    const oekraine = pack.items.find((i) => i.title === 'Oekraïne');
    expect(plainLines(oekraine?.sections.doel ?? [])).toEqual([SENTENCE]);
    await expect.poll(() => page.getByRole('img', { name: 'Niet opgeslagen wijzigingen' }).count(), visible).toBe(0);
    expect(problems).toEqual([]);
  });

  it('Ctrl+B makes the next typed text bold, and again makes it plain', async () => {
    const { page } = await fresh();
    await page.getByRole('navigation', { name: 'Agendapunten' }).getByRole('button', { name: /NAVO-top/ }).click();
    const editor = page.getByRole('textbox', { name: 'Kernboodschap' });
    const bold = page.getByRole('toolbar', { name: 'Opmaak Kernboodschap' }).getByRole('button', { name: 'Vet' });
    await editor.click();
    await page.keyboard.type('Gewoon ');
    await page.keyboard.press('Control+b');
    await expect.poll(() => bold.getAttribute('aria-pressed'), visible).toBe('true');
    await page.keyboard.type('vetgedrukt');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' weer gewoon');

    await expect.poll(() => editor.locator('strong').allInnerTexts(), visible).toEqual(['vetgedrukt']);
    await expect.poll(() => editor.innerText(), visible).toBe('Gewoon vetgedrukt weer gewoon');
    await expect.poll(() => bold.getAttribute('aria-pressed'), visible).toBe('false');

    // The annotation lives in the pack, not in the editor: it survives switching items.
    const agenda = page.getByRole('navigation', { name: 'Agendapunten' });
    await agenda.getByRole('button', { name: /Defensie-industrie/ }).click();
    await expect.poll(() => page.getByRole('main').getByRole('heading', { level: 2 }).innerText(), visible).toBe('Defensie-industrie');
    expect(await page.getByRole('textbox', { name: 'Kernboodschap' }).innerText()).not.toContain('vetgedrukt');
    await agenda.getByRole('button', { name: /NAVO-top/ }).click();
    await expect.poll(() => editor.locator('strong').allInnerTexts(), visible).toEqual(['vetgedrukt']);
  });

  it('shows why a file cannot be opened, in the chosen language', async () => {
    const { page } = await fresh();
    const chooser = page.waitForEvent('filechooser', { timeout: STEP_TIMEOUT });
    await page.getByRole('button', { name: 'Openen…' }).click();
    await (await chooser).setFiles({ name: 'kapot.briefpack', mimeType: 'application/octet-stream', buffer: Buffer.from('geen zip') });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText(), visible).toContain('kapot.briefpack is geen briefingpakket');
    await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'English' }).click();
    await expect.poll(() => alert.innerText(), visible).toContain('kapot.briefpack is not a briefing pack');
    // The open document is untouched.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), visible).toContain(MEETING);
  });

  it('asks before leaving a damaged annex out of the PDF: "do not export" makes nothing, agreeing exports without it', async () => {
    const { page } = await fresh();
    const base = syntheticPack(2);
    const broken = new TextEncoder().encode('geen pdf');
    const pack = { ...base, annexes: [{ id: 'kaart', title: 'Kaart', fileName: 'kaart.pdf', mediaType: 'application/pdf', size: broken.length }] };
    const chooser = page.waitForEvent('filechooser', { timeout: STEP_TIMEOUT });
    await page.getByRole('button', { name: 'Openen…' }).click();
    const file = encodePack({ pack, annexFiles: new Map([['kaart', broken]]) });
    await (await chooser).setFiles({ name: 'bijlage.briefpack', mimeType: 'application/octet-stream', buffer: Buffer.from(file) });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), visible).toContain(base.meeting.name);

    const prompt = page.getByRole('alertdialog', { name: 'Bijlage kan niet mee' });
    await page.getByRole('button', { name: 'Exporteren als PDF', exact: true }).click();
    await confirmExport(page);
    await expect.poll(() => prompt.innerText(), visible).toContain('Bijlage kaart.pdf kan niet aan de PDF worden toegevoegd: het bestand is beschadigd.');
    // The safe answer has the focus; it drops the export without a word of error.
    await page.keyboard.press('Enter');
    await prompt.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
    expect(await page.getByRole('alert').count()).toBe(0);

    await page.getByRole('button', { name: 'Exporteren als PDF', exact: true }).click();
    await confirmExport(page);
    const download = page.waitForEvent('download', { timeout: EXPORT_TIMEOUT });
    await prompt.getByRole('button', { name: 'Exporteren zonder deze bijlage' }).click();
    const pdf = await pdfText(new Uint8Array(await readFile((await (await download).path())!)));
    expect(squash(pdf.text)).toContain(squash(base.items[1]!.title));
    expect(pdf.text).toContain('Kaart'); // still in the list of annexes, but no page of it appended
    const notice = page.getByRole('status').filter({ hasText: 'Geëxporteerd naar' });
    await expect.poll(() => notice.innerText(), visible).toContain('Weggelaten uit de PDF: kaart.pdf.');
  });

  it('says after a PDF export which character the fonts lack and where it is', async () => {
    const { page } = await fresh();
    await page.getByRole('textbox', { name: 'Kernboodschap' }).click();
    await page.keyboard.insertText('Het schild 🛡 staat.');
    await downloadFrom(page, 'Exporteren als PDF');
    const notice = page.getByRole('status').filter({ hasText: 'Geëxporteerd naar' });
    await expect
      .poll(() => notice.innerText(), visible)
      .toContain(`De lettertypen hebben geen 🛡 (U+1F6E1): de PDF toont er een zichtbaar teken voor, 1× in ${SAMPLE_TITLES[0]}.`);
  });

  it('makes lists with Ctrl+Shift+8 and Ctrl+Shift+7, and undoes with Ctrl+Z', async () => {
    const { page } = await fresh();
    const editor = page.getByRole('textbox', { name: 'Spreekpunten' });
    await editor.click();
    await page.keyboard.press('Control+Shift+8');
    await page.keyboard.type('Eerste punt');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Tweede punt');
    await expect.poll(() => editor.locator('ul > li').allInnerTexts(), visible).toEqual(['Eerste punt', 'Tweede punt']);
    await page.keyboard.press('Control+Shift+7');
    await expect.poll(() => editor.locator('ol > li').count(), visible).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor.locator('ol').count(), visible).toBe(0);
    await expect.poll(() => editor.locator('ul > li').count(), visible).toBe(2);
  });

  it('switches the interface between Dutch and English', async () => {
    const { page } = await fresh('en-GB');
    await page.getByRole('button', { name: 'Export PDF' }).waitFor();
    await page.getByRole('navigation', { name: 'Agenda items' }).waitFor();
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('button', { name: 'Exporteren als PDF' }).waitFor();
    await page.getByRole('navigation', { name: 'Agendapunten' }).waitFor();
    expect(await page.getByRole('button', { name: 'Nederlands' }).getAttribute('aria-pressed')).toBe('true');
  });
});
