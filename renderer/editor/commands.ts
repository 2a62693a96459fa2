/** Editor commands: plain functions of the editor, shared by toolbar buttons and shortcuts. */
import { Editor, Element, Transforms } from 'slate';
import { isList, isListItem, isTable, type ListType, type Mark, type TextBlockType } from './nodes';

export { atListDepthLimit, indentListItem, outdentListItem } from './commands/lists';
export { insertLink, removeLink, activeLink, normaliseLinkUrl, checkLinkInput } from './commands/links';
export { insertFootnote, setFootnoteNote, removeFootnote } from './commands/footnotes';
export { insertFigure, setFigure, removeFigure, FIGURE_WIDTHS } from './commands/figures';
export { insertTable, insertRow, removeRow, insertColumn, removeColumn, removeTable, toggleHeaderRow, activeCell, moveToCell } from './commands/tables';

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

function inTable(editor: Editor): boolean {
  return !!editor.selection && !!Editor.above(editor, { at: editor.selection, match: isTable });
}

/** Turns the selected blocks into a list of this type, or back into paragraphs. */
export function toggleList(editor: Editor, type: ListType): void {
  if (!editor.selection || inTable(editor)) return;
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

export function isBlockActive(editor: Editor, type: TextBlockType): boolean {
  if (!editor.selection) return false;
  const [match] = Editor.nodes(editor, {
    at: Editor.unhangRange(editor, editor.selection),
    match: (node) => Element.isElement(node) && node.type === type,
  });
  return !!match;
}

/** Sub-heading and quote: the selected paragraphs become that block, or back to paragraphs. */
export function toggleBlock(editor: Editor, type: TextBlockType): void {
  if (!editor.selection || inTable(editor)) return;
  const active = isBlockActive(editor, type);
  Editor.withoutNormalizing(editor, () => {
    Transforms.unwrapNodes(editor, { match: isList, split: true });
    Transforms.setNodes(
      editor,
      { type: active ? 'paragraph' : type },
      { match: (node) => Element.isElement(node) && Editor.isBlock(editor, node) && !isList(node) },
    );
  });
}
