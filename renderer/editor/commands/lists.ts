/** Tab and Shift+Tab in lists: nest an item under the one before it, or lift it a level. */
import { Editor, Node, Path, Transforms, type NodeEntry } from 'slate';
import { MAX_LIST_DEPTH } from '../../../core/model/rich-text';
import { isList, isListItem } from '../nodes';

function selectedItems(editor: Editor): NodeEntry[] {
  if (!editor.selection) return [];
  return Array.from(Editor.nodes(editor, { at: Editor.unhangRange(editor, editor.selection), match: isListItem }));
}

/** How many lists hold the node at `path`. */
function listDepthAt(editor: Editor, path: Path): number {
  let depth = 0;
  for (let length = 1; length < path.length; length++) if (isList(Node.get(editor, path.slice(0, length)))) depth++;
  return depth;
}

/**
 * Nests the selected list items one level deeper, inside a list of their own
 * list's type. Returns false when nothing moved: at the first item, or when an
 * item would go deeper than MAX_LIST_DEPTH, which the pack could not store.
 */
export function indentListItem(editor: Editor): boolean {
  const items = selectedItems(editor);
  if (items.length === 0) return false;
  const first = items[0]![1];
  if (first.at(-1) === 0) return false; // the first item has nothing to nest under
  if (items.some(([, path]) => listDepthAt(editor, path) >= MAX_LIST_DEPTH)) return false;
  const parent = Node.parent(editor, first);
  if (!isList(parent)) return false;
  const refs = items.map(([, path]) => Editor.pathRef(editor, path));
  Editor.withoutNormalizing(editor, () => {
    const type = parent.type;
    const start = refs[0]!.current!;
    const end = refs.at(-1)!.current!;
    // Only items that are siblings of the first one move; deeper selected items come along inside them.
    const range = { anchor: Editor.start(editor, start), focus: Editor.end(editor, Path.equals(Path.parent(start), Path.parent(end)) ? end : start) };
    Transforms.wrapNodes(editor, { type, children: [] }, {
      at: range,
      match: (node, path) => isListItem(node) && Path.equals(Path.parent(path), Path.parent(start)),
      mode: 'lowest',
      split: false,
    });
    const wrapped = refs[0]!.current!;
    const newList = Path.parent(wrapped);
    // Join the list before (and after) when they are the same kind, so the item nests under its predecessor.
    const next = Path.next(newList);
    if (Node.has(editor, next)) {
      const after = Node.get(editor, next);
      if (isList(after) && after.type === type) Transforms.mergeNodes(editor, { at: next });
    }
    if (newList.at(-1)! > 0) {
      const previous = Path.previous(newList);
      const before = Node.get(editor, previous);
      if (isList(before) && before.type === type) Transforms.mergeNodes(editor, { at: newList });
    }
  });
  refs.forEach((ref) => ref.unref());
  return true;
}

/** True when a selected list item is already as deep as the pack can store, so Tab has nowhere to nest it. */
export function atListDepthLimit(editor: Editor): boolean {
  return selectedItems(editor).some(([, path]) => listDepthAt(editor, path) >= MAX_LIST_DEPTH);
}

/** Lifts the selected list items one level; at the top level they become paragraphs. Returns false when not in a list. */
export function outdentListItem(editor: Editor): boolean {
  const items = selectedItems(editor);
  if (items.length === 0) return false;
  const refs = items.map(([, path]) => Editor.pathRef(editor, path));
  Editor.withoutNormalizing(editor, () => {
    for (const ref of refs) {
      const path = ref.current;
      if (!path) continue;
      const list = Node.parent(editor, path);
      if (!isList(list)) continue;
      const listPath = Path.parent(path);
      const nestedInList = listPath.length > 1 && isList(Node.parent(editor, listPath));
      Transforms.liftNodes(editor, { at: path });
      if (!nestedInList && ref.current) Transforms.setNodes(editor, { type: 'paragraph' }, { at: ref.current });
    }
  });
  refs.forEach((ref) => ref.unref());
  return true;
}
