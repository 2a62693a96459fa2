/**
 * An export that takes a while shows a progress bar (browser mode: the exporter runs on the page's
 * own thread and pauses now and then to let the bar be painted): a 200-item pack exported to PDF,
 * every value the bar showed recorded as it changed.
 */
import { describe, expect, it } from 'vitest';
import { syntheticPack } from '../../core/model/synthetic';
import { encodePack } from '../../core/pack/container';
import { pdfText, squash } from './documents';
import { appSession, downloadFrom, STEP_TIMEOUT } from './harness';

const session = appSession();
const visible = { timeout: STEP_TIMEOUT };

/** Every aria-valuenow the progress bar had, in order, and its name; recorded from now on. */
const RECORD_PROGRESS = () => {
  const seen: { values: number[]; labels: string[]; texts: string[] } = { values: [], labels: [], texts: [] };
  (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
  const look = () => {
    const bar = document.querySelector('[role="progressbar"]');
    if (!bar) return;
    const value = Number(bar.getAttribute('aria-valuenow'));
    if (seen.values.at(-1) !== value) {
      seen.values.push(value);
      seen.labels.push(bar.getAttribute('aria-label') ?? '');
      seen.texts.push(bar.textContent ?? '');
    }
  };
  new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] });
};

describe('export progress bar', () => {
  it('appears for a 200-item pack with rising values, says how far in words, and is gone when the PDF is made', async () => {
    const { page, problems } = await session.open();
    const pack = syntheticPack(200);
    const chooser = page.waitForEvent('filechooser', { timeout: STEP_TIMEOUT });
    await page.getByRole('button', { name: 'Openen…' }).click();
    await (await chooser).setFiles({ name: 'groot.briefpack', mimeType: 'application/octet-stream', buffer: Buffer.from(encodePack({ pack, annexFiles: new Map() })) });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), visible).toContain(pack.meeting.name);

    await page.evaluate(RECORD_PROGRESS);
    const { bytes } = await downloadFrom(page, 'Exporteren als PDF');
    await expect.poll(() => page.getByRole('progressbar').count(), visible).toBe(0);

    const seen = await page.evaluate(() => (window as unknown as { progressSeen: { values: number[]; labels: string[]; texts: string[] } }).progressSeen);
    expect(seen.values.length).toBeGreaterThanOrEqual(2);
    seen.values.forEach((value, i) => {
      expect(value).toBeGreaterThanOrEqual(seen.values[i - 1] ?? 0);
      expect(value).toBeLessThanOrEqual(100);
    });
    expect(seen.values.at(-1)!).toBeGreaterThan(seen.values[0]!);
    expect(new Set(seen.labels)).toEqual(new Set(['Voortgang van de export']));
    expect(seen.texts.at(-1)).toBe(`Exporteren… ${seen.values.at(-1)} %`);

    // The file is the whole pack, made with the bar shown.
    const pdf = await pdfText(bytes);
    expect(pdf.pages).toBe(207);
    expect(squash(pdf.text)).toContain(squash(pack.items.at(-1)!.title));
    expect(problems).toEqual([]);
  });
});
