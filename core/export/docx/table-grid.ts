/**
 * A table's column widths in Word: the PDF's widths (table-columns.ts, measured
 * with the same fonts over the same text width) scaled to the DOCX text width,
 * so both formats give each column the same share.
 */
import type { TableElement } from '../../model/rich-text';
import type { Template } from '../../template/schema';
import type { ExportAssets } from '../assets';
import { tableColumnWidths } from '../pdf/blocks';
import { pageGeometry } from '../pdf/geometry';
import { fontFileMetrics, type FontMetrics } from '../pdf/metrics';
import type { Hyphenate } from '../word-breaks';

/** Widths in twips summing to at most textWidth, one per column. */
export type TableGrid = (table: TableElement, columns: number, textWidth: number) => number[];

const equalColumns: TableGrid = (_table, columns, textWidth) => Array.from({ length: columns }, () => Math.floor(textWidth / columns));

/** Equal columns when the fonts cannot be read (nothing to measure with). */
export function tableGrid(template: Template, assets: ExportAssets, hyphenate: Hyphenate | null): TableGrid {
  let metrics: FontMetrics;
  try {
    metrics = fontFileMetrics(assets.fonts);
    metrics.widthOf('0', 'regular', template.sizes.body);
  } catch {
    return equalColumns;
  }
  const width = pageGeometry(template).contentWidth;
  return (table, columns, textWidth) => {
    const points = tableColumnWidths(table, width, metrics, template.sizes.body, hyphenate);
    const sum = points.reduce((a, b) => a + b, 0);
    if (points.length !== columns || !(sum > 0)) return equalColumns(table, columns, textWidth);
    return points.map((w) => Math.floor((textWidth * w) / sum));
  };
}
