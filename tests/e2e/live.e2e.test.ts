/**
 * Live co-editing (issue 18) in Chromium: the Yjs websocket server runs on
 * 127.0.0.1 for this file only; two browser-mode pages have the same pack
 * open and type at the same time in one section and in other items, and
 * must show the same text within 1 s; then the server stops, both edit
 * apart, it starts again on the same port, and they converge with nothing lost.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../host/paths';
import { SAMPLE_TITLES } from '../helpers/sample';
import { freePort } from './chromium';
import { startHarness, STEP_TIMEOUT, type Harness } from './harness';

const SERVER = path.join(PROJECT_ROOT, 'node_modules', '@y', 'websocket-server', 'src', 'server.js');
const visible = { timeout: STEP_TIMEOUT };
/** The requirement: both pages show the same within a second. */
const CONVERGE = { timeout: 1_000, interval: 50 };

let harness: Harness;
let port: number;
let server: ChildProcess | null = null;
/** Every websocket any page opened, but the dev server's own (Vite's client, not part of the app). */
const sockets: string[] = [];

/** `npx y-websocket`, as the README tells a team to run it, on a port of its own; resolves once it listens. */
function startServer(): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER], { env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.once('error', reject);
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('running at') && resolve(child));
    child.once('exit', (code) => reject(new Error(`the websocket server stopped (${code})`)));
  });
}

function stopServer(): Promise<void> {
  const child = server;
  server = null;
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill();
  });
}

beforeAll(async () => {
  port = await freePort();
  server = await startServer();
  harness = await startHarness();
});

afterAll(async () => {
  await stopServer();
  await harness?.close();
});

async function livePage(name: string, live = true): Promise<{ page: Page; problems: string[] }> {
  const context = await harness.browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 800 } });
  if (live) {
    await context.addInitScript(
      ([server, author]) => {
        localStorage.setItem('briefing-composer.live-server', server!);
        localStorage.setItem('briefing-composer.author-name', author!);
      },
      [`ws://127.0.0.1:${port}`, name],
    );
  }
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  page.on('websocket', (socket) => new URL(socket.url()).host !== new URL(harness.url).host && sockets.push(socket.url()));
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // A refused connection while the server is down is expected; anything else is not.
    if (message.type() === 'error' && !/WebSocket connection to .* failed/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  await page.goto(harness.url);
  await agenda(page).getByRole('button').first().waitFor(visible);
  return { page, problems };
}

const agenda = (page: Page) => page.getByRole('navigation', { name: 'Agendapunten' });
const heading = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 }).innerText();
const keyMessage = (page: Page) => page.getByRole('textbox', { name: 'Kernboodschap' });
const liveBar = (page: Page) => page.getByRole('status', { name: 'Live samenwerken' });
const wordsOf = (page: Page, title: string) => agenda(page).getByRole('button', { name: new RegExp(title) }).innerText();

async function show(page: Page, title: string): Promise<void> {
  await agenda(page).getByRole('button', { name: new RegExp(title) }).click();
  await expect.poll(() => heading(page), visible).toBe(title);
}

/** Types at the start or the end of the item's key message. */
async function typeIn(page: Page, title: string, where: 'Home' | 'End', text: string): Promise<void> {
  await show(page, title);
  await keyMessage(page).click();
  await page.keyboard.press(`Control+${where}`);
  await page.keyboard.type(text, { delay: 20 });
}

