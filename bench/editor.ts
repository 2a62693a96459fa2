/**
 * Editor benchmark: npm run bench:editor
 *
 * Starts the renderer's Vite dev server, opens the app in Chromium, opens a
 * generated 200-item pack through the Open button's file chooser (as a
 * person would), and measures inside the page with performance.now():
 *  - open: from the file input's change event to the 200th agenda entry in the DOM;
 *  - typing: keydown to the first DOM mutation in the editor, over 150 keystrokes;
 *  - switching: click on an agenda entry to the new item's heading in the DOM, over 15 switches;
 *  - with the page preview open: typing as above, in words with pauses long
 *    enough for the preview to update in between (its layout and drawing
 *    interleave with the keystrokes), and from the last keystroke of a word to
 *    that word in the text pdf.js draws over the previewed page, over 10 edits.
 * Prints one JSON object.
 *
 * By default the renderer is built for production (vite build, as packaged
 * in the app) and served by vite preview; with --dev it runs on the dev server
 * (unbundled modules, React's development build: slower, an upper bound).
 */
import { chromium } from 'playwright-core';
import { syntheticPack } from '../core/model/synthetic';
import { encodePack } from '../core/pack/container';
import { CHROMIUM, CHROMIUM_ARGS, freePort } from '../tests/e2e/chromium';
import { buildRenderer, serveBuild, serveDev, type RendererServer } from '../tests/e2e/renderer-server';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 200);
const KEYSTROKES = 150;
const SWITCHES = 15;
const PREVIEW_EDITS = 10;
/** Between words: past the preview's 150 ms wait, so it updates while typing goes on. */
const WORD_PAUSE_MS = 400;
const TARGETS = { typingP95Ms: 16, switchMedianMs: 100, openMs: 1000, previewTypingP95Ms: 16, previewUpdatedMedianMs: 300 } as const;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round((sorted[index] ?? NaN) * 100) / 100;
}

declare global {
  interface Window {
    __bench?: { openStart?: number; openEnd?: number; samples: number[]; pending: number | null; lastKey?: number; shownAfter?: number };
  }
}


/** The renderer on 127.0.0.1:port, from a production build or the dev server. */
async function serveRenderer(port: number, dev: boolean): Promise<RendererServer> {
  if (dev) return serveDev(port);
  const built = await buildRenderer();
  const server = await serveBuild(built.outDir, port);
  return {
    kind: server.kind,
    close: async () => {
      await server.close();
      built.remove();
    },
  };
}

