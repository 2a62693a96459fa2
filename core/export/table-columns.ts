/**
 * Table column widths sized to their content, as browsers' automatic table
 * layout does: each column has a minimum (its widest word) and a maximum (its
 * longest cell on one line). Columns that all fit on one line get their
 * maximum and share what is left in proportion; otherwise every column gets
 * its minimum and the room above the minima is shared in proportion to how
 * much more each column could use. A column of short numbers so stays as wide
 * as its numbers, and the prose beside it takes the rest.
 *
 * Only when the widest words do not fit side by side do columns go below them,
 * down to the widest piece the words break into (word-breaks.ts); below that,
 * words are cut. Both exporters use these widths, so PDF and DOCX agree.
 */
import type { TableCellElement, TableElement } from '../model/rich-text';
import { isText } from '../model/walk';
import { ADDED_HYPHEN, isAddress, wordPieces, type Hyphenate } from './word-breaks';

export interface ColumnContent {
  /** The widest piece a word of the column breaks into (with its hyphen). */
  piece: number;
  /** The widest word. */
  word: number;
  /** The longest cell on one line. */
  line: number;
}

export interface CellMeasure {
  /** Width of text in the body size, bold or regular. */
  widthOf(text: string, bold: boolean): number;
  hyphenate: Hyphenate | null;
  /** Padding inside a cell, left and right together. */
  padding: number;
  /** No column is narrower than this (an empty one, say). */
  minimum: number;
}

type Level = keyof ColumnContent;

/** Widths between two levels of content, the room above the lower one shared in proportion to the difference. */
function between(columns: readonly ColumnContent[], width: number, low: Level, high: Level, lowSum: number, highSum: number): number[] {
  const share = (width - lowSum) / (highSum - lowSum);
  return columns.map((c) => c[low] + (c[high] - c[low]) * share);
}

const total = (columns: readonly ColumnContent[], level: Level): number => columns.reduce((sum, c) => sum + c[level], 0);

/** Column widths summing to width. */
export function distributeColumns(columns: readonly ColumnContent[], width: number): number[] {
  if (columns.length === 0) return [];
  const line = total(columns, 'line');
  if (line <= 0) return columns.map(() => width / columns.length);
  if (line <= width) return columns.map((c) => c.line + ((width - line) * c.line) / line);
  const word = total(columns, 'word');
  if (word <= width) return between(columns, width, 'word', 'line', word, line);
  const piece = total(columns, 'piece');
  if (piece <= width) return between(columns, width, 'piece', 'word', piece, word);
  // Not even the pieces fit: each column in proportion to its pieces, and words are cut.
  return columns.map((c) => (c.piece * width) / piece);
}

/** Measured bold when any of the cell is: a word is then never wider than measured. */
function isBold(cell: TableCellElement): boolean {
  if (cell.header) return true;
  const leaves = cell.children.flatMap((node) => (isText(node) ? [node] : node.type === 'link' ? node.children : []));
  return leaves.length > 0 && leaves.some((leaf) => leaf.bold);
}

function cellText(cell: TableCellElement): { text: string; links: Set<string> } {
  let text = '';
  const links = new Set<string>();
  for (const node of cell.children) {
    if (isText(node)) text += node.text;
    else if (node.type === 'link') {
      const linked = node.children.map((c) => c.text).join('');
      text += linked;
      for (const word of linked.split(/\s+/)) if (word) links.add(word);
    }
  }
  return { text, links };
}

/** Each column's content widths, padding included. */
export function columnContents(table: TableElement, measure: CellMeasure): ColumnContent[] {
  const count = Math.max(0, ...table.children.map((row) => row.children.length));
  const columns: ColumnContent[] = Array.from({ length: count }, () => ({ piece: measure.minimum, word: measure.minimum, line: measure.minimum }));
  for (const row of table.children) {
    row.children.forEach((cell, c) => {
      const column = columns[c]!;
      const bold = isBold(cell);
      const { text, links } = cellText(cell);
      const words = text.split(/\s+/).filter(Boolean);
      const pad = measure.padding;
      column.line = Math.max(column.line, measure.widthOf(words.join(' '), bold) + pad);
      for (const word of words) {
        const wordWidth = measure.widthOf(word, bold) + pad;
        // A word no wider than the widest piece so far has no wider piece either.
        if (wordWidth <= column.piece) continue;
        let widest = 0;
        for (const piece of wordPieces(word, links.has(word) ? null : measure.hyphenate)) {
          const drawn = piece.breakAfter === 'hyphen' ? piece.text + ADDED_HYPHEN : piece.text;
          widest = Math.max(widest, measure.widthOf(drawn, bold) + pad);
        }
        column.piece = Math.max(column.piece, widest);
        // An address breaks at its slashes and dots as a matter of course: its widest word is its widest part.
        column.word = Math.max(column.word, isAddress(word) ? widest : wordWidth);
      }
    });
  }
  return columns;
}