describe('live co-editing', () => {
  it('converges within a second while both type, and again after the server was away', async () => {
    const anna = await livePage('Anna');
    const bram = await livePage('Bram');
    const [shared, other, third] = [SAMPLE_TITLES[0], SAMPLE_TITLES[1], SAMPLE_TITLES[2]];
    for (const { page } of [anna, bram]) await expect.poll(() => liveBar(page).innerText(), visible).toContain('verbonden met');
    // Presence: each sees the other, in the item they have open.
    await show(anna.page, shared);
    await show(bram.page, shared);
    await expect.poll(() => liveBar(anna.page).innerText(), visible).toContain(`Bram (${shared})`);
    await expect.poll(() => liveBar(bram.page).innerText(), visible).toContain(`Anna (${shared})`);

    await typeIn(anna.page, shared, 'End', 'De zin van toen.');
    await expect.poll(() => keyMessage(bram.page).innerText(), CONVERGE).toBe('De zin van toen.');
    await Promise.all([typeIn(anna.page, shared, 'End', ' Anna schrijft aan het eind.'), typeIn(bram.page, shared, 'Home', 'Bram begint vooraan. ')]);
    const together = 'Bram begint vooraan. De zin van toen. Anna schrijft aan het eind.';
    await expect.poll(async () => [await keyMessage(anna.page).innerText(), await keyMessage(bram.page).innerText()], CONVERGE).toEqual([together, together]);

    // Different items at once: each sees the other's item change (its word count in the list) within the second.
    await Promise.all([typeIn(anna.page, other, 'End', 'Alleen Anna hier.'), typeIn(bram.page, third, 'End', 'Alleen Bram daar.')]);
    await expect.poll(() => wordsOf(anna.page, third), CONVERGE).toContain('3 woorden');
    await expect.poll(() => wordsOf(bram.page, other), CONVERGE).toContain('3 woorden');
    // The count can read three words before Bram's full stop arrives: wait for the whole sentence.
    await show(anna.page, third);
    await expect.poll(() => keyMessage(anna.page).innerText(), CONVERGE).toBe('Alleen Bram daar.');

    await stopServer();
    for (const { page } of [anna, bram]) await expect.poll(() => liveBar(page).innerText(), visible).toContain('geen verbinding');
    await typeIn(anna.page, shared, 'End', ' Anna offline.');
    await typeIn(bram.page, other, 'Home', 'Bram offline. ');
    server = await startServer();
    for (const { page } of [anna, bram]) await expect.poll(() => liveBar(page).innerText(), visible).toContain('verbonden met');
    await show(bram.page, shared);
    await expect.poll(() => keyMessage(bram.page).innerText(), visible).toBe(`${together} Anna offline.`);
    await show(anna.page, other);
    await expect.poll(() => keyMessage(anna.page).innerText(), visible).toBe('Bram offline. Alleen Anna hier.');
    expect([...anna.problems, ...bram.problems]).toEqual([]);
  });

  it('reaches only the configured server, and without the setting nothing at all', async () => {
    const before = sockets.length;
    const offline = await livePage('', false);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await offline.page.getByRole('status', { name: 'Live samenwerken' }).count()).toBe(0);
    expect(sockets.slice(before)).toEqual([]);
    const attempt = (target: Page, url: string) =>
      target.evaluate(
        (address) =>
          new Promise<string>((resolve) => {
            document.addEventListener('securitypolicyviolation', (event) => resolve(`blocked ${event.blockedURI}`), { once: true });
            try {
              new WebSocket(address).addEventListener('open', () => resolve('open'));
            } catch (error) {
              resolve(`blocked ${String(error)}`);
            }
          }),
        url,
      );
    expect(await attempt(offline.page, `ws://127.0.0.1:${port}`)).toMatch(/^blocked/);
    const live = await livePage('Carla');
    expect(await attempt(live.page, `ws://127.0.0.1:${port}`)).toBe('open');
    expect(await attempt(live.page, `ws://127.0.0.1:${port + 1}`)).toMatch(/^blocked/);
  });

  it('is switched on in its dialog: a wrong address gets one line, a right one loads the app again, connected', async () => {
    const { page, problems } = await livePage('', false);
    await page.getByRole('button', { name: 'Live samenwerken…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Live samenwerken' });
    await dialog.getByRole('textbox', { name: /Server/ }).fill('http://127.0.0.1:1234');
    await dialog.getByRole('button', { name: 'Verbinden' }).click();
    const problem = dialog.getByRole('alert');
    await problem.waitFor(visible);
    expect(await problem.innerText()).toBe('"http://127.0.0.1:1234" is geen serveradres: schrijf het als ws://naam:poort (of wss://), bijvoorbeeld ws://192.168.1.20:1234.');
    await dialog.getByRole('textbox', { name: /Server/ }).fill(`ws://127.0.0.1:${port}`);
    await dialog.getByRole('textbox', { name: 'Uw naam (voor de anderen)' }).fill('Dirk');
    await dialog.getByRole('button', { name: 'Verbinden' }).click();
    await expect.poll(() => liveBar(page).innerText(), visible).toContain(`verbonden met ws://127.0.0.1:${port}`);
    expect(problems).toEqual([]);
  });
});
