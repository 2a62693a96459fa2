/** Footnotes: inline voids whose text lives on the node; their numbers follow from their order. */
import { Editor, Element, Transforms, type BaseRange, type Path } from 'slate';

export function insertFootnote(editor: Editor, note = '', at: BaseRange | null = editor.selection): Path | null {
  if (!at) return null;
  Transforms.select(editor, at);
  Transforms.collapse(editor, { edge: 'end' });
  // Never inside a link (a link holds only text): after it.
  const link = Editor.above(editor, { match: (node) => Element.isElement(node) && node.type === 'link' });
  if (link) {
    const after = Editor.after(editor, link[1]);
    if (after) Transforms.select(editor, after);
  }
  Transforms.insertNodes(editor, { type: 'footnote', note, children: [{ text: '' }] });
  // Slate leaves the caret inside the new void; take its path, then step past it to type on.
  const entry = Editor.above(editor, { match: (node) => Element.isElement(node) && node.type === 'footnote' });
  Transforms.move(editor);
  return entry ? entry[1] : null;
}

export function setFootnoteNote(editor: Editor, path: Path, note: string): void {
  Transforms.setNodes(editor, { note: note.slice(0, 20_000) }, { at: path, match: (node) => Element.isElement(node) && node.type === 'footnote' });
}

export function removeFootnote(editor: Editor, path: Path): void {
  Transforms.removeNodes(editor, { at: path, match: (node) => Element.isElement(node) && node.type === 'footnote' });
}
