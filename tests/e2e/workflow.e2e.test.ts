/**
 * The annotating workflow in Chromium, in browser mode: the item list
 * (add, rename, reorder, delete and undo), status and classification,
 * the pack's final status, comments on the source text, and the overview.
 * Each result is checked where it matters: the exported DOCX or the saved pack.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { decodePack } from '../../core/pack/container';
import { SAMPLE_TITLES } from '../helpers/sample';
import { docxDocumentXml, docxParagraphs } from './documents';
import { type AppPage, appSession, downloadFrom, STEP_TIMEOUT } from './harness';

const session = appSession();

async function fresh(locale?: string): Promise<AppPage> {
  const app = await session.open(locale);
  await app.page.getByRole('navigation', { name: /Agendapunten|Agenda items/ }).getByRole('button').first().waitFor();
  return app;
}

const visible = { timeout: STEP_TIMEOUT };

const agenda = (page: Page) => page.getByRole('navigation', { name: 'Agendapunten' });

/** Titles of the list rows, in order. */
async function rowTitles(page: Page): Promise<string[]> {
  return agenda(page).locator('.agenda-title').allInnerTexts();
}

/** The text of every Heading 1 paragraph of a DOCX body, in order. */
function heading1Titles(xml: string): string[] {
  return xml
    .split(/<\/w:p>/)
    .filter((p) => /<w:pStyle w:val="Heading1"\/>/.test(p))
    .map((p) => docxParagraphs(`${p}</w:p>`)[0] ?? '');
}

