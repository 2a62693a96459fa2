#!/usr/bin/env node
// Writes docs/screenshot.png for the README: the app in browser mode at
// 1280x800 with the sample pack, one agenda item selected and annotated.
// Usage: node scripts/screenshot.mjs [output.png]
import { mkdir } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const output = path.resolve(process.argv[2] ?? path.join(root, 'docs', 'screenshot.png'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIMEOUT = 20_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const port = await freePort();
const vite = await createServer({
  configFile: path.join(root, 'renderer', 'vite.config.ts'),
  server: { port, strictPort: true, host: '127.0.0.1', hmr: false },
  logLevel: 'warn',
});
await vite.listen();
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL', deviceScaleFactor: 1 });
  page.setDefaultTimeout(TIMEOUT);
  await page.goto(`http://127.0.0.1:${port}/`);
  const nav = page.getByRole('navigation', { name: 'Agendapunten' });
  await nav.getByRole('button', { name: /Oekraïne/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Oekraïne' }).waitFor();

  const editor = page.getByRole('textbox', { name: 'Doel' });
  await editor.click();
  await page.keyboard.type('Steun aan Oekraïne bespreken in de NATO-Ukraine Council met de Oekraïense Minister van Defensie.');
  const kern = page.getByRole('textbox', { name: 'Kernboodschap' });
  await kern.click();
  await page.keyboard.type('Nederland blijft Oekraïne ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('onverminderd');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' steunen, zolang als dat nodig is.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Shift+8');
  await page.keyboard.type('Operationalisering van NSATU');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Veiligheidssteun voor de lange termijn');
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    document.querySelector('main')?.scrollTo(0, 0);
  });

  await mkdir(path.dirname(output), { recursive: true });
  await page.screenshot({ path: output });
  console.log(`wrote ${path.relative(process.cwd(), output)}`);
} finally {
  await browser.close();
  await vite.close();
}
