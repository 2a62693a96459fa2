/**
 * Paste and drop go through renderer/paste: Slate's own fragments are used
 * only when they validate against the model; HTML is sanitised and
 * converted; anything else arrives as plain paragraphs.
 */
import type { Editor } from 'slate';
import { richTextFromClipboard, type PasteResult } from '../paste/clipboard';

export type PasteNotice = 'unsafe-fragment' | 'invalid-html' | 'too-large';

const listeners = new WeakMap<Editor, (notice: PasteNotice) => void>();

/** Who hears that a paste was refused or reduced to plain text (the section shows it). */
export function onPasteNotice(editor: Editor, listener: ((notice: PasteNotice) => void) | null): void {
  if (listener) listeners.set(editor, listener);
  else listeners.delete(editor);
}

export function applyPaste(editor: Editor, result: PasteResult): void {
  if (result.kind === 'too-large') {
    listeners.get(editor)?.('too-large');
    return;
  }
  if (result.kind === 'empty') return;
  if (result.refused) listeners.get(editor)?.(result.refused);
  const [first] = result.value;
  if (result.source === 'text' && result.value.length === 1 && first?.type === 'paragraph') {
    // One line of text takes the marks at the caret, like typing.
    editor.insertText(first.children.map((child) => ('text' in child ? child.text : '')).join(''));
    return;
  }
  editor.insertFragment(result.value);
}

export function withPaste(editor: Editor): Editor {
  const paste = (data: DataTransfer) => applyPaste(editor, richTextFromClipboard({ types: Array.from(data.types), getData: (type) => data.getData(type) }));
  editor.insertData = paste;
  editor.insertFragmentData = (data) => {
    paste(data);
    return true;
  };
  editor.insertTextData = (data) => {
    paste(data);
    return true;
  };
  return editor;
}
