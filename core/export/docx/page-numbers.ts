/**
 * Page numbers for the pre-filled contents, from the PDF exporter's pure
 * layout step: both formats use the same template, metric-compatible fonts
 * and page order, so its pages are the best guess short of Word itself
 * (which replaces them when it updates the field).
 */
import type { BriefingPack } from '../../model/pack';
import type { Template } from '../../template/schema';
import type { ExportAssets } from '../assets';
import { layoutPack } from '../pdf/layout';
import { fontFileMetrics } from '../pdf/metrics';

/** The page each item starts on, by item index; empty when the fonts cannot be read. */
export function layoutPageNumbers(pack: BriefingPack, template: Template, assets: ExportAssets): (number | undefined)[] {
  let outline;
  try {
    outline = layoutPack(pack, template, fontFileMetrics(assets.fonts), { measureOnly: true }).outline;
  } catch {
    return []; // no usable fonts: the contents goes without numbers until Word updates it
  }
  // The outline lists the items in order; match by title so an extra entry (an annex list) cannot shift them.
  const out: (number | undefined)[] = [];
  let next = 0;
  for (const [index, item] of pack.items.entries()) {
    const title = item.title.trim() || `${template.labels.agendaItem} ${index + 1}`;
    const found = outline.findIndex((entry, i) => i >= next && entry.title === title);
    if (found >= 0) {
      out.push(outline[found]!.page);
      next = found + 1;
    } else {
      out.push(out.at(-1));
    }
  }
  return out;
}
