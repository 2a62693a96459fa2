/** Pictures: a figure block inserted after the current top-level block, edited and removed in place. */
import { Editor, Element, Node, Path, Transforms } from 'slate';
import { FIGURE_WIDTH, type FigureElement } from '../../../core/model/rich-text';

/** Widths offered: a quarter of the column up to all of it. */
export const FIGURE_WIDTHS = [0.25, 0.5, 0.75, 1] as const;

/** Inserts a figure after the block with the caret (at the end when there is none); returns its path. */
export function insertFigure(editor: Editor, media: string, at?: Path): Path {
  const figure: FigureElement = { type: 'figure', media, alt: '', caption: '', width: 1, children: [{ text: '' }] };
  const top = editor.selection ? editor.selection.anchor.path.slice(0, 1) : null;
  const block = top ? editor.children[top[0]!] : undefined;
  // In an empty paragraph the picture takes its place above it, so the paragraph stays to type in.
  const empty = !!block && Element.isElement(block) && block.type === 'paragraph' && Node.string(block) === '';
  const path = at ?? (top && block ? (empty ? top : Path.next(top)) : [editor.children.length]);
  Transforms.insertNodes(editor, figure, { at: path, select: false });
  // A figure last in the section gets an empty paragraph after it, so there is somewhere to type.
  if (path[0] === editor.children.length - 1) Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: Path.next(path), select: false });
  return path;
}

export function setFigure(editor: Editor, at: Path, changes: Partial<Pick<FigureElement, 'alt' | 'caption' | 'width'>>): void {
  const width = changes.width === undefined ? {} : { width: Math.min(FIGURE_WIDTH.max, Math.max(FIGURE_WIDTH.min, changes.width)) };
  Transforms.setNodes(editor, { ...changes, ...width }, { at, match: (node) => Element.isElement(node) && node.type === 'figure' });
}

export function removeFigure(editor: Editor, at: Path): void {
  const [node] = Editor.node(editor, at);
  if (Element.isElement(node) && node.type === 'figure') Transforms.removeNodes(editor, { at });
  if (editor.children.length === 0) Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [0] });
}
