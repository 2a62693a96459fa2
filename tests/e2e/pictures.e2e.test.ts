/**
 * Pictures in Chromium: insert one with the toolbar's file chooser, give it
 * its alternative text, caption and width, and export the PDF (read back: the
 * image at its size, a Figure with the Alt); a paste carrying a fake and an
 * oversized picture names each in one line and keeps its text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { unzipSync, zipSync } from 'fflate';
import { checkPicture, mediaId } from '../../core/media/picture-check';
import type { BriefingPack } from '../../core/model/pack';
import type { FigureElement } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import { encodePack } from '../../core/pack/container';
import { declaringSize } from '../helpers/hostile-packs';
import { PROJECT_ROOT } from '../../host/paths';
import { jpegPicture, pngPicture } from '../helpers/pictures';
import { appSession, confirmExport, downloadFrom, STEP_TIMEOUT } from './harness';
import { insertPictureFile } from './insert-picture';
import { seriousViolations } from './axe';

const visible = { timeout: STEP_TIMEOUT };
const session = appSession();

type StructNode = { role?: string; alt?: string; children?: StructNode[] };

async function figureAlts(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false }).promise;
  const alts: string[] = [];
  const visit = (node: StructNode): void => {
    if (node.role === 'Figure' && node.alt) alts.push(node.alt);
    node.children?.forEach(visit);
  };
  for (let p = 1; p <= doc.numPages; p++) visit((await (await doc.getPage(p)).getStructTree()) as StructNode);
  await doc.destroy();
  return alts;
}

/** A paste as the browser delivers it: beforeinput carrying the clipboard, here with files made in the page. */
async function pasteWithFiles(page: Page, html: string, text: string, files: { name: string; type: string; base64?: string; size?: number }[]): Promise<void> {
  await page.evaluate(
    ({ html, text, files }) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', html);
      transfer.setData('text/plain', text);
      for (const file of files) {
        const bytes = file.base64 ? Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0)) : new Uint8Array(file.size ?? 0);
        // An oversized "PNG": the signature, then zeros.
        if (!file.base64) bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        transfer.items.add(new File([bytes], file.name, { type: file.type }));
      }
      document.activeElement!.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { html, text, files },
  );
}

/** Files dragged from the file manager: a DataTransfer made in the page, dragged over and dropped on the target in the middle of it. */
async function dropFiles(target: Locator, files: { name: string; type: string; base64: string }[]): Promise<void> {
  const transfer = await target.page().evaluateHandle((files) => {
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(new File([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], file.name, { type: file.type }));
    return transfer;
  }, files);
  const box = (await target.boundingBox())!;
  const at = { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
  for (const type of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(type, { dataTransfer: transfer, ...at });
  await transfer.dispose();
}

/** A copy as the browser makes it: the copy event with a clipboard the editor fills; what it put there, by type. */
async function copyFrom(editor: Locator): Promise<Record<string, string>> {
  return editor.evaluate((element) => {
    const clipboard = new DataTransfer();
    element.dispatchEvent(new ClipboardEvent('copy', { clipboardData: clipboard, bubbles: true, cancelable: true }));
    return Object.fromEntries(clipboard.types.map((type) => [type, clipboard.getData(type)]));
  });
}

/** A paste of what a copy put on the clipboard, into the focused editor. */
async function pasteClipboard(page: Page, data: Record<string, string>): Promise<void> {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(data)) transfer.setData(type, value);
    document.activeElement!.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, data);
}

/** Another pack in the same page: New from agenda with a one-paragraph letter, its unsaved changes left. */
async function newPackFromLetter(page: Page): Promise<void> {
  const chooser = page.waitForEvent('filechooser', visible);
  await page.getByRole('button', { name: 'Nieuw uit agenda…' }).click();
  await page.getByRole('button', { name: 'Niet opslaan' }).click();
  await (await chooser).setFiles(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'letters', 'one-paragraph.txt'));
  const review = page.getByRole('dialog', { name: /Controleer wat is herkend/ });
  await review.getByRole('button', { name: 'Pakket maken' }).click();
  await review.waitFor({ state: 'hidden', ...visible });
}

