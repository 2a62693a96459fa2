/**
 * Which printed pages show which part of the pack: the cover and contents, the
 * introduction, each agenda item, the annex list and the appended annexes. The
 * preview shows one part's pages, numbered as the whole pack's PDF numbers them.
 */
import type { BriefingPack } from '../../model/pack';
import type { Template } from '../../template/schema';
import type { PackLayout } from './boxes';

/** Where a part of the body starts (1-based page) and whether it starts on a page of its own. */
export interface PartStart {
  page: number;
  breaksBefore: boolean;
}

/**
 * The pages of the part at `index`: from its first page up to the page before
 * the next part's, or that page too when the next part runs on below it.
 * `lastPage`: the last page the parts fill.
 */
export function partPages(starts: readonly PartStart[], index: number, lastPage: number): number[] {
  const start = starts[index];
  if (!start) return [];
  const next = starts[index + 1];
  const end = next ? (next.breaksBefore ? next.page - 1 : next.page) : lastPage;
  const pages: number[] = [];
  for (let page = start.page; page <= Math.max(start.page, end); page++) pages.push(page);
  return pages;
}

/** The pages before the body: the cover and the contents. */
export function frontPages(starts: readonly PartStart[], lastPage: number): number[] {
  const first = starts[0]?.page ?? lastPage + 1;
  return Array.from({ length: first - 1 }, (_, i) => i + 1);
}

/**
 * The starts of the layout's parts in order (introduction, items, annex list,
 * appended annexes), and the index of the first agenda item among them. Read
 * from the outline: one entry per part, level 3 for the sections inside items.
 */
export function partStarts(layout: PackLayout, pack: BriefingPack, template: Template): { starts: PartStart[]; firstItem: number } {
  const entries = layout.outline.filter((entry) => entry.level !== 3);
  const after = (pack.annexes.length > 0 ? 1 : 0) + layout.annexes.length;
  // The introduction has an entry only when the template prints it and it has text.
  const firstItem = Math.max(0, entries.length - pack.items.length - after);
  const annexList = pack.annexes.length > 0 ? firstItem + pack.items.length : -1;
  const starts = entries.map((entry, i): PartStart => {
    const item = i >= firstItem ? pack.items[i - firstItem] : undefined;
    // Appended annex PDFs start on pages of their own; items and the annex list where the template breaks.
    const appended = i >= firstItem + pack.items.length + (annexList >= 0 ? 1 : 0);
    return { page: entry.page, breaksBefore: appended || (template.pageBreakBeforeItem && (i === annexList || item?.level === 1)) };
  });
  return { starts, firstItem };
}
