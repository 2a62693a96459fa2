/**
 * slate-react reads the browser's selection on `selectionchange`, throttled to
 * 100 ms, so for a moment after End or Shift+Home the editor's selection is
 * the old one. A command run from a key or a button first takes the selection
 * from the page as it is now, so it acts where the caret is.
 */
import { Range, Transforms, type Editor } from 'slate';
import { ReactEditor } from 'slate-react';

export function syncSelectionFromDom(editor: Editor): void {
  const dom = window.getSelection();
  if (!dom || dom.rangeCount === 0) return;
  let root: HTMLElement;
  try {
    root = ReactEditor.toDOMNode(editor, editor);
  } catch {
    return; // not mounted
  }
  if (!dom.anchorNode || !dom.focusNode || !root.contains(dom.anchorNode) || !root.contains(dom.focusNode)) return;
  const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true });
  // Only a real change: selecting clears the marks set at a collapsed caret (Ctrl+B, then type).
  if (range && !(editor.selection && Range.equals(range, editor.selection))) Transforms.select(editor, range);
}
