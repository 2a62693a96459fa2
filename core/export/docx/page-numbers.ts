/**
 * Page numbers for the pre-filled contents, and the page count, from the PDF
 * exporter's pure layout step: both formats use the same template,
 * metric-compatible fonts and page order, so its pages are the best guess
 * short of Word itself.
 */
import type { BriefingPack } from '../../model/pack';
import type { Template } from '../../template/schema';
import type { ExportAssets } from '../assets';
import { layoutPack } from '../pdf/layout';
import { fontFileMetrics } from '../pdf/metrics';

export interface LayoutPages {
  /** The pack's own pages (appended PDF annexes are not part of the DOCX). */
  pageCount: number;
  /** The page each title starts on, matched in order against the layout's outline. */
  pagesOf(titles: readonly string[]): (number | undefined)[];
}

/**
 * Null when the fonts cannot be read: the contents then goes without numbers.
 * `hyphenate`: the PDF's (hyphenatorForPack), so tables' cells break, and pages fall, as in the PDF.
 */
export function layoutPages(
  pack: BriefingPack,
  template: Template,
  assets: ExportAssets,
  onItem?: (done: number, total: number) => void,
  hyphenate: ((word: string) => string[]) | null = null,
): LayoutPages | null {
  let layout;
  try {
    layout = layoutPack(pack, template, fontFileMetrics(assets.fonts), { measureOnly: true, hyphenate, ...(onItem && { onItem }) });
  } catch {
    return null;
  }
  const { outline } = layout;
  return {
    pageCount: layout.pages.length - layout.annexes.reduce((sum, annex) => sum + annex.pages, 0),
    // Matched by title in order, so an entry the contents lacks (a section bookmark) cannot shift the others.
    pagesOf(titles) {
      const out: (number | undefined)[] = [];
      let next = 0;
      for (const title of titles) {
        const found = outline.findIndex((entry, i) => i >= next && entry.level <= 2 && entry.title === title);
        if (found >= 0) {
          out.push(outline[found]!.page);
          next = found + 1;
        } else out.push(out.at(-1));
      }
      return out;
    },
  };
}