async function main(): Promise<void> {
  const port = await freePort();
  const server = await serveRenderer(port, process.argv.includes('--dev'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`http://127.0.0.1:${port}/`);
    const agenda = page.getByRole('navigation', { name: 'Agendapunten' });
    await agenda.getByRole('button').first().waitFor();

    // Open: the 200-item pack through the file chooser.
    const pack = syntheticPack(ITEMS);
    const bytes = encodePack({ pack, annexFiles: new Map() });
    await page.evaluate((count) => {
      const bench = (window.__bench = { samples: [], pending: null } as NonNullable<Window['__bench']>);
      document.addEventListener('change', () => (bench.openStart = performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (bench.openStart !== undefined && document.querySelectorAll('nav .agenda-entry, nav li button').length >= count) {
          bench.openEnd = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
    }, ITEMS);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Openen…' }).click();
    await (await chooser).setFiles({ name: 'synthetisch.briefpack', mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
    await page.waitForFunction(() => window.__bench?.openEnd !== undefined);
    const openMs = await page.evaluate(() => window.__bench!.openEnd! - window.__bench!.openStart!);

    // Typing: keydown → first mutation of the editor's DOM.
    const title = pack.items[100]!.title;
    await agenda.getByRole('button', { name: title }).first().click();
    await page.getByRole('main').getByRole('heading', { level: 2, name: title }).waitFor();
    const editor = page.getByRole('textbox', { name: 'Kernboodschap' });
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.evaluate(() => {
      const bench = window.__bench!;
      bench.samples = [];
      const target = document.activeElement!;
      target.addEventListener('keydown', () => (bench.pending = performance.now()), { capture: true });
      new MutationObserver(() => {
        if (bench.pending === null) return;
        bench.samples.push(performance.now() - bench.pending);
        bench.pending = null;
      }).observe(target, { childList: true, subtree: true, characterData: true });
    });
    const text = ' afschrikking en verdediging blijven de kern van het bondgenootschap'.repeat(3).slice(0, KEYSTROKES);
    await page.keyboard.type(text, { delay: 25 });
    await page.waitForTimeout(100);
    const typing = await page.evaluate(() => window.__bench!.samples);

    // Switching items: click → new heading in the DOM.
    const switches: number[] = [];
    for (let i = 0; i < SWITCHES; i++) {
      const next = pack.items[(i * 37 + 13) % ITEMS]!.title;
      await page.evaluate((expected) => {
        const bench = window.__bench!;
        bench.openEnd = undefined;
        document.addEventListener('click', () => (bench.pending = performance.now()), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          const heading = document.querySelector('main h2');
          if (bench.pending !== null && heading?.textContent?.includes(expected)) {
            bench.openEnd = performance.now() - bench.pending;
            bench.pending = null;
            observer.disconnect();
          }
        });
        observer.observe(document.querySelector('main')!, { childList: true, subtree: true, characterData: true });
      }, next);
      await agenda.getByRole('button', { name: next }).first().click();
      await page.waitForFunction(() => window.__bench?.openEnd !== undefined);
      switches.push(await page.evaluate(() => window.__bench!.openEnd!));
    }

    // The preview open: typing in words, and each word to the previewed page.
    await agenda.getByRole('button', { name: title }).first().click();
    await page.getByRole('main').getByRole('heading', { level: 2, name: title }).waitFor();
    await page.getByRole('button', { name: 'Voorbeeld', exact: true }).click();
    const previewText = page.getByRole('complementary', { name: 'Paginavoorbeeld' }).locator('.textLayer');
    await page.waitForFunction((expected) => document.querySelector('.preview-page .textLayer')?.textContent?.includes(expected), title, { timeout: 120_000 });
    await previewText.waitFor();
    // The item's first section: what is typed stays on its first page, the one the pane shows.
    const previewEditor = page.getByRole('textbox', { name: 'Doel' });
    await previewEditor.click();
    await page.keyboard.press('Control+End');
    await page.evaluate(() => {
      const bench = window.__bench!;
      bench.samples = [];
      bench.pending = null;
      const target = document.activeElement!;
      target.addEventListener('keydown', () => (bench.pending = performance.now()), { capture: true });
      target.addEventListener('keyup', () => (bench.lastKey = performance.now()), { capture: true });
      new MutationObserver(() => {
        if (bench.pending === null) return;
        bench.samples.push(performance.now() - bench.pending);
        bench.pending = null;
      }).observe(target, { childList: true, subtree: true, characterData: true });
    });
    for (const word of text.split(/(?= )/)) {
      await page.keyboard.type(word, { delay: 25 });
      await page.waitForTimeout(WORD_PAUSE_MS);
    }
    const previewTyping = await page.evaluate(() => window.__bench!.samples);

    const updates: number[] = [];
    for (let n = 0; n < PREVIEW_EDITS; n++) {
      const word = ` Meetwoord${String.fromCharCode(65 + n)}${n}`;
      await page.evaluate((expected) => {
        const bench = window.__bench!;
        bench.shownAfter = undefined;
        const pane = document.querySelector('.preview-pane')!;
        const observer = new MutationObserver(() => {
          if (!pane.querySelector('.textLayer')?.textContent?.includes(expected)) return;
          bench.shownAfter = performance.now() - bench.lastKey!;
          observer.disconnect();
        });
        observer.observe(pane, { childList: true, subtree: true, characterData: true });
      }, word.trim());
      await page.keyboard.type(word, { delay: 25 });
      await page.waitForFunction(() => window.__bench?.shownAfter !== undefined, undefined, { timeout: 30_000 });
      updates.push(await page.evaluate(() => window.__bench!.shownAfter!));
    }

    const result = {
      items: ITEMS,
      server: server.kind,
      openMs: Math.round(openMs),
      typing: { keystrokes: typing.length, p50Ms: percentile(typing, 50), p95Ms: percentile(typing, 95), maxMs: percentile(typing, 100) },
      switching: { switches: switches.length, medianMs: percentile(switches, 50), maxMs: percentile(switches, 100) },
      preview: {
        typing: { keystrokes: previewTyping.length, p50Ms: percentile(previewTyping, 50), p95Ms: percentile(previewTyping, 95), maxMs: percentile(previewTyping, 100) },
        // From the keyup of a word's last key to that word in the preview's page (its 150 ms wait included).
        editToPreviewUpdated: { edits: updates.length, medianMs: percentile(updates, 50), maxMs: percentile(updates, 100) },
      },
      targets: TARGETS,
      met: {
        previewTyping: percentile(previewTyping, 95) <= TARGETS.previewTypingP95Ms,
        previewUpdated: percentile(updates, 50) <= TARGETS.previewUpdatedMedianMs,
        typing: percentile(typing, 95) <= TARGETS.typingP95Ms,
        switching: percentile(switches, 50) <= TARGETS.switchMedianMs,
        open: openMs <= TARGETS.openMs,
      },
    };
    console.log(JSON.stringify(result));
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
