/**
 * Edit to new page boxes: the PDF layout of a pack after an edit in one item,
 * with the layout cache holding the layout before it, against a full layout.
 * Each run edits another item (a paragraph added to a section, so footnote
 * numbers stay), as a person typing in one item and looking at the pages.
 */
import type { ExportAssets } from '../core/export/assets';
import { hyphenatorFor } from '../core/export/pdf/hyphenation';
import { layoutPack, type LayoutOptions } from '../core/export/pdf/layout';
import { LayoutCache } from '../core/export/pdf/layout-cache';
import { fontFileMetrics } from '../core/export/pdf/metrics';
import type { BriefingPack } from '../core/model/pack';
import type { Template } from '../core/template/schema';

const WARM_UP_RUNS = 5;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (ms: number): number => Math.round(ms * 10) / 10;

/** The pack with one sentence more in the n-th item's first section. */
function edited(pack: BriefingPack, template: Template, n: number): BriefingPack {
  const index = (n * 37) % pack.items.length;
  const key = template.sections[0]!.key;
  return {
    ...pack,
    items: pack.items.map((item, i) =>
      i === index ? { ...item, sections: { ...item.sections, [key]: [{ type: 'paragraph', children: [{ text: `Bewerking ${n}.` }] }] } } : item,
    ),
  };
}

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export async function timeIncremental(pack: BriefingPack, template: Template, assets: ExportAssets, runs: number): Promise<Record<string, unknown>> {
  if (pack.items.length === 0) return { error: 'an edit needs at least one item' };
  const metrics = fontFileMetrics(assets.fonts);
  const options: LayoutOptions = { hyphenate: template.hyphenation ? await hyphenatorFor(pack.language) : null };
  const cache = new LayoutCache();
  let current = pack;
  layoutPack(current, template, metrics, { ...options, cache });
  const edits: number[] = [];
  const fulls: number[] = [];
  let pages = 0;
  for (let n = 0; n < WARM_UP_RUNS + runs; n++) {
    current = edited(current, template, n);
    const next = current;
    const edit = timed(() => (pages = layoutPack(next, template, metrics, { ...options, cache }).pages.length));
    const full = timed(() => layoutPack(next, template, metrics, options));
    if (n >= WARM_UP_RUNS) {
      edits.push(edit);
      fulls.push(full);
    }
  }
  return {
    pages,
    editToBoxesMedianMs: round(median(edits)),
    editToBoxesMaxMs: round(Math.max(...edits)),
    fullLayoutMedianMs: round(median(fulls)),
    unitsReused: cache.lastRun.reused,
    unitsLaidOut: cache.lastRun.laidOut,
  };
}
