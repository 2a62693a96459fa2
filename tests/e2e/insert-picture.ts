/** The Insert picture step as a person does it: the section's toolbar button, the file chooser, the picture dialog that opens. */
import type { Locator, Page } from 'playwright-core';
import { STEP_TIMEOUT } from './harness';

export async function insertPictureFile(page: Page, section: string, file: { name: string; bytes: Uint8Array; mimeType?: string }): Promise<Locator> {
  const chooser = page.waitForEvent('filechooser', { timeout: STEP_TIMEOUT });
  await page.getByRole('toolbar', { name: new RegExp(section) }).getByRole('button', { name: 'Afbeelding invoegen' }).click();
  await (await chooser).setFiles({ name: file.name, mimeType: file.mimeType ?? 'image/png', buffer: Buffer.from(file.bytes) });
  const dialog = page.getByRole('dialog', { name: 'Afbeelding bewerken' });
  await dialog.waitFor({ timeout: STEP_TIMEOUT });
  return dialog;
}
