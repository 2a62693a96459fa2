/**
 * The editor in Chromium: paste from Word, hostile clipboards, nested lists,
 * links, footnotes and tables through to the exported DOCX, and find and
 * replace across items.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { plainLines } from '../../core/model/walk';
import { decodePack } from '../../core/pack/container';
import { docxDocumentXml } from './documents';
import { type AppPage, appSession, downloadFrom, STEP_TIMEOUT } from './harness';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'paste');
const visible = { timeout: STEP_TIMEOUT };

const session = appSession();

async function fresh(): Promise<AppPage> {
  return session.open();
}

/** A paste as the browser delivers it to the editor: a beforeinput of type insertFromPaste carrying the clipboard. */
async function paste(page: Page, data: Record<string, string>): Promise<void> {
  await page.evaluate((entries) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
    const target = document.activeElement;
    if (!target) throw new Error('nothing has focus');
    target.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, data);
}

function docxPart(bytes: Uint8Array, name: string): string {
  const entry = unzipSync(bytes, { filter: (file) => file.name === name })[name];
  if (!entry) throw new Error(`the DOCX has no ${name}`);
  return strFromU8(entry);
}

describe('the editor', () => {
  it('pastes Word HTML keeping bold and a nested list', async () => {
    const { page, problems } = await fresh();
    const editor = page.getByRole('textbox', { name: 'Spreekpunten' });
    await editor.click();
    await paste(page, { 'text/html': readFileSync(path.join(FIXTURES, 'word-annotation.html'), 'utf8'), 'text/plain': 'Kernboodschap' });
    await expect.poll(() => editor.locator('strong').allInnerTexts(), visible).toContain('onverminderd');
    await expect.poll(() => editor.locator(':scope > ul > li:not(.nested-list)').allInnerTexts(), visible).toEqual(['Eerste spreekpunt over de afschrikking', 'Tweede spreekpunt']);
    expect(await editor.locator('ul ul > li').allInnerTexts()).toEqual(['Onderliggend punt']);
    expect(await editor.locator('table tr').count()).toBe(2);
    expect(await editor.innerText()).not.toContain('·');
    expect(problems).toEqual([]);
  });

  it('neutralises a clipboard with a javascript: link and a forged editor fragment', async () => {
    const { page, problems } = await fresh();
    const editor = page.getByRole('textbox', { name: 'Spreekpunten' });
    await editor.click();
    const forged = Buffer.from(
      encodeURIComponent(JSON.stringify([{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ text: 'klik hier' }] }] }])),
      'latin1',
    ).toString('base64');
    await paste(page, {
      'text/html': `<span data-slate-fragment="${forged}"><a href="javascript:alert(1)" onclick="alert(2)">klik hier</a><img src=x onerror="alert(3)"></span>`,
      'text/plain': 'klik hier',
    });
    await expect.poll(() => editor.innerText(), visible).toBe('klik hier');
    expect(await editor.locator('a').count()).toBe(0);
    expect(await editor.locator('img').count()).toBe(0);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'platte tekst' }).count(), visible).toBe(1);

    // A plain HTML paste with only a javascript: link keeps the text and drops the link.
    await page.keyboard.press('Enter');
    await paste(page, { 'text/html': '<p>zie <a href="javascript:alert(1)">dit</a></p>', 'text/plain': 'zie dit' });
    await expect.poll(() => editor.innerText(), visible).toContain('zie dit');
    expect(await editor.locator('a').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('nests a list item with Tab and lifts it with Shift+Tab', async () => {
    const { page } = await fresh();
    const editor = page.getByRole('textbox', { name: 'Spreekpunten' });
    await editor.click();
    await page.keyboard.press('Control+Shift+8');
    await page.keyboard.type('Eerste');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Tweede');
    await page.keyboard.press('Tab');
    await expect.poll(() => editor.locator('ul ul > li').allInnerTexts(), visible).toEqual(['Tweede']);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Derde');
    await expect.poll(() => editor.locator('ul ul > li').allInnerTexts(), visible).toEqual(['Tweede', 'Derde']);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => editor.locator('ul ul > li').allInnerTexts(), visible).toEqual(['Tweede']);
    expect(await editor.locator(':scope > ul > li:not(.nested-list)').allInnerTexts()).toEqual(['Eerste', 'Derde']);
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor.locator('ul ul > li').allInnerTexts(), visible).toEqual(['Tweede', 'Derde']);
  });

  it('inserts a link (refusing javascript:) and a footnote, and both reach the DOCX', async () => {
    const { page, problems } = await fresh();
    const editor = page.getByRole('textbox', { name: 'Spreekpunten' });
    const toolbar = page.getByRole('toolbar', { name: 'Opmaak Spreekpunten' });
    await editor.click();
    await page.keyboard.type('Zie de website');

    // A link that is not allowed is refused with a message; an https link is taken.
    await toolbar.getByRole('button', { name: 'Koppeling' }).click();
    const linkDialog = page.getByRole('dialog', { name: 'Koppeling bewerken' });
    await linkDialog.getByLabel(/^Adres/).fill('javascript:alert(1)');
    await linkDialog.getByLabel('Tekst').fill('NAVO');
    await linkDialog.getByRole('button', { name: 'Toepassen' }).click();
    await linkDialog.getByRole('alert').waitFor();
    await linkDialog.getByLabel(/^Adres/).fill('https://www.nato.int/');
    await linkDialog.getByRole('button', { name: 'Toepassen' }).click();
    await expect.poll(() => editor.locator('a').getAttribute('href'), visible).toBe('https://www.nato.int/');

    await page.keyboard.press('End');
    await toolbar.getByRole('button', { name: 'Voetnoot invoegen' }).click();
    const noteDialog = page.getByRole('dialog', { name: /Voetnoot \d+ bewerken/ });
    await noteDialog.getByLabel('Tekst van de voetnoot').fill('Kamerstuk 21 501-28, nr. 275.');
    await noteDialog.getByRole('button', { name: 'Toepassen' }).click();
    await expect.poll(() => editor.getByRole('button', { name: /Voetnoot \d+: Kamerstuk 21 501-28/ }).count(), visible).toBe(1);

    const withNotes = await downloadFrom(page, 'Exporteren als DOCX');
    const xml = docxDocumentXml(withNotes.bytes);
    expect(xml).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"/);
    expect(docxPart(withNotes.bytes, 'word/_rels/document.xml.rels')).toContain('https://www.nato.int/');
    expect(xml).toContain('<w:footnoteReference');
    expect(docxPart(withNotes.bytes, 'word/footnotes.xml')).toContain('Kamerstuk 21 501-28, nr. 275.');
    expect(problems).toEqual([]);
  });

  it('builds a two-column table with Tab and exports it to the DOCX', async () => {
    const { page, problems } = await fresh();
    const editor = page.getByRole('textbox', { name: 'Spreekpunten' });
    const toolbar = page.getByRole('toolbar', { name: 'Opmaak Spreekpunten' });
    await editor.click();
    await toolbar.getByRole('button', { name: 'Tabel invoegen' }).click();
    await page.keyboard.type('Land');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Bijdrage');
    await page.keyboard.press('Tab'); // next row
    await page.keyboard.type('Nederland');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1,4 miljoen');
    await page.keyboard.press('Tab'); // Tab in the last cell adds a row
    await expect.poll(() => editor.locator('table tr').count(), visible).toBe(3);
    await toolbar.getByRole('button', { name: 'Rij verwijderen' }).click();
    await expect.poll(() => editor.locator('table tr').count(), visible).toBe(2);
    await expect.poll(() => editor.locator('th').allInnerTexts(), visible).toEqual(['Land', 'Bijdrage']);

    const docx = await downloadFrom(page, 'Exporteren als DOCX');
    const xml = docxDocumentXml(docx.bytes);
    const table = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('Bijdrage')) ?? '';
    expect(table).toContain('Nederland');
    const firstRow = /<w:tr[ >][\s\S]*?<\/w:tr>/.exec(table)?.[0] ?? '';
    expect(firstRow.match(/<w:tc>/g)).toHaveLength(2);
    expect(problems).toEqual([]);
  });

  it('finds and replaces text in two items, and skips the read-only source text', async () => {
    const { page, problems } = await fresh();
    const agenda = page.getByRole('navigation', { name: 'Agendapunten' });
    const write = async (item: RegExp, section: string, text: string) => {
      await agenda.getByRole('button', { name: item }).click();
      const editor = page.getByRole('textbox', { name: section });
      await editor.click();
      await page.keyboard.type(text);
      await expect.poll(() => editor.innerText(), visible).toBe(text);
    };
    await write(/NAVO-top/, 'Kernboodschap', 'De Kameleonstrategie blijft staan.');
    await write(/Oekraïne/, 'Doel', 'Steun de kameleonstrategie.');

    await page.keyboard.press('Control+h');
    const panel = page.getByRole('search', { name: 'Zoeken en vervangen in de briefingmap' });
    await panel.getByLabel('Zoeken naar').fill('kameleonstrategie');
    await expect.poll(() => panel.getByText(/^\d+ van 2$/).count(), visible).toBe(1);
    await panel.getByLabel('Vervangen door').fill('afschrikkingsstrategie');
    await panel.getByRole('button', { name: 'Alles vervangen', exact: true }).click();
    await expect.poll(() => panel.getByRole('status').innerText(), visible).toContain('2 keer vervangen in 2 onderdelen');

    const saved = await downloadFrom(page, 'Opslaan');
    const { pack } = decodePack(saved.bytes, saved.name);
    const sectionText = (title: string, key: string) => plainLines(pack.items.find((i) => i.title === title)?.sections[key] ?? []);
    expect(sectionText('NAVO-top', 'kernboodschap')).toEqual(['De afschrikkingsstrategie blijft staan.']);
    expect(sectionText('Oekraïne', 'doel')).toEqual(['Steun de afschrikkingsstrategie.']);

    // Match case: "Nederland" is in the source texts, which are found but never replaced.
    await panel.getByLabel('Zoeken naar').fill('Nederland');
    await expect.poll(() => panel.getByText(/^\d+ van \d+$/).count(), visible).toBe(1);
    await expect.poll(() => panel.getByRole('button', { name: 'Alles vervangen', exact: true }).isDisabled(), visible).toBe(true);

    // Every match of the item on screen is marked, the current one apart: as many marks as the item has matches.
    await panel.getByLabel('Zoeken naar').fill('de');
    const marked = () =>
      page.evaluate(() => {
        const all = CSS.highlights.get('briefing-find-all');
        const current = CSS.highlights.get('briefing-find');
        const texts = (h: Highlight | undefined) => [...(h ?? [])].map((r) => r.toString().toLowerCase());
        return { current: texts(current), others: texts(all) };
      });
    await expect.poll(() => marked().then((m) => m.current.length), visible).toBe(1);
    const { current, others } = await marked();
    expect(current).toEqual(['de']);
    expect(others.length).toBeGreaterThan(1);
    expect(new Set(others)).toEqual(new Set(['de']));
    const counted = await page.evaluate(() => {
      const text = [...document.querySelectorAll('main .source-body, main [data-slate-editor]')].map((e) => (e as HTMLElement).innerText.toLowerCase()).join('\n');
      return text.split('de').length - 1;
    });
    expect(others.length + 1).toBe(counted);
    expect(problems).toEqual([]);
  });
});
