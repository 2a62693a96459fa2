/** Editor commands: plain functions of the editor, shared by toolbar buttons and shortcuts. */
import { Editor, Element, Transforms } from 'slate';
import { isList, isListItem, type ListType, type Mark } from './nodes';

export function isMarkActive(editor: Editor, mark: Mark): boolean {
  return Editor.marks(editor)?.[mark] === true;
}

export function toggleMark(editor: Editor, mark: Mark): void {
  if (isMarkActive(editor, mark)) Editor.removeMark(editor, mark);
  else Editor.addMark(editor, mark, true);
}

/** True when the innermost list around the selection has this type. */
export function isListActive(editor: Editor, type: ListType): boolean {
  if (!editor.selection) return false;
  const entry = Editor.above(editor, { at: editor.selection, match: isList });
  return entry?.[0].type === type;
}

/** Turns the selected blocks into a list of this type, or back into paragraphs. */
export function toggleList(editor: Editor, type: ListType): void {
  if (!editor.selection) return;
  const active = isListActive(editor, type);
  Editor.withoutNormalizing(editor, () => {
    Transforms.unwrapNodes(editor, { match: isList, split: true });
    Transforms.setNodes(
      editor,
      { type: active ? 'paragraph' : 'list-item' },
      { match: (node) => Element.isElement(node) && Editor.isBlock(editor, node) && !isList(node) },
    );
    if (!active) Transforms.wrapNodes(editor, { type, children: [] }, { match: isListItem });
  });
}

export function undo(editor: Editor): void {
  editor.undo();
}

export function redo(editor: Editor): void {
  editor.redo();
}
