/**
 * Keeps lists in the shape core/model/rich-text.ts allows (a list holds only
 * list items and lists; a list item sits only in a list), and lets Enter on
 * an empty list item leave the list, as word processors do.
 */
import { Editor, Element, Node, Path, Range, Text, Transforms } from 'slate';
import { isList, isListItem } from './nodes';

export function withLists(editor: Editor): Editor {
  const { normalizeNode, insertBreak } = editor;

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (isList(node)) {
      for (const [child, childPath] of Node.children(editor, path)) {
        if (Text.isText(child) || (Element.isElement(child) && Editor.isInline(editor, child))) {
          Transforms.wrapNodes(editor, { type: 'list-item', children: [] }, { at: childPath });
          return;
        }
        if (Element.isElement(child) && !isList(child) && !isListItem(child)) {
          Transforms.setNodes(editor, { type: 'list-item' }, { at: childPath });
          return;
        }
      }
    }
    if (isListItem(node) && path.length > 0) {
      const parent = Node.parent(editor, path);
      if (!isList(parent)) {
        Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
        return;
      }
    }
    normalizeNode(entry, options);
  };

  editor.insertBreak = () => {
    const { selection } = editor;
    if (selection && Range.isCollapsed(selection)) {
      const item = Editor.above(editor, { match: isListItem });
      if (item && Editor.isEmpty(editor, item[0] as Element)) {
        outdent(editor, item[1]);
        return;
      }
    }
    insertBreak();
  };

  return editor;
}

/** Moves an empty list item out of its list: one level up, or to a paragraph at the top. */
function outdent(editor: Editor, path: Path): void {
  Editor.withoutNormalizing(editor, () => {
    Transforms.liftNodes(editor, { at: path });
    const lifted = Editor.above(editor, { match: isListItem });
    if (!lifted) return;
    const parentPath = Path.parent(lifted[1]);
    if (parentPath.length === 0) Transforms.setNodes(editor, { type: 'paragraph' }, { at: lifted[1] });
  });
}
