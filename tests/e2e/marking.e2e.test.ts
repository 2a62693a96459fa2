/**
 * The marking in Chromium, in browser mode: the pack panel offers the
 * marking systems and a caveat line, the classification choices are named by
 * the markings of the chosen system, and the marking the panel shows is the
 * one the PDF prints (read back with pdftotext), in the template's language.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { appSession, downloadFrom, STEP_TIMEOUT } from './harness';

const session = appSession();
const visible = { timeout: STEP_TIMEOUT };
const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;

function pdftotext(bytes: Uint8Array): string {
  const out = spawnSync('pdftotext', ['-layout', '-', '-'], { input: bytes, encoding: 'utf8' });
  expect(out.status, out.stderr).toBe(0);
  return out.stdout;
}

describe.skipIf(!hasPdftotext)('the marking in the pack panel', () => {
  it('marks the pack in the NATO system with a caveat line, and the PDF prints what the panel shows', async () => {
    const { page, problems } = await session.open();
    await page.getByRole('navigation', { name: 'Agendapunten' }).getByRole('button', { name: /Oekraïne/ }).click();
    const printed = page.getByTestId('printed-marking');
    await expect.poll(() => printed.innerText(), visible).toBe('ONGERUBRICEERD');
    // The panel says which language the marking is printed in.
    expect(await page.getByTestId('pack-marking').innerText()).toContain('in het Nederlands, de taal van de sjabloon');

    await page.getByRole('combobox', { name: 'Markeringsstelsel' }).selectOption('nato');
    await page.getByRole('textbox', { name: 'Regel onder de markering' }).fill('REL TO NLD, NATO');
    // The item's classification is chosen by the system's markings.
    const itemLevel = page.getByRole('combobox', { name: 'Rubricering', exact: true });
    expect(await itemLevel.locator('option').allInnerTexts()).toEqual(['NATO UNCLASSIFIED', 'NATO RESTRICTED', 'NATO CONFIDENTIAL', 'NATO SECRET', 'COSMIC TOP SECRET']);
    await itemLevel.selectOption({ label: 'NATO SECRET' });
    await expect.poll(() => printed.innerText(), visible).toBe('NATO SECRET');
    expect(await page.getByTestId('printed-caveat').innerText()).toBe('REL TO NLD, NATO');

    const text = pdftotext((await downloadFrom(page, 'Exporteren als PDF')).bytes);
    // Every page's marking is followed by the caveat line.
    expect(text).toMatch(/NATO SECRET\s+REL TO NLD, NATO/);
    expect(text).not.toContain('STG. GEHEIM');
    expect(problems).toEqual([]);
  });

  it('shows the marking in the template\'s language, as the export prints it', async () => {
    const { page } = await session.open();
    await page.getByRole('combobox', { name: 'Rubricering van de map' }).selectOption('secret');
    const printed = page.getByTestId('printed-marking');
    await expect.poll(() => printed.innerText(), visible).toBe('STG. GEHEIM');
    // A Dutch pack under the English template is printed with the English marking.
    await page.getByRole('combobox', { name: 'Sjabloon' }).selectOption('en-nato-ministerial');
    await expect.poll(() => printed.innerText(), visible).toBe('SECRET');
    expect(await page.getByTestId('pack-marking').innerText()).toContain('in het Engels');
    const text = pdftotext((await downloadFrom(page, 'Exporteren als PDF')).bytes);
    expect(text).toMatch(/\bSECRET\b/);
    expect(text).not.toContain('STG. GEHEIM');
  });
});
