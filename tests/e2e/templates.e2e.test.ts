/**
 * Choosing the pack's template in the app (issue 14, 15): the editors shown
 * follow it, text survives switching there and back, a section the template
 * has no place for stays (with a note) and is exported under its own label,
 * with a warning; and the page layout at 1280x720.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { decodePack } from '../../core/pack/container';
import { docxDocumentXml, docxParagraphs, pdfText } from './documents';
import { type AppPage, appSession, downloadFrom, STEP_TIMEOUT } from './harness';

const session = appSession();
const visible = { timeout: STEP_TIMEOUT };

async function fresh(locale?: string): Promise<AppPage> {
  const app = await session.open(locale);
  await app.page.getByRole('navigation', { name: /Agendapunten|Agenda items/ }).getByRole('button').first().waitFor();
  return app;
}

/** The labels of the section editors on screen, in order. */
const sectionLabels = (page: Page) => page.locator('.annotation .section-label').allTextContents();

const KEY_MESSAGE = 'De Kameleonstrategie blijft staan.';
const POSITION = 'Nederland levert twee fregatten.';

async function type(page: Page, section: string, text: string) {
  const editor = page.getByRole('textbox', { name: section, exact: true });
  await editor.click();
  await page.keyboard.type(text);
  await expect.poll(() => editor.innerText(), visible).toBe(text);
}

describe('the template chosen in the app', () => {
  it('shows the sections of the chosen template, keeps every text on switching, and exports with it', async () => {
    const { page, problems } = await fresh();
    await page.getByRole('navigation', { name: 'Agendapunten' }).getByRole('button', { name: /NAVO-top/ }).click();
    await type(page, 'Kernboodschap', KEY_MESSAGE);
    await type(page, 'NL-inzet', POSITION);
    const select = page.getByRole('combobox', { name: 'Sjabloon' });

    await select.selectOption('en-nato-ministerial');
    // The English sections, the key message under "Key messages", and the Dutch position kept under its own label.
    await expect.poll(() => sectionLabels(page), visible).toEqual(['Objective', 'Key messages', 'Talking points', 'Background', 'Lines to take', 'NL-inzet']);
    expect(await page.getByRole('textbox', { name: 'Key messages', exact: true }).innerText()).toBe(KEY_MESSAGE);
    expect(await page.getByRole('textbox', { name: 'NL-inzet', exact: true }).innerText()).toBe(POSITION);
    await expect.poll(() => page.locator('.section-slot.unplaced .section-note').innerText(), visible).toContain('geen onderdeel');

    // The export uses the pack's template: English labels, the position under its own, and a warning.
    // The NATO template marks each annotation paragraph with its item's level: the sample's are unclassified, (U).
    const docx = await downloadFrom(page, 'Exporteren als DOCX');
    const paragraphs = docxParagraphs(docxDocumentXml(docx.bytes));
    expect(paragraphs[paragraphs.indexOf(`(U) ${KEY_MESSAGE}`) - 1]).toBe('Key messages');
    expect(paragraphs[paragraphs.indexOf(`(U) ${POSITION}`) - 1]).toBe('NL-inzet');
    expect(paragraphs).not.toContain('Kernboodschap');
    await expect.poll(() => page.locator('.notice-warnings').innerText(), visible).toContain('geen onderdeel voor "NL-inzet"');

    const pdf = await downloadFrom(page, 'Exporteren als PDF');
    const { text } = await pdfText(pdf.bytes);
    expect(text).toContain(`Key messages (U) ${KEY_MESSAGE}`);
    expect(text).toContain(`NL-inzet (U) ${POSITION}`);

    // Back to the Dutch template: everything where it was, nothing left over.
    await select.selectOption('nl-ministeriele-briefing');
    await expect.poll(() => sectionLabels(page), visible).toEqual(['Doel', 'Kernboodschap', 'Spreekpunten', 'Achtergrond', 'NL-inzet', 'Reactief']);
    expect(await page.getByRole('textbox', { name: 'Kernboodschap', exact: true }).innerText()).toBe(KEY_MESSAGE);
    expect(await page.getByRole('textbox', { name: 'NL-inzet', exact: true }).innerText()).toBe(POSITION);
    expect(await page.locator('.section-slot.unplaced').count()).toBe(0);

    // The speaking notes hold two sections; the position stays, under its own label, and the choice is saved.
    await select.selectOption('speaking-notes');
    await expect.poll(() => sectionLabels(page), visible).toEqual(['Kernboodschap', 'Spreekpunten', 'NL-inzet']);
    const saved = await downloadFrom(page, 'Opslaan');
    const { pack } = decodePack(saved.bytes, saved.name);
    expect(pack.templateId).toBe('speaking-notes');
    const item = pack.items.find((i) => i.title === 'NAVO-top')!;
    expect(Object.keys(item.sections)).toEqual(expect.arrayContaining(['kernboodschap', 'nl-inzet']));
    expect(problems).toEqual([]);
  });
});

describe('the page at 1280x720', () => {
  it('shows the first editor without scrolling, the column grows with the window, and the letter text expands in the page', async () => {
    const { page, problems } = await fresh();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('navigation', { name: 'Agendapunten' }).getByRole('button', { name: /Oekraïne/ }).click();
    const firstEditor = page.getByRole('textbox', { name: 'Doel', exact: true });
    await firstEditor.waitFor();
    const box = (await firstEditor.boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + Math.min(box.height, 60)).toBeLessThanOrEqual(720);
    expect(await page.locator('main.content').evaluate((el) => el.scrollTop)).toBe(0);
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/templates-1280x720.png` });

    // The letter's text never scrolls inside the page: collapsed it is cut off, expanded it is whole.
    const body = page.locator('.source-body');
    const toggle = page.locator('.source-toggle');
    await page.getByRole('button', { name: 'Hele tekst tonen' }).click();
    await expect.poll(() => toggle.getAttribute('aria-expanded'), visible).toBe('true');
    expect(await body.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
    await page.getByRole('button', { name: 'Tekst inklappen' }).click();
    await expect.poll(() => body.evaluate((el) => el.scrollHeight > el.clientHeight), visible).toBe(true);

    // Wider window, wider column (not a fixed 780 px).
    const at1280 = (await page.locator('.item').boundingBox())!.width;
    await page.setViewportSize({ width: 1600, height: 900 });
    await expect.poll(async () => (await page.locator('.item').boundingBox())!.width, visible).toBeGreaterThan(at1280 + 200);
    expect(at1280).toBeGreaterThan(780);
    expect(problems).toEqual([]);
  });
});
