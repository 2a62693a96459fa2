/**
 * Clipboards built to hang the editor, pasted in Chromium: 100,000 nested
 * <div>s and a forged editor fragment nested 1,000 deep. The person is told
 * what was refused, and the editor takes typing again straight after.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appSession, STEP_TIMEOUT } from './harness';

const session = appSession();
// Long enough for a loaded machine; the old code held the tab for 28 s and more on this paste.
const soon = { timeout: STEP_TIMEOUT };

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

function deepFragment(depth: number): string {
  let node: unknown = { type: 'list-item', children: [{ text: 'diep' }] };
  for (let i = 0; i < depth; i++) node = { type: 'bulleted-list', children: [node] };
  return Buffer.from(encodeURIComponent(JSON.stringify([node])), 'latin1').toString('base64');
}

describe('pastes built to hang the editor', () => {
  it('100,000 nested <div>s: pasted as plain text with a notice, and typing goes on', async () => {
    const { page, problems } = await session.open();
    const editor = page.getByRole('textbox', { name: 'Spreekpunten' });
    await editor.click();
    await paste(page, { 'text/html': `${'<div>'.repeat(100_000)}diep genest${'</div>'.repeat(100_000)}`, 'text/plain': 'diep genest' });
    await page.getByRole('status').filter({ hasText: 'Geplakt als platte tekst: de gekopieerde opmaak is te omvangrijk' }).waitFor(soon);
    await page.keyboard.type(' en getypt');
    await expect.poll(() => editor.innerText(), soon).toBe('diep genest en getypt');
    expect(problems).toEqual([]);
  });

  it('a forged fragment 1,000 deep without text: refused with a notice, and typing goes on', async () => {
    const { page, problems } = await session.open();
    const editor = page.getByRole('textbox', { name: 'Spreekpunten' });
    await editor.click();
    await paste(page, { 'application/x-slate-fragment': deepFragment(1_000) });
    await page.getByRole('status').filter({ hasText: 'Niet geplakt: de gekopieerde opmaak kon niet worden overgenomen' }).waitFor(soon);
    await page.keyboard.type('getypt');
    await expect.poll(() => editor.innerText(), soon).toBe('getypt');

    // The same fragment with its plain text: the text is pasted, and the notice says why without formatting.
    await page.keyboard.press('Enter');
    await paste(page, { 'application/x-slate-fragment': deepFragment(1_000), 'text/plain': 'geplakt' });
    await page.getByRole('status').filter({ hasText: 'Geplakt als platte tekst' }).waitFor(soon);
    await expect.poll(() => editor.innerText(), soon).toMatch(/^getypt\n+geplakt$/);
    expect(problems).toEqual([]);
  });
});
