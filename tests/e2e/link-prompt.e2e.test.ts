/**
 * The link prompt in Chromium: an address with a password or a mailto that
 * attaches a file is refused with the reason, and the prompt shows where a
 * link goes, with the xn-- form of a host outside ASCII.
 */
import { describe, expect, it } from 'vitest';
import { appSession, STEP_TIMEOUT } from './harness';

const session = appSession();
const visible = { timeout: STEP_TIMEOUT };

describe('the link prompt', () => {
  it('refuses credentials and attachments with the reason, and shows an international host in both forms', async () => {
    const { page, problems } = await session.open();
    const editor = page.getByRole('textbox', { name: 'Spreekpunten' });
    const toolbar = page.getByRole('toolbar', { name: 'Opmaak Spreekpunten' });
    await editor.click();
    await page.keyboard.type('Zie de stukken');
    await toolbar.getByRole('button', { name: 'Koppeling' }).click();
    const dialog = page.getByRole('dialog', { name: 'Koppeling bewerken' });
    const address = dialog.getByLabel(/^Adres/);
    await dialog.getByLabel('Tekst').fill('de boeken');

    await address.fill('https://jan:geheim@intranet.mindef.nl/stukken');
    await dialog.getByRole('button', { name: 'Toepassen' }).click();
    await expect.poll(() => dialog.getByRole('alert').innerText(), visible).toContain('gebruikersnaam of wachtwoord');

    await address.fill('secretariaat@mindef.nl?attach=/home/jan/.ssh/id_rsa');
    await dialog.getByRole('button', { name: 'Toepassen' }).click();
    await expect.poll(() => dialog.getByRole('alert').innerText(), visible).toContain('bestand meesturen (attach=)');

    await address.fill('https://bücher.example/pad');
    await expect.poll(() => dialog.innerText(), visible).toContain('Gaat naar: bücher.example (xn--bcher-kva.example)');
    await dialog.getByRole('button', { name: 'Toepassen' }).click();
    await expect.poll(() => editor.locator('a').innerText(), visible).toBe('de boeken');
    expect(problems).toEqual([]);
  });
});
