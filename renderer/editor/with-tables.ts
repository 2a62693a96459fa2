/**
 * Keeps tables in the model's shape (table > table-row > table-cell with
 * inline children, every row as wide as the first), and keeps deletion and
 * Enter from breaking out of a cell.
 */
import { Editor, Element, Node, Point, Range, Text, Transforms } from 'slate';
import { isTable, isTableCell, isTableRow } from './nodes';

export function withTables(editor: Editor): Editor {
  const { normalizeNode, deleteBackward, deleteForward, insertBreak } = editor;

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (isTable(node)) {
      for (const [child, childPath] of Node.children(editor, path)) {
        if (!isTableRow(child)) {
          if (Element.isElement(child) && isTableCell(child)) Transforms.wrapNodes(editor, { type: 'table-row', children: [] }, { at: childPath });
          else Transforms.removeNodes(editor, { at: childPath });
          return;
        }
      }
      if (node.children.length === 0) {
        Transforms.removeNodes(editor, { at: path });
        return;
      }
      const width = node.children[0]!.children.length;
      for (const [r, row] of node.children.entries()) {
        if (row.children.length < width) {
          Transforms.insertNodes(editor, { type: 'table-cell', children: [{ text: '' }] }, { at: [...path, r, row.children.length] });
          return;
        }
      }
    }
    if (isTableRow(node)) {
      if (path.length > 0 && !isTable(Node.parent(editor, path))) {
        Transforms.unwrapNodes(editor, { at: path });
        return;
      }
      for (const [child, childPath] of Node.children(editor, path)) {
        if (!isTableCell(child)) {
          Transforms.wrapNodes(editor, { type: 'table-cell', children: [] }, { at: childPath });
          return;
        }
      }
    }
    if (isTableCell(node)) {
      if (path.length > 0 && !isTableRow(Node.parent(editor, path))) {
        Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
        Transforms.unsetNodes(editor, 'header', { at: path });
        return;
      }
      // A pasted paragraph inside a cell gives up its block and keeps its text.
      for (const [child, childPath] of Node.children(editor, path)) {
        if (Element.isElement(child) && !Editor.isInline(editor, child)) {
          Transforms.unwrapNodes(editor, { at: childPath });
          return;
        }
        if (!Text.isText(child) && !Element.isElement(child)) return;
      }
    }
    normalizeNode(entry, options);
  };

  const atCellEdge = (edge: 'start' | 'end'): boolean => {
    const { selection } = editor;
    if (!selection || !Range.isCollapsed(selection)) return false;
    const cell = Editor.above(editor, { match: isTableCell });
    if (!cell) return false;
    const point = edge === 'start' ? Editor.start(editor, cell[1]) : Editor.end(editor, cell[1]);
    return Point.equals(selection.anchor, point);
  };

  editor.deleteBackward = (unit) => {
    if (atCellEdge('start')) return;
    deleteBackward(unit);
  };
  editor.deleteForward = (unit) => {
    if (atCellEdge('end')) return;
    deleteForward(unit);
  };
  editor.insertBreak = () => {
    if (Editor.above(editor, { match: isTableCell })) return; // cells hold one line of text
    insertBreak();
  };

  return editor;
}
