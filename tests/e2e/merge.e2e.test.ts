/**
 * File > Merge contributions… in Chromium (issue 18): two copies of the saved
 * pack, edited apart (different items, and the same paragraph), merge into the
 * open pack without losing its unsaved typing; the report names who changed
 * which item; one Ctrl+Z takes the merge back; a copy of another pack is
 * refused with one line.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { stateForPack } from '../../core/collab/pack-state';
import type { BriefingPack } from '../../core/model/pack';
import { paragraphsFromText } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import { decodePack, encodePack, type PackContents } from '../../core/pack/container';
import { SAMPLE_TITLES } from '../helpers/sample';
import { appSession, downloadFrom, STEP_TIMEOUT } from './harness';

const session = appSession();
const visible = { timeout: STEP_TIMEOUT };
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-merge-e2e-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const agenda = (page: Page) => page.getByRole('navigation', { name: 'Agendapunten' });
const heading = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 }).innerText();
const keyMessage = (page: Page) => page.getByRole('textbox', { name: 'Kernboodschap' });

async function show(page: Page, title: string): Promise<void> {
  await agenda(page).getByRole('button', { name: new RegExp(title) }).click();
  await expect.poll(() => heading(page), visible).toBe(title);
}

async function typeInItem(page: Page, title: string, text: string): Promise<void> {
  await show(page, title);
  await keyMessage(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
  await expect.poll(() => keyMessage(page).innerText(), visible).toContain(text.trim());
}

function withKeyMessage(pack: BriefingPack, title: string, text: string): BriefingPack {
  return {
    ...pack,
    items: pack.items.map((item) => (item.title === title ? { ...item, sections: { ...item.sections, kernboodschap: paragraphsFromText([text]) } } : item)),
  };
}

/** A colleague's copy: the saved pack edited and saved again under their name, as the app saves. */
async function copyFile(saved: PackContents, name: string, pack: BriefingPack, author: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, encodePack({ ...saved, pack, state: stateForPack(pack, saved.state, author) }, { stateIsCurrent: true }));
  return file;
}

async function mergeFiles(page: Page, files: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Bijdrage samenvoegen…' }).click();
  await (await chooser).setFiles(files);
}

describe('merging contributions in the app', () => {
  it('keeps both copies, the same paragraph from both and the unsaved typing; one undo takes the merge back', async () => {
    const { page, problems } = await session.open();
    const [shared, other, typed] = [SAMPLE_TITLES[0], SAMPLE_TITLES[1], SAMPLE_TITLES[2]];
    await typeInItem(page, shared, 'Gemeenschappelijke zin.');
    const { bytes, name } = await downloadFrom(page, 'Opslaan');
    const saved = decodePack(bytes, name);
    const sentence = 'Gemeenschappelijke zin.';
    const anna = await copyFile(saved, 'anna.briefpack', withKeyMessage(saved.pack, shared, `${sentence} Anna vult aan.`), 'Anna');
    const bram = await copyFile(saved, 'bram.briefpack', withKeyMessage(withKeyMessage(saved.pack, shared, `Bram begint. ${sentence}`), other, 'Van Bram.'), 'Bram');

    await typeInItem(page, typed, 'Nog niet opgeslagen.');
    await mergeFiles(page, [anna, bram]);

    const report = page.getByRole('dialog', { name: 'Bijdragen samengevoegd' });
    await report.waitFor(visible);
    const lines = await report.getByRole('listitem').allInnerTexts();
    expect(lines).toEqual([`${shared} · gewijzigd door Anna, Bram`, `${other} · gewijzigd door Bram`]);
    expect(await report.innerText()).toContain('anna.briefpack, bram.briefpack');
    await report.getByRole('button', { name: 'Sluiten' }).click();

    await expect.poll(() => keyMessage(page).innerText(), visible).toContain('Nog niet opgeslagen.');
    await show(page, shared);
    await expect.poll(() => keyMessage(page).innerText(), visible).toBe(`Bram begint. ${sentence} Anna vult aan.`);
    await show(page, other);
    await expect.poll(() => keyMessage(page).innerText(), visible).toBe('Van Bram.');
    // The item names who changed it last, from the merged history.
    expect(await page.getByRole('main').locator('.item-last-change').innerText()).toMatch(/^Laatst gewijzigd door Bram, \d{1,2} \w+ \d{4}/);

    // One step back: the merge goes as a whole, the typing before it stays.
    await agenda(page).getByRole('button', { name: new RegExp(other) }).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => keyMessage(page).innerText(), visible).not.toContain('Van Bram.');
    await show(page, shared);
    await expect.poll(() => keyMessage(page).innerText(), visible).toBe(sentence);
    await show(page, typed);
    expect(await keyMessage(page).innerText()).toContain('Nog niet opgeslagen.');
    expect(problems).toEqual([]);
  });

  it('refuses a copy of another pack with one line and changes nothing', async () => {
    const { page, problems } = await session.open();
    await agenda(page).getByRole('button').first().waitFor();
    const foreign = path.join(dir, 'ander.briefpack');
    await writeFile(foreign, encodePack({ pack: syntheticPack(2), annexFiles: new Map() }));
    await mergeFiles(page, [foreign]);
    const alert = page.getByRole('alert');
    await alert.waitFor(visible);
    const text = await alert.innerText();
    expect(text).toMatch(/ander\.briefpack is geen kopie van .*alleen kopieën van hetzelfde pakket kunnen worden samengevoegd\./);
    expect(text.split('\n').filter((line) => line.trim() && line.trim() !== '×')).toHaveLength(1);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