describe('annotating the agenda', () => {
  it('adds and renames an item, reorders by keyboard, and the DOCX follows the new order', async () => {
    const { page, problems } = await fresh();
    await agenda(page).getByRole('button', { name: /Oekraïne/ }).click();
    await page.getByRole('toolbar', { name: 'Agendapunten bewerken' }).getByRole('button', { name: 'Agendapunt toevoegen' }).click();
    // The new item comes after the selected one, with its title field ready.
    const title = page.getByRole('textbox', { name: 'Titel van het agendapunt' });
    await title.waitFor();
    await title.fill('Cyberdreiging');
    await page.keyboard.press('Enter');
    await expect.poll(() => rowTitles(page), visible).toEqual([...SAMPLE_TITLES.slice(0, 3), 'Cyberdreiging', ...SAMPLE_TITLES.slice(3)]);

    // Rename with F2.
    const row = agenda(page).getByRole('button', { name: /Cyberdreiging/ });
    await row.focus();
    await page.keyboard.press('F2');
    await title.fill('Cyberdreigingen');
    await page.keyboard.press('Enter');
    await expect.poll(() => rowTitles(page), visible).toContain('Cyberdreigingen');

    // Alt+Up twice: to second place. Focus stays on the moved row.
    const moved = agenda(page).getByRole('button', { name: /Cyberdreigingen/ });
    await moved.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => rowTitles(page), visible).toEqual(['Afschrikking en verdediging', 'Defensie-industrie', 'Cyberdreigingen', 'Oekraïne', 'Missies en operaties', 'NAVO-top']);
    await page.keyboard.press('Alt+ArrowUp');
    const expected = ['Afschrikking en verdediging', 'Cyberdreigingen', 'Defensie-industrie', 'Oekraïne', 'Missies en operaties', 'NAVO-top'];
    await expect.poll(() => rowTitles(page), visible).toEqual(expected);

    const docx = await downloadFrom(page, 'Exporteren als DOCX');
    const headings = heading1Titles(docxDocumentXml(docx.bytes)).filter((h) => expected.some((title) => h.includes(title)));
    expect(headings.map((h) => expected.find((title) => h.includes(title)))).toEqual(expected);
    expect(problems).toEqual([]);
  });

  it('deletes an item and brings it back with Undo and with Ctrl+Z', async () => {
    const { page } = await fresh();
    const row = agenda(page).getByRole('button', { name: /Missies en operaties/ });
    await row.click();
    await page.keyboard.press('Delete');
    await expect.poll(() => rowTitles(page), visible).not.toContain('Missies en operaties');
    const notice = page.getByRole('status').filter({ hasText: 'Missies en operaties verwijderd' });
    await notice.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => rowTitles(page), visible).toEqual([...SAMPLE_TITLES]);

    // Ctrl+Z with focus in the list.
    await agenda(page).getByRole('button', { name: /Defensie-industrie/ }).click();
    await page.getByRole('toolbar', { name: 'Agendapunten bewerken' }).getByRole('button', { name: 'Verwijderen' }).click();
    await expect.poll(() => rowTitles(page), visible).not.toContain('Defensie-industrie');
    await agenda(page).getByRole('button', { name: /Oekraïne/ }).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => rowTitles(page), visible).toEqual([...SAMPLE_TITLES]);
  });

  it('makes a sub-item with Alt+Shift+Right, which moves with its item', async () => {
    const { page } = await fresh();
    const row = agenda(page).getByRole('button', { name: /Oekraïne/ });
    await row.click();
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect.poll(() => agenda(page).locator('li.sub-item .agenda-title').allInnerTexts(), visible).toEqual(['Oekraïne']);
    // Moving Defensie-industrie down takes it past Missies; its sub-item Oekraïne goes with it.
    await agenda(page).getByRole('button', { name: /Defensie-industrie/ }).click();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => rowTitles(page), visible).toEqual(['Afschrikking en verdediging', 'Missies en operaties', 'Defensie-industrie', 'Oekraïne', 'NAVO-top']);
    await agenda(page).getByRole('button', { name: /Oekraïne/ }).click();
    await page.keyboard.press('Alt+Shift+ArrowLeft');
    await expect.poll(() => agenda(page).locator('li.sub-item').count(), visible).toBe(0);

    // Drag and drop: NAVO-top onto the top half of the first row puts it first.
    const first = agenda(page).locator('li').first();
    await agenda(page).locator('li', { hasText: 'NAVO-top' }).dragTo(first, { targetPosition: { x: 40, y: 4 } });
    await expect.poll(() => rowTitles(page), visible).toEqual(['NAVO-top', 'Afschrikking en verdediging', 'Missies en operaties', 'Defensie-industrie', 'Oekraïne']);
  });

  it('raises the marking with an item classification, and refuses final while items are draft', async () => {
    const { page } = await fresh();
    const marking = page.getByTestId('pack-marking');
    await expect.poll(() => marking.innerText(), visible).toContain('ONGERUBRICEERD');
    await agenda(page).getByRole('button', { name: /Oekraïne/ }).click();
    await page.getByRole('combobox', { name: 'Rubricering', exact: true }).selectOption('secret');
    await expect.poll(() => marking.innerText(), visible).toContain('STG. GEHEIM');

    const docx = await downloadFrom(page, 'Exporteren als DOCX');
    const paragraphs = docxParagraphs(docxDocumentXml(docx.bytes));
    // each item carries its own level under its title: Oekraïne's is the raised one
    const oekraine = paragraphs.indexOf('Oekraïne');
    expect(paragraphs[oekraine + 1]).toContain('STG. GEHEIM');
    expect(paragraphs[paragraphs.indexOf('NAVO-top') + 1]).toContain('ONGERUBRICEERD');

    // Final is refused while any item is draft, and says why.
    const status = page.getByRole('group', { name: 'Status van de map' });
    const final = status.getByRole('button', { name: 'Definitief' });
    // It stays reachable by keyboard (aria-disabled, not disabled), so pressing it is refused, not ignored.
    await final.focus();
    await page.keyboard.press('Enter');
    expect(await final.getAttribute('aria-pressed')).toBe('false');
    expect(await final.getAttribute('aria-disabled')).toBe('true');
    const description = await final.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    expect(description).toContain('Kan niet definitief worden');
    expect(description).toContain('Oekraïne');

    // Every item to approved: now it can become final.
    for (const title of SAMPLE_TITLES) {
      await agenda(page).getByRole('button', { name: new RegExp(title) }).click();
      await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('approved');
    }
    await final.click();
    await expect.poll(() => final.getAttribute('aria-pressed'), visible).toBe('true');

    // In English, the reason is in English.
    await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'English' }).click();
    await page.getByRole('group', { name: 'Pack status' }).getByRole('button', { name: 'Draft' }).click();
    await page.getByRole('navigation', { name: 'Agenda items' }).getByRole('button', { name: /NAVO-top/ }).click();
    await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('draft');
    const english = page.getByRole('group', { name: 'Pack status' }).getByRole('button', { name: 'Final' });
    const why = await english.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    expect(why).toContain('Cannot become final');
    expect(why).toContain('NAVO-top');
  });

  it('comments on a selected passage, replies, resolves, and saves the comment in the pack', async () => {
    const { page, problems } = await fresh();
    await agenda(page).getByRole('button', { name: /Oekraïne/ }).click();
    const source = page.getByRole('region', { name: 'Uit de geannoteerde agenda' });
    const passage = 'onverminderd politiek';
    // Select the passage in the read-only source text.
    await source.locator('.source-body').evaluate((body, text) => {
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(text) ?? -1;
        if (at >= 0) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          document.getSelection()?.removeAllRanges();
          document.getSelection()?.addRange(range);
          return;
        }
      }
      throw new Error(`passage not found: ${text}`);
    }, passage);
    const margin = page.getByRole('complementary', { name: 'Opmerkingen bij Oekraïne' });
    const add = margin.getByRole('button', { name: 'Opmerking bij selectie' });
    await expect.poll(() => add.isEnabled(), visible).toBe(true);
    await add.click();
    await margin.getByRole('textbox', { name: 'Uw naam' }).fill('J. de Vries');
    await margin.getByRole('textbox', { name: 'Opmerking', exact: true }).fill('Klopt dit met de laatste toezeggingen?');
    await margin.getByRole('button', { name: 'Opmerking plaatsen' }).click();

    await expect.poll(() => source.locator('mark.comment-mark').allInnerTexts().then((t) => t.join('')), visible).toBe(passage);
    const thread = margin.getByRole('listitem').filter({ hasText: 'Klopt dit met de laatste toezeggingen?' });
    await expect.poll(() => thread.innerText(), visible).toContain('J. de Vries');

    await thread.getByRole('button', { name: 'Reageren' }).click();
    await thread.getByRole('textbox', { name: 'Reactie' }).fill('Ja, bevestigd door de directie.');
    await thread.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await expect.poll(() => thread.innerText(), visible).toContain('Ja, bevestigd door de directie.');

    // The comment survives annotating the item.
    await page.getByRole('textbox', { name: 'Doel' }).click();
    await page.keyboard.type('Steun bevestigen.');

    await thread.getByRole('button', { name: 'Afhandelen' }).click();
    await expect.poll(() => source.locator('mark.comment-mark').count(), visible).toBe(0);
    await margin.getByText('Afgehandelde opmerkingen (1)').click();
    await margin.getByRole('button', { name: 'Heropenen' }).waitFor();
    await expect.poll(() => margin.innerText(), visible).toContain('Bij export: als opmerkingen in Word');

    const saved = await downloadFrom(page, 'Opslaan');
    const { pack } = decodePack(saved.bytes, saved.name);
    const item = pack.items.find((i) => i.title === 'Oekraïne');
    expect(item?.comments).toHaveLength(1);
    const [comment] = item!.comments;
    expect(comment).toMatchObject({ author: 'J. de Vries', text: 'Klopt dit met de laatste toezeggingen?', resolved: true });
    expect(comment!.anchor.quote).toBe(passage);
    expect(comment!.replies.map((r) => r.text)).toEqual(['Ja, bevestigd door de directie.']);

    // Without a mouse: a comment on a whole paragraph, chosen from a list; the name is remembered.
    await margin.getByRole('button', { name: 'Opmerking bij alinea' }).focus();
    await page.keyboard.press('Enter');
    const form = margin.getByRole('form', { name: 'Opmerking plaatsen' });
    expect(await form.getByRole('textbox', { name: 'Uw naam' }).count()).toBe(0);
    await form.getByRole('textbox', { name: 'Opmerking', exact: true }).focus();
    await page.keyboard.type('Hele alinea nalopen.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const whole = margin.getByRole('listitem').filter({ hasText: 'Hele alinea nalopen.' });
    await expect.poll(() => whole.innerText(), visible).toContain('J. de Vries');
    const firstParagraph = await source.locator('.source-block').first().innerText();
    await expect.poll(() => source.locator('mark.comment-mark').allInnerTexts().then((t) => t.join('')), visible).toBe(firstParagraph.trim());

    // Without a mouse, on part of a paragraph: words typed from it narrow the passage; words not in it are refused.
    await margin.getByRole('button', { name: 'Opmerking bij alinea' }).focus();
    await page.keyboard.press('Enter');
    const narrow = margin.getByRole('form', { name: 'Opmerking plaatsen' });
    const words = narrow.getByRole('textbox', { name: 'Alleen over deze woorden (optioneel)' });
    await words.focus();
    await page.keyboard.type('bestaat niet in deze alinea');
    await expect.poll(() => narrow.innerText(), visible).toContain('Deze woorden staan niet in de gekozen alinea.');
    expect(await narrow.getByRole('button', { name: 'Opmerking plaatsen' }).isDisabled()).toBe(true);
    const part = firstParagraph.trim().split(/\s+/).slice(1, 4).join(' ');
    await words.fill(part.toUpperCase());
    await narrow.getByRole('textbox', { name: 'Opmerking', exact: true }).focus();
    await page.keyboard.type('Alleen deze woorden.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await margin.getByRole('listitem').filter({ hasText: 'Alleen deze woorden.' }).waitFor();
    await expect.poll(() => source.locator('mark.comment-mark.active').allInnerTexts().then((t) => t.join('')), visible).toBe(part);
    expect(problems).toEqual([]);
  });

  it('the overview lists a missing section per item and opens the item', async () => {
    const { page } = await fresh();
    await agenda(page).getByRole('button', { name: /NAVO-top/ }).click();
    await page.getByRole('textbox', { name: 'Doel' }).click();
    await page.keyboard.type('Voorbereiden van de top in Den Haag.');
    await page.getByRole('button', { name: 'Overzicht' }).click();
    const overview = page.getByRole('main').getByRole('article', { name: 'Overzicht van de briefingmap' });
    const missing = overview.getByRole('region', { name: 'Ontbreekt nog' });
    const navo = missing.getByRole('listitem').filter({ hasText: 'NAVO-top' });
    await expect.poll(() => navo.innerText(), visible).toContain('Kernboodschap');
    expect(await navo.innerText()).not.toContain('Doel');
    await expect.poll(() => missing.getByRole('listitem').filter({ hasText: 'Oekraïne' }).innerText(), visible).toContain('Doel');
    await expect.poll(() => overview.getByRole('region', { name: 'Per status' }).innerText(), visible).toContain('Concept (5)');
    await navo.getByRole('button', { name: 'NAVO-top' }).click();
    await expect.poll(() => page.getByRole('main').getByRole('heading', { level: 2 }).innerText(), visible).toBe('NAVO-top');
  });
});
