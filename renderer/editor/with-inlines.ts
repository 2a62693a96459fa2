import type { Editor } from 'slate';

/** Links and footnotes are inline; a footnote is void (its text lives on the node). */
export function withInlines(editor: Editor): Editor {
  const { isInline, isVoid } = editor;
  editor.isInline = (element) => element.type === 'link' || element.type === 'footnote' || isInline(element);
  editor.isVoid = (element) => element.type === 'footnote' || isVoid(element);
  return editor;
}
