/** Simple tables: insert, rows and columns in and out, moving between cells. */
import { Editor, Node, Path, Transforms, type NodeEntry } from 'slate';
import type { TableCellElement, TableElement, TableRowElement } from '../../../core/model/rich-text';
import { isTable, isTableCell } from '../nodes';

const MAX_COLUMNS = 50;

function cell(header = false): TableCellElement {
  return header ? { type: 'table-cell', header: true, children: [{ text: '' }] } : { type: 'table-cell', children: [{ text: '' }] };
}

export interface CellPosition {
  table: NodeEntry<TableElement>;
  row: number;
  column: number;
  cellPath: Path;
}

export function activeCell(editor: Editor): CellPosition | null {
  if (!editor.selection) return null;
  const cellEntry = Editor.above(editor, { match: isTableCell });
  const tableEntry = Editor.above(editor, { match: isTable }) as NodeEntry<TableElement> | undefined;
  if (!cellEntry || !tableEntry) return null;
  const [, cellPath] = cellEntry;
  return { table: tableEntry, row: cellPath.at(-2)!, column: cellPath.at(-1)!, cellPath };
}

/** A table of `rows` × `columns` empty cells after the current block, the first row as header; the caret in its first cell. */
export function insertTable(editor: Editor, rows = 2, columns = 2): void {
  if (!editor.selection || Editor.above(editor, { match: isTable })) return;
  const table: TableElement = {
    type: 'table',
    children: Array.from({ length: rows }, (_, r): TableRowElement => ({
      type: 'table-row',
      children: Array.from({ length: columns }, () => cell(r === 0)),
    })),
  };
  const block = Editor.above(editor, { match: (node, path) => path.length === 1 && Editor.isBlock(editor, node as never) });
  const at = block ? Path.next(block[1]) : [editor.children.length];
  Transforms.insertNodes(editor, table, { at, select: false });
  Transforms.select(editor, Editor.start(editor, [...at, 0, 0]));
}

export function insertRow(editor: Editor, position?: CellPosition | null): void {
  const current = position ?? activeCell(editor);
  if (!current) return;
  const [table, tablePath] = current.table;
  const columns = table.children[current.row]?.children.length ?? 1;
  const at = [...tablePath, current.row + 1];
  Transforms.insertNodes(editor, { type: 'table-row', children: Array.from({ length: columns }, () => cell()) }, { at, select: false });
  Transforms.select(editor, Editor.start(editor, [...at, Math.min(current.column, columns - 1)]));
}

export function removeRow(editor: Editor): void {
  const current = activeCell(editor);
  if (!current) return;
  const [table, tablePath] = current.table;
  if (table.children.length <= 1) return removeTable(editor);
  Transforms.removeNodes(editor, { at: [...tablePath, current.row] });
  const row = Math.min(current.row, table.children.length - 2);
  Transforms.select(editor, Editor.start(editor, [...tablePath, row, current.column]));
}

export function insertColumn(editor: Editor): void {
  const current = activeCell(editor);
  if (!current) return;
  const [table, tablePath] = current.table;
  if ((table.children[0]?.children.length ?? 0) >= MAX_COLUMNS) return;
  Editor.withoutNormalizing(editor, () => {
    table.children.forEach((row, r) => {
      const header = row.children[current.column]?.header === true;
      Transforms.insertNodes(editor, cell(header), { at: [...tablePath, r, current.column + 1], select: false });
    });
  });
  Transforms.select(editor, Editor.start(editor, [...tablePath, current.row, current.column + 1]));
}

export function removeColumn(editor: Editor): void {
  const current = activeCell(editor);
  if (!current) return;
  const [table, tablePath] = current.table;
  const columns = table.children[0]?.children.length ?? 0;
  if (columns <= 1) return removeTable(editor);
  Editor.withoutNormalizing(editor, () => {
    table.children.forEach((row, r) => {
      if (row.children.length > current.column) Transforms.removeNodes(editor, { at: [...tablePath, r, current.column] });
    });
  });
  Transforms.select(editor, Editor.start(editor, [...tablePath, current.row, Math.min(current.column, columns - 2)]));
}

export function removeTable(editor: Editor): void {
  const current = activeCell(editor);
  if (!current) return;
  const [, tablePath] = current.table;
  Editor.withoutNormalizing(editor, () => {
    Transforms.removeNodes(editor, { at: tablePath });
    if (editor.children.length === 0) Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [0] });
  });
  const at = Node.has(editor, tablePath) ? tablePath : Path.hasPrevious(tablePath) ? Path.previous(tablePath) : [0];
  Transforms.select(editor, Editor.start(editor, at));
}

/** The first row as header cells (repeated on every page in the export), or back to ordinary cells. */
export function toggleHeaderRow(editor: Editor): void {
  const current = activeCell(editor);
  if (!current) return;
  const [table, tablePath] = current.table;
  const on = !table.children[0]?.children.every((c) => c.header);
  table.children[0]?.children.forEach((_, c) => {
    if (on) Transforms.setNodes(editor, { header: true }, { at: [...tablePath, 0, c] });
    else Transforms.unsetNodes(editor, 'header', { at: [...tablePath, 0, c] });
  });
}

/** Tab / Shift+Tab: the next or previous cell; Tab in the last cell adds a row. Returns false outside tables. */
export function moveToCell(editor: Editor, direction: 1 | -1): boolean {
  const current = activeCell(editor);
  if (!current) return false;
  const [table, tablePath] = current.table;
  const columns = table.children[current.row]?.children.length ?? 1;
  let row = current.row;
  let column = current.column + direction;
  if (column >= columns) {
    row++;
    column = 0;
  } else if (column < 0) {
    row--;
    column = (table.children[row]?.children.length ?? 1) - 1;
  }
  if (row < 0) return true;
  if (row >= table.children.length) {
    insertRow(editor, { ...current, column: 0 });
    return true;
  }
  const target = [...tablePath, row, column];
  Transforms.select(editor, { anchor: Editor.start(editor, target), focus: Editor.end(editor, target) });
  return true;
}
