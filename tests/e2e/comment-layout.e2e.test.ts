/**
 * Issue 14: the mark of a comment on the letter's text never covers the text.
 * At 1280x720 and in a 900 px window, collapsed and expanded, with a long
 * unbreakable address in the text: the boxes of every commented passage, of
 * every other run of text and footnote number, and of the comment margin
 * beside the text, as Chromium lays them out, must not overlap.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BriefingPack } from '../../core/model/pack';
import { encodePack } from '../../core/pack/container';
import { annotatedSample, builtInTemplate } from '../helpers/docx';
import { samplePack } from '../helpers/sample';
import { appSession, STEP_TIMEOUT } from './harness';

const visible = { timeout: STEP_TIMEOUT };
const session = appSession();
const ADDRESS = 'https://www.rijksoverheid.nl/documenten/kamerstukken/2025/02/10/geannoteerde-agenda-bijeenkomst-navo-ministers-van-defensie';

function commentedPack(): BriefingPack {
  const sample = annotatedSample(builtInTemplate('nl-ministeriele-briefing'));
  const first = sample.items[0]!;
  const paragraph = first.source[0] as { type: 'paragraph'; children: { text: string }[] };
  const text = `${paragraph.children[0]!.text.slice(0, 60)} ${ADDRESS} ${paragraph.children[0]!.text.slice(60)}`;
  const source = [{ ...paragraph, children: [{ text }, ...paragraph.children.slice(1)] }, ...first.source.slice(1)];
  const comment = (id: string, start: number, end: number) => ({
    id,
    anchor: { block: 0, start, end, quote: text.slice(start, end) },
    author: 'Anna',
    createdAt: '2025-02-01T10:00:00Z',
    text: `Opmerking ${id}`,
    resolved: false,
    replies: [],
  });
  const at = text.indexOf(ADDRESS);
  const comments = [comment('c1', 0, 12), comment('c2', 20, 50), comment('c3', at + 10, at + 50)];
  return { ...sample, items: sample.items.map((item, i) => (i === 0 ? { ...item, source, comments } : item)) };
}

interface Box {
  what: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The boxes Chromium drew: each commented passage's, each other text run's and footnote number's, and the comment margin's. */
function layoutBoxes(page: Page): Promise<{ marks: Box[]; text: Box[]; margin: Box[] }> {
  return page.evaluate(() => {
    const box = (what: string, rect: DOMRect) => ({ what, left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
    const body = document.querySelector('.commented-source .source-body')!;
    const clip = body.getBoundingClientRect();
    // Only what is on screen: the collapsed text hides its later lines.
    const shown = (rect: DOMRect) => rect.width > 0 && rect.height > 0 && rect.top < clip.bottom && rect.bottom > clip.top;
    const marks = [...body.querySelectorAll('mark.comment-mark')].flatMap((mark) => [...mark.getClientRects()].filter(shown).map((r) => box(`mark "${mark.textContent}"`, r)));
    const text: Box[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || node.parentElement?.closest('mark.comment-mark')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (shown(rect)) text.push(box(`text "${node.textContent.slice(0, 30)}"`, rect));
    }
    const margin = [box('comment margin', document.querySelector('.commented-source .comment-margin')!.getBoundingClientRect())];
    return { marks, text, margin };
  });
}

/** Pairs that overlap by more than half a pixel both ways (boxes side by side on a line only touch). */
function overlaps(a: readonly Box[], b: readonly Box[]): string[] {
  const found: string[] = [];
  for (const x of a) {
    for (const y of b) {
      const wide = Math.min(x.right, y.right) - Math.max(x.left, y.left);
      const high = Math.min(x.bottom, y.bottom) - Math.max(x.top, y.top);
      if (wide > 0.5 && high > 0.5) found.push(`${x.what} covers ${y.what} (${wide.toFixed(1)} x ${high.toFixed(1)} px)`);
    }
  }
  return found;
}

async function expectNothingCovered(page: Page, where: string): Promise<void> {
  const { marks, text, margin } = await layoutBoxes(page);
  expect(marks.length, `${where}: marks on screen`).toBeGreaterThan(0);
  expect(text.length, `${where}: text on screen`).toBeGreaterThan(0);
  expect([...overlaps(marks, text), ...overlaps(margin, [...marks, ...text])].map((line) => `${where}: ${line}`)).toEqual([]);
}

describe('comments on the letter text', () => {
  for (const [width, height] of [[1280, 720], [900, 720]] as const) {
    it(`their marks and the margin cover no text at ${width}x${height}, collapsed and expanded`, async () => {
      const { page } = await session.open();
      await page.setViewportSize({ width, height });
      const chooser = page.waitForEvent('filechooser', visible);
      await page.getByRole('button', { name: 'Openen…' }).click();
      const pack = commentedPack();
      await (await chooser).setFiles({ name: 'opmerkingen.briefpack', mimeType: 'application/octet-stream', buffer: Buffer.from(encodePack({ ...samplePack(), pack })) });
      await expect.poll(() => page.locator('.commented-source mark.comment-mark').evaluateAll((marks) => new Set(marks.map((m) => m.getAttribute('data-comments'))).size), visible).toBe(3);
      await expectNothingCovered(page, `${width} px, collapsed`);
      await page.getByRole('button', { name: 'Hele tekst tonen' }).click();
      await page.getByRole('button', { name: 'Tekst inklappen' }).waitFor(visible);
      await expectNothingCovered(page, `${width} px, expanded`);
    });
  }
});