describe('pictures in the editor', () => {
  it('inserts a picture from the file chooser, takes its alt text, caption and width, and exports it as a tagged figure', async () => {
    const { page, problems } = await session.open();
    const editor = page.getByRole('textbox', { name: 'Doel' });
    await editor.click();
    const dialog = await insertPictureFile(page, 'Doel', { name: 'kaart.png', bytes: pngPicture(400, 200) });
    // The alt text is asked first, and the picture shows that it is missing until it is given.
    await expect.poll(() => editor.getByText('Alternatieve tekst ontbreekt').count(), visible).toBe(1);
    // The dialog, with the picture and its missing-alt mark behind it, has no serious or critical axe finding.
    expect(await seriousViolations(page)).toEqual([]);

    // Closed without alt text: the export is refused with one line naming the item and the section.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', ...visible });
    await page.getByRole('button', { name: 'Exporteren als PDF', exact: true }).click();
    await confirmExport(page);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText(), visible).toMatch(/Kan niet exporteren: een afbeelding in agendapunt ".+", onderdeel "Doel" heeft geen alternatieve tekst/);
    await alert.getByRole('button').click();

    await editor.getByRole('button', { name: 'Afbeelding bewerken: alternatieve tekst ontbreekt' }).click();
    await dialog.waitFor(visible);
    await page.keyboard.type('Kaart van de Oostzee');
    await dialog.getByLabel('Bijschrift (optioneel)').fill('Figuur 1. De Oostzee');
    await dialog.getByRole('radio', { name: '50% van de kolom' }).check();
    await dialog.getByRole('button', { name: 'Toepassen' }).click();
    await dialog.waitFor({ state: 'detached', ...visible });
    const picture = editor.getByRole('img', { name: 'Kaart van de Oostzee' });
    await picture.waitFor(visible);
    expect(await editor.getByText('Alternatieve tekst ontbreekt').count()).toBe(0);
    // Drawn from the document's bytes, not a broken image.
    expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(400);
    expect(await editor.locator('figcaption').innerText()).toBe('Figuur 1. De Oostzee');
    const [figureWidth, columnWidth] = await editor.locator('figure').evaluate((figure) => [figure.getBoundingClientRect().width, figure.parentElement!.getBoundingClientRect().width]);
    expect(figureWidth / columnWidth).toBeCloseTo(0.5, 1);

    const { bytes } = await downloadFrom(page, 'Exporteren als PDF');
    expect(await figureAlts(bytes)).toEqual(['Kaart van de Oostzee']);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pictures-e2e-')), 'pack.pdf');
    writeFileSync(file, bytes);
    const list = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
    expect(list).toMatch(/\bimage\s+400\s+200\b/);

    // Without a mouse: the arrow key onto the picture, then Enter, opens it again; from there it can be removed.
    await editor.locator('p').last().click();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await dialog.waitFor(visible);
    expect(await dialog.getByLabel('Alternatieve tekst (verplicht voor export)').inputValue()).toBe('Kaart van de Oostzee');
    await dialog.getByRole('button', { name: 'Afbeelding verwijderen' }).click();
    await expect.poll(() => editor.locator('figure').count(), visible).toBe(0);
    expect(problems).toEqual([]);
  });

  it('refuses a fake and an oversized picture of a paste with one line each, and keeps the pasted text', async () => {
    const { page } = await session.open();
    const editor = page.getByRole('textbox', { name: 'Spreekpunten' });
    await editor.click();
    const jpegAsPng = Buffer.from(jpegPicture()).toString('base64');
    await pasteWithFiles(page, '<p>Tekst die blijft staan.</p>', 'Tekst die blijft staan.', [
      { name: 'nep.png', type: 'image/png', base64: jpegAsPng },
      { name: 'groot.png', type: 'image/png', size: 21 * 1024 * 1024 },
    ]);
    const notice = page.locator('.paste-notice');
    await expect.poll(() => notice.innerText(), visible).toContain('groot.png geweigerd');
    expect(await notice.locator('.paste-notice-line').allInnerTexts()).toEqual([
      'nep.png geweigerd: het zegt PNG te zijn maar de inhoud is JPEG.',
      'groot.png geweigerd: de afbeelding is 21.0 MB; de grens is 20.0 MB.',
    ]);
    expect(await editor.innerText()).toContain('Tekst die blijft staan.');
    expect(await editor.locator('figure').count()).toBe(0);

    // HTML with a picture as a data: URL (as Word and browsers copy it): the text and the picture both arrive.
    const png = Buffer.from(pngPicture(40, 20)).toString('base64');
    await pasteWithFiles(page, `<p>Met kaart.</p><img alt="kaart" src="data:image/png;base64,${png}">`, 'Met kaart.', []);
    await expect.poll(() => editor.locator('figure').count(), visible).toBe(1);
    expect(await editor.innerText()).toContain('Met kaart.');
  });
  it('takes a PNG dropped from the file manager as a picture with its alt-text dialog, and refuses a dropped text file in one line', async () => {
    const { page, problems } = await session.open();
    const editor = page.getByRole('textbox', { name: 'Doel' });
    // What is written in the section (the placeholder of an empty one aside).
    const written = () => editor.locator('[data-slate-string]').allInnerTexts();
    const before = await written();
    // Not a picture: one line naming it, and the section is as it was (no file name typed in, no figure).
    await dropFiles(editor, [{ name: 'notities.txt', type: 'text/plain', base64: Buffer.from('Geen afbeelding').toString('base64') }]);
    const notice = page.locator('.paste-notice');
    await expect.poll(() => notice.locator('.paste-notice-line').allInnerTexts(), visible).toEqual(['notities.txt geweigerd: het is geen PNG- of JPEG-afbeelding.']);
    expect(await written()).toEqual(before);
    expect(await editor.locator('figure').count()).toBe(0);

    // Two paragraphs; the picture is dropped on the first and comes right after it.
    await editor.click();
    await page.keyboard.type('Eerste alinea.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Tweede alinea.');
    await dropFiles(editor.locator('p', { hasText: 'Eerste alinea.' }), [{ name: 'kaart.png', type: 'image/png', base64: Buffer.from(pngPicture(300, 150)).toString('base64') }]);
    const dialog = page.getByRole('dialog', { name: 'Afbeelding bewerken' });
    await dialog.waitFor(visible);
    await page.keyboard.type('Kaart na slepen');
    await dialog.getByRole('button', { name: 'Toepassen' }).click();
    await dialog.waitFor({ state: 'detached', ...visible });
    const picture = editor.getByRole('img', { name: 'Kaart na slepen' });
    await picture.waitFor(visible);
    expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(300);
    expect(await editor.locator('figure').count()).toBe(1);
    const blocks = await editor.locator(':scope > [data-slate-node="element"]').evaluateAll((nodes) => nodes.map((node) => (node.querySelector('figure') ? 'figure' : node.textContent)));
    expect(blocks).toEqual(['Eerste alinea.', 'figure', 'Tweede alinea.']);
    // The refusal of the earlier drop is gone once a drop succeeds.
    expect(await notice.count()).toBe(0);
    expect(problems).toEqual([]);
  });
  it('pastes a picture copied from one pack into another with its bytes: drawn, and in the other pack\'s PDF and DOCX', async () => {
    const { page, problems } = await session.open();
    const picture = pngPicture(320, 160);
    const source = page.getByRole('textbox', { name: 'Doel' });
    await source.click();
    const dialog = await insertPictureFile(page, 'Doel', { name: 'grafiek.png', bytes: picture });
    await page.keyboard.type('Grafiek uitgaven');
    await dialog.getByRole('button', { name: 'Toepassen' }).click();
    await dialog.waitFor({ state: 'detached', ...visible });
    await source.getByRole('img', { name: 'Grafiek uitgaven' }).waitFor(visible);
    await source.locator('p').last().click();
    await page.keyboard.type('Zie de grafiek.');
    // All of the section selected, the picture with the text (as Ctrl+A selects it).
    await source.evaluate((element) => window.getSelection()!.selectAllChildren(element));
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? ''), visible).toContain('Zie de grafiek.');
    const copied = await copyFrom(source);
    expect(Object.keys(copied)).toContain('application/x-slate-fragment');

    await newPackFromLetter(page);
    const target = page.getByRole('textbox', { name: 'Doel' });
    await target.click();
    await pasteClipboard(page, copied);
    const pasted = target.getByRole('img', { name: 'Grafiek uitgaven' });
    await pasted.waitFor(visible);
    // Drawn from bytes this pack now holds, with the alt text it was copied with.
    expect(await pasted.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
    expect(await target.getByText('Beeld ontbreekt of is beschadigd').count()).toBe(0);
    expect(await target.innerText()).toContain('Zie de grafiek.');

    const pdf = await downloadFrom(page, 'Exporteren als PDF');
    expect(await figureAlts(pdf.bytes)).toEqual(['Grafiek uitgaven']);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pictures-e2e-')), 'target.pdf');
    writeFileSync(file, pdf.bytes);
    expect(execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })).toMatch(/\bimage\s+320\s+160\b/);
    const docx = await downloadFrom(page, 'Exporteren als DOCX');
    const media = Object.entries(unzipSync(docx.bytes)).filter(([name]) => name.startsWith('word/media/'));
    expect(media.map(([, bytes]) => Buffer.from(bytes).equals(Buffer.from(picture)))).toEqual([true]);
    expect(problems).toEqual([]);
  });
  it('opens a pack whose picture is over 20 MB without it: one warning line naming it, the figure a placeholder with its alt text, the rest intact', async () => {
    const { page, problems } = await session.open();
    const map = pngPicture(200, 100);
    const chart = pngPicture(60, 30);
    const metas = await Promise.all([map, chart].map(async (bytes, i) => ({ id: await mediaId(bytes), ...checkPicture(bytes, `${i}.png`) })));
    const pack: BriefingPack = structuredClone(syntheticPack(2));
    const figure = (media: string, alt: string): FigureElement => ({ type: 'figure', media, alt, caption: '', width: 1, children: [{ text: '' }] });
    pack.items[0]!.sections.doel = [{ type: 'paragraph', children: [{ text: 'Tekst boven de grafiek.' }] }, figure(metas[1]!.id, 'Grafiek uitgaven'), figure(metas[0]!.id, 'Kaart')];
    pack.media = metas;
    const encoded = encodePack({ pack, annexFiles: new Map(), mediaFiles: new Map([[metas[0]!.id, map], [metas[1]!.id, chart]]) });
    // The chart's entry claims 25 MB, over the limit for a picture.
    const file = declaringSize(zipSync(unzipSync(encoded)), `media/${metas[1]!.id}`, 25 * 1024 * 1024);
    const chooser = page.waitForEvent('filechooser', visible);
    await page.getByRole('button', { name: 'Openen…' }).click();
    await (await chooser).setFiles({ name: 'groot.briefpack', mimeType: 'application/octet-stream', buffer: Buffer.from(file) });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), visible).toContain(pack.meeting.name);
    await expect
      .poll(() => page.locator('body').innerText(), visible)
      .toContain(`groot.briefpack: het beeld media/${metas[1]!.id} (de afbeelding "Grafiek uitgaven" in agendapunt "${pack.items[0]!.title}", onderdeel "doel") is weggelaten: het is 25.0 MB, meer dan de 20.0 MB die een afbeelding mag zijn;`);
    const editor = page.getByRole('textbox', { name: 'Doel' });
    const left = editor.getByRole('button', { name: 'Afbeelding bewerken: Grafiek uitgaven' });
    await expect.poll(() => left.innerText(), visible).toBe('Beeld ontbreekt of is beschadigd\nGrafiek uitgaven');
    // The other picture and the text are there as they were.
    const kept = editor.getByRole('img', { name: 'Kaart' });
    await kept.waitFor(visible);
    expect(await kept.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(200);
    expect(await editor.innerText()).toContain('Tekst boven de grafiek.');
    expect(problems).toEqual([]);
  });
});
